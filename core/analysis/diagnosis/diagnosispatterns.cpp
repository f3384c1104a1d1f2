#include "core/analysis/diagnosis/diagnosispatterns.h"

#include "core/analysis/diagnosis/seriesstats.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Analysis::Patterns {

namespace {

using namespace Analysis::Stats;
using Model::Sample;

// Every threshold of the catalogue, named once (docs/actions.md quotes them).
constexpr qint64 kRecentMs = 15 * kMinuteMs;      // "now" for most patterns
constexpr qint64 kBaselineGapMs = kHourMs;        // the baseline ends this long before now

QVector<Sample> series(const DiagnosisInput &in, Signal signal, const QString &region = {})
{
    const QVector<Sample> *p = in.find(signal, region);
    return p ? *p : QVector<Sample>();
}

QVector<Sample> recent(const QVector<Sample> &points, qint64 now, qint64 spanMs)
{
    return window(points, now - spanMs, now);
}

// The usual level: the median of the day before the last hour.
double baseline(const QVector<Sample> &points, qint64 now)
{
    return median(window(points, now - 24 * kHourMs, now - kBaselineGapMs));
}

FindingVerification verifyBelow(Signal signal, double threshold, qint64 settleMs, qint64 windowMs,
                                const QString &region = {})
{
    FindingVerification v;
    v.signal = signal;
    v.region = region;
    v.below = true;
    v.threshold = threshold;
    v.settleMs = settleMs;
    v.windowMs = windowMs;
    return v;
}

// The latest of `deploys` in [from, to], or 0.
qint64 latestDeployIn(const QVector<qint64> &deploys, qint64 from, qint64 to)
{
    qint64 found = 0;
    for (qint64 d : deploys) {
        if (d >= from && d <= to)
            found = std::max(found, d);
    }
    return found;
}

double minutes(qint64 ms)
{
    return static_cast<double>(ms) / static_cast<double>(kMinuteMs);
}

// ---------------------------------------------------------------- the patterns

std::optional<Finding> memoryLeak(const DiagnosisInput &in)
{
    // A restart resets a leaking process: only the part since the last big drop counts.
    const QVector<Sample> segment = sinceLastDrop(window(series(in, Signal::Memory), in.nowMs - 24 * kHourMs, in.nowMs),
                                                  15.0);
    if (segment.size() < 12 || segment.last().t - segment.first().t < 4 * kHourMs)
        return std::nullopt;
    const LinearFit fit = linearFit(segment);
    const double current = mean(recent(segment, in.nowMs, kRecentMs));
    const double rise = fit.slopePerHour * static_cast<double>(segment.last().t - segment.first().t) / kHourMs;
    if (!(fit.slopePerHour > 0.3) || fit.r2 < 0.8 || rise < 5.0 || !std::isfinite(current))
        return std::nullopt;
    // Memory that follows traffic (caches filling with load) is not a leak.
    const double withTraffic = correlation(segment, window(series(in, Signal::Rps), segment.first().t, in.nowMs));
    if (std::isfinite(withTraffic) && withTraffic > 0.8)
        return std::nullopt;
    const double hoursToLimit = std::max(0.0, (100.0 - current) / fit.slopePerHour);
    if (hoursToLimit > 72.0)
        return std::nullopt;
    Finding f;
    f.pattern = u"memory_leak"_s;
    f.confidence = std::min(0.95, 0.55 + 0.4 * fit.r2 + (hoursToLimit < 24.0 ? 0.05 : 0.0));
    f.facts = QJsonObject{{u"growthPerHour"_s, fit.slopePerHour},
                          {u"current"_s, current},
                          {u"hoursToLimit"_s, hoursToLimit},
                          {u"r2"_s, fit.r2},
                          {u"startValue"_s, segment.first().v}};
    f.fixes = {u"restart"_s, u"scale_up"_s};
    f.evidenceSignal = Signal::Memory;
    f.reference = in.thresholds[Model::MetricKind::Memory].degraded;
    f.onsetMs = segment.first().t;
    // Fixed when half of the rise is gone.
    f.verification = verifyBelow(Signal::Memory, current - 0.5 * (current - segment.first().v), 2 * kMinuteMs,
                                 5 * kMinuteMs);
    return f;
}

std::optional<Finding> cpuSaturation(const DiagnosisInput &in)
{
    const QVector<Sample> cpu = series(in, Signal::Cpu);
    const QVector<Sample> last = recent(cpu, in.nowMs, kRecentMs);
    const double cpuNow = mean(last);
    if (last.size() < 3 || !(cpuNow >= 90.0) || share(recent(cpu, in.nowMs, 10 * kMinuteMs), [](double v) {
            return v >= 85.0;
        }) < 0.8)
        return std::nullopt;
    const QVector<Sample> latency = series(in, Signal::LatencyP95);
    const double latencyBase = baseline(latency, in.nowMs);
    const double latencyNow = mean(recent(latency, in.nowMs, kRecentMs));
    const double ratio = latencyBase > 0 ? latencyNow / latencyBase : kNaN;
    // Saturation shows in latency; without a latency series only a near-full CPU counts.
    if (std::isfinite(ratio) ? ratio < 1.3 : cpuNow < 95.0)
        return std::nullopt;
    const QVector<Sample> replicas = series(in, Signal::Replicas);
    const int current = replicas.isEmpty() ? 1 : std::max(1, static_cast<int>(std::lround(replicas.last().v)));
    Finding f;
    f.pattern = u"cpu_saturation"_s;
    f.confidence = std::min(0.95, 0.6 + (cpuNow - 90.0) / 25.0 + (std::isfinite(ratio) ? 0.1 : 0.0));
    f.facts = QJsonObject{{u"cpu"_s, cpuNow},
                          {u"minutes"_s, minutes(heldFor(cpu, [](double v) { return v >= 85.0; }))},
                          {u"latencyRatio"_s, std::isfinite(ratio) ? ratio : 1.0},
                          {u"suggestedReplicas"_s, static_cast<int>(std::ceil(current * cpuNow / 65.0 - 1e-9))}};
    // A single-primary database cannot scale out: its queries are the lever.
    f.fixes = in.role == u"database" ? QStringList{u"inspect_queries"_s} : QStringList{u"scale_up"_s, u"restart"_s};
    f.evidenceSignal = Signal::Cpu;
    f.reference = 85.0;
    f.onsetMs = in.nowMs - heldFor(cpu, [](double v) { return v >= 85.0; });
    f.verification = verifyBelow(Signal::Cpu, 85.0, 2 * kMinuteMs, 8 * kMinuteMs);
    return f;
}

std::optional<Finding> slowDatabaseAfterDeploy(const DiagnosisInput &in)
{
    if (in.role != u"database")
        return std::nullopt;
    const QVector<Sample> latency = series(in, Signal::LatencyP95);
    const double now = median(recent(latency, in.nowMs, kRecentMs));
    if (!std::isfinite(now))
        return std::nullopt;
    std::optional<Finding> best;
    qint64 bestGap = std::numeric_limits<qint64>::max();
    for (auto it = in.otherDeploysMs.cbegin(); it != in.otherDeploysMs.cend(); ++it) {
        for (qint64 d : it.value()) {
            if (d < in.nowMs - 3 * kHourMs || d > in.nowMs - 10 * kMinuteMs)
                continue;
            const double before = median(window(latency, d - kHourMs, d));
            const double onset = median(window(latency, d + 2 * kMinuteMs, d + 30 * kMinuteMs));
            if (!(before > 0) || !std::isfinite(onset))
                continue;
            const double ratio = now / before;
            // Slow within half an hour of the deploy, and still slow now.
            if (ratio < 2.0 || onset / before < 1.5)
                continue;
            // Of several deploys before the slowdown, the one closest to its start is blamed.
            qint64 gap = std::numeric_limits<qint64>::max();
            for (const Sample &p : window(latency, d, in.nowMs)) {
                if (p.v >= 1.5 * before) {
                    gap = p.t - d;
                    break;
                }
            }
            if (gap >= bestGap)
                continue;
            bestGap = gap;
            Finding f;
            f.pattern = u"slow_db_after_deploy"_s;
            f.confidence = std::min(0.95, 0.6 + 0.1 * ratio);
            f.facts = QJsonObject{{u"latencyBefore"_s, before},      {u"latencyNow"_s, now},
                                  {u"ratio"_s, ratio},               {u"deployService"_s, it.key()},
                                  {u"minutesAfterDeploy"_s, minutes(in.nowMs - d)}, {u"deployMs"_s, static_cast<double>(d)}};
            f.fixes = {u"rollback"_s, u"inspect_queries"_s};
            f.actOnServiceId = it.key();
            f.evidenceSignal = Signal::LatencyP95;
            f.reference = before;
            f.onsetMs = d;
            f.verification = verifyBelow(Signal::LatencyP95, 1.3 * before, 3 * kMinuteMs, 10 * kMinuteMs);
            best = f;
        }
    }
    return best;
}

std::optional<Finding> errorsAfterDeploy(const DiagnosisInput &in)
{
    const QVector<Sample> errors = series(in, Signal::ErrorRate);
    const qint64 d = latestDeployIn(in.deploysMs, in.nowMs - 2 * kHourMs, in.nowMs - 10 * kMinuteMs);
    if (d == 0)
        return std::nullopt;
    const double before = median(window(errors, d - kHourMs, d));
    const double after = mean(window(errors, d + 2 * kMinuteMs, d + 30 * kMinuteMs));
    const double now = mean(recent(errors, in.nowMs, 10 * kMinuteMs));
    if (!std::isfinite(before) || !std::isfinite(after) || !std::isfinite(now))
        return std::nullopt;
    const double limit = std::max(3.0 * before, before + 0.01);
    if (after < limit || now < limit)
        return std::nullopt;
    Finding f;
    f.pattern = u"errors_after_deploy"_s;
    f.confidence = std::min(0.95, 0.7 + (now - limit) * 5.0);
    f.facts = QJsonObject{{u"errorsBefore"_s, before},
                          {u"errorsNow"_s, now},
                          {u"minutesAfterDeploy"_s, minutes(in.nowMs - d)},
                          {u"deployMs"_s, static_cast<double>(d)}};
    f.fixes = {u"rollback"_s, u"restart"_s};
    f.evidenceSignal = Signal::ErrorRate;
    f.reference = limit;
    f.onsetMs = d;
    f.verification = verifyBelow(Signal::ErrorRate, std::max(1.5 * before, before + 0.005), 2 * kMinuteMs,
                                 8 * kMinuteMs);
    return f;
}

std::optional<Finding> dependencyThrottling(const DiagnosisInput &in)
{
    const QVector<Sample> throttled = series(in, Signal::Throttled);
    const QVector<Sample> last = recent(throttled, in.nowMs, 5 * kMinuteMs);
    const double rate = mean(last);
    const double rps = mean(recent(series(in, Signal::Rps), in.nowMs, 5 * kMinuteMs));
    if (last.size() < 2 || !(rate > 1.0) || share(last, [](double v) { return v > 1.0; }) < 0.8)
        return std::nullopt;
    const double fraction = rps > 0 ? rate / rps : 1.0;
    if (fraction < 0.02)
        return std::nullopt;
    Finding f;
    f.pattern = u"dependency_throttling"_s;
    f.confidence = std::min(0.95, 0.7 + fraction);
    f.facts = QJsonObject{{u"throttledPerSecond"_s, rate},
                          {u"share"_s, fraction},
                          {u"minutes"_s, minutes(heldFor(throttled, [](double v) { return v > 1.0; }))}};
    f.fixes = {u"back_off"_s, u"queue_requests"_s};
    f.evidenceSignal = Signal::Throttled;
    f.reference = 1.0;
    f.onsetMs = in.nowMs - heldFor(throttled, [](double v) { return v > 1.0; });
    f.verification = verifyBelow(Signal::Throttled, 0.5, 5 * kMinuteMs, 10 * kMinuteMs);
    return f;
}

std::optional<Finding> crashLoop(const DiagnosisInput &in)
{
    const QVector<Sample> restarts = recent(series(in, Signal::Restarts), in.nowMs, kRecentMs);
    if (restarts.isEmpty() || restarts.last().v < 3.0 || maxOf(restarts) < 3.0)
        return std::nullopt;
    const qint64 onset = in.nowMs - kHourMs;
    const qint64 d = latestDeployIn(in.deploysMs, onset - 2 * kHourMs, in.nowMs);
    Finding f;
    f.pattern = u"crash_loop"_s;
    f.confidence = std::min(0.95, 0.6 + 0.05 * restarts.last().v + (d > 0 ? 0.15 : 0.0));
    f.facts = QJsonObject{{u"restartsPerHour"_s, restarts.last().v}, {u"deployRecent"_s, d > 0}};
    if (d > 0)
        f.facts.insert(u"minutesAfterDeploy"_s, minutes(in.nowMs - d));
    // A loop that began after a deploy is most likely the deploy's doing.
    f.fixes = d > 0 ? QStringList{u"rollback"_s, u"inspect_crash"_s} : QStringList{u"inspect_crash"_s, u"rollback"_s};
    f.evidenceSignal = Signal::Restarts;
    f.reference = 3.0;
    f.onsetMs = onset;
    // Restarts are counted over the last hour: fixed means none in the hour after.
    f.verification = verifyBelow(Signal::Restarts, 1.0, kHourMs, 10 * kMinuteMs);
    return f;
}

std::optional<Finding> diskFilling(const DiagnosisInput &in)
{
    const QVector<Sample> disk = window(series(in, Signal::Disk), in.nowMs - 24 * kHourMs, in.nowMs);
    if (disk.size() < 12 || disk.last().t - disk.first().t < 6 * kHourMs)
        return std::nullopt;
    const LinearFit fit = linearFit(disk);
    const double current = mean(recent(disk, in.nowMs, kRecentMs));
    const double perDay = fit.slopePerHour * 24.0;
    if (!(perDay > 0.0) || fit.r2 < 0.7 || !std::isfinite(current))
        return std::nullopt;
    const double daysToFull = (100.0 - current) / perDay;
    if (daysToFull > 7.0)
        return std::nullopt;
    Finding f;
    f.pattern = u"disk_filling"_s;
    f.confidence = std::min(0.95, 0.6 + 0.3 * fit.r2 + (daysToFull < 2.0 ? 0.05 : 0.0));
    f.facts = QJsonObject{{u"usedPct"_s, current}, {u"growthPerDay"_s, perDay}, {u"daysToFull"_s, daysToFull}};
    f.fixes = {u"expand_volume"_s, u"clean_disk"_s};
    f.evidenceSignal = Signal::Disk;
    f.reference = in.thresholds[Model::MetricKind::Disk].degraded;
    f.onsetMs = disk.first().t;
    f.verification = verifyBelow(Signal::Disk, std::min(80.0, current - 5.0), 5 * kMinuteMs, 10 * kMinuteMs);
    return f;
}

std::optional<Finding> certificateExpiry(const DiagnosisInput &in)
{
    const QVector<Sample> days = recent(series(in, Signal::CertExpiryDays), in.nowMs, kHourMs);
    if (days.isEmpty() || days.last().v >= 14.0)
        return std::nullopt;
    Finding f;
    f.pattern = u"certificate_expiry"_s;
    f.confidence = days.last().v < 3.0 ? 0.95 : 0.85;
    f.facts = QJsonObject{{u"daysLeft"_s, days.last().v}};
    f.fixes = {u"renew_certificate"_s};
    f.evidenceSignal = Signal::CertExpiryDays;
    f.reference = 14.0;
    f.onsetMs = in.nowMs;
    f.verification = verifyBelow(Signal::CertExpiryDays, 30.0, 5 * kMinuteMs, 10 * kMinuteMs);
    f.verification.below = false;
    return f;
}

std::optional<Finding> cacheHitDrop(const DiagnosisInput &in)
{
    const QVector<Sample> hits = series(in, Signal::CacheHitRatio);
    const double usual = baseline(hits, in.nowMs);
    const QVector<Sample> last = recent(hits, in.nowMs, kRecentMs);
    const double now = mean(last);
    if (last.size() < 3 || !std::isfinite(usual) || usual - now < 0.15
        || share(last, [usual](double v) { return v < usual - 0.10; }) < 0.8)
        return std::nullopt;
    const qint64 held = heldFor(hits, [usual](double v) { return v < usual - 0.10; });
    const qint64 d = latestDeployIn(in.deploysMs, in.nowMs - held - 2 * kHourMs, in.nowMs);
    Finding f;
    f.pattern = u"cache_hit_drop"_s;
    f.confidence = std::min(0.95, 0.6 + (usual - now));
    f.facts = QJsonObject{{u"hitBefore"_s, usual}, {u"hitNow"_s, now}, {u"minutes"_s, minutes(held)},
                          {u"deployRecent"_s, d > 0}};
    f.fixes = d > 0 ? QStringList{u"rollback"_s, u"warm_cache"_s} : QStringList{u"warm_cache"_s, u"rollback"_s};
    f.evidenceSignal = Signal::CacheHitRatio;
    f.reference = usual;
    f.onsetMs = in.nowMs - held;
    f.verification = verifyBelow(Signal::CacheHitRatio, usual - 0.05, 5 * kMinuteMs, 10 * kMinuteMs);
    f.verification.below = false;
    return f;
}

std::optional<Finding> queueBacklog(const DiagnosisInput &in)
{
    const QVector<Sample> depth = series(in, Signal::QueueDepth);
    const QVector<Sample> last = recent(depth, in.nowMs, 30 * kMinuteMs);
    if (last.size() < 4)
        return std::nullopt;
    const double usual = std::max(10.0, baseline(depth, in.nowMs));
    const LinearFit fit = linearFit(last);
    const double now = last.last().v;
    if (!(fit.slopePerHour > 0) || fit.r2 < 0.7 || now < 3.0 * usual)
        return std::nullopt;
    const QVector<Sample> replicas = series(in, Signal::Replicas);
    const int current = replicas.isEmpty() ? 1 : std::max(1, static_cast<int>(std::lround(replicas.last().v)));
    Finding f;
    f.pattern = u"queue_backlog"_s;
    f.confidence = std::min(0.95, 0.55 + 0.3 * fit.r2 + std::min(0.1, now / usual / 100.0));
    f.facts = QJsonObject{{u"depth"_s, now},
                          {u"ratio"_s, now / usual},
                          {u"growthPerMinute"_s, fit.slopePerHour / 60.0},
                          {u"suggestedReplicas"_s, current * 2}};
    f.fixes = {u"scale_up"_s, u"restart"_s};
    f.evidenceSignal = Signal::QueueDepth;
    f.reference = 3.0 * usual;
    f.onsetMs = last.first().t;
    f.verification = verifyBelow(Signal::QueueDepth, 2.0 * usual, 10 * kMinuteMs, 10 * kMinuteMs);
    return f;
}

std::optional<Finding> poolExhaustion(const DiagnosisInput &in)
{
    const QVector<Sample> pool = series(in, Signal::PoolUsage);
    const QVector<Sample> last = recent(pool, in.nowMs, 5 * kMinuteMs);
    if (last.size() < 2 || !(mean(last) >= 0.95) || share(last, [](double v) { return v >= 0.95; }) < 0.8)
        return std::nullopt;
    Finding f;
    f.pattern = u"pool_exhaustion"_s;
    f.confidence = 0.85;
    f.facts = QJsonObject{{u"usage"_s, mean(last)},
                          {u"minutes"_s, minutes(heldFor(pool, [](double v) { return v >= 0.95; }))}};
    f.fixes = {u"restart"_s, u"raise_pool"_s};
    f.evidenceSignal = Signal::PoolUsage;
    f.reference = 0.95;
    f.onsetMs = in.nowMs - heldFor(pool, [](double v) { return v >= 0.95; });
    f.verification = verifyBelow(Signal::PoolUsage, 0.80, 2 * kMinuteMs, 5 * kMinuteMs);
    return f;
}

std::optional<Finding> regionLatency(const DiagnosisInput &in)
{
    const QStringList regions = in.regions(Signal::LatencyP95);
    if (regions.size() < 2)
        return std::nullopt;
    QVector<double> ratios;
    QVector<double> befores;
    QVector<double> nows;
    for (const QString &r : regions) {
        const QVector<Sample> latency = series(in, Signal::LatencyP95, r);
        const double before = baseline(latency, in.nowMs);
        const double now = median(recent(latency, in.nowMs, kRecentMs));
        befores.append(before);
        nows.append(now);
        ratios.append(before > 0 && std::isfinite(now) ? now / before : kNaN);
    }
    qsizetype worst = -1;
    for (qsizetype i = 0; i < ratios.size(); ++i) {
        if (std::isfinite(ratios.at(i)) && (worst < 0 || ratios.at(i) > ratios.at(worst)))
            worst = i;
    }
    if (worst < 0 || ratios.at(worst) < 1.5 || nows.at(worst) - befores.at(worst) < 20.0)
        return std::nullopt;
    double others = 0.0;
    for (qsizetype i = 0; i < ratios.size(); ++i) {
        if (i != worst && std::isfinite(ratios.at(i)))
            others = std::max(others, ratios.at(i));
    }
    // Everyone slower is load or a shared cause, not one region.
    if (others > 1.2)
        return std::nullopt;
    const QString region = regions.at(worst);
    Finding f;
    f.pattern = u"region_latency"_s;
    f.confidence = std::min(0.95, 0.55 + 0.15 * ratios.at(worst));
    f.facts = QJsonObject{{u"region"_s, region},
                          {u"latencyBefore"_s, befores.at(worst)},
                          {u"latencyNow"_s, nows.at(worst)},
                          {u"ratio"_s, ratios.at(worst)},
                          {u"otherRatio"_s, std::max(1.0, others)}};
    f.fixes = {u"shift_region"_s, u"scale_up"_s};
    f.evidenceSignal = Signal::LatencyP95;
    f.evidenceRegion = region;
    f.reference = befores.at(worst);
    f.onsetMs = in.nowMs - kRecentMs;
    f.verification = verifyBelow(Signal::LatencyP95, 1.2 * befores.at(worst), 5 * kMinuteMs, 10 * kMinuteMs, region);
    return f;
}

} // namespace

const std::vector<Detector> &detectors()
{
    static const std::vector<Detector> all = {
        &memoryLeak,   &cpuSaturation,     &slowDatabaseAfterDeploy, &errorsAfterDeploy,
        &dependencyThrottling, &crashLoop, &diskFilling,            &certificateExpiry,
        &cacheHitDrop, &queueBacklog,      &poolExhaustion,          &regionLatency,
    };
    return all;
}

} // namespace Analysis::Patterns
