#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/analysis/diagnosis/seriesstats.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/model/alertrule.h"
#include "core/sources/prometheus/querymapping.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <numbers>

using namespace Qt::StringLiterals;
using Analysis::DiagnosisInput;
using Analysis::Signal;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kStep = 5 * kMinute;
constexpr qint64 kWednesday = 1772652600000LL; // 2026-03-04 19:30 UTC

// Deterministic noise in [-1, 1].
double noise(quint64 seed, qint64 i, int channel)
{
    quint64 x = seed * 0x9E3779B97F4A7C15ULL ^ (static_cast<quint64>(i) * 0xBF58476D1CE4E5B9ULL)
                ^ (static_cast<quint64>(channel) * 0x94D049BB133111EBULL);
    x ^= x >> 31;
    x *= 0xD6E8FEB86659FD93ULL;
    x ^= x >> 32;
    return static_cast<double>(x % 20001) / 10000.0 - 1.0;
}

double hourOf(qint64 t)
{
    return static_cast<double>(t % kDay) / static_cast<double>(kHour);
}

// A healthy web service over the last day at 5-minute rollups: daily traffic with
// noise, CPU and latency following it, memory following traffic (caches), a slowly
// filling disk, a certificate far from expiry, a steady cache, a shallow queue, a
// modest pool, three regions, and harmless daily deploys.
DiagnosisInput healthy(quint64 seed, qint64 now, double trafficScale = 1.0)
{
    DiagnosisInput in;
    in.serviceId = u"svc"_s;
    in.role = u"api"_s;
    in.nowMs = now;
    const QStringList regions{u"eu-west"_s, u"us-east"_s, u"ap-south"_s};
    const double regionFactor[] = {1.0, 1.5, 2.2};
    QHash<int, QVector<Model::Sample>> s;
    QVector<QVector<Model::Sample>> regional(3);
    for (qint64 t = now - kDay, i = 0; t <= now; t += kStep, ++i) {
        const double d = std::sin(2.0 * std::numbers::pi * (hourOf(t) - 13.0) / 24.0);
        const double traffic = trafficScale * 100.0 * (1.0 + 0.5 * d) * (1.0 + 0.03 * noise(seed, i, 1));
        const double cpu = 15.0 + 0.3 * traffic * (1.0 + 0.03 * noise(seed, i, 2));
        const double latency = 80.0 * (1.0 + 0.25 * cpu / 100.0) * (1.0 + 0.04 * noise(seed, i, 3));
        const double days = static_cast<double>(t - (now - kDay)) / kDay;
        s[int(Signal::Rps)].append({t, traffic});
        s[int(Signal::Cpu)].append({t, cpu});
        s[int(Signal::LatencyP95)].append({t, latency});
        s[int(Signal::ErrorRate)].append({t, 0.002 * (1.0 + 0.3 * noise(seed, i, 4))});
        s[int(Signal::Memory)].append({t, 45.0 + 0.06 * traffic + 0.3 * noise(seed, i, 5)});
        s[int(Signal::Replicas)].append({t, 3.0});
        s[int(Signal::Restarts)].append({t, 0.0});
        s[int(Signal::Throttled)].append({t, noise(seed, i, 6) > 0.97 ? 0.4 : 0.0});
        s[int(Signal::Disk)].append({t, 60.0 + 0.2 * days + 0.05 * noise(seed, i, 7)});
        s[int(Signal::CertExpiryDays)].append({t, 60.0 - days});
        s[int(Signal::CacheHitRatio)].append({t, 0.9 + 0.03 * d + 0.01 * noise(seed, i, 8)});
        s[int(Signal::QueueDepth)].append({t, std::max(0.0, 20.0 + 10.0 * d + 4.0 * noise(seed, i, 9))});
        s[int(Signal::PoolUsage)].append({t, 0.4 + 0.15 * d + 0.03 * noise(seed, i, 10)});
        for (int r = 0; r < 3; ++r)
            regional[r].append({t, latency * regionFactor[r] * (1.0 + 0.03 * noise(seed, i, 11 + r))});
    }
    for (auto it = s.cbegin(); it != s.cend(); ++it)
        in.series.append({static_cast<Signal>(it.key()), QString(), it.value()});
    for (int r = 0; r < 3; ++r)
        in.series.append({Signal::LatencyP95, regions.at(r), regional.at(r)});
    // Deploys every weekday at 10:00 change nothing; another service deployed too.
    const qint64 today10 = now - now % kDay + 10 * kHour;
    for (qint64 d : {today10 - kDay, today10})
        if (d <= now)
            in.deploysMs.append(d);
    in.otherDeploysMs.insert(u"web"_s, {now - 5 * kHour, now - 50 * kMinute});
    return in;
}

void modify(DiagnosisInput &in, Signal signal, const QString &region,
            const std::function<double(qint64 t, double v)> &f)
{
    for (Analysis::SignalSeries &s : in.series) {
        if (s.signal == signal && s.region == region) {
            for (Model::Sample &p : s.points)
                p.v = f(p.t, p.v);
        }
    }
}

QStringList fired(const DiagnosisInput &in)
{
    QStringList ids;
    for (const Analysis::Finding &f : Analysis::DiagnosisCatalogue().diagnose(in))
        ids.append(f.pattern);
    ids.sort();
    return ids;
}

// The firing scenario of each pattern, built on a healthy service.
DiagnosisInput scenario(const QString &pattern, quint64 seed = 1)
{
    const qint64 now = kWednesday;
    DiagnosisInput in = healthy(seed, now);
    if (pattern == u"memory_leak") {
        // Restarted 20 hours ago (the drop), growing 1 %/h since.
        modify(in, Signal::Memory, {}, [now](qint64 t, double v) {
            return t < now - 20 * kHour ? 88.0 + 0.1 * v / 50.0 : 40.0 + static_cast<double>(t - (now - 20 * kHour)) / kHour;
        });
    } else if (pattern == u"cpu_saturation") {
        for (const QString &r : {QString(), u"eu-west"_s, u"us-east"_s, u"ap-south"_s}) {
            modify(in, Signal::LatencyP95, r, [now](qint64 t, double v) { return t >= now - 30 * kMinute ? v * 2.5 : v; });
        }
        modify(in, Signal::Cpu, {}, [now](qint64 t, double v) { return t >= now - 30 * kMinute ? 96.0 + v / 100.0 : v; });
    } else if (pattern == u"slow_db_after_deploy") {
        in.role = u"database"_s;
        in.otherDeploysMs.insert(u"events-api"_s, {now - 45 * kMinute});
        modify(in, Signal::LatencyP95, {}, [now](qint64 t, double v) { return t >= now - 42 * kMinute ? v * 3.0 : v; });
        in.series.erase(std::remove_if(in.series.begin(), in.series.end(),
                                       [](const auto &s) { return !s.region.isEmpty(); }),
                        in.series.end());
    } else if (pattern == u"errors_after_deploy") {
        in.deploysMs.append(now - 40 * kMinute);
        modify(in, Signal::ErrorRate, {}, [now](qint64 t, double v) { return t >= now - 38 * kMinute ? 0.05 + v : v; });
    } else if (pattern == u"dependency_throttling") {
        modify(in, Signal::Throttled, {}, [now](qint64 t, double v) { return t >= now - 20 * kMinute ? 5.0 : v; });
    } else if (pattern == u"crash_loop") {
        in.deploysMs.append(now - 70 * kMinute);
        modify(in, Signal::Restarts, {}, [now](qint64 t, double) {
            return t < now - 50 * kMinute ? 0.0 : std::floor(static_cast<double>(t - (now - 50 * kMinute)) / (10 * kMinute)) + 1.0;
        });
    } else if (pattern == u"disk_filling") {
        modify(in, Signal::Disk, {}, [now](qint64 t, double) {
            return 80.0 + 8.0 * static_cast<double>(t - (now - kDay)) / kDay;
        });
    } else if (pattern == u"certificate_expiry") {
        modify(in, Signal::CertExpiryDays, {}, [](qint64, double v) { return v - 50.0; });
    } else if (pattern == u"cache_hit_drop") {
        modify(in, Signal::CacheHitRatio, {}, [now](qint64 t, double v) { return t >= now - 30 * kMinute ? v - 0.3 : v; });
    } else if (pattern == u"queue_backlog") {
        modify(in, Signal::QueueDepth, {}, [now](qint64 t, double v) {
            return t >= now - 45 * kMinute ? v + static_cast<double>(t - (now - 45 * kMinute)) / kMinute * 10.0 : v;
        });
    } else if (pattern == u"pool_exhaustion") {
        modify(in, Signal::PoolUsage, {}, [now](qint64 t, double v) { return t >= now - 10 * kMinute ? 0.98 : v; });
    } else if (pattern == u"region_latency") {
        modify(in, Signal::LatencyP95, u"ap-south"_s,
               [now](qint64 t, double v) { return t >= now - 30 * kMinute ? v * 2.0 : v; });
    }
    return in;
}

} // namespace

// The repair diagnoses (docs/actions.md): each pattern fires on its synthetic
// series and nothing else does; healthy seasonal services, a Friday spike and the
// other patterns' series stay silent; on the demo fleet the known incidents are
// found on the right services.
class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHasTwelvePatternsWithTexts();
    void eachPatternFiresAloneOnItsSeries_data();
    void eachPatternFiresAloneOnItsSeries();
    void healthySeasonalServicesStaySilent_data();
    void healthySeasonalServicesStaySilent();
    void findingsCarryEvidenceFixAndVerification_data();
    void findingsCarryEvidenceFixAndVerification();
    void slowDatabaseBlamesTheDeployThatPrecededIt();
    void crashLoopWithoutDeployPrefersInspection();
    void memoryThatFollowsTrafficIsNotALeak();
    void demoFleetIncidentsAreFound();
    void statsHelpers();
    void signalsFollowMetricKindsByName();
    void dependencyKindsAreDiagnosedLive_data();
    void dependencyKindsAreDiagnosedLive();
    void prometheusPresetsReadTheDependencyKinds();
};

void TestDiagnosis::catalogueHasTwelvePatternsWithTexts()
{
    const auto &patterns = Analysis::DiagnosisCatalogue::patterns();
    QVERIFY(patterns.size() >= 12);
    for (const Analysis::PatternInfo &p : patterns) {
        QVERIFY2(Analysis::DiagnosisCatalogue::label(p.id) != p.id, qPrintable(p.id));
        QVERIFY(!Analysis::DiagnosisCatalogue::evidenceSummary(p.id).isEmpty());
        QVERIFY(!Analysis::DiagnosisCatalogue::verificationSummary(p.id).isEmpty());
        QVERIFY(!p.fixes.isEmpty());
        QVERIFY(!p.inputs.isEmpty());
        QCOMPARE(Analysis::DiagnosisCatalogue::pattern(p.id), &p);
    }
}

void TestDiagnosis::eachPatternFiresAloneOnItsSeries_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<quint64>("seed");
    for (const Analysis::PatternInfo &p : Analysis::DiagnosisCatalogue::patterns()) {
        for (quint64 seed : {1ULL, 2ULL, 3ULL})
            QTest::addRow("%s seed %llu", qPrintable(p.id), seed) << p.id << seed;
    }
}

void TestDiagnosis::eachPatternFiresAloneOnItsSeries()
{
    QFETCH(QString, pattern);
    QFETCH(quint64, seed);
    const QStringList got = fired(scenario(pattern, seed));
    QCOMPARE(got, QStringList{pattern});
}

void TestDiagnosis::healthySeasonalServicesStaySilent_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<double>("traffic");
    QTest::addColumn<QString>("role");
    for (quint64 seed : {1ULL, 2ULL, 3ULL, 4ULL}) {
        for (int hour = 0; hour < 24; hour += 3) {
            QTest::addRow("seed %llu, %02d:30", seed, hour)
                << seed << qint64(kWednesday - 19 * kHour + hour * kHour) << 1.0 << u"api"_s;
        }
    }
    // A Friday evening at twice the traffic: busy, not broken.
    QTest::addRow("busy evening") << 5ULL << qint64(kWednesday + 2 * kDay + kHour) << 2.0 << u"api"_s;
    QTest::addRow("database with client deploys") << 6ULL << kWednesday << 1.0 << u"database"_s;
}

void TestDiagnosis::healthySeasonalServicesStaySilent()
{
    QFETCH(quint64, seed);
    QFETCH(qint64, now);
    QFETCH(double, traffic);
    QFETCH(QString, role);
    DiagnosisInput in = healthy(seed, now, traffic);
    in.role = role;
    QCOMPARE(fired(in), QStringList());
}

void TestDiagnosis::findingsCarryEvidenceFixAndVerification_data()
{
    QTest::addColumn<QString>("pattern");
    for (const Analysis::PatternInfo &p : Analysis::DiagnosisCatalogue::patterns())
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestDiagnosis::findingsCarryEvidenceFixAndVerification()
{
    QFETCH(QString, pattern);
    const DiagnosisInput in = scenario(pattern);
    const auto findings = Analysis::DiagnosisCatalogue().diagnose(in);
    QCOMPARE(findings.size(), 1);
    const Analysis::Finding &f = findings.first();
    QVERIFY(f.confidence >= 0.5 && f.confidence <= 1.0);
    QVERIFY(!f.fixes.isEmpty());
    for (const QString &fix : f.fixes)
        QVERIFY(Analysis::DiagnosisCatalogue::pattern(pattern)->fixes.contains(fix));
    QVERIFY(in.find(f.evidenceSignal, f.evidenceRegion));
    QVERIFY(std::isfinite(f.verification.threshold));
    QVERIFY(f.verification.windowMs > 0);
    const QString text = Analysis::DiagnosisCatalogue::describe(pattern, f.facts);
    QVERIFY2(!text.contains(u"%"_s + u"1"_s) && !text.contains(u"nan"_s, Qt::CaseInsensitive), qPrintable(text));
    // The rule points the way back: below a level under what fired, or above one over it.
    const auto *points = in.find(f.verification.signal, f.verification.region);
    QVERIFY(points);
    const double now = Analysis::Stats::mean(Analysis::Stats::window(*points, kWednesday - 10 * kMinute, kWednesday));
    QVERIFY2(f.verification.below ? now >= f.verification.threshold : now <= f.verification.threshold,
             qPrintable(u"%1 vs %2"_s.arg(now).arg(f.verification.threshold)));
}

void TestDiagnosis::slowDatabaseBlamesTheDeployThatPrecededIt()
{
    DiagnosisInput in = scenario(u"slow_db_after_deploy"_s);
    const auto findings = Analysis::DiagnosisCatalogue().diagnose(in);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().actOnServiceId, u"events-api"_s);
    QCOMPARE(findings.first().fixes.first(), u"rollback"_s);
    QVERIFY(findings.first().facts.value(u"ratio"_s).toDouble() > 2.5);
    // Without deploys before it, the same slowness blames nobody.
    in.otherDeploysMs.clear();
    QCOMPARE(fired(in), QStringList());
}

void TestDiagnosis::crashLoopWithoutDeployPrefersInspection()
{
    DiagnosisInput in = scenario(u"crash_loop"_s);
    QCOMPARE(Analysis::DiagnosisCatalogue().diagnose(in).first().fixes.first(), u"rollback"_s);
    in.deploysMs.clear();
    const auto findings = Analysis::DiagnosisCatalogue().diagnose(in);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().fixes.first(), u"inspect_crash"_s);
}

void TestDiagnosis::memoryThatFollowsTrafficIsNotALeak()
{
    // Twelve hours of rising traffic with memory rising along: steady, but not a leak.
    DiagnosisInput in = healthy(1, kWednesday);
    modify(in, Signal::Rps, {}, [](qint64 t, double) { return 50.0 + static_cast<double>(t % kDay) / kHour * 5.0; });
    modify(in, Signal::Memory, {}, [](qint64 t, double) { return 30.0 + static_cast<double>(t % kDay) / kHour * 1.5; });
    QVERIFY(!fired(in).contains(u"memory_leak"_s));
}

void TestDiagnosis::demoFleetIncidentsAreFound()
{
    // Friday 20:00: the API in its spike, the voice line throttled, the database
    // slow after the API's bad deploy 40 minutes ago, the web tier leaking.
    const qint64 origin = 1772827200000LL;
    Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::standard(7), 7, origin);
    const Model::Workspace ws = fleet.workspace(u"demo"_s);
    const qint64 now = origin + 5 * kMinute;
    QHash<QString, QVector<qint64>> deploys;
    for (const Model::Service &s : ws.services)
        deploys.insert(s.id, fleet.deploysBetween(fleet.indexOf(s.id), now - 2 * kDay, now));
    QHash<QString, QStringList> found;
    for (const Model::Service &s : ws.services) {
        DiagnosisInput in;
        in.serviceId = s.id;
        in.role = s.role;
        in.nowMs = now;
        in.thresholds = s.thresholds;
        for (Model::MetricKind kind : Model::allMetricKinds()) {
            if (const auto signal = Analysis::signalOf(kind))
                in.series.append({*signal, QString(), fleet.range({s.id, kind, {}}, now - kDay, now, kStep)});
        }
        for (const QString &r : s.regions)
            in.series.append({Signal::LatencyP95, r, fleet.range({s.id, Model::MetricKind::LatencyP95, r}, now - kDay, now, kStep)});
        in.deploysMs = deploys.value(s.id);
        for (auto it = deploys.cbegin(); it != deploys.cend(); ++it)
            if (it.key() != s.id && !it.value().isEmpty())
                in.otherDeploysMs.insert(it.key(), it.value());
        for (const Analysis::Finding &f : Analysis::DiagnosisCatalogue().diagnose(in))
            found[s.id].append(f.pattern + (f.actOnServiceId.isEmpty() ? QString() : u"->"_s + f.actOnServiceId));
    }
    QCOMPARE(found.value(u"events-web"_s), QStringList{u"memory_leak"_s});
    QCOMPARE(found.value(u"shared-db"_s), QStringList{u"slow_db_after_deploy->events-api"_s});
    QCOMPARE(found.value(u"events-voice"_s), QStringList{u"dependency_throttling"_s});
    // The API is saturated by the Friday spike and its 5xx rose after the bad deploy:
    // both are true, and the rollback is the same one the database asks for.
    QCOMPARE(found.value(u"events-api"_s), (QStringList{u"cpu_saturation"_s, u"errors_after_deploy"_s}));
    // Thirty quiet sites: nothing.
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        QVERIFY2(!it.key().startsWith(u"seo-"_s), qPrintable(it.key() + u": "_s + it.value().join(u',')));
}

void TestDiagnosis::statsHelpers()
{
    QVector<Model::Sample> line;
    for (int i = 0; i < 10; ++i)
        line.append({i * kHour, 2.0 * i + 1.0});
    const auto fit = Analysis::Stats::linearFit(line);
    QCOMPARE(fit.slopePerHour, 2.0);
    QCOMPARE(fit.intercept, 1.0);
    QCOMPARE(fit.r2, 1.0);
    QCOMPARE(Analysis::Stats::median(line), 10.0);
    QCOMPARE(Analysis::Stats::window(line, 2 * kHour, 4 * kHour).size(), 3);
    QVector<Model::Sample> saw = line;
    saw.append({10 * kHour, 0.0});
    saw.append({11 * kHour, 1.0});
    QCOMPARE(Analysis::Stats::sinceLastDrop(saw, 5.0).size(), 2);
    QCOMPARE(Analysis::Stats::heldFor(line, [](double v) { return v > 10.0; }), 4 * kHour);
    QVERIFY(Analysis::Stats::correlation(line, line) > 0.999);
    QVERIFY(std::isnan(Analysis::Stats::mean({})));
}

void TestDiagnosis::signalsFollowMetricKindsByName()
{
    // A metric kind appended to the enum must not be read as whatever signal sits at
    // its position (network traffic as certificate expiry days): mapped by name or not at all.
    int mapped = 0;
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        const auto signal = Analysis::signalOf(kind);
        if (!signal)
            continue;
        ++mapped;
        QCOMPARE(Analysis::signalId(*signal), Model::metricKindId(kind));
        QCOMPARE(Analysis::metricKindOf(*signal), std::optional<Model::MetricKind>(kind));
    }
    QCOMPARE(mapped, 13); // nine classic kinds and the four dependency kinds; network traffic is not read
    for (Signal s : {Signal::CertExpiryDays, Signal::CacheHitRatio, Signal::QueueDepth, Signal::PoolUsage}) {
        QVERIFY(!Analysis::signalId(s).isEmpty());
        QCOMPARE(Analysis::signalFromId(Analysis::signalId(s)), std::optional<Signal>(s));
    }
}

void TestDiagnosis::dependencyKindsAreDiagnosedLive_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::newRow("certificate expiring") << u"events-api"_s << int(Model::MetricKind::CertExpiryDays)
                                          << u"certificate_expiry"_s;
    QTest::newRow("cache hit drop") << u"events-web"_s << int(Model::MetricKind::CacheHitRatio)
                                    << u"cache_hit_drop"_s;
    QTest::newRow("queue backlog") << u"events-voice"_s << int(Model::MetricKind::QueueDepth) << u"queue_backlog"_s;
    QTest::newRow("pool exhaustion") << u"shared-db"_s << int(Model::MetricKind::PoolUsage) << u"pool_exhaustion"_s;
}

void TestDiagnosis::dependencyKindsAreDiagnosedLive()
{
    // As the actions engine does it: the stored series of every metric kind, keyed
    // by kind, mapped to diagnosis signals through signalOf(). The demo fleet's own
    // values are healthy; the same series with a fault injected fire the pattern.
    QFETCH(QString, service);
    QFETCH(int, kind);
    QFETCH(QString, pattern);
    const qint64 origin = 1772827200000LL;
    const qint64 now = origin - 2 * kDay; // a calm Wednesday evening
    Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::standard(7), 7, origin);
    const Model::Workspace ws = fleet.workspace(u"demo"_s);
    const Model::Service *s = ws.service(service);
    QVERIFY(s);
    auto inputWith = [&](const std::function<double(qint64, double)> &fault) {
        DiagnosisInput in;
        in.serviceId = s->id;
        in.role = s->role;
        in.nowMs = now;
        in.thresholds = s->thresholds;
        for (Model::MetricKind k : Model::allMetricKinds()) {
            QVector<Model::Sample> points = fleet.range({s->id, k, {}}, now - kDay, now, kMinute);
            if (int(k) == kind && fault) {
                for (Model::Sample &p : points)
                    p.v = fault(p.t, p.v);
            }
            if (const auto signal = Analysis::signalOf(k); signal && !points.isEmpty())
                in.series.append({*signal, QString(), points});
        }
        return in;
    };
    const DiagnosisInput calm = inputWith({});
    QVERIFY2(calm.find(*Analysis::signalOf(Model::MetricKind(kind))),
             "the demo fleet reports this kind for this service");
    const QStringList dependencyPatterns{u"certificate_expiry"_s, u"cache_hit_drop"_s, u"queue_backlog"_s,
                                         u"pool_exhaustion"_s};
    for (const QString &p : fired(calm))
        QVERIFY2(!dependencyPatterns.contains(p), qPrintable(p));

    std::function<double(qint64, double)> fault;
    switch (Model::MetricKind(kind)) {
    case Model::MetricKind::CertExpiryDays: // renewal failed: twelve days left, falling
        fault = [now](qint64 t, double) { return 12.0 - 1.0 * static_cast<double>(t - (now - kDay)) / kDay; };
        break;
    case Model::MetricKind::CacheHitRatio: // a flush 40 minutes ago
        fault = [now](qint64 t, double v) { return t > now - 40 * kMinute ? v - 0.30 : v; };
        break;
    case Model::MetricKind::QueueDepth: // consumers stopped half an hour ago
        fault = [now](qint64 t, double v) {
            return t > now - 30 * kMinute ? v + 20.0 * static_cast<double>(t - (now - 30 * kMinute)) / kMinute : v;
        };
        break;
    case Model::MetricKind::PoolUsage: // every connection held for ten minutes
        fault = [now](qint64 t, double v) { return t > now - 10 * kMinute ? 0.99 : v; };
        break;
    default: QFAIL("not a dependency kind");
    }
    const QStringList found = fired(inputWith(fault));
    QVERIFY2(found.contains(pattern), qPrintable(found.join(u',')));
}

void TestDiagnosis::prometheusPresetsReadTheDependencyKinds()
{
    // The HTTP preset reads the exporters next to a service; the demo preset the
    // demo fleet's own gauges. Both have a query for each dependency kind.
    const auto http = Sources::Prometheus::QueryMapping::fromPreset(u"http"_s);
    QVERIFY(http.ok());
    QVERIFY(http->query(Model::MetricKind::CertExpiryDays).contains(u"probe_ssl_earliest_cert_expiry"_s));
    QVERIFY(http->query(Model::MetricKind::CertExpiryDays).contains(u"86400"_s));
    QVERIFY(http->query(Model::MetricKind::CacheHitRatio).contains(u"redis_keyspace_misses_total"_s));
    QVERIFY(http->query(Model::MetricKind::QueueDepth).contains(u"rabbitmq_queue_messages_ready"_s));
    QVERIFY(http->query(Model::MetricKind::PoolUsage).contains(u"hikaricp_connections_max"_s));
    const auto demo = Sources::Prometheus::QueryMapping::fromPreset(u"straja-demo"_s);
    QVERIFY(demo.ok());
    for (Model::MetricKind k : {Model::MetricKind::CacheHitRatio, Model::MetricKind::CertExpiryDays,
                                Model::MetricKind::QueueDepth, Model::MetricKind::PoolUsage}) {
        QVERIFY(!Sources::Prometheus::QueryMapping::demoGaugeName(k).isEmpty());
        QVERIFY(demo->query(k).startsWith(Sources::Prometheus::QueryMapping::demoGaugeName(k)));
        // Each is read by a diagnosis and an alert rule under the same id.
        QCOMPARE(Analysis::signalId(*Analysis::signalOf(k)), Model::metricKindId(k));
        QCOMPARE(Model::alertMetricId(Model::alertMetric(k)), Model::metricKindId(k));
    }
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
