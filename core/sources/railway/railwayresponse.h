#pragma once

#include "core/sources/railway/railwaytypes.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Sources::Railway {

// One series of a `metrics` answer, still in Railway's units.
struct RawSeries
{
    QString measurement; // CPU_USAGE, MEMORY_USAGE_GB, ...
    QString serviceId;   // Railway's
    QString region;      // empty unless grouped by region
    QVector<Model::Sample> samples;
};

// One service's HTTP figures over the range.
struct HttpSeries
{
    QVector<Model::Sample> p50, p90, p95, p99;        // milliseconds
    QHash<int, QVector<Model::Sample>> countsByStatus; // status code -> requests per step
};

// Parses Railway's answers. Pure functions: no network, no clock; every shape they
// accept is in tests/core/tst_railway.cpp.
class RailwayResponse final
{
public:
    // The GraphQL envelope. HTTP errors, unreadable bodies and answers whose
    // `errors` left no data at all are errors with a message for the operator;
    // errors next to data (a partial answer) come back in `problems`.
    struct Envelope
    {
        QJsonObject data;
        QVector<GraphQlProblem> problems;
    };
    static Util::Result<Envelope> envelope(int httpStatus, const QByteArray &body, TokenKind kind);

    static Util::Result<InventoryPage> projectsPage(const QJsonValue &field, const QString &environment);
    // One project (project tokens), restricted to `environmentId` when not empty,
    // else to the environment named `environment`.
    static Inventory project(const QJsonValue &field, const QString &environment, const QString &environmentId = {});
    static QVector<RawSeries> metrics(const QJsonValue &field);
    static HttpSeries httpDuration(const QJsonValue &field);
    static void httpStatus(const QJsonValue &field, HttpSeries &into);
    static DeploymentList deployments(const QJsonValue &field, const QString &serviceId);
    static void usage(const QJsonValue &field, Usage &into);
    static void estimatedUsage(const QJsonValue &field, Usage &into);

    // Sorted by time, one sample per timestamp (the last one wins), no NaN/inf.
    // Holes stay holes: nothing is invented.
    static QVector<Model::Sample> clean(QVector<Model::Sample> samples);
    // `ts` as unix seconds, unix milliseconds or an ISO date; 0 when unreadable.
    static qint64 timeMs(const QJsonValue &ts);
};

} // namespace Sources::Railway
