#pragma once

#include "core/sources/railway/graphqlbatch.h"

namespace Sources::Railway {

// The read queries of Railway's public GraphQL API Straja sends (docs/railway.md
// says which shapes are documented and which are assumed). Each adds one aliased
// field to a batch and returns its alias.
class RailwayQueries final
{
public:
    static constexpr int kProjectsPerPage = 20;

    // projects(first, after) { edges { node { ...project } } pageInfo }: account tokens.
    static QString projectsPage(GraphQlBatch &batch, const QString &after);
    // project(id) { ...project }
    static QString project(GraphQlBatch &batch, const QString &projectId);
    // projectToken { projectId environmentId }: what a project token belongs to.
    static QString projectToken(GraphQlBatch &batch);
    // metrics(...) for every service of one environment, grouped by service (and
    // region when asked): one field however many services there are.
    static QString metrics(GraphQlBatch &batch, const QString &projectId, const QString &environmentId,
                           qint64 fromMs, qint64 toMs, qint64 stepMs, bool byRegion);
    // httpDurationMetrics: p50/p90/p95/p99 of one service.
    static QString httpDuration(GraphQlBatch &batch, const QString &serviceId, const QString &environmentId,
                                qint64 fromMs, qint64 toMs, qint64 stepMs);
    // httpMetricsGroupedByStatus: request counts per status code of one service.
    static QString httpStatus(GraphQlBatch &batch, const QString &serviceId, const QString &environmentId,
                              qint64 fromMs, qint64 toMs, qint64 stepMs);
    static QString deployments(GraphQlBatch &batch, const QString &serviceId, const QString &environmentId,
                               int first);
    static QString usage(GraphQlBatch &batch, const QString &projectId);
    static QString estimatedUsage(GraphQlBatch &batch, const QString &projectId);

    static QString isoTime(qint64 ms);
    static QStringList measurements();
};

} // namespace Sources::Railway
