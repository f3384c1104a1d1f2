#include "core/analysis/diagnosis/deploytimes.h"

#include <algorithm>
#include <cstdlib>

namespace Analysis {

QHash<QString, QVector<qint64>> DeployTimes::fromTimeline(const Store::DeploymentRecords &records)
{
    QHash<QString, QVector<qint64>> out;
    for (const Store::DeploymentRecord &r : records) {
        if (r.wentLive() && r.createdMs > 0 && !r.serviceId.isEmpty())
            out[r.serviceId].append(r.createdMs);
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        it.value() = merged(it.value(), {});
    return out;
}

QVector<qint64> DeployTimes::merged(const QVector<qint64> &a, const QVector<qint64> &b)
{
    QVector<qint64> all = a + b;
    std::sort(all.begin(), all.end());
    QVector<qint64> out;
    out.reserve(all.size());
    for (qint64 t : std::as_const(all)) {
        if (out.isEmpty() || t - out.last() > kSameDeployMs)
            out.append(t);
    }
    return out;
}

void DeployTimes::feed(DiagnosisInput &input, const QHash<QString, QVector<qint64>> &byService)
{
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        if (it.key() == input.serviceId)
            input.deploysMs = merged(input.deploysMs, it.value());
        else
            input.otherDeploysMs[it.key()] = merged(input.otherDeploysMs.value(it.key()), it.value());
    }
}

const Store::DeploymentRecord *DeployTimes::find(const Store::DeploymentRecords &records, const QString &serviceId,
                                                 qint64 deployMs)
{
    for (const Store::DeploymentRecord &r : records) {
        if (r.serviceId == serviceId && std::llabs(r.createdMs - deployMs) <= kSameDeployMs)
            return &r;
    }
    return nullptr;
}

} // namespace Analysis
