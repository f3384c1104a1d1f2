#pragma once

#include "core/cost/costmodel.h"

#include <QHash>

namespace Cost {

struct GeoSettings
{
    int days = 7;                  // the window traffic and latency are averaged over
    double minShare = 0.15;        // a region with at least this share of a service's traffic ...
    double minLatencyRatio = 1.3;  // ... at least this much slower than the home region ...
    double minGainMs = 30.0;       // ... by at least this many milliseconds gets a replica proposed
};

// Traffic share and latency per region, from the per-region RPS and p95 latency
// series (metric labels, or the demo fleet), and where a replica closer to the users
// would pay off: the estimated latency gain assumes users near a replica see what
// users near the home region see today.
class GeoAdvisor final
{
public:
    explicit GeoAdvisor(const CostModel &model, GeoSettings settings = {});

    QVector<ServiceRegion> serviceRegions(const Model::Workspace &workspace,
                                          const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const;
    // Per region over the workspace: traffic-weighted latency, services hosted and served.
    static QVector<RegionSummary> summarize(const QVector<ServiceRegion> &regions);
    QVector<Recommendation> recommend(const Model::Workspace &workspace, const QVector<ServiceRegion> &regions,
                                      const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const;

    // The region a service runs in: its cost profile's, else the first it serves.
    static QString hostRegion(const Model::Service &service);

private:
    const CostModel &m_model;
    GeoSettings m_settings;
};

} // namespace Cost
