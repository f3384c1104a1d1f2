#pragma once

#include "core/cost/costmodel.h"

#include <QHash>

#include <optional>

namespace Cost {

// Thresholds of the savings rules (docs/cost.md); the defaults are what the cost
// view uses.
struct RecommendationSettings
{
    int idleDays = 7;              // no traffic for this long ...
    double idleRps = 0.01;         // ... means every hourly mean below this
    int profileDays = 14;          // the window of the daily profile and of p95 use
    double targetCpu = 65.0;       // CPU % of a replica the needed replicas are sized for
    int offPeakMinHours = 4;       // a schedule window at least this long
    double rightSizeBelow = 40.0;  // p95 use below this % of the allocation ...
    double rightSizeTarget = 70.0; // ... is resized to run near this %
    double cpuStep = 0.05;         // vCPU granularity of a new allocation
    double memoryStepGb = 0.25;
    double leakPerHour = 0.3;      // memory rising faster than this %/h: never shrink memory
    int sharedMinServices = 3;     // a group of small services worth sharing a deployment
    double sharedMaxUse = 50.0;    // "small": p95 CPU and memory below this % of the allocation
    Money minMonthlySaving = Money::fromMicros(5 * Money::kMicrosPerUnit); // below is noise
    double minCoverage = 0.8;      // share of the window with data to say anything
};

// The savings rules: idle services, off-peak schedules, right-sizing, replicas above
// need and small services that could share one deployment. Each recommendation
// says what it saves a month and what it risks, and carries the proposal approving
// it would raise. Pure: same usage, same answer.
class Recommender final
{
public:
    explicit Recommender(const CostModel &model, RecommendationSettings settings = {});

    // Savings first, largest first.
    QVector<Recommendation> recommend(const Model::Workspace &workspace,
                                      const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const;

    std::optional<Recommendation> idle(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const;
    std::optional<Recommendation> excessReplicas(const Model::Service &service, const ServiceUsage &usage,
                                                 qint64 nowMs) const;
    std::optional<Recommendation> offPeak(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs,
                                          int baseReplicas) const;
    std::optional<Recommendation> rightSize(const Model::Service &service, const ServiceUsage &usage,
                                            qint64 nowMs) const;
    QVector<Recommendation> shared(const Model::Workspace &workspace, const QHash<QString, ServiceUsage> &usage,
                                   qint64 nowMs) const;

    // The p-th percentile (0..100) of the finite values of `series` in [from, to).
    static double percentile(const Analysis::RegularSeries &series, qint64 fromMs, qint64 toMs, double p,
                             double *coverage = nullptr);

private:
    Recommendation base(RecommendationKind kind, const Model::Service &service) const;
    // What removing one replica for one hour saves: the whole replica where capacity
    // is paid for; only its memory where usage is (its CPU work moves to the others).
    double replicaHourSaving(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const;

    const CostModel &m_model;
    RecommendationSettings m_settings;
};

} // namespace Cost
