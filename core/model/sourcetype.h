#pragma once

#include "core/model/workspace.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Model {

// Stable identifiers used in the store and in workspace files; never translated.
QString sourceTypeId(SourceType type);
std::optional<SourceType> sourceTypeFromId(QStringView id);
QList<SourceType> allSourceTypes();
// Translated, for the editor.
QString sourceTypeLabel(SourceType type);

QString sourceAuthId(SourceAuth auth);
std::optional<SourceAuth> sourceAuthFromId(QStringView id);
QString sourceAuthLabel(SourceAuth auth);

} // namespace Model
