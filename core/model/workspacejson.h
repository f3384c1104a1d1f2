#pragma once

#include "core/model/workspace.h"
#include "core/model/workspacecheck.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QVector>

namespace Model {

// The version written into every workspace file ("schema"). Files of an older
// version are upgraded on reading; newer ones are refused (docs/workspace-file.md).
inline constexpr int kWorkspaceFileSchema = 1;
// The version of a service's optional "alertRules" object. The key is an addition
// to schema 1: files without it load with the default rules (docs/alerts.md).
inline constexpr int kAlertRulesVersion = 1;

// A workspace as a JSON file: sources, projects, services and their health limits.
// Credentials are not part of a workspace and so never appear in the file.
QByteArray workspaceToJson(const Workspace &workspace);

// Reads and validates a workspace file. On failure nothing is returned but the
// error: its message lists every problem with its JSON path ("services[3].projectId:
// no project 'shop'"), and `problems`, when given, receives them one by one.
// Error codes: workspace_file.syntax, workspace_file.newer, workspace_file.invalid.
Util::Result<Workspace> workspaceFromJson(const QByteArray &json, QVector<WorkspaceProblem> *problems = nullptr);

// A service's alert rules as the store keeps them (the file's "alertRules" object).
QByteArray alertRulesToJson(const AlertRules &rules);
// Null or empty text, or text that does not read as version-1 rules: nullopt
// (the defaults); problems, when given, receives why.
std::optional<AlertRules> alertRulesFromJson(const QByteArray &json, QVector<WorkspaceProblem> *problems = nullptr);

} // namespace Model
