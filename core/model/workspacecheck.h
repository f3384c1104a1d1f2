#pragma once

#include "core/model/workspace.h"

#include <QString>
#include <QVector>

namespace Model {

// One thing wrong with a workspace, located the way a workspace file names it:
// "services[3].projectId". The message is translated and says what was expected.
struct WorkspaceProblem
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// The rules every workspace obeys, whether typed in the editor, imported from a
// file or stored: ids well-formed and unique, references resolve, replica ranges
// and health limits make sense. An empty list means valid.
QVector<WorkspaceProblem> checkWorkspace(const Workspace &workspace);

// Ids are 1-64 characters of letters, digits, '.', '_' and '-', starting with a
// letter or digit: they appear in keychain keys and file names.
bool isValidWorkspaceId(const QString &id);
// A readable id made from a display name ("Shop API" -> "shop-api"), made unique
// against `taken` by a numeric suffix.
QString makeWorkspaceId(const QString &name, const QStringList &taken);

} // namespace Model
