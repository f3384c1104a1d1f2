#include "core/sources/demo/demofleet.h"

#include "core/sources/demo/demorandom.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Sources::Demo {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr double kMonthMs = 30.44 * kDayMs;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Incidents placed relative to the fleet's origin, so a first start always shows
// something happening: an ongoing 429 burst, a slow database after a deploy that
// just went out, a web tier that has been leaking memory for 30 hours.
constexpr qint64 kOriginBurstStart = -10 * kMinuteMs;
constexpr qint64 kOriginBurstEnd = 25 * kMinuteMs;
constexpr qint64 kOriginBadDeploy = -40 * kMinuteMs;
constexpr qint64 kLeakAnchor = -30 * kHourMs;
constexpr qint64 kSlowDatabaseFor = 3 * kHourMs;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

double hourOfDay(qint64 tMs)
{
    return static_cast<double>(tMs - floorDiv(tMs, kDayMs) * kDayMs) / static_cast<double>(kHourMs);
}

// 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday.
int dayOfWeek(qint64 tMs)
{
    return static_cast<int>(((floorDiv(tMs, kDayMs) + 4) % 7 + 7) % 7);
}

// Daily shape: a main peak and a smaller second harmonic, as web traffic has
// (a morning shoulder and an evening peak); never below 5% of the mean.
double dailyFactor(double hour, double peakHour, double amplitude)
{
    const double phase = 2.0 * std::numbers::pi * (hour - peakHour) / 24.0;
    const double shape = 0.8 * std::cos(phase) + 0.2 * std::cos(2.0 * phase + 0.8);
    return std::max(0.05, 1.0 + amplitude * shape);
}

// Friday 18:00-22:00 UTC: a smooth bump (events go on sale, newsletters go out).
double fridayFactor(qint64 tMs, double spike)
{
    if (spike <= 0.0 || dayOfWeek(tMs) != 5)
        return 1.0;
    const double h = hourOfDay(tMs);
    if (h < 18.0 || h >= 22.0)
        return 1.0;
    return 1.0 + spike * std::sin(std::numbers::pi * (h - 18.0) / 4.0);
}

} // namespace

DemoFleet::DemoFleet(DemoFleetSpec spec, quint64 seed, qint64 originMs)
    : m_spec(std::move(spec))
    , m_seed(seed)
    , m_originMs(originMs)
{
    const int n = serviceCount();
    m_dependency.fill(-1, n);
    m_deployClients.resize(n);
    m_interventions.resize(n);
    for (int i = 0; i < n; ++i)
        m_index.insert(m_spec.services.at(i).id, i);
    for (int i = 0; i < n; ++i) {
        const DemoServiceSpec &s = m_spec.services.at(i);
        const int dep = indexOf(s.dependsOn);
        if (dep == i)
            continue;
        m_dependency[i] = dep;
        if (dep >= 0 && s.deploysDaily && m_spec.services.at(dep).slowAfterBadDeploy)
            m_deployClients[dep].append(i);
    }
}

Model::Workspace DemoFleet::workspace(const QString &sourceId) const
{
    Model::Workspace ws;
    ws.name = QCoreApplication::translate("Demo", "Demo");
    Model::SourceConfig source;
    source.id = sourceId;
    source.type = Model::SourceType::Demo;
    source.name = QCoreApplication::translate("Demo", "Demo fleet");
    source.options = QJsonObject{{u"preset"_s, m_spec.preset},
                                 {u"seed"_s, QString::number(m_seed)},
                                 {u"originMs"_s, QString::number(m_originMs)}};
    ws.sources.append(source);
    ws.projects = m_spec.projects;
    for (const DemoServiceSpec &s : m_spec.services) {
        Model::Service svc;
        svc.id = s.id;
        svc.projectId = s.projectId;
        svc.name = s.name;
        svc.role = s.role;
        svc.sourceId = sourceId;
        svc.provider = u"demo"_s;
        for (const RegionProfile &r : s.regions)
            svc.regions.append(r.region);
        svc.minReplicas = 1;
        svc.maxReplicas = std::max(10, s.replicas * 4);
        if (s.role == u"database") {
            // A query taking 25 ms at p95 is already slow for a database.
            svc.thresholds[MetricKind::LatencyP95] = {25.0, 200.0};
        }
        ws.services.append(svc);
    }
    return ws;
}

double DemoFleet::noise(int serviceIndex, MetricKind kind, qint64 tMs) const
{
    // Keyed by the minute, so the same instant gives the same value at any step.
    return hashGauss(m_seed, static_cast<quint64>(serviceIndex), static_cast<quint64>(kind) + 1,
                     static_cast<quint64>(floorDiv(tMs, kMinuteMs)));
}

double DemoFleet::traffic(int serviceIndex, qint64 tMs, const QString &region) const
{
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    const double growth = std::pow(1.0 + s.growthPerMonth, static_cast<double>(tMs - m_originMs) / kMonthMs);
    const int dow = dayOfWeek(tMs);
    const double weekly = (dow == 0 || dow == 6) ? s.weekendFactor : 1.0;
    const double hour = hourOfDay(tMs);
    double sum = 0.0;
    for (const RegionProfile &r : s.regions) {
        if (!region.isEmpty() && r.region != region)
            continue;
        sum += r.share * dailyFactor(hour, s.peakHourUtc + r.peakHourShift, s.dailyAmplitude);
    }
    if (s.regions.isEmpty() && region.isEmpty())
        sum = dailyFactor(hour, s.peakHourUtc, s.dailyAmplitude);
    const double jitter = 1.0 + 0.04 * noise(serviceIndex, MetricKind::Rps, tMs);
    return std::max(0.0, s.baseRps * growth * weekly * fridayFactor(tMs, s.fridaySpike) * sum * jitter);
}

int DemoFleet::replicasAt(int serviceIndex, qint64 tMs) const
{
    int replicas = m_spec.services.at(serviceIndex).replicas;
    for (const Intervention &i : m_interventions.at(serviceIndex)) {
        if (i.t > tMs)
            break;
        if (i.type == InterventionType::Scale)
            replicas = i.value;
    }
    return replicas;
}

bool DemoFleet::badDeployAt(int clientIndex, qint64 deployMs) const
{
    if (deployMs == m_originMs + kOriginBadDeploy)
        return true;
    return hashUnit(m_seed, static_cast<quint64>(clientIndex), static_cast<quint64>(floorDiv(deployMs, kDayMs)),
                    0xDE9L)
        < 0.2;
}

QVector<qint64> DemoFleet::deploysBetween(int serviceIndex, qint64 fromMs, qint64 toMs) const
{
    QVector<qint64> deploys;
    if (serviceIndex < 0 || !m_spec.services.at(serviceIndex).deploysDaily)
        return deploys;
    for (qint64 day = floorDiv(fromMs, kDayMs); day <= floorDiv(toMs, kDayMs); ++day) {
        const qint64 at = day * kDayMs + 10 * kHourMs;
        const int dow = dayOfWeek(at);
        if (dow != 0 && dow != 6 && at >= fromMs && at <= toMs)
            deploys.append(at);
    }
    const qint64 special = m_originMs + kOriginBadDeploy;
    if (special >= fromMs && special <= toMs) {
        deploys.append(special);
        std::sort(deploys.begin(), deploys.end());
    }
    return deploys;
}

bool DemoFleet::databaseSlowAt(int serviceIndex, qint64 tMs) const
{
    for (int client : m_deployClients.at(serviceIndex)) {
        for (qint64 deploy : deploysBetween(client, tMs - kSlowDatabaseFor, tMs)) {
            if (!badDeployAt(client, deploy))
                continue;
            // A rollback of the client after the deploy ends the slowness.
            bool rolledBack = false;
            for (const Intervention &i : m_interventions.at(client)) {
                if (i.type == InterventionType::Rollback && i.t >= deploy && i.t <= tMs)
                    rolledBack = true;
            }
            if (!rolledBack)
                return true;
        }
    }
    return false;
}

bool DemoFleet::throttleBurstAt(int serviceIndex, qint64 tMs) const
{
    if (!m_spec.services.at(serviceIndex).throttledBursts)
        return false;
    const qint64 sinceOrigin = tMs - m_originMs;
    if (sinceOrigin >= kOriginBurstStart && sinceOrigin < kOriginBurstEnd)
        return true;
    // Most days the provider throttles once, at a seeded time during office hours.
    const qint64 day = floorDiv(tMs, kDayMs);
    const auto idx = static_cast<quint64>(serviceIndex);
    const auto d = static_cast<quint64>(day);
    if (hashUnit(m_seed, idx, d, 0x429) >= 0.6)
        return false;
    const qint64 start = day * kDayMs + static_cast<qint64>((8.0 + 10.0 * hashUnit(m_seed, idx, d, 0x430)) * kHourMs);
    const qint64 length = static_cast<qint64>((15.0 + 25.0 * hashUnit(m_seed, idx, d, 0x431)) * kMinuteMs);
    return tMs >= start && tMs < start + length;
}

double DemoFleet::cpu(int serviceIndex, qint64 tMs) const
{
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    const int replicas = std::max(1, replicasAt(serviceIndex, tMs));
    double value = s.baseCpu + traffic(serviceIndex, tMs, {}) * s.cpuPerRps / replicas;
    if (s.slowAfterBadDeploy && databaseSlowAt(serviceIndex, tMs))
        value += 30.0; // the new query plan scans
    value += 1.5 * noise(serviceIndex, MetricKind::Cpu, tMs);
    return std::clamp(value, 0.0, 100.0);
}

double DemoFleet::latency(int serviceIndex, qint64 tMs, const QString &region, int depth) const
{
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    // Queueing: latency grows like 1/(1-utilisation) as CPU saturates.
    const double utilisation = std::min(cpu(serviceIndex, tMs) / 100.0, 0.95);
    double value = s.baseLatencyMs * (0.7 + 0.3 / (1.0 - utilisation));
    if (s.slowAfterBadDeploy && databaseSlowAt(serviceIndex, tMs))
        value *= 4.0;
    const int dep = m_dependency.at(serviceIndex);
    if (dep >= 0 && depth < 4)
        value += 0.5 * latency(dep, tMs, {}, depth + 1);
    double regionFactor = 0.0;
    double shares = 0.0;
    for (const RegionProfile &r : s.regions) {
        if (!region.isEmpty() && r.region != region)
            continue;
        regionFactor += r.share * r.latencyFactor;
        shares += r.share;
    }
    if (shares > 0.0)
        value *= regionFactor / shares;
    value *= 1.0 + 0.06 * noise(serviceIndex, MetricKind::LatencyP95, tMs);
    return std::max(0.5, value);
}

double DemoFleet::errorRate(int serviceIndex, qint64 tMs) const
{
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    double value = s.baseErrorRate * (1.0 + 0.3 * noise(serviceIndex, MetricKind::ErrorRate, tMs));
    const double utilisation = cpu(serviceIndex, tMs) / 100.0;
    if (utilisation > 0.9)
        value += (utilisation - 0.9) * 0.8; // timeouts under overload
    if (throttleBurstAt(serviceIndex, tMs))
        value += 0.01;
    const int dep = m_dependency.at(serviceIndex);
    if (dep >= 0 && m_spec.services.at(dep).slowAfterBadDeploy && databaseSlowAt(dep, tMs))
        value += 0.006;
    return std::clamp(value, 0.0, 1.0);
}

qint64 DemoFleet::lastResetBefore(int serviceIndex, qint64 tMs) const
{
    qint64 reset = m_originMs + kLeakAnchor;
    for (const Intervention &i : m_interventions.at(serviceIndex)) {
        if (i.t > tMs)
            break;
        if (i.type == InterventionType::Restart || i.type == InterventionType::Rollback)
            reset = std::max(reset, i.t);
    }
    return reset;
}

qint64 DemoFleet::leakCycleMs(int serviceIndex) const
{
    // Hours from a fresh start to the memory limit; the container is OOM-killed
    // there and starts again from its base. One integer period serves both the
    // memory curve and the restart count, so they agree to the millisecond.
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    if (s.memoryLeakPerHour <= 0.0)
        return 0;
    return static_cast<qint64>((100.0 - s.memoryBase) / s.memoryLeakPerHour * kHourMs);
}

double DemoFleet::memory(int serviceIndex, qint64 tMs) const
{
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    double value = s.memoryBase;
    if (const qint64 cycle = leakCycleMs(serviceIndex); cycle > 0) {
        const qint64 sinceReset = tMs - lastResetBefore(serviceIndex, tMs);
        if (sinceReset > 0)
            value += s.memoryLeakPerHour * static_cast<double>(sinceReset % cycle) / kHourMs;
    }
    value += 0.4 * noise(serviceIndex, MetricKind::Memory, tMs);
    return std::clamp(value, 0.0, 100.0);
}

int DemoFleet::restartsInLastHour(int serviceIndex, qint64 tMs) const
{
    int count = 0;
    for (const Intervention &i : m_interventions.at(serviceIndex)) {
        if (i.t > tMs - kHourMs && i.t <= tMs
            && (i.type == InterventionType::Restart || i.type == InterventionType::Rollback))
            ++count;
    }
    if (const qint64 cycleMs = leakCycleMs(serviceIndex); cycleMs > 0) {
        const qint64 reset = lastResetBefore(serviceIndex, tMs);
        if (tMs >= reset) {
            const qint64 lastOom = reset + ((tMs - reset) / cycleMs) * cycleMs;
            if (lastOom > reset && lastOom > tMs - kHourMs)
                ++count;
        }
    }
    return count;
}

double DemoFleet::value(int serviceIndex, MetricKind kind, qint64 tMs, const QString &region) const
{
    if (serviceIndex < 0 || serviceIndex >= serviceCount())
        return kNaN;
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    if (!region.isEmpty() && kind != MetricKind::Rps && kind != MetricKind::LatencyP95)
        return kNaN;
    switch (kind) {
    case MetricKind::Rps: return traffic(serviceIndex, tMs, region);
    case MetricKind::LatencyP95: return latency(serviceIndex, tMs, region, 0);
    case MetricKind::ErrorRate: return errorRate(serviceIndex, tMs);
    case MetricKind::Cpu: return cpu(serviceIndex, tMs);
    case MetricKind::Memory: return memory(serviceIndex, tMs);
    case MetricKind::Replicas: return replicasAt(serviceIndex, tMs);
    case MetricKind::Restarts: return restartsInLastHour(serviceIndex, tMs);
    case MetricKind::Throttled:
        return throttleBurstAt(serviceIndex, tMs)
            ? traffic(serviceIndex, tMs, {}) * 0.12 * (1.0 + 0.1 * noise(serviceIndex, kind, tMs))
            : 0.0;
    case MetricKind::Disk:
        if (s.diskBase <= 0.0)
            return kNaN;
        return std::clamp(s.diskBase + s.diskGrowthPerDay * static_cast<double>(tMs - m_originMs) / kDayMs, 0.0,
                          100.0);
    // Traffic-shaped: ~2 kB in and ~18 kB out per request, plus a small steady
    // background (health checks, replication) so idle services are not flat zero.
    case MetricKind::NetworkIn:
        return std::max(0.0, traffic(serviceIndex, tMs, {}) * 2'000.0 + 4'000.0)
             * (1.0 + 0.05 * noise(serviceIndex, kind, tMs));
    case MetricKind::NetworkOut:
        return std::max(0.0, traffic(serviceIndex, tMs, {}) * 18'000.0 + 6'000.0)
             * (1.0 + 0.05 * noise(serviceIndex, kind, tMs));
    case MetricKind::CacheHitRatio:
    case MetricKind::CertExpiryDays:
    case MetricKind::QueueDepth:
    case MetricKind::PoolUsage: return dependencyGauge(serviceIndex, kind, tMs);
    case MetricKind::Count: break;
    }
    return kNaN;
}

double DemoFleet::dependencyGauge(int serviceIndex, MetricKind kind, qint64 tMs) const
{
    const DemoServiceSpec &s = m_spec.services.at(serviceIndex);
    const bool front = s.role == u"api" || s.role == u"web";
    switch (kind) {
    case MetricKind::CacheHitRatio:
        // A warm Redis in front of the API and web tier: ~94%, a point lower at busy hours.
        if (!front)
            return kNaN;
        return std::clamp(0.94 - 0.01 * std::min(1.0, cpu(serviceIndex, tMs) / 100.0)
                              + 0.004 * noise(serviceIndex, kind, tMs),
                          0.0, 1.0);
    case MetricKind::CertExpiryDays: {
        // Let's Encrypt: 90-day certificates renewed 30 days before expiry, so the
        // days left run from 90 down to 30 and jump back; each service on its own phase.
        if (s.role == u"database")
            return kNaN;
        const double cycleDays = 60.0;
        const double phase = hashUnit(m_seed, static_cast<quint64>(serviceIndex), 0x5e7, 0) * cycleDays;
        const double days = static_cast<double>(tMs) / kDayMs + phase;
        return 90.0 - std::fmod(days, cycleDays);
    }
    case MetricKind::QueueDepth:
        // The voice line's call-event queue: consumers keep up, a few dozen waiting.
        if (s.role != u"voice" && s.role != u"worker")
            return kNaN;
        return std::max(0.0, std::round(24.0 * (1.0 + 0.25 * noise(serviceIndex, kind, tMs))));
    case MetricKind::PoolUsage:
        // HikariCP in the API, the primary's max_connections: busy, never exhausted.
        if (s.role != u"api" && s.role != u"database")
            return kNaN;
        return std::clamp(0.25 + 0.4 * std::min(1.0, cpu(serviceIndex, tMs) / 100.0)
                              + 0.02 * noise(serviceIndex, kind, tMs),
                          0.0, 0.9);
    default: break;
    }
    return kNaN;
}

QVector<Model::Sample> DemoFleet::range(const Model::SeriesKey &key, qint64 fromMs, qint64 toMs, qint64 stepMs) const
{
    QVector<Model::Sample> samples;
    const int index = indexOf(key.serviceId);
    if (index < 0 || stepMs <= 0 || toMs < fromMs)
        return samples;
    // Aligned to the step, as Prometheus evaluates query_range at start + k*step.
    const qint64 first = floorDiv(fromMs + stepMs - 1, stepMs) * stepMs;
    samples.reserve(static_cast<qsizetype>((toMs - first) / stepMs + 1));
    for (qint64 t = first; t <= toMs; t += stepMs) {
        const double v = value(index, key.kind, t, key.region);
        if (!std::isnan(v))
            samples.append({t, v});
    }
    return samples;
}

bool DemoFleet::record(const QString &serviceId, Intervention intervention)
{
    const int index = indexOf(serviceId);
    if (index < 0)
        return false;
    auto &list = m_interventions[index];
    const auto at = std::upper_bound(list.begin(), list.end(), intervention.t,
                                     [](qint64 t, const Intervention &i) { return t < i.t; });
    list.insert(at, intervention);
    return true;
}

bool DemoFleet::scale(const QString &serviceId, int replicas, qint64 atMs)
{
    if (replicas < 0)
        return false;
    return record(serviceId, {atMs, InterventionType::Scale, replicas});
}

bool DemoFleet::restart(const QString &serviceId, qint64 atMs)
{
    return record(serviceId, {atMs, InterventionType::Restart, 0});
}

bool DemoFleet::rollback(const QString &serviceId, qint64 atMs)
{
    return record(serviceId, {atMs, InterventionType::Rollback, 0});
}

} // namespace Sources::Demo
