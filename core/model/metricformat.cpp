#include "core/model/metricformat.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

int decimalsFor(MetricKind kind, double shown)
{
    switch (metricUnit(kind)) {
    case MetricUnit::Count: return 0;
    case MetricUnit::Milliseconds: return shown < 10.0 ? 1 : 0;
    case MetricUnit::Fraction: return shown < 10.0 ? 2 : 1;
    case MetricUnit::Percent: return shown < 10.0 ? 1 : 0;
    case MetricUnit::PerSecond: return shown < 10.0 ? 2 : (shown < 100.0 ? 1 : 0);
    case MetricUnit::BytesPerSecond: return shown < 10.0 ? 1 : 0;
    case MetricUnit::Days: return shown < 10.0 ? 1 : 0;
    case MetricUnit::Messages: return 0;
    }
    return 1;
}

} // namespace

QString metricUnitSuffix(MetricKind kind)
{
    switch (metricUnit(kind)) {
    case MetricUnit::PerSecond: return QCoreApplication::translate("Metric", "/s");
    case MetricUnit::Milliseconds: return QCoreApplication::translate("Metric", "ms");
    case MetricUnit::Fraction:
    case MetricUnit::Percent: return u"%"_s;
    case MetricUnit::BytesPerSecond: return QCoreApplication::translate("Metric", "B/s");
    //: Unit of certificate expiry, short for days
    case MetricUnit::Days: return QCoreApplication::translate("Metric", "d");
    //: Unit of queue depth, short for messages
    case MetricUnit::Messages: return QCoreApplication::translate("Metric", "msg");
    case MetricUnit::Count: break;
    }
    return QString();
}

QString formatMetricNumber(MetricKind kind, double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QCoreApplication::translate("Metric", "n/a");
    const double shown = metricUnit(kind) == MetricUnit::Fraction ? value * 100.0 : value;
    return locale.toString(shown, 'f', decimalsFor(kind, std::abs(shown)));
}

QString formatMetricValue(MetricKind kind, double value, const QLocale &locale)
{
    if (metricUnit(kind) == MetricUnit::BytesPerSecond && std::isfinite(value)) {
        // Bytes a second span B/s to GB/s: shown in the unit that keeps 1–3 digits (decimal, like Railway's GB).
        static const char *const kUnits[] = {QT_TRANSLATE_NOOP("Metric", "B/s"), QT_TRANSLATE_NOOP("Metric", "kB/s"),
                                             QT_TRANSLATE_NOOP("Metric", "MB/s"), QT_TRANSLATE_NOOP("Metric", "GB/s")};
        double shown = value;
        int unit = 0;
        while (std::abs(shown) >= 1000.0 && unit < 3) {
            shown /= 1000.0;
            ++unit;
        }
        return locale.toString(shown, 'f', std::abs(shown) < 10.0 && unit > 0 ? 1 : 0) + u'\u00A0'
             + QCoreApplication::translate("Metric", kUnits[unit]);
    }
    const QString number = formatMetricNumber(kind, value, locale);
    if (!std::isfinite(value))
        return number;
    const QString suffix = metricUnitSuffix(kind);
    if (suffix.isEmpty())
        return number;
    if (suffix.startsWith(u'/'))
        return number + suffix;
    return number + u'\u00A0' + suffix;
}

} // namespace Model
