#pragma once

#include "core/model/healththresholds.h"

#include <QByteArray>

namespace Store {

// Only the limits that differ from the defaults are written, so a later change of
// a default reaches every service that never overrode it.
QByteArray thresholdsToJson(const Model::HealthThresholds &thresholds);
Model::HealthThresholds thresholdsFromJson(const QByteArray &json);

} // namespace Store
