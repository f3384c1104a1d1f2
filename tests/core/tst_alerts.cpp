// Alert rules, incidents and noise control (core/alerts), the workspace file's
// "alertRules", and the demo-fleet recall figures of issue 10.
#include "core/alerts/alertstore.h"
#include "core/alerts/alertworker.h"
#include "core/alerts/defaultrules.h"
#include "core/alerts/incidentmanager.h"
#include "core/alerts/ruleevaluator.h"
#include "core/analysis/anomalydetector.h"
#include "core/model/workspacejson.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using namespace Alerts;
using Model::AlertComparison;
using Model::AlertMetric;
using Model::AlertRule;
using Model::AlertRuleType;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1'700'000'000'000;

Model::Workspace workspaceWith(const QVector<std::pair<QString, QString>> &services, const Model::AlertRules &rules)
{
    Model::Workspace ws;
    ws.name = u"test"_s;
    ws.sources.append({u"demo"_s, Model::SourceType::Demo, u"Demo"_s, {}, {}, {}, {}});
    for (const auto &[id, project] : services) {
        if (!ws.project(project))
            ws.projects.append({project, project, QString()});
        Model::Service s;
        s.id = id;
        s.projectId = project;
        s.name = id;
        s.sourceId = u"demo"_s;
        s.alertRules = rules;
        ws.services.append(s);
    }
    return ws;
}

AlertRule thresholdRule(const QString &id, AlertMetric metric, double threshold, double clearAt, int forSeconds,
                        AlertComparison comparison = AlertComparison::Above)
{
    AlertRule r;
    r.id = id;
    r.metric = metric;
    r.threshold = threshold;
    r.clearAt = clearAt;
    r.forSeconds = forSeconds;
    r.comparison = comparison;
    return r;
}

ObservationFrame frameOf(qint64 t, int services, AlertMetric metric, const QVector<double> &values)
{
    ObservationFrame f;
    f.reset(t, services);
    for (int s = 0; s < values.size(); ++s)
        f.values[ObservationFrame::at(s, metric)] = values.at(s);
    return f;
}

FiringAlert alertFor(const QString &service, const QString &project, const QString &rule, Cause cause)
{
    FiringAlert a;
    a.serviceId = service;
    a.projectId = project;
    a.ruleId = rule;
    a.key = service + u'/' + rule;
    a.cause = cause;
    return a;
}

} // namespace

class TestAlerts final : public QObject
{
    Q_OBJECT

private slots:
    void forDuration_data();
    void forDuration();
    void hysteresisKeepsOneAlert();
    void belowRuleAndMissingData();
    void forecastRuleFiresBeforeTheCrossing();
    void anomalyRuleReadsScores();
    void workspaceChangeKeepsStateAndResolvesRemovedRules();
    void defaultRulesFollowThresholds();

    void groupsByProjectAndCause();
    void flappingAlertStaysOneIncident();
    void repeatInterval();
    void silencesAndMaintenance();
    void silenceIncidentNeedsReasonAndFuture();
    void externalAlertJoinsOwnIncident();
    void acknowledgeResolveAndOrder();

    void workspaceFileRoundTrip();
    void workspaceFileWithoutRulesKeepsDefaults();
    void workspaceFileBadRules_data();
    void workspaceFileBadRules();

    void demoFleetRecall();

    void persistenceSurvivesRestart();
    void anomalyRuleFiresFromTheSchedulersScores();
    void pruningKeepsWhatIsRecent();
};

void TestAlerts::forDuration_data()
{
    QTest::addColumn<int>("forSeconds");
    QTest::addColumn<QVector<double>>("values"); // one a minute
    QTest::addColumn<int>("firesAtMinute");      // -1: never

    QTest::newRow("immediate") << 0 << QVector<double>{1, 5, 5} << 1;
    QTest::newRow("three minutes") << 180 << QVector<double>{5, 5, 5, 5, 5} << 3;
    QTest::newRow("interrupted") << 180 << QVector<double>{5, 5, 1, 5, 5, 5, 5} << 6;
    QTest::newRow("never long enough") << 180 << QVector<double>{5, 5, 1, 5, 5, 1} << -1;
    QTest::newRow("at the limit is not past it") << 0 << QVector<double>{4, 4} << -1;
}

void TestAlerts::forDuration()
{
    QFETCH(int, forSeconds);
    QFETCH(QVector<double>, values);
    QFETCH(int, firesAtMinute);
    RuleEvaluator e;
    QVERIFY(e.setWorkspace(workspaceWith({{u"a"_s, u"p"_s}},
                                         {thresholdRule(u"r"_s, AlertMetric::Cpu, 4.0, 3.0, forSeconds)}),
                           kT0)
                .isEmpty());
    int firedAt = -1;
    for (int m = 0; m < values.size(); ++m) {
        const auto t = e.evaluate(frameOf(kT0 + m * kMinute, 1, AlertMetric::Cpu, {values.at(m)}));
        if (!t.isEmpty()) {
            QCOMPARE(t.size(), 1);
            QVERIFY(t.first().fired);
            QCOMPARE(firedAt, -1);
            firedAt = m;
            QCOMPARE(t.first().alert.key, u"a/r"_s);
            QCOMPARE(t.first().alert.value, values.at(m));
        }
    }
    QCOMPARE(firedAt, firesAtMinute);
}

void TestAlerts::hysteresisKeepsOneAlert()
{
    RuleEvaluator e;
    (void)e.setWorkspace(workspaceWith({{u"a"_s, u"p"_s}}, {thresholdRule(u"r"_s, AlertMetric::Cpu, 80, 70, 0)}),
                         kT0);
    // Wobbling around 80 fires once; it clears only at 70 or below.
    const QVector<double> values = {85, 79, 81, 75, 82, 71, 70, 85};
    QVector<bool> transitions;
    for (int m = 0; m < values.size(); ++m) {
        for (const AlertTransition &t : e.evaluate(frameOf(kT0 + m * kMinute, 1, AlertMetric::Cpu, {values.at(m)})))
            transitions.append(t.fired);
    }
    QCOMPARE(transitions, (QVector<bool>{true, false, true}));
    QCOMPARE(e.firing().size(), 1);
}

void TestAlerts::belowRuleAndMissingData()
{
    RuleEvaluator e;
    (void)e.setWorkspace(workspaceWith({{u"a"_s, u"p"_s}, {u"b"_s, u"p"_s}},
                                       {thresholdRule(u"cache"_s, AlertMetric::CacheHitRatio, 0.8, 0.85, 120,
                                                      AlertComparison::Below)}),
                         kT0);
    const double nan = std::nan("");
    int fired = 0;
    // a: low for 3 minutes with a gap (missing data keeps the pending state);
    // b: no data at all never fires.
    const QVector<double> a = {0.7, nan, 0.6, 0.75};
    for (int m = 0; m < a.size(); ++m) {
        for (const AlertTransition &t : e.evaluate(frameOf(kT0 + m * kMinute, 2, AlertMetric::CacheHitRatio,
                                                           {a.at(m), nan}))) {
            QVERIFY(t.fired);
            QCOMPARE(t.alert.serviceId, u"a"_s);
            QCOMPARE(m, 2);
            ++fired;
        }
    }
    QCOMPARE(fired, 1);
    // 0.82 is above the limit but below the clearing level: still firing.
    QVERIFY(e.evaluate(frameOf(kT0 + 5 * kMinute, 2, AlertMetric::CacheHitRatio, {0.82, nan})).isEmpty());
    const auto t = e.evaluate(frameOf(kT0 + 6 * kMinute, 2, AlertMetric::CacheHitRatio, {0.9, nan}));
    QCOMPARE(t.size(), 1);
    QVERIFY(!t.first().fired);
}

void TestAlerts::forecastRuleFiresBeforeTheCrossing()
{
    AlertRule r = thresholdRule(u"disk-full"_s, AlertMetric::Disk, 100.0, std::nan(""), 1800);
    r.type = AlertRuleType::Forecast;
    r.horizonSeconds = 3 * 24 * 3600;
    RuleEvaluator e;
    (void)e.setWorkspace(workspaceWith({{u"grows"_s, u"p"_s}, {u"flat"_s, u"p"_s}}, {r}), kT0);
    // "grows": +1% an hour from 20%: full after 80 h; "flat" stays at 90%.
    qint64 firedAt = -1;
    for (qint64 t = 0; t <= 80 * kHour; t += 5 * kMinute) {
        const double grows = 20.0 + static_cast<double>(t) / kHour;
        for (const AlertTransition &tr : e.evaluate(frameOf(kT0 + t, 2, AlertMetric::Disk, {grows, 90.0}))) {
            QCOMPARE(tr.alert.serviceId, u"grows"_s);
            QVERIFY(tr.fired);
            firedAt = t;
        }
    }
    QVERIFY(firedAt > 0);
    // Full at 80 h; a 3-day horizon sees it coming at 8 h, plus the trend's
    // warm-up and the rule's 30 minutes.
    QVERIFY2(firedAt >= 8 * kHour && firedAt <= 12 * kHour, qPrintable(QString::number(firedAt / kHour)));
}

void TestAlerts::anomalyRuleReadsScores()
{
    AlertRule r = thresholdRule(u"traffic"_s, AlertMetric::Rps, 0.95, 0.5, 600);
    r.type = AlertRuleType::Anomaly;
    RuleEvaluator e;
    (void)e.setWorkspace(workspaceWith({{u"a"_s, u"p"_s}}, {r}), kT0);
    QCOMPARE(e.anomalyMetricsNeeded()[Model::alertMetricIndex(AlertMetric::Rps)], true);
    QCOMPARE(e.anomalyMetricsNeeded()[Model::alertMetricIndex(AlertMetric::Cpu)], false);
    int fired = 0;
    const QVector<double> scores = {0.2, 0.99, 0.99, 0.99, 0.7, 0.4};
    for (int i = 0; i < scores.size(); ++i) {
        ObservationFrame f = frameOf(kT0 + i * 5 * kMinute, 1, AlertMetric::Rps, {100.0 + i});
        f.anomaly[ObservationFrame::at(0, AlertMetric::Rps)] = scores.at(i);
        for (const AlertTransition &t : e.evaluate(f)) {
            fired += t.fired ? 1 : 0;
            QCOMPARE(t.fired ? i : -i, t.fired ? 3 : -5);
            QCOMPARE(t.alert.value, 100.0 + (t.fired ? 3 : 5)); // the metric, not the score
        }
    }
    QCOMPARE(fired, 1);
}

void TestAlerts::workspaceChangeKeepsStateAndResolvesRemovedRules()
{
    const AlertRule cpu = thresholdRule(u"cpu"_s, AlertMetric::Cpu, 80, 70, 0);
    const AlertRule mem = thresholdRule(u"mem"_s, AlertMetric::Memory, 80, 70, 0);
    RuleEvaluator e;
    (void)e.setWorkspace(workspaceWith({{u"a"_s, u"p"_s}}, {cpu, mem}), kT0);
    ObservationFrame f;
    f.reset(kT0, 1);
    f.values[ObservationFrame::at(0, AlertMetric::Cpu)] = 90;
    f.values[ObservationFrame::at(0, AlertMetric::Memory)] = 90;
    QCOMPARE(e.evaluate(f).size(), 2);
    const auto gone = e.setWorkspace(workspaceWith({{u"a"_s, u"p"_s}}, {cpu}), kT0 + kMinute);
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first().alert.key, u"a/mem"_s);
    QVERIFY(!gone.first().fired);
    f.timeMs += 2 * kMinute;
    QVERIFY(e.evaluate(f).isEmpty()); // cpu still firing, not fired again
    QCOMPARE(e.firing().size(), 1);
}

void TestAlerts::defaultRulesFollowThresholds()
{
    Model::Service db;
    db.id = u"db"_s;
    db.thresholds[Model::MetricKind::LatencyP95] = {25.0, 200.0};
    const Model::AlertRules rules = DefaultRules::forService(db);
    QCOMPARE(rules.size(), 11);
    QStringList ids;
    for (const AlertRule &r : rules)
        ids.append(r.id);
    for (const QString &seed : {u"error-rate-high"_s, u"latency-p95-high"_s, u"cache-hit-low"_s})
        QVERIFY(ids.contains(seed));
    QCOMPARE(ids.removeDuplicates(), 0);
    const auto latency = std::find_if(rules.cbegin(), rules.cend(),
                                      [](const AlertRule &r) { return r.id == u"latency-p95-high"; });
    QCOMPARE(latency->threshold, 25.0);
    db.alertRules = Model::AlertRules{thresholdRule(u"only"_s, AlertMetric::Cpu, 50, 40, 0)};
    QCOMPARE(DefaultRules::effective(db).size(), 1);
}

void TestAlerts::groupsByProjectAndCause()
{
    IncidentManager m;
    m.apply(kT0, {{true, alertFor(u"db"_s, u"p"_s, u"latency"_s, Cause::Performance)},
                  {true, alertFor(u"db"_s, u"p"_s, u"cpu"_s, Cause::Performance)},
                  {true, alertFor(u"api"_s, u"p"_s, u"errors"_s, Cause::Performance)},
                  {true, alertFor(u"web"_s, u"p"_s, u"memory"_s, Cause::Resources)},
                  {true, alertFor(u"site"_s, u"q"_s, u"latency"_s, Cause::Performance)}});
    QCOMPARE(m.incidents().size(), 3);
    const Incident &first = m.incidents().at(0);
    QCOMPARE(first.alerts.size(), 3);
    QCOMPARE(first.serviceIds, (QStringList{u"db"_s, u"api"_s}));
    QCOMPARE(first.timeline.first().event, TimelineEvent::Opened);
    QCOMPARE(m.takeNotifications().size(), 3);
}

void TestAlerts::flappingAlertStaysOneIncident()
{
    IncidentManager::Options o;
    o.resolveHoldMs = 30 * kMinute;
    IncidentManager m(o);
    const FiringAlert a = alertFor(u"api"_s, u"p"_s, u"errors"_s, Cause::Performance);
    for (int i = 0; i < 5; ++i) {
        m.apply(kT0 + i * 20 * kMinute, {{true, a}});
        m.tick(kT0 + i * 20 * kMinute);
        m.apply(kT0 + i * 20 * kMinute + 5 * kMinute, {{false, a}});
        m.tick(kT0 + i * 20 * kMinute + 5 * kMinute);
    }
    QCOMPARE(m.incidents().size(), 1);
    QVERIFY(m.incidents().first().isOpen());
    m.tick(kT0 + 85 * kMinute + 29 * kMinute);
    QVERIFY(m.incidents().first().isOpen());
    m.tick(kT0 + 85 * kMinute + 30 * kMinute);
    QCOMPARE(m.incidents().first().state, IncidentState::Resolved);
    const auto n = m.takeNotifications();
    QCOMPARE(n.size(), 2);
    QCOMPARE(n.at(0).kind, NotificationKind::Opened);
    QCOMPARE(n.at(1).kind, NotificationKind::Resolved);
    // After it is resolved, the same alert opens a new incident.
    m.apply(kT0 + 10 * kHour, {{true, a}});
    QCOMPARE(m.incidents().size(), 2);
}

void TestAlerts::repeatInterval()
{
    IncidentManager::Options o;
    o.repeatIntervalMs = kHour;
    IncidentManager m(o);
    m.apply(kT0, {{true, alertFor(u"api"_s, u"p"_s, u"errors"_s, Cause::Performance)}});
    int repeats = 0;
    for (qint64 t = 0; t <= 3 * kHour; t += 5 * kMinute) {
        m.tick(kT0 + t);
        for (const Notification &n : m.takeNotifications())
            repeats += n.kind == NotificationKind::Repeated ? 1 : 0;
    }
    QCOMPARE(repeats, 3);
    QVERIFY(m.acknowledge(1, kT0 + 3 * kHour, u"looking"_s));
    m.tick(kT0 + 5 * kHour);
    QVERIFY(m.takeNotifications().isEmpty()); // acknowledged: no more reminders
}

void TestAlerts::silencesAndMaintenance()
{
    IncidentManager m;
    Silence s;
    s.projectId = u"p"_s;
    s.ruleId = u"errors"_s;
    s.startsMs = kT0;
    s.endsMs = kT0 + kHour;
    s.reason = u"known provider outage"_s;
    m.addSilence(s);
    MaintenanceWindow w;
    w.projectId = u"q"_s;
    w.startsMs = kT0 + kHour;
    w.endsMs = kT0 + 2 * kHour;
    m.addMaintenance(w);

    m.apply(kT0 + kMinute, {{true, alertFor(u"api"_s, u"p"_s, u"errors"_s, Cause::Performance)},
                            {true, alertFor(u"site"_s, u"q"_s, u"latency"_s, Cause::Performance)}});
    QCOMPARE(m.incidents().size(), 1); // q opened, p silenced
    QCOMPARE(m.incidents().first().projectId, u"q"_s);
    m.apply(kT0 + 90 * kMinute, {{true, alertFor(u"web"_s, u"q"_s, u"latency"_s, Cause::Performance)},
                                 {true, alertFor(u"db"_s, u"p"_s, u"errors"_s, Cause::Performance)}});
    // web in q: in maintenance, kept out; db in p: the silence has expired.
    QCOMPARE(m.suppressedCount(), 2);
    QCOMPARE(m.incidents().size(), 2);
    QCOMPARE(m.incidents().at(1).serviceIds, QStringList{u"db"_s});
    // The silenced alert's end is not news either.
    m.apply(kT0 + 95 * kMinute, {{false, alertFor(u"api"_s, u"p"_s, u"errors"_s, Cause::Performance)}});
    QCOMPARE(m.incidents().at(1).alerts.size(), 1);
    QVERIFY(m.removeSilence(1));
    QVERIFY(!m.removeSilence(1));
}

void TestAlerts::silenceIncidentNeedsReasonAndFuture()
{
    IncidentManager m;
    m.apply(kT0, {{true, alertFor(u"api"_s, u"p"_s, u"errors"_s, Cause::Performance)}});
    QCOMPARE(m.silenceIncident(1, kT0, kT0 - 1, u"x"_s).error().code, u"alerts.silence_expired"_s);
    QCOMPARE(m.silenceIncident(1, kT0, kT0 + kHour, u"  "_s).error().code, u"alerts.silence_reason"_s);
    QCOMPARE(m.silenceIncident(7, kT0, kT0 + kHour, u"x"_s).error().code, u"alerts.no_incident"_s);
    const auto id = m.silenceIncident(1, kT0, kT0 + kHour, u"deploy in progress"_s);
    QVERIFY(id.ok());
    QCOMPARE(m.silences().size(), 1);
    QCOMPARE(m.silences().first().serviceId, u"api"_s);
    QCOMPARE(m.silences().first().ruleId, u"errors"_s);
    QCOMPARE(m.incidents().first().state, IncidentState::Acknowledged);
}

void TestAlerts::externalAlertJoinsOwnIncident()
{
    IncidentManager m;
    m.apply(kT0, {{true, alertFor(u"api"_s, u"p"_s, u"latency-p95-high"_s, Cause::Performance)}});
    Sources::Alert am;
    am.fingerprint = u"f1"_s;
    am.name = u"HighLatencyP95"_s;
    am.state = u"active"_s;
    am.severity = u"critical"_s;
    am.projectId = u"p"_s;
    am.serviceId = u"api"_s;
    Sources::Alert other = am;
    other.fingerprint = u"f2"_s;
    other.name = u"DiskWillFillIn4Hours"_s;
    Sources::Alert silenced = am;
    silenced.fingerprint = u"f3"_s;
    silenced.state = u"suppressed"_s;
    m.setExternalAlerts(kT0 + kMinute, {am, other, silenced});
    QCOMPARE(m.incidents().size(), 2); // latency joined; disk is a resources incident
    QCOMPARE(m.incidents().first().alerts.size(), 2);
    QCOMPARE(m.incidents().first().severity, Model::AlertSeverity::Critical);
    QCOMPARE(m.incidents().at(1).cause, Cause::Resources);
    m.setExternalAlerts(kT0 + 2 * kMinute, {other});
    QCOMPARE(m.incidents().first().alerts.size(), 1);
    QCOMPARE(m.incidents().first().timeline.last().event, TimelineEvent::AlertResolved);
}

void TestAlerts::acknowledgeResolveAndOrder()
{
    IncidentManager m;
    m.apply(kT0, {{true, alertFor(u"a"_s, u"p1"_s, u"latency"_s, Cause::Performance)}});
    FiringAlert critical = alertFor(u"b"_s, u"p2"_s, u"errors"_s, Cause::Performance);
    critical.severity = Model::AlertSeverity::Critical;
    m.apply(kT0 + kMinute, {{true, critical}});
    m.apply(kT0 + 2 * kMinute, {{true, alertFor(u"c"_s, u"p3"_s, u"latency"_s, Cause::Performance)}});
    QVERIFY(m.acknowledge(2, kT0 + 3 * kMinute, u"on it"_s));
    auto order = [&] {
        QVector<quint64> ids;
        for (const Incident &i : m.openWorstFirst())
            ids.append(i.id);
        return ids;
    };
    QCOMPARE(order(), (QVector<quint64>{1, 3, 2}));
    QVERIFY(m.resolve(1, kT0 + 4 * kMinute, u"fixed"_s));
    QCOMPARE(m.resolve(1, kT0 + 5 * kMinute, u"again"_s).error().code, u"alerts.resolved"_s);
    QCOMPARE(m.acknowledge(1, kT0 + 5 * kMinute, QString()).error().code, u"alerts.resolved"_s);
    QCOMPARE(order(), (QVector<quint64>{3, 2}));
    // Its alert still fires: it stays with the resolved incident until it clears.
    m.apply(kT0 + 6 * kMinute, {{true, alertFor(u"a"_s, u"p1"_s, u"latency"_s, Cause::Performance)}});
    QCOMPARE(m.incidents().size(), 3);
    const Incident *resolved = m.incident(1);
    QCOMPARE(resolved->timeline.last().detail, u"fixed"_s);
    QCOMPARE(resolved->resolvedMs, kT0 + 4 * kMinute);
}

void TestAlerts::workspaceFileRoundTrip()
{
    auto ws = *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kT0);
    AlertRule forecast = thresholdRule(u"p95-soon"_s, AlertMetric::LatencyP95, 500, std::nan(""), 900);
    forecast.type = AlertRuleType::Forecast;
    forecast.horizonSeconds = 7200;
    AlertRule off = thresholdRule(u"cache"_s, AlertMetric::CacheHitRatio, 0.8, 0.85, 60, AlertComparison::Below);
    off.enabled = false;
    off.severity = Model::AlertSeverity::Critical;
    ws.services[0].alertRules = Model::AlertRules{forecast, off};
    ws.services[1].alertRules = Model::AlertRules{};
    const auto back = Model::workspaceFromJson(Model::workspaceToJson(ws));
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QCOMPARE(back->services.at(0).alertRules, ws.services.at(0).alertRules);
    QVERIFY(back->services.at(1).alertRules.has_value());
    QVERIFY(back->services.at(1).alertRules->isEmpty()); // no rules at all is a choice too
    QVERIFY(!back->services.at(2).alertRules.has_value());
}

void TestAlerts::workspaceFileWithoutRulesKeepsDefaults()
{
    const QByteArray old = R"({"schema": 1, "name": "old", "sources": [{"id": "d", "type": "demo", "name": "D"}],
        "projects": [{"id": "p", "name": "P"}],
        "services": [{"id": "s", "projectId": "p", "name": "S", "sourceId": "d"}]})";
    const auto ws = Model::workspaceFromJson(old);
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    QVERIFY(!ws->services.first().alertRules.has_value());
    QCOMPARE(DefaultRules::effective(ws->services.first()).size(), 11);
}

void TestAlerts::workspaceFileBadRules_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "rules": []})")
                                   << u"services[0].alertRules.version"_s << u"version 2"_s;
    QTest::newRow("unknown metric") << QByteArray(R"({"version": 1, "rules": [{"id": "x", "metric": "vibes",
                                        "threshold": 1}]})")
                                    << u"services[0].alertRules.rules[0].metric"_s << u"cache_hit_ratio"_s;
    QTest::newRow("threshold missing") << QByteArray(R"({"version": 1, "rules": [{"id": "x", "metric": "cpu"}]})")
                                       << u"services[0].alertRules.rules[0].threshold"_s << u"missing"_s;
    QTest::newRow("forecast without horizon")
        << QByteArray(R"({"version": 1, "rules": [{"id": "x", "type": "forecast", "metric": "disk",
             "threshold": 100}]})")
        << u"services[0].alertRules.rules[0].horizonSeconds"_s << u"horizon"_s;
    QTest::newRow("duplicate id") << QByteArray(R"({"version": 1, "rules": [{"id": "x", "metric": "cpu",
                                      "threshold": 1}, {"id": "x", "metric": "disk", "threshold": 2}]})")
                                  << u"services[0].alertRules.rules[1].id"_s << u"twice"_s;
    QTest::newRow("typo") << QByteArray(R"({"version": 1, "rules": [{"id": "x", "metric": "cpu", "threshold": 1,
                              "treshold": 2}]})")
                          << u"services[0].alertRules.rules[0].treshold"_s << u"unknown key"_s;
}

void TestAlerts::workspaceFileBadRules()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QByteArray json = R"({"schema": 1, "name": "w", "sources": [{"id": "d", "type": "demo", "name": "D"}],
        "projects": [{"id": "p", "name": "P"}],
        "services": [{"id": "s", "projectId": "p", "name": "S", "sourceId": "d", "alertRules": )"
        + rules + "}]}";
    QVector<Model::WorkspaceProblem> problems;
    const auto ws = Model::workspaceFromJson(json, &problems);
    QVERIFY(!ws.ok());
    const bool found = std::any_of(problems.cbegin(), problems.cend(), [&](const Model::WorkspaceProblem &p) {
        return p.path == path && p.message.contains(message);
    });
    QVERIFY2(found, qPrintable(ws.error().message));
}

void TestAlerts::demoFleetRecall()
{
    // 30 simulated days of the standard demo fleet at 5-minute buckets, computed
    // straight from the simulator, through the default rules and the incident
    // manager, as the engine runs them.
    const qint64 origin = 1'767'225'600'000; // 2026-01-01 00:00 UTC, a Thursday
    constexpr quint64 kSeed = 42;
    const Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::standard(kSeed), kSeed, origin);
    const Model::Workspace ws = fleet.workspace(u"demo"_s);
    const int n = fleet.serviceCount();
    constexpr qint64 kStep = 5 * kMinute;
    const qint64 start = origin - 10 * kMinute; // the origin's ongoing burst is an incident too
    const qint64 end = origin + 30 * kDay;

    RuleEvaluator evaluator;
    (void)evaluator.setWorkspace(ws, start);
    IncidentManager manager;
    const std::vector<bool> scored = evaluator.anomalyMetricsNeeded();
    std::vector<std::unique_ptr<Analysis::AnomalyDetector>> detectors(static_cast<size_t>(n)
                                                                      * Model::kAlertMetricCount);
    ObservationFrame frame;
    for (qint64 t = start; t <= end; t += kStep) {
        frame.reset(t, n);
        for (int s = 0; s < n; ++s) {
            for (Model::MetricKind kind : Model::allMetricKinds()) {
                const AlertMetric metric = Model::alertMetric(kind);
                const size_t at = ObservationFrame::at(s, metric);
                const double v = fleet.value(s, kind, t);
                frame.values[at] = v;
                if (scored[static_cast<size_t>(Model::alertMetricIndex(metric))] && !std::isnan(v)) {
                    if (!detectors[at])
                        detectors[at] = std::make_unique<Analysis::AnomalyDetector>();
                    frame.anomaly[at] = detectors[at]->score(t, v);
                }
            }
        }
        manager.apply(t, evaluator.evaluate(frame));
        manager.tick(t);
    }
    manager.tick(end + kDay); // let the last ones resolve

    // The injected incidents: 429 bursts, slow-database spells after bad deploys,
    // and memory leaks running into the limit (the last 12 h before each OOM kill),
    // found by scanning the simulator minute by minute.
    struct Injected
    {
        QString what;
        Cause cause;
        int service;
        qint64 from;
        qint64 to;
    };
    QVector<Injected> injected;
    auto scan = [&](const QString &what, Cause cause, int s, auto active) {
        qint64 from = -1;
        for (qint64 t = start; t <= end; t += kMinute) {
            const bool on = active(t);
            if (on && from < 0)
                from = t;
            if (!on && from >= 0) {
                injected.append({what, cause, s, from, t});
                from = -1;
            }
        }
        if (from >= 0)
            injected.append({what, cause, s, from, end});
    };
    // Friday-evening spikes that overload a service are real incidents too, but
    // not injected faults: incidents during them are neither missed nor false.
    QVector<Injected> explained;
    for (int s = 0; s < n; ++s) {
        const auto &spec = fleet.spec().services.at(s);
        if (spec.throttledBursts)
            scan(u"429 burst"_s, Cause::Performance, s, [&](qint64 t) { return fleet.throttleBurstAt(s, t); });
        if (spec.slowAfterBadDeploy)
            scan(u"slow database"_s, Cause::Performance, s, [&](qint64 t) { return fleet.databaseSlowAt(s, t); });
        if (spec.memoryLeakPerHour > 0) {
            double previous = fleet.value(s, Model::MetricKind::Restarts, start);
            for (qint64 t = start + kMinute; t <= end; t += kMinute) {
                const double restarts = fleet.value(s, Model::MetricKind::Restarts, t);
                if (restarts > previous)
                    injected.append({u"memory leak"_s, Cause::Resources, s, t - 12 * kHour, t});
                previous = restarts;
            }
        }
        if (spec.fridaySpike > 0) {
            for (qint64 day = start / kDay; day <= end / kDay; ++day) {
                const qint64 at = day * kDay + 18 * kHour;
                if (((day + 4) % 7) == 5)
                    explained.append({u"Friday spike"_s, Cause::Performance, s, at, at + 4 * kHour});
            }
        }
    }
    QVERIFY(injected.size() >= 20); // the scan found what the simulator injects

    // An injected incident is raised when an incident of its cause, naming its
    // service, was open during it (a Friday overload of the same service is
    // another incident, not a duplicate).
    constexpr qint64 kGrace = 30 * kMinute;
    auto overlaps = [&](const Incident &i, const Injected &x) {
        const qint64 to = i.resolvedMs > 0 ? i.resolvedMs : end;
        return i.cause == x.cause && i.serviceIds.contains(fleet.spec().services.at(x.service).id)
            && i.openedMs <= x.to + kGrace && to >= x.from;
    };
    int detected = 0;
    int duplicated = 0;
    std::map<QString, int> missedByKind;
    for (const Injected &x : injected) {
        int raised = 0;
        for (const Incident &i : manager.incidents())
            raised += overlaps(i, x) ? 1 : 0;
        if (raised >= 1)
            ++detected;
        else
            ++missedByKind[x.what];
        if (raised > 1)
            ++duplicated;
        if (raised != 1) {
            qInfo().noquote() << "injected" << x.what << fleet.spec().services.at(x.service).id
                              << QDateTime::fromMSecsSinceEpoch(x.from, QTimeZone::utc()).toString(Qt::ISODate)
                              << (x.to - x.from) / kMinute << "min: raised" << raised;
        }
    }
    // A false incident: one of its services had nothing injected or explained near it.
    std::map<std::pair<QString, qint64>, int> falseByServiceWeek;
    int falseIncidents = 0;
    int duringSpikes = 0;
    for (const Incident &i : manager.incidents()) {
        bool isFalse = false;
        const bool injectedNear = std::any_of(injected.cbegin(), injected.cend(),
                                              [&](const Injected &x) { return overlaps(i, x); });
        const bool spikeNear = std::any_of(explained.cbegin(), explained.cend(),
                                           [&](const Injected &x) { return overlaps(i, x); });
        duringSpikes += !injectedNear && spikeNear ? 1 : 0;
        for (const QString &serviceId : i.serviceIds) {
            const int s = fleet.indexOf(serviceId);
            const auto explains = [&](const Injected &x) { return x.service == s && overlaps(i, x); };
            if (std::none_of(injected.cbegin(), injected.cend(), explains)
                && std::none_of(explained.cbegin(), explained.cend(), explains)) {
                isFalse = true;
                ++falseByServiceWeek[{serviceId, (i.openedMs - start) / (7 * kDay)}];
                qInfo().noquote() << "false incident" << i.id << serviceId << i.projectId << causeId(i.cause)
                                  << QDateTime::fromMSecsSinceEpoch(i.openedMs, QTimeZone::utc()).toString(Qt::ISODate)
                                  << (i.alerts.isEmpty() ? QString() : i.alerts.first().ruleId)
                                  << (i.timeline.isEmpty() ? QString() : i.timeline.first().detail);
            }
        }
        falseIncidents += isFalse ? 1 : 0;
    }
    int worstServiceWeek = 0;
    for (const auto &[key, count] : falseByServiceWeek)
        worstServiceWeek = std::max(worstServiceWeek, count);
    const double serviceWeeks = n * 30.0 / 7.0;
    const double recall = 100.0 * detected / static_cast<double>(injected.size());
    qInfo().noquote() << u"demo fleet, 30 days, %1 services, %2 rules: %3 injected incidents, %4 detected "
                         u"(recall %5%), %6 raised more than one incident; %7 incidents raised in all, %8 false "
                         u"(%9 per service-week; worst service-week: %10); %11 during Friday-evening overloads"_s.arg(n)
                             .arg(evaluator.ruleCount())
                             .arg(injected.size())
                             .arg(detected)
                             .arg(recall, 0, 'f', 1)
                             .arg(duplicated)
                             .arg(manager.incidents().size())
                             .arg(falseIncidents)
                             .arg(falseIncidents / serviceWeeks, 0, 'f', 3)
                             .arg(worstServiceWeek)
                             .arg(duringSpikes);
    for (const auto &[what, count] : missedByKind)
        qInfo().noquote() << "missed" << count << what;
    QCOMPARE(detected, injected.size());
    QCOMPARE(duplicated, 0);
    QVERIFY(worstServiceWeek <= 1);
}

namespace {

Engine::FleetSnapshotPtr snapshotAt(qint64 t, double apiErrorRate, double webMemory)
{
    auto s = std::make_shared<Engine::FleetSnapshot>();
    s->atMs = t;
    Engine::ServiceStatus api;
    api.serviceId = u"api"_s;
    api.projectId = u"p"_s;
    api.latest.value.at(Model::metricIndex(Model::MetricKind::ErrorRate)) = apiErrorRate;
    Engine::ServiceStatus web;
    web.serviceId = u"web"_s;
    web.projectId = u"q"_s;
    web.latest.value.at(Model::metricIndex(Model::MetricKind::Memory)) = webMemory;
    s->services = {api, web};
    return s;
}

// One run of the alert worker on a store file, as the engine starts it.
struct WorkerRun
{
    WorkerRun(const QString &path, const std::shared_ptr<Util::ManualClock> &clock, Model::WorkspacePtr ws)
        : worker(nullptr, clock)
    {
        QObject::connect(&worker, &AlertWorker::alertsReady, &worker, [this](AlertsSnapshotPtr s) {
            last = s;
            for (const Notification &n : s->fresh)
                notified.append(n);
        });
        QObject::connect(&worker, &AlertWorker::commandFailed, &worker,
                         [this](const Util::Error &e) { errors.append(e.message); });
        worker.openStore(path);
        worker.setWebhooks({{u"ops"_s, u"Ops"_s, WebhookFormat::Generic, true}});
        worker.setWorkspace(std::move(ws), clock);
    }
    AlertWorker worker;
    AlertsSnapshotPtr last;
    QVector<Notification> notified;
    QStringList errors;
};

} // namespace

void TestAlerts::persistenceSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"straja.db"_s);
    const Model::AlertRules rules = {thresholdRule(u"errors"_s, AlertMetric::ErrorRate, 0.02, 0.01, 0),
                   thresholdRule(u"memory"_s, AlertMetric::Memory, 90, 80, 0)};
    auto ws = std::make_shared<const Model::Workspace>(workspaceWith({{u"api"_s, u"p"_s}, {u"web"_s, u"q"_s}}, rules));
    auto clock = std::make_shared<Util::ManualClock>(kT0);

    quint64 apiIncident = 0;
    quint64 webIncident = 0;
    {
        WorkerRun run(path, clock, ws);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
        run.worker.onSnapshot(snapshotAt(kT0, 0.10, 95));
        QCOMPARE(run.last->open.size(), 2);
        QCOMPARE(run.notified.size(), 2);
        for (const Incident &i : run.last->open)
            (i.projectId == u"p" ? apiIncident : webIncident) = i.id;
        clock->advanceMs(kMinute);
        run.worker.acknowledge(apiIncident, u"looking"_s);
        run.worker.resolve(webIncident, u"restarted by hand"_s);
        Silence s;
        s.projectId = u"q"_s;
        s.startsMs = kT0;
        s.endsMs = kT0 + kDay;
        s.reason = u"noisy neighbour"_s;
        run.worker.addSilence(s);
        run.worker.addMaintenance({0, u"p"_s, u"api"_s, kT0 + kHour, kT0 + 2 * kHour, u"upgrade"_s, {}});
        QCOMPARE(run.last->silences.size(), 1);
        QCOMPARE(run.last->maintenance.size(), 1);
        // No keychain in this test: every delivery fails, and says why.
        QCOMPARE(run.last->deliveries.size(), 3); // two opened, one resolved
        QCOMPARE(run.last->deliveries.first().state, DeliveryState::Failed);
        QVERIFY(run.errors.isEmpty());
    }

    // The tables hold it all in readable form.
    {
        Store::Database db;
        QVERIFY(db.open(path, u"check"_s, Store::Database::Mode::ReadOnly));
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(u"SELECT state FROM alert_incidents ORDER BY id"_s));
        QStringList states;
        while (q.next())
            states.append(q.value(0).toString());
        QCOMPARE(states.size(), 2);
        QVERIFY(states.contains(u"acknowledged"_s) && states.contains(u"resolved"_s));
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM webhook_deliveries WHERE state = 'failed' AND last_error != ''"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    clock->advanceMs(kMinute);
    {
        WorkerRun run(path, clock, ws);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
        QVERIFY(run.last);
        QCOMPARE(run.last->open.size(), 1);
        const Incident &open = run.last->open.first();
        QCOMPARE(open.id, apiIncident);
        QCOMPARE(open.state, IncidentState::Acknowledged);
        QCOMPARE(open.alerts.size(), 1);
        QCOMPARE(open.timeline.last().event, TimelineEvent::Acknowledged);
        QCOMPARE(open.timeline.last().detail, u"looking"_s);
        QCOMPARE(run.last->history.size(), 1);
        QCOMPARE(run.last->history.first().id, webIncident);
        const QVector<TimelineEntry> &timeline = run.last->history.first().timeline;
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const TimelineEntry &e) {
            return e.event == TimelineEvent::Resolved && e.detail == u"restarted by hand";
        }));
        // The failed "resolved" notification is on the timeline too.
        QCOMPARE(timeline.last().event, TimelineEvent::Notified);
        QCOMPARE(run.last->silences.size(), 1);
        QCOMPARE(run.last->silences.first().reason, u"noisy neighbour"_s);
        QCOMPARE(run.last->maintenance.size(), 1);
        QCOMPARE(run.last->deliveries.size(), 3);
        QVERIFY(!run.last->deliveries.first().message.isEmpty());

        // The same conditions go on: nothing fires twice, nothing is notified.
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.10, 95));
        QCOMPARE(run.last->open.size(), 1);
        QCOMPARE(run.last->history.size(), 1);
        QVERIFY(run.notified.isEmpty());
        QCOMPARE(run.last->deliveries.size(), 3);

        // The error rate comes back: the restored alert clears and, after the
        // hold, its incident resolves (once).
        clock->advanceMs(kMinute);
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.001, 95));
        QCOMPARE(run.last->open.first().alerts.size(), 0);
        clock->advanceMs(31 * kMinute);
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.001, 95));
        QCOMPARE(run.last->open.size(), 0);
        QCOMPARE(run.notified.size(), 1);
        QCOMPARE(run.notified.first().kind, NotificationKind::Resolved);
        // New ids follow the stored ones.
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.2, 95));
        QCOMPARE(run.last->open.size(), 1);
        QVERIFY(run.last->open.first().id > webIncident);
        run.worker.removeSilence(run.last->silences.first().id);
        QVERIFY(run.errors.isEmpty());
    }

    // A removed silence ended (kept as history) and is not restored.
    {
        WorkerRun run(path, clock, ws);
        QVERIFY(run.errors.isEmpty());
        QCOMPARE(run.last->silences.size(), 0);
        QCOMPARE(run.last->open.size(), 1);
        QCOMPARE(run.last->history.size(), 2);
    }
}

namespace {

Engine::FleetSnapshotPtr trafficAt(qint64 t, double rps)
{
    auto s = std::make_shared<Engine::FleetSnapshot>();
    s->atMs = t;
    Engine::ServiceStatus api;
    api.serviceId = u"api"_s;
    api.projectId = u"p"_s;
    api.latest.value.at(Model::metricIndex(Model::MetricKind::Rps)) = rps;
    s->services = {api};
    return s;
}

// What the analysis scheduler hands over: the newest bucket's score of a series.
Engine::AnomalySnapshotPtr scoreOf(qint64 bucketMs, double score, Model::MetricKind kind = Model::MetricKind::Rps)
{
    auto a = std::make_shared<Engine::AnomalySnapshot>();
    a->atMs = bucketMs;
    a->scores.append({u"api"_s, kind, bucketMs, score});
    return a;
}

} // namespace

void TestAlerts::anomalyRuleFiresFromTheSchedulersScores()
{
    AlertRule r = thresholdRule(u"traffic"_s, AlertMetric::Rps, 0.9, 0.5, 10 * 60);
    r.type = AlertRuleType::Anomaly;
    auto ws = std::make_shared<const Model::Workspace>(workspaceWith({{u"api"_s, u"p"_s}}, {r}));
    auto clock = std::make_shared<Util::ManualClock>(kT0);
    AlertWorker worker(nullptr, clock);
    AlertsSnapshotPtr last;
    QObject::connect(&worker, &AlertWorker::alertsReady, &worker, [&last](AlertsSnapshotPtr s) { last = s; });
    worker.setWorkspace(ws, clock);
    constexpr qint64 kFive = 5 * kMinute;

    // Wild values alone fire nothing: the worker scores nothing itself.
    qint64 t = kT0;
    for (int i = 0; i < 12; ++i, t += kFive)
        worker.onSnapshot(trafficAt(t, i % 2 ? 1e6 : 0.0));
    QVERIFY(last->open.isEmpty());
    // A score of another metric, and a score older than the worker accepts, are no score for the rule.
    worker.setAnomalyScores(scoreOf(t - kFive, 0.99, Model::MetricKind::Cpu));
    worker.onSnapshot(trafficAt(t, 100));
    worker.setAnomalyScores(scoreOf(t - AlertWorker::kScoreStaleMs - kFive, 0.99));
    for (int i = 0; i < 4; ++i, t += kFive)
        worker.onSnapshot(trafficAt(t, 100));
    QVERIFY(last->open.isEmpty());

    // The scheduler's scores over the limit for the rule's ten minutes: one alert, one incident.
    for (int i = 0; i < 3; ++i, t += kFive) {
        QVERIFY2(last->open.isEmpty(), qPrintable(QString::number(i)));
        worker.setAnomalyScores(scoreOf(t - kFive, 0.97));
        worker.onSnapshot(trafficAt(t, 140));
    }
    QCOMPARE(last->open.size(), 1);
    QCOMPARE(last->open.first().alerts.size(), 1);
    const FiringAlert &alert = last->open.first().alerts.first();
    QCOMPARE(alert.ruleId, u"traffic"_s);
    QCOMPARE(alert.value, 140.0); // the metric is reported, the score decided

    // Between refreshes the held score stands; back under the clear level, the alert clears.
    worker.onSnapshot(trafficAt(t, 150));
    QCOMPARE(last->open.first().alerts.size(), 1);
    t += kFive;
    worker.setAnomalyScores(scoreOf(t - kFive, 0.3));
    worker.onSnapshot(trafficAt(t, 100));
    QCOMPARE(last->open.first().alerts.size(), 0);

    // A replaced workspace (the scheduler's empty snapshot) forgets every score.
    t += kFive;
    worker.setAnomalyScores(scoreOf(t - kFive, 0.99));
    worker.setAnomalyScores(std::make_shared<Engine::AnomalySnapshot>());
    for (int i = 0; i < 4; ++i, t += kFive)
        worker.onSnapshot(trafficAt(t, 100));
    QCOMPARE(last->open.first().alerts.size(), 0);
}

namespace {

int rowCount(const QString &path, const QString &sql)
{
    Store::Database db;
    if (!db.open(path, u"count"_s, Store::Database::Mode::ReadOnly))
        return -1;
    QSqlQuery q(db.handle());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestAlerts::pruningKeepsWhatIsRecent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"straja.db"_s);
    const Model::AlertRules rules = {thresholdRule(u"errors"_s, AlertMetric::ErrorRate, 0.02, 0.01, 0)};
    auto ws = std::make_shared<const Model::Workspace>(workspaceWith({{u"api"_s, u"p"_s}, {u"web"_s, u"q"_s}}, rules));
    auto clock = std::make_shared<Util::ManualClock>(kT0);
    const auto incidents = [&] { return rowCount(path, u"SELECT COUNT(*) FROM alert_incidents"_s); };
    const auto timeline = [&] { return rowCount(path, u"SELECT COUNT(*) FROM alert_timeline"_s); };
    const auto deliveries = [&] { return rowCount(path, u"SELECT COUNT(*) FROM webhook_deliveries"_s); };
    const auto silences = [&] { return rowCount(path, u"SELECT COUNT(*) FROM alert_silences"_s); };
    // One incident that fires, clears and resolves after the hold: two deliveries (failed: no keychain).
    const auto incidentCycle = [&clock](WorkerRun &run) {
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.10, 10));
        clock->advanceMs(kMinute);
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.001, 10));
        clock->advanceMs(31 * kMinute);
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.001, 10));
    };

    {
        WorkerRun run(path, clock, ws);
        QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
        incidentCycle(run);
        QCOMPARE(run.last->history.size(), 1);
        run.worker.addSilence({0, u"q"_s, {}, {}, kT0, kT0 + kHour, u"deploy"_s, {}});
        run.worker.addMaintenance({0, u"p"_s, u"api"_s, kT0, kT0 + 2 * kHour, u"upgrade"_s, {}});
        Silence future;
        future.projectId = u"p"_s;
        future.startsMs = kT0 + 60 * kDay;
        future.endsMs = kT0 + 61 * kDay;
        future.reason = u"planned"_s;
        run.worker.addSilence(future);
    }
    QCOMPARE(incidents(), 1);
    const int firstTimeline = timeline();
    QVERIFY(firstTimeline >= 3); // fired, cleared, resolved (and the notifications)
    QCOMPARE(deliveries(), 2);
    QCOMPARE(silences(), 3);

    // 29 days on, a day after the last prune: nothing is old enough yet.
    clock->advanceMs(29 * kDay);
    {
        WorkerRun run(path, clock, ws);
        QVERIFY(run.errors.isEmpty());
        incidentCycle(run); // a second incident, 29 days after the first
    }
    QCOMPARE(incidents(), 2);
    QCOMPARE(deliveries(), 4);
    QCOMPARE(silences(), 3);

    // Day 35, while running: the daily prune on a snapshot takes the silence and the
    // window over for more than 30 days; the silence still to come stays. Deliveries
    // carry wall time: they are days old only in the store test below.
    {
        WorkerRun run(path, clock, ws);
        clock->advanceMs(6 * kDay);
        run.worker.onSnapshot(snapshotAt(clock->nowMs(), 0.001, 10));
        QVERIFY(run.errors.isEmpty());
        QCOMPARE(silences(), 1);
        QCOMPARE(incidents(), 2);
        QCOMPARE(deliveries(), 4);
    }

    // Day 95 at start: the first incident (resolved 95 days ago) goes with its timeline, the second stays.
    clock->advanceMs(60 * kDay);
    {
        WorkerRun run(path, clock, ws);
        QVERIFY(run.errors.isEmpty());
        QCOMPARE(run.last->history.size(), 1);
        QCOMPARE(run.last->history.first().openedMs, kT0 + 29 * kDay + 32 * kMinute);
    }
    QCOMPARE(incidents(), 1);
    QCOMPARE(timeline(), firstTimeline); // the second incident's, as long as the first's
    QCOMPARE(silences(), 0);             // the planned silence ended 34 days ago

    // A shorter retention, set before start: the newest N deliveries only.
    {
        WorkerRun run(path, clock, ws);
        incidentCycle(run);
        incidentCycle(run);
    }
    QCOMPARE(deliveries(), 8);
    clock->advanceMs(kMinute);
    {
        AlertWorker worker(nullptr, clock);
        AlertStore::Retention retention;
        retention.deliveryCount = 3;
        retention.resolvedIncidentDays = 0;
        worker.setRetention(retention);
        worker.openStore(path);
    }
    QCOMPARE(deliveries(), 3);
    QCOMPARE(incidents(), 0);
    QCOMPARE(timeline(), 0);

    // Deliveries by (wall) age: 29 days on, kept; 31 days on, gone.
    Store::Database db;
    QVERIFY(db.open(path, u"prune"_s, Store::Database::Mode::ReadWrite));
    AlertStore store(db.handle());
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    auto pruned = store.prune(clock->nowMs(), wallNow + 29 * kDay, {});
    QVERIFY(pruned.ok());
    QCOMPARE(pruned->deliveries, 0);
    QCOMPARE(deliveries(), 3);
    pruned = store.prune(clock->nowMs(), wallNow + 31 * kDay, {});
    QVERIFY(pruned.ok());
    QCOMPARE(pruned->deliveries, 3);
    QCOMPARE(deliveries(), 0);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
