#include "core/analysis/diagnosis/diagnosiscatalogue.h"

#include "core/analysis/diagnosis/diagnosispatterns.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Analysis {

namespace {

QString num(const QJsonObject &facts, const QString &key, int decimals = 1)
{
    return QLocale().toString(facts.value(key).toDouble(), 'f', decimals);
}

QString pct(const QJsonObject &facts, const QString &key, int decimals = 1)
{
    return QLocale().toString(facts.value(key).toDouble() * 100.0, 'f', decimals);
}

} // namespace

QString signalId(Signal signal)
{
    if (const auto kind = metricKindOf(signal))
        return Model::metricKindId(*kind);
    switch (signal) {
    case Signal::CertExpiryDays: return u"cert_expiry_days"_s;
    case Signal::CacheHitRatio: return u"cache_hit_ratio"_s;
    case Signal::QueueDepth: return u"queue_depth"_s;
    case Signal::PoolUsage: return u"pool_usage"_s;
    default: break;
    }
    return QString();
}

std::optional<Signal> signalFromId(QStringView id)
{
    for (Signal s : {Signal::Rps, Signal::LatencyP95, Signal::ErrorRate, Signal::Cpu, Signal::Memory, Signal::Replicas,
                     Signal::Restarts, Signal::Throttled, Signal::Disk, Signal::CertExpiryDays, Signal::CacheHitRatio,
                     Signal::QueueDepth, Signal::PoolUsage}) {
        if (signalId(s) == id)
            return s;
    }
    return std::nullopt;
}

std::optional<Signal> signalOf(Model::MetricKind kind)
{
    using Model::MetricKind;
    switch (kind) {
    case MetricKind::Rps: return Signal::Rps;
    case MetricKind::LatencyP95: return Signal::LatencyP95;
    case MetricKind::ErrorRate: return Signal::ErrorRate;
    case MetricKind::Cpu: return Signal::Cpu;
    case MetricKind::Memory: return Signal::Memory;
    case MetricKind::Replicas: return Signal::Replicas;
    case MetricKind::Restarts: return Signal::Restarts;
    case MetricKind::Throttled: return Signal::Throttled;
    case MetricKind::Disk: return Signal::Disk;
    case MetricKind::CacheHitRatio: return Signal::CacheHitRatio;
    case MetricKind::CertExpiryDays: return Signal::CertExpiryDays;
    case MetricKind::QueueDepth: return Signal::QueueDepth;
    case MetricKind::PoolUsage: return Signal::PoolUsage;
    default: break; // kinds the catalogue does not read
    }
    return std::nullopt;
}

std::optional<Model::MetricKind> metricKindOf(Signal signal)
{
    using Model::MetricKind;
    switch (signal) {
    case Signal::Rps: return MetricKind::Rps;
    case Signal::LatencyP95: return MetricKind::LatencyP95;
    case Signal::ErrorRate: return MetricKind::ErrorRate;
    case Signal::Cpu: return MetricKind::Cpu;
    case Signal::Memory: return MetricKind::Memory;
    case Signal::Replicas: return MetricKind::Replicas;
    case Signal::Restarts: return MetricKind::Restarts;
    case Signal::Throttled: return MetricKind::Throttled;
    case Signal::Disk: return MetricKind::Disk;
    case Signal::CertExpiryDays: return MetricKind::CertExpiryDays;
    case Signal::CacheHitRatio: return MetricKind::CacheHitRatio;
    case Signal::QueueDepth: return MetricKind::QueueDepth;
    case Signal::PoolUsage: return MetricKind::PoolUsage;
    }
    return std::nullopt;
}

const QVector<PatternInfo> &DiagnosisCatalogue::patterns()
{
    static const QVector<PatternInfo> all = {
        {u"memory_leak"_s, {u"restart"_s, u"scale_up"_s}, {Signal::Memory}},
        {u"cpu_saturation"_s, {u"scale_up"_s, u"restart"_s, u"inspect_queries"_s}, {Signal::Cpu, Signal::LatencyP95}},
        {u"slow_db_after_deploy"_s, {u"rollback"_s, u"inspect_queries"_s}, {Signal::LatencyP95}},
        {u"errors_after_deploy"_s, {u"rollback"_s, u"restart"_s}, {Signal::ErrorRate}},
        {u"dependency_throttling"_s, {u"back_off"_s, u"queue_requests"_s}, {Signal::Throttled, Signal::Rps}},
        {u"crash_loop"_s, {u"rollback"_s, u"inspect_crash"_s}, {Signal::Restarts}},
        {u"disk_filling"_s, {u"expand_volume"_s, u"clean_disk"_s}, {Signal::Disk}},
        {u"certificate_expiry"_s, {u"renew_certificate"_s}, {Signal::CertExpiryDays}},
        {u"cache_hit_drop"_s, {u"rollback"_s, u"warm_cache"_s}, {Signal::CacheHitRatio}},
        {u"queue_backlog"_s, {u"scale_up"_s, u"restart"_s}, {Signal::QueueDepth}},
        {u"pool_exhaustion"_s, {u"restart"_s, u"raise_pool"_s}, {Signal::PoolUsage}},
        {u"region_latency"_s, {u"shift_region"_s, u"scale_up"_s}, {Signal::LatencyP95}},
    };
    return all;
}

const PatternInfo *DiagnosisCatalogue::pattern(const QString &id)
{
    for (const PatternInfo &p : patterns()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString DiagnosisCatalogue::label(const QString &id)
{
    if (id == u"memory_leak") return tr("Memory leak");
    if (id == u"cpu_saturation") return tr("CPU saturation");
    if (id == u"slow_db_after_deploy") return tr("Slow database after a deploy");
    if (id == u"errors_after_deploy") return tr("5xx spike after a deploy");
    if (id == u"dependency_throttling") return tr("429s from a dependency");
    if (id == u"crash_loop") return tr("Crash loop");
    if (id == u"disk_filling") return tr("Disk filling up");
    if (id == u"certificate_expiry") return tr("Certificate expiring");
    if (id == u"cache_hit_drop") return tr("Cache hit ratio drop");
    if (id == u"queue_backlog") return tr("Queue backlog growing");
    if (id == u"pool_exhaustion") return tr("Connection pool exhausted");
    if (id == u"region_latency") return tr("Latency regression in one region");
    return id;
}

QString DiagnosisCatalogue::describe(const QString &id, const QJsonObject &f)
{
    if (id == u"memory_leak")
        return tr("Memory grows steadily by %1 %/h (now %2 %); the limit is reached in about %3 h, then the "
                  "container is killed.")
            .arg(num(f, u"growthPerHour"_s, 2), num(f, u"current"_s, 0), num(f, u"hoursToLimit"_s, 0));
    if (id == u"cpu_saturation")
        return tr("CPU has averaged %1 % for %2 min and p95 latency is %3× its usual level.")
            .arg(num(f, u"cpu"_s, 0), num(f, u"minutes"_s, 0), num(f, u"latencyRatio"_s, 1));
    if (id == u"slow_db_after_deploy")
        return tr("Query latency rose from %1 ms to %2 ms (%3×) %4 min after %5 was deployed.")
            .arg(num(f, u"latencyBefore"_s, 1), num(f, u"latencyNow"_s, 1), num(f, u"ratio"_s, 1),
                 num(f, u"minutesAfterDeploy"_s, 0), f.value(u"deployService"_s).toString());
    if (id == u"errors_after_deploy")
        return tr("The 5xx rate rose from %1 % to %2 % %3 min after a deploy.")
            .arg(pct(f, u"errorsBefore"_s, 2), pct(f, u"errorsNow"_s, 2), num(f, u"minutesAfterDeploy"_s, 0));
    if (id == u"dependency_throttling")
        return tr("A dependency answers %1 requests/s with HTTP 429 (%2 % of calls) for %3 min.")
            .arg(num(f, u"throttledPerSecond"_s, 1), pct(f, u"share"_s, 1), num(f, u"minutes"_s, 0));
    if (id == u"crash_loop") {
        if (f.value(u"deployRecent"_s).toBool())
            return tr("%1 restarts in the last hour, starting %2 min after a deploy.")
                .arg(num(f, u"restartsPerHour"_s, 0), num(f, u"minutesAfterDeploy"_s, 0));
        return tr("%1 restarts in the last hour, with no deploy before them.").arg(num(f, u"restartsPerHour"_s, 0));
    }
    if (id == u"disk_filling")
        return tr("The volume is %1 % full and grows %2 % a day: full in about %3 days.")
            .arg(num(f, u"usedPct"_s, 0), num(f, u"growthPerDay"_s, 1), num(f, u"daysToFull"_s, 1));
    if (id == u"certificate_expiry")
        return tr("The certificate expires in %1 days.").arg(num(f, u"daysLeft"_s, 1));
    if (id == u"cache_hit_drop")
        return tr("The cache hit ratio fell from %1 % to %2 % for %3 min.")
            .arg(pct(f, u"hitBefore"_s, 0), pct(f, u"hitNow"_s, 0), num(f, u"minutes"_s, 0));
    if (id == u"queue_backlog")
        return tr("%1 messages wait (%2× the usual) and the backlog grows by %3 a minute.")
            .arg(num(f, u"depth"_s, 0), num(f, u"ratio"_s, 1), num(f, u"growthPerMinute"_s, 1));
    if (id == u"pool_exhaustion")
        return tr("%1 % of the connection pool has been in use for %2 min; requests wait for a connection.")
            .arg(pct(f, u"usage"_s, 0), num(f, u"minutes"_s, 0));
    if (id == u"region_latency")
        return tr("p95 latency in %1 rose from %2 ms to %3 ms (%4×) while the other regions stayed within %5×.")
            .arg(f.value(u"region"_s).toString(), num(f, u"latencyBefore"_s, 0), num(f, u"latencyNow"_s, 0),
                 num(f, u"ratio"_s, 1), num(f, u"otherRatio"_s, 1));
    return label(id);
}

QString DiagnosisCatalogue::evidenceSummary(const QString &id)
{
    if (id == u"memory_leak") return tr("memory rising in a straight line for hours, not with traffic");
    if (id == u"cpu_saturation") return tr("CPU at or above 90 % for 10 min with latency up");
    if (id == u"slow_db_after_deploy") return tr("a database's latency doubling within 30 min after a client's deploy");
    if (id == u"errors_after_deploy") return tr("the 5xx rate tripling (and +1 point) within 30 min after a deploy");
    if (id == u"dependency_throttling") return tr("429 answers above 1/s and 2 % of calls for 5 min");
    if (id == u"crash_loop") return tr("3 or more restarts within an hour");
    if (id == u"disk_filling") return tr("steady disk growth reaching 100 % within 7 days");
    if (id == u"certificate_expiry") return tr("fewer than 14 days before the certificate expires");
    if (id == u"cache_hit_drop") return tr("hit ratio 15 points under its usual level for 15 min");
    if (id == u"queue_backlog") return tr("queue depth growing for 30 min to 3× its usual level");
    if (id == u"pool_exhaustion") return tr("pool usage at 95 % or more for 5 min");
    if (id == u"region_latency") return tr("one region's p95 at 1.5× its usual level while the others are steady");
    return QString();
}

QString DiagnosisCatalogue::verificationSummary(const QString &id)
{
    if (id == u"memory_leak") return tr("memory falls back by half of its rise within 10 min");
    if (id == u"cpu_saturation") return tr("CPU under 85 % within 10 min");
    if (id == u"slow_db_after_deploy") return tr("database latency within 1.3× of before the deploy");
    if (id == u"errors_after_deploy") return tr("5xx rate back under 1.5× of before the deploy");
    if (id == u"dependency_throttling") return tr("429 answers under 0.5/s");
    if (id == u"crash_loop") return tr("no restart in the hour after the fix");
    if (id == u"disk_filling") return tr("disk usage under 80 %");
    if (id == u"certificate_expiry") return tr("more than 30 days left");
    if (id == u"cache_hit_drop") return tr("hit ratio within 5 points of its usual level");
    if (id == u"queue_backlog") return tr("queue depth back under 2× its usual level");
    if (id == u"pool_exhaustion") return tr("pool usage under 80 %");
    if (id == u"region_latency") return tr("the region's p95 within 1.2× of its usual level");
    return QString();
}

QVector<Finding> DiagnosisCatalogue::diagnose(const DiagnosisInput &input) const
{
    QVector<Finding> findings;
    for (const auto &detector : Patterns::detectors()) {
        if (auto finding = detector(input))
            findings.append(std::move(*finding));
    }
    // A known cause beats the symptom it produces: a database slowed by a client's
    // deploy also burns CPU, and the rollback, not more CPU, is the fix.
    const bool deployExplainsLoad = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.pattern == u"slow_db_after_deploy";
    });
    if (deployExplainsLoad) {
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [](const Finding &f) { return f.pattern == u"cpu_saturation"; }),
                       findings.end());
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.confidence > b.confidence; });
    return findings;
}

} // namespace Analysis
