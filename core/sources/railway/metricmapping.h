#pragma once

#include "core/model/metrickind.h"
#include "core/sources/railway/railwayresponse.h"

#include <QHash>

namespace Sources::Railway {

// Turns Railway's units into Straja's metric kinds (core/model/metrickind.h), so
// views, rules and predictions read Railway data exactly as Prometheus data:
// CPU in vCPU -> percent of the CPU limit; memory and disk in GB (decimal, as
// Railway bills them) -> percent of the memory limit / volume size; latency
// percentiles in ms; request counts per step and status -> requests per second,
// the 5xx share and 429s per second; network GB received/sent per sample ->
// bytes per second (decimal GB, spread over the sample's step).
class MetricMapping final
{
public:
    struct Limits
    {
        double cpuVcpu = 8.0;
        double memoryGb = 8.0;
        double volumeGb = 5.0;
        double stepSeconds = 60.0; // sampleRateSeconds: what one network sample covers
    };
    using KindSeries = QHash<Model::MetricKind, QVector<Model::Sample>>;

    static double cpuPercent(double usageVcpu, double limitVcpu);
    static double memoryPercent(double usedGb, double limitGb);
    static double megabytesToGb(double mb) { return mb / 1000.0; }

    // The series of one service (and region: empty = all regions) out of a
    // metrics answer. CPU_LIMIT / MEMORY_LIMIT_GB, when Railway sends them, win
    // over `limits` at the same timestamp.
    static KindSeries resources(const QVector<RawSeries> &raw, const QString &serviceId, const QString &region,
                                const Limits &limits);
    static KindSeries http(const HttpSeries &http, qint64 stepMs);
};

} // namespace Sources::Railway
