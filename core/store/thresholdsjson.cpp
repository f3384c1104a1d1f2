#include "core/store/thresholdsjson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

QJsonValue limitValue(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

double limitFrom(const QJsonValue &v, double fallback)
{
    if (v.isUndefined())
        return fallback;
    if (v.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    return v.isDouble() ? v.toDouble() : fallback;
}

} // namespace

QByteArray thresholdsToJson(const Model::HealthThresholds &thresholds)
{
    const Model::HealthThresholds defaults = Model::HealthThresholds::defaults();
    QJsonObject root;
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        if (thresholds[kind] == defaults[kind])
            continue;
        root.insert(Model::metricKindId(kind), QJsonObject{{u"degraded"_s, limitValue(thresholds[kind].degraded)},
                                                           {u"down"_s, limitValue(thresholds[kind].down)}});
    }
    if (thresholds.staleAfterSeconds != defaults.staleAfterSeconds)
        root.insert(u"staleAfterSeconds"_s, thresholds.staleAfterSeconds);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Model::HealthThresholds thresholdsFromJson(const QByteArray &json)
{
    Model::HealthThresholds thresholds = Model::HealthThresholds::defaults();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        const QJsonObject limits = root.value(Model::metricKindId(kind)).toObject();
        if (limits.isEmpty())
            continue;
        thresholds[kind].degraded = limitFrom(limits.value(u"degraded"_s), thresholds[kind].degraded);
        thresholds[kind].down = limitFrom(limits.value(u"down"_s), thresholds[kind].down);
    }
    const int stale = root.value(u"staleAfterSeconds"_s).toInt(0);
    if (stale > 0)
        thresholds.staleAfterSeconds = stale;
    return thresholds;
}

} // namespace Store
