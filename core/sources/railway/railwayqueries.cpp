#include "core/sources/railway/railwayqueries.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

const QString kProjectSelection =
    u"{ id name environments { edges { node { id name } } } services { edges { node { id name "
    "serviceInstances { edges { node { environmentId region numReplicas sleepApplication } } } } } } }"_s;

using Arg = GraphQlBatch::Argument;

QVector<Arg> rangeArgs(qint64 fromMs, qint64 toMs)
{
    return {Arg{u"startDate"_s, u"DateTime!"_s, RailwayQueries::isoTime(fromMs), {}},
            Arg{u"endDate"_s, u"DateTime!"_s, RailwayQueries::isoTime(toMs), {}}};
}

} // namespace

QString RailwayQueries::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); // "...Z"
}

QStringList RailwayQueries::measurements()
{
    return {u"CPU_USAGE"_s,     u"CPU_LIMIT"_s,     u"MEMORY_USAGE_GB"_s, u"MEMORY_LIMIT_GB"_s,
            u"NETWORK_RX_GB"_s, u"NETWORK_TX_GB"_s, u"DISK_USAGE_GB"_s};
}

QString RailwayQueries::projectsPage(GraphQlBatch &batch, const QString &after)
{
    QVector<Arg> args{Arg{u"first"_s, u"Int"_s, kProjectsPerPage, {}}};
    if (!after.isEmpty())
        args.append(Arg{u"after"_s, u"String"_s, after, {}});
    return batch.add(u"projects"_s, args,
                     u"{ edges { node "_s + kProjectSelection + u" } pageInfo { hasNextPage endCursor } }"_s);
}

QString RailwayQueries::project(GraphQlBatch &batch, const QString &projectId)
{
    return batch.add(u"project"_s, {Arg{u"id"_s, u"String!"_s, projectId, {}}}, kProjectSelection);
}

QString RailwayQueries::projectToken(GraphQlBatch &batch)
{
    return batch.add(u"projectToken"_s, {}, u"{ projectId environmentId }"_s);
}

QString RailwayQueries::metrics(GraphQlBatch &batch, const QString &projectId, const QString &environmentId,
                                qint64 fromMs, qint64 toMs, qint64 stepMs, bool byRegion)
{
    QVector<Arg> args{Arg{u"projectId"_s, u"String"_s, projectId, {}},
                      Arg{u"environmentId"_s, u"String"_s, environmentId, {}}};
    args += rangeArgs(fromMs, toMs);
    args.append(Arg{u"sampleRateSeconds"_s, u"Int"_s, static_cast<int>(std::max<qint64>(1, stepMs / 1000)), {}});
    args.append(Arg{u"measurements"_s, u"[MetricMeasurement!]!"_s, QJsonArray::fromStringList(measurements()), {}});
    QJsonArray groupBy{u"SERVICE_ID"_s};
    if (byRegion)
        groupBy.append(u"REGION"_s);
    args.append(Arg{u"groupBy"_s, u"[MetricTag!]"_s, groupBy, {}});
    return batch.add(u"metrics"_s, args, u"{ measurement tags { serviceId region } values { ts value } }"_s);
}

QString RailwayQueries::httpDuration(GraphQlBatch &batch, const QString &serviceId, const QString &environmentId,
                                     qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    QVector<Arg> args{Arg{u"serviceId"_s, u"String!"_s, serviceId, {}},
                      Arg{u"environmentId"_s, u"String!"_s, environmentId, {}}};
    args += rangeArgs(fromMs, toMs);
    args.append(Arg{u"stepSeconds"_s, u"Int"_s, static_cast<int>(std::max<qint64>(1, stepMs / 1000)), {}});
    return batch.add(u"httpDurationMetrics"_s, args, u"{ samples { ts p50 p90 p95 p99 } }"_s);
}

QString RailwayQueries::httpStatus(GraphQlBatch &batch, const QString &serviceId, const QString &environmentId,
                                   qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    QVector<Arg> args{Arg{u"serviceId"_s, u"String!"_s, serviceId, {}},
                      Arg{u"environmentId"_s, u"String!"_s, environmentId, {}}};
    args += rangeArgs(fromMs, toMs);
    args.append(Arg{u"stepSeconds"_s, u"Int"_s, static_cast<int>(std::max<qint64>(1, stepMs / 1000)), {}});
    return batch.add(u"httpMetricsGroupedByStatus"_s, args, u"{ statusCode samples { ts value } }"_s);
}

QString RailwayQueries::deployments(GraphQlBatch &batch, const QString &serviceId, const QString &environmentId,
                                    int first)
{
    return batch.add(u"deployments"_s,
                     {Arg{u"first"_s, u"Int"_s, first, {}}, Arg{u"serviceId"_s, u"String!"_s, serviceId, u"serviceId"_s},
                      Arg{u"environmentId"_s, u"String!"_s, environmentId, u"environmentId"_s}},
                     u"{ edges { node { id status createdAt meta } } }"_s);
}

QString RailwayQueries::usage(GraphQlBatch &batch, const QString &projectId)
{
    return batch.add(u"usage"_s,
                     {Arg{u"projectId"_s, u"String"_s, projectId, {}},
                      Arg{u"measurements"_s, u"[MetricMeasurement!]!"_s, QJsonArray::fromStringList(measurements()), {}},
                      Arg{u"groupBy"_s, u"[MetricTag!]"_s, QJsonArray{u"SERVICE_ID"_s}, {}}},
                     u"{ measurement value tags { serviceId } }"_s);
}

QString RailwayQueries::estimatedUsage(GraphQlBatch &batch, const QString &projectId)
{
    return batch.add(u"estimatedUsage"_s,
                     {Arg{u"projectId"_s, u"String"_s, projectId, {}},
                      Arg{u"measurements"_s, u"[MetricMeasurement!]!"_s, QJsonArray::fromStringList(measurements()), {}}},
                     u"{ measurement estimatedValue projectId }"_s);
}

} // namespace Sources::Railway
