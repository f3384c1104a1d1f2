#include "core/model/costprofilejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

double positiveOr(const QJsonObject &o, const QString &key, double fallback)
{
    const double v = o.value(key).toDouble(fallback);
    return v >= 0 ? v : fallback;
}

} // namespace

QByteArray costProfileToJson(const Model::CostProfile &profile)
{
    return compact(costProfileToObject(profile));
}

Model::CostProfile costProfileFromJson(const QByteArray &json)
{
    return costProfileFromObject(QJsonDocument::fromJson(json).object());
}

QJsonObject costProfileToObject(const Model::CostProfile &p)
{
    // Only what differs from the defaults, as for thresholds: a later default
    // reaches every service that never set its own.
    const Model::CostProfile d;
    QJsonObject o;
    if (p.pricing != d.pricing)
        o.insert(u"pricing"_s, p.pricing);
    if (p.nodeType != d.nodeType)
        o.insert(u"nodeType"_s, p.nodeType);
    if (p.region != d.region)
        o.insert(u"region"_s, p.region);
    if (p.cpuPerReplica != d.cpuPerReplica)
        o.insert(u"cpu"_s, p.cpuPerReplica);
    if (p.memoryGbPerReplica != d.memoryGbPerReplica)
        o.insert(u"memoryGb"_s, p.memoryGbPerReplica);
    if (p.volumeGb != d.volumeGb)
        o.insert(u"volumeGb"_s, p.volumeGb);
    if (p.egressKbPerRequest != d.egressKbPerRequest)
        o.insert(u"egressKbPerRequest"_s, p.egressKbPerRequest);
    return o;
}

Model::CostProfile costProfileFromObject(const QJsonObject &o)
{
    Model::CostProfile p;
    p.pricing = o.value(u"pricing"_s).toString();
    p.nodeType = o.value(u"nodeType"_s).toString();
    p.region = o.value(u"region"_s).toString();
    p.cpuPerReplica = positiveOr(o, u"cpu"_s, p.cpuPerReplica);
    p.memoryGbPerReplica = positiveOr(o, u"memoryGb"_s, p.memoryGbPerReplica);
    p.volumeGb = positiveOr(o, u"volumeGb"_s, p.volumeGb);
    p.egressKbPerRequest = positiveOr(o, u"egressKbPerRequest"_s, p.egressKbPerRequest);
    return p;
}

QByteArray businessQueriesToJson(const QMap<QString, QString> &queries)
{
    QJsonObject o;
    for (auto it = queries.cbegin(); it != queries.cend(); ++it)
        o.insert(it.key(), it.value());
    return compact(o);
}

QMap<QString, QString> businessQueriesFromJson(const QByteArray &json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    return out;
}

QByteArray plansToJson(const QVector<Model::ProviderPlan> &plans)
{
    QJsonArray a;
    for (const Model::ProviderPlan &p : plans)
        a.append(QJsonObject{{u"pricing"_s, p.pricing}, {u"plan"_s, p.plan}, {u"seats"_s, p.seats}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QVector<Model::ProviderPlan> plansFromJson(const QByteArray &json)
{
    QVector<Model::ProviderPlan> out;
    const QJsonArray a = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        Model::ProviderPlan p;
        p.pricing = o.value(u"pricing"_s).toString();
        p.plan = o.value(u"plan"_s).toString();
        p.seats = std::max(1, o.value(u"seats"_s).toInt(1));
        if (!p.pricing.isEmpty() && !p.plan.isEmpty())
            out.append(p);
    }
    return out;
}

} // namespace Model
