#include "core/sources/railway/metricmapping.h"

#include <QMap>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

// Sums the series of one measurement for a service: several regions add up when
// the whole service is asked for.
QMap<qint64, double> collect(const QVector<RawSeries> &raw, const QString &measurement, const QString &serviceId,
                             const QString &region)
{
    QMap<qint64, double> out;
    for (const RawSeries &s : raw) {
        if (s.measurement != measurement || s.serviceId != serviceId)
            continue;
        if (!region.isEmpty() && s.region != region)
            continue;
        for (const Model::Sample &p : s.samples)
            out[p.t] += p.v;
    }
    return out;
}

QVector<Model::Sample> percentOf(const QMap<qint64, double> &used, const QMap<qint64, double> &limits, double fallback,
                                 double (*percent)(double, double))
{
    QVector<Model::Sample> out;
    out.reserve(used.size());
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        const double limit = limits.value(it.key(), 0.0) > 0.0 ? limits.value(it.key()) : fallback;
        out.append({it.key(), percent(it.value(), limit)});
    }
    return out;
}

} // namespace

double MetricMapping::cpuPercent(double usageVcpu, double limitVcpu)
{
    return limitVcpu > 0.0 ? usageVcpu / limitVcpu * 100.0 : 0.0;
}

double MetricMapping::memoryPercent(double usedGb, double limitGb)
{
    return limitGb > 0.0 ? usedGb / limitGb * 100.0 : 0.0;
}

MetricMapping::KindSeries MetricMapping::resources(const QVector<RawSeries> &raw, const QString &serviceId,
                                                   const QString &region, const Limits &limits)
{
    KindSeries out;
    const auto cpu = collect(raw, u"CPU_USAGE"_s, serviceId, region);
    if (!cpu.isEmpty())
        out.insert(Model::MetricKind::Cpu,
                   percentOf(cpu, collect(raw, u"CPU_LIMIT"_s, serviceId, region), limits.cpuVcpu, &cpuPercent));
    const auto memory = collect(raw, u"MEMORY_USAGE_GB"_s, serviceId, region);
    if (!memory.isEmpty())
        out.insert(Model::MetricKind::Memory, percentOf(memory, collect(raw, u"MEMORY_LIMIT_GB"_s, serviceId, region),
                                                        limits.memoryGb, &memoryPercent));
    const auto disk = collect(raw, u"DISK_USAGE_GB"_s, serviceId, region);
    if (!disk.isEmpty())
        out.insert(Model::MetricKind::Disk, percentOf(disk, {}, limits.volumeGb, &memoryPercent));
    // NETWORK_RX_GB / NETWORK_TX_GB: taken as the GB moved during each sample
    // (an assumption, docs/railway.md), so bytes per second = GB x 1e9 / step.
    const double step = std::max(1.0, limits.stepSeconds);
    for (const auto &[measurement, kind] : {std::pair{u"NETWORK_RX_GB"_s, Model::MetricKind::NetworkIn},
                                            std::pair{u"NETWORK_TX_GB"_s, Model::MetricKind::NetworkOut}}) {
        const auto moved = collect(raw, measurement, serviceId, region);
        if (moved.isEmpty())
            continue;
        QVector<Model::Sample> rate;
        rate.reserve(moved.size());
        for (auto it = moved.cbegin(); it != moved.cend(); ++it)
            rate.append({it.key(), it.value() * 1e9 / step});
        out.insert(kind, rate);
    }
    return out;
}

MetricMapping::KindSeries MetricMapping::http(const HttpSeries &http, qint64 stepMs)
{
    KindSeries out;
    if (!http.p95.isEmpty())
        out.insert(Model::MetricKind::LatencyP95, http.p95);
    if (http.countsByStatus.isEmpty())
        return out;
    const double stepSeconds = std::max<double>(1.0, static_cast<double>(stepMs) / 1000.0);
    QMap<qint64, double> total;
    QMap<qint64, double> errors;
    QMap<qint64, double> throttled;
    for (auto it = http.countsByStatus.cbegin(); it != http.countsByStatus.cend(); ++it) {
        for (const Model::Sample &s : it.value()) {
            total[s.t] += s.v;
            if (it.key() >= 500)
                errors[s.t] += s.v;
            else
                errors[s.t] += 0.0;
            throttled[s.t] += it.key() == 429 ? s.v : 0.0;
        }
    }
    QVector<Model::Sample> rps, errorRate, throttledRps;
    for (auto it = total.cbegin(); it != total.cend(); ++it) {
        rps.append({it.key(), it.value() / stepSeconds});
        throttledRps.append({it.key(), throttled.value(it.key()) / stepSeconds});
        if (it.value() > 0.0) // no requests: no error rate, rather than a made-up 0
            errorRate.append({it.key(), errors.value(it.key()) / it.value()});
    }
    out.insert(Model::MetricKind::Rps, rps);
    out.insert(Model::MetricKind::ErrorRate, errorRate);
    out.insert(Model::MetricKind::Throttled, throttledRps);
    return out;
}

} // namespace Sources::Railway
