#pragma once

#include "core/model/metrickind.h"

#include <QLocale>
#include <QString>

namespace Model {

// The one place metric values become text: unit, precision and the locale's
// decimal separator ("12,5 %" in Romanian, "12.5 %" in English).
QString formatMetricValue(MetricKind kind, double value, const QLocale &locale = QLocale());

// The same without the unit, for table cells whose header names it.
QString formatMetricNumber(MetricKind kind, double value, const QLocale &locale = QLocale());

QString metricUnitSuffix(MetricKind kind);

} // namespace Model
