#pragma once

#include "core/analysis/diagnosis/diagnosistypes.h"
#include "core/store/deploymentstore.h"

#include <QHash>
#include <QVector>

namespace Analysis {

// Feeds the diagnoses the deploy times a provider's timeline reports (Railway's
// deployments, docs/railway.md) beside those the executors observe: the
// "latency rose after deploy X" patterns and their rollback proposals then work
// for every Railway service, not only those with an action target. Only
// deployments whose code ran count: a build that failed never served traffic and
// cannot be blamed for what the service did.
class DeployTimes final
{
public:
    // Two reports of the same deploy (timeline and executor) within this are one.
    static constexpr qint64 kSameDeployMs = 1'000;

    // Live deploy times per service, ascending.
    static QHash<QString, QVector<qint64>> fromTimeline(const Store::DeploymentRecords &records);
    // `a` and `b` as one ascending list without duplicates.
    static QVector<qint64> merged(const QVector<qint64> &a, const QVector<qint64> &b);
    // Adds the timeline's deploys to the input's own (this service) and to the
    // other services' (clients of a database).
    static void feed(DiagnosisInput &input, const QHash<QString, QVector<qint64>> &byService);
    // The deployment a finding blames (its facts' deployMs), when the timeline has it.
    static const Store::DeploymentRecord *find(const Store::DeploymentRecords &records, const QString &serviceId,
                                               qint64 deployMs);
};

} // namespace Analysis
