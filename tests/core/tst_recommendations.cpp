#include "app/cli/commands/costcommand.h"
#include "core/cost/costanalyzer.h"
#include "core/cost/geoadvisor.h"
#include "core/cost/recommender.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/store/datalocation.h"
#include "core/store/samplestore.h"
#include "core/store/workspacestore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Cost::Money;
using Cost::RecommendationKind;
using Cost::Risk;

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
const qint64 kNow = QDateTime(QDate(2026, 3, 20), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// An hourly series over the 20 days before kNow; `f` gets the bucket's time.
Analysis::RegularSeries hourly(const std::function<double(qint64)> &f)
{
    Analysis::RegularSeries s;
    s.stepMs = kHourMs;
    s.startMs = kNow - 20 * kDayMs;
    for (qint64 t = s.startMs; t < kNow; t += kHourMs)
        s.values.push_back(f(t));
    return s;
}

Analysis::RegularSeries constant(double v)
{
    return hourly([v](qint64) { return v; });
}

Model::Service service(const QString &id, const QString &pricing, double cpu, double memoryGb,
                       const QString &role = u"api"_s)
{
    Model::Service s;
    s.id = id;
    s.projectId = u"p-"_s + id;
    s.name = id;
    s.role = role;
    s.provider = u"demo"_s;
    s.cost.pricing = pricing;
    s.cost.cpuPerReplica = cpu;
    s.cost.memoryGbPerReplica = memoryGb;
    s.cost.egressKbPerRequest = 0;
    return s;
}

Cost::ServiceUsage usage(const QString &id, double replicas, double cpu, double memory, double rps)
{
    Cost::ServiceUsage u;
    u.serviceId = id;
    u.replicas = constant(replicas);
    u.cpu = constant(cpu);
    u.cpuPeak = constant(cpu);
    u.memory = constant(memory);
    u.memoryPeak = constant(memory);
    u.rps = constant(rps);
    return u;
}

Cost::PriceCatalogPtr catalog()
{
    return std::make_shared<const Cost::PriceCatalog>(*Cost::PriceCatalog::builtIn());
}

// Kubernetes default prices: $0.0445 per vCPU-hour, $0.0049225 per GB-hour, 730 h a month.
double k8sMonthly(double cpu, double memoryGb)
{
    return (cpu * 0.0445 + memoryGb * 0.0049225) * 730.0;
}

} // namespace

// The savings and region rules on synthetic usage whose answer is known by hand,
// then on the demo fleet end to end.
class TestRecommendations : public QObject
{
    Q_OBJECT

private slots:
    void idleServiceIsSlept();
    void idleRuleSparesBusyWorkersAndDatabases_data();
    void idleRuleSparesBusyWorkersAndDatabases();
    void replicasAboveNeed();
    void offPeakScheduleFromTheDailyProfile();
    void offPeakWindowIsInLocalHours();
    void rightSizingByHand();
    void rightSizingKeepsMemoryOfALeak();
    void rightSizingSavesNothingWhereUsageIsBilled();
    void smallServicesShareADeployment();
    void deployCloserByThresholds_data();
    void deployCloserByThresholds();
    void deployCloserRespectsThePlanCap();
    void recommendationsBecomeProposals();
    void demoFleetEndToEnd();
    void cliCostFromTheStore();

private:
    Cost::CostModel m_model{catalog(), Cost::BillingCalendar()};
};

void TestRecommendations::idleServiceIsSlept()
{
    const Model::Service s = service(u"old-site"_s, u"kubernetes"_s, 0.5, 1.0, u"site"_s);
    Cost::ServiceUsage u = usage(s.id, 2, 3, 30, 0.002);
    // Traffic stopped 9 days ago.
    u.rps = hourly([](qint64 t) { return t < kNow - 9 * kDayMs ? 3.0 : 0.0; });
    const auto r = Cost::Recommender(m_model).idle(s, u, kNow);
    QVERIFY(r);
    QCOMPARE(r->kind, RecommendationKind::IdleService);
    // Two replicas of 0.5 vCPU and 1 GB for a month.
    QCOMPARE(r->monthlySaving, Money::fromUnits(2 * k8sMonthly(0.5, 1.0)));
    QCOMPARE(r->proposal.action, Cost::ProposalDraft::Action::Scale);
    QCOMPARE(r->proposal.fromReplicas, 2);
    QCOMPARE(r->proposal.toReplicas, 0);
    QCOMPARE(r->risk, Risk::Medium);
    QVERIFY(r->explanation().contains(u"7"_s));
    QVERIFY(!r->riskText().isEmpty());
}

void TestRecommendations::idleRuleSparesBusyWorkersAndDatabases_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<double>("rps");
    QTest::addColumn<int>("quietDays");
    QTest::newRow("worker without HTTP") << u"worker"_s << 0.0 << 20;
    QTest::newRow("database") << u"database"_s << 0.0 << 20;
    QTest::newRow("some traffic") << u"site"_s << 0.5 << 20;
    QTest::newRow("quiet only 5 days") << u"site"_s << 0.0 << 5;
}

void TestRecommendations::idleRuleSparesBusyWorkersAndDatabases()
{
    QFETCH(QString, role);
    QFETCH(double, rps);
    QFETCH(int, quietDays);
    const Model::Service s = service(u"x"_s, u"kubernetes"_s, 0.5, 1.0, role);
    Cost::ServiceUsage u = usage(s.id, 1, 3, 30, rps);
    u.rps = hourly([=](qint64 t) { return t < kNow - quietDays * kDayMs ? 5.0 : rps; });
    QVERIFY(!Cost::Recommender(m_model).idle(s, u, kNow));
}

void TestRecommendations::replicasAboveNeed()
{
    const Model::Service s = service(u"api"_s, u"kubernetes"_s, 1.0, 2.0);
    // 4 replicas at 20%: 80% of one replica; at a 65% target that is 2 replicas.
    const Cost::ServiceUsage u = usage(s.id, 4, 20, 40, 50);
    const auto r = Cost::Recommender(m_model).excessReplicas(s, u, kNow);
    QVERIFY(r);
    QCOMPARE(r->proposal.fromReplicas, 4);
    QCOMPARE(r->proposal.toReplicas, 2);
    QCOMPARE(r->monthlySaving, Money::fromUnits(2 * k8sMonthly(1.0, 2.0)));
    QCOMPARE(r->facts.value(u"peakAfter"_s).toDouble(), 40.0);
    QCOMPARE(r->risk, Risk::Low);
    // At 45% each, 4 replicas carry 180%: 3 are needed, each then at 60%.
    const auto busier = Cost::Recommender(m_model).excessReplicas(s, usage(s.id, 4, 45, 40, 50), kNow);
    QVERIFY(busier);
    QCOMPARE(busier->proposal.toReplicas, 3);
    QCOMPARE(busier->risk, Risk::Medium);
    // At 50% each, all 4 are needed.
    QVERIFY(!Cost::Recommender(m_model).excessReplicas(s, usage(s.id, 4, 50, 40, 50), kNow));
}

void TestRecommendations::offPeakScheduleFromTheDailyProfile()
{
    const Model::Service s = service(u"api"_s, u"kubernetes"_s, 1.0, 2.0);
    Cost::ServiceUsage u = usage(s.id, 3, 0, 40, 50);
    // 60% per replica from 08:00 to 20:00 UTC (needs 3), 10% at night (needs 1).
    u.cpuPeak = u.cpu = hourly([](qint64 t) {
        const int h = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
        return h >= 8 && h < 20 ? 60.0 : 10.0;
    });
    const auto r = Cost::Recommender(m_model).offPeak(s, u, kNow, 3);
    QVERIFY(r);
    QCOMPARE(r->proposal.action, Cost::ProposalDraft::Action::Schedule);
    QCOMPARE(r->proposal.windowStartHour, 20);
    QCOMPARE(r->proposal.windowEndHour, 8);
    QCOMPARE(r->proposal.toReplicas, 1);
    QCOMPARE(r->proposal.fromReplicas, 3);
    // 2 replicas fewer for 12 hours a day, 365.25/12 days a month.
    QCOMPARE(r->monthlySaving, Money::fromUnits(2 * 12 * (365.25 / 12) * (0.0445 + 2 * 0.0049225)));
    // The whole day busy: nothing to schedule.
    QVERIFY(!Cost::Recommender(m_model).offPeak(s, usage(s.id, 3, 60, 40, 50), kNow, 3));
    // A window shorter than 4 hours is not worth a schedule.
    u.cpuPeak = u.cpu = hourly([](qint64 t) {
        const int h = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
        return h >= 2 && h < 5 ? 10.0 : 60.0;
    });
    QVERIFY(!Cost::Recommender(m_model).offPeak(s, u, kNow, 3));
}

void TestRecommendations::offPeakWindowIsInLocalHours()
{
    // The same quiet UTC night, for an operator in Bucharest (UTC+2 in March before
    // the 29th): 22:00 to 10:00 local.
    const Cost::CostModel model(catalog(), Cost::BillingCalendar(QTimeZone("Europe/Bucharest")));
    const Model::Service s = service(u"api"_s, u"kubernetes"_s, 1.0, 2.0);
    Cost::ServiceUsage u = usage(s.id, 3, 0, 40, 50);
    u.cpuPeak = u.cpu = hourly([](qint64 t) {
        const int h = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).time().hour();
        return h >= 8 && h < 20 ? 60.0 : 10.0;
    });
    const auto r = Cost::Recommender(model).offPeak(s, u, kNow, 3);
    QVERIFY(r);
    QCOMPARE(r->proposal.windowStartHour, 22);
    QCOMPARE(r->proposal.windowEndHour, 10);
    QCOMPARE(r->proposal.timeZone, u"Europe/Bucharest"_s);
}

void TestRecommendations::rightSizingByHand()
{
    const Model::Service s = service(u"db"_s, u"kubernetes"_s, 2.0, 8.0);
    // p95 CPU 10% of 2 vCPU, memory 20% of 8 GB: at a 70% target
    // 2 x 10/70 = 0.2857 -> 0.30 vCPU; 8 x 20/70 = 2.2857 -> 2.50 GB.
    const auto r = Cost::Recommender(m_model).rightSize(s, usage(s.id, 2, 10, 20, 100), kNow);
    QVERIFY(r);
    QCOMPARE(r->facts.value(u"cpuTo"_s).toDouble(), 0.30);
    QCOMPARE(r->facts.value(u"memTo"_s).toDouble(), 2.50);
    QCOMPARE(r->monthlySaving, Money::fromUnits(2 * (k8sMonthly(2.0, 8.0) - k8sMonthly(0.30, 2.50))));
    QCOMPARE(r->risk, Risk::Medium); // memory shrinks
    QCOMPARE(r->proposal.action, Cost::ProposalDraft::Action::Manual);
    // Well used: nothing to do.
    QVERIFY(!Cost::Recommender(m_model).rightSize(s, usage(s.id, 2, 55, 60, 100), kNow));
}

void TestRecommendations::rightSizingKeepsMemoryOfALeak()
{
    const Model::Service s = service(u"web"_s, u"kubernetes"_s, 1.0, 4.0);
    Cost::ServiceUsage u = usage(s.id, 1, 10, 20, 30);
    // Memory climbing 0.5% an hour for the last three days, still low at the 95th percentile.
    u.memory = u.memoryPeak = hourly([](qint64 t) {
        return t < kNow - 3 * kDayMs ? 5.0 : 5.0 + 0.5 * double(t - (kNow - 3 * kDayMs)) / kHourMs;
    });
    const auto r = Cost::Recommender(m_model).rightSize(s, u, kNow);
    QVERIFY(r);
    QCOMPARE(r->facts.value(u"memTo"_s).toDouble(), 4.0);
    QVERIFY(r->facts.value(u"leaking"_s).toBool());
    QCOMPARE(r->risk, Risk::Low); // only CPU changes
}

void TestRecommendations::rightSizingSavesNothingWhereUsageIsBilled()
{
    const Model::Service s = service(u"api"_s, u"railway"_s, 2.0, 8.0);
    QVERIFY(!Cost::Recommender(m_model).rightSize(s, usage(s.id, 2, 10, 20, 100), kNow));
}

void TestRecommendations::smallServicesShareADeployment()
{
    Model::Workspace ws;
    QHash<QString, Cost::ServiceUsage> u;
    for (int i = 0; i < 5; ++i) {
        Model::Service s = service(u"site-%1"_s.arg(i), u"kubernetes"_s, 0.25, 0.5, u"site"_s);
        s.projectId = i < 3 ? u"a"_s : u"b"_s;
        ws.services.append(s);
        // 20% of 0.25 vCPU = 0.05 vCPU, 30% of 0.5 GB = 0.15 GB each.
        u.insert(s.id, usage(s.id, 1, 20, 30, 1));
    }
    // A busy site of the same kind stays out of the group.
    ws.services.append(service(u"busy"_s, u"kubernetes"_s, 0.25, 0.5, u"site"_s));
    u.insert(u"busy"_s, usage(u"busy"_s, 1, 80, 30, 10));
    const auto recs = Cost::Recommender(m_model).shared(ws, u, kNow);
    QCOMPARE(recs.size(), 1);
    const Cost::Recommendation &r = recs.first();
    QCOMPARE(r.serviceIds.size(), 5);
    QVERIFY(!r.serviceIds.contains(u"busy"_s));
    // 0.25 vCPU in all / (0.25 x 65%) -> 2; 0.75 GB / (0.5 x 80%) -> 2: two replicas.
    QCOMPARE(r.facts.value(u"replicasTo"_s).toInt(), 2);
    QCOMPARE(r.facts.value(u"projects"_s).toInt(), 2);
    QVERIFY(std::abs(r.monthlySaving.toUnits() - 3 * k8sMonthly(0.25, 0.5)) < 0.001);
    QCOMPARE(r.risk, Risk::High);
    // Two small services are not a group.
    ws.services.resize(2);
    QVERIFY(Cost::Recommender(m_model).shared(ws, u, kNow).isEmpty());
}

void TestRecommendations::deployCloserByThresholds_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("latency");
    QTest::addColumn<bool>("expected");
    QTest::newRow("much traffic, much slower") << 0.30 << 140.0 << true;
    QTest::newRow("little traffic") << 0.10 << 200.0 << false;
    QTest::newRow("barely slower") << 0.40 << 100.0 << false; // 1.25x and +20 ms
    QTest::newRow("at the thresholds") << 0.15 << 110.0 << true; // 1.375x and +30 ms
}

void TestRecommendations::deployCloserByThresholds()
{
    QFETCH(double, share);
    QFETCH(double, latency);
    QFETCH(bool, expected);
    Model::Workspace ws;
    Model::Service s = service(u"api"_s, u"kubernetes"_s, 1.0, 2.0);
    s.regions = {u"eu-west"_s, u"us-east"_s};
    ws.services = {s};
    Cost::ServiceUsage u = usage(s.id, 2, 40, 40, 100);
    u.regionRps.insert(u"eu-west"_s, constant(100 * (1 - share)));
    u.regionRps.insert(u"us-east"_s, constant(100 * share));
    u.regionLatency.insert(u"eu-west"_s, constant(80));
    u.regionLatency.insert(u"us-east"_s, constant(latency));
    const QHash<QString, Cost::ServiceUsage> all{{s.id, u}};
    const Cost::GeoAdvisor geo(m_model);
    const auto regions = geo.serviceRegions(ws, all, kNow);
    QCOMPARE(regions.size(), 2);
    QVERIFY(regions[0].hosted && !regions[1].hosted);
    QVERIFY(std::abs(regions[1].share - share) < 1e-9);
    const auto recs = geo.recommend(ws, regions, all, kNow);
    QCOMPARE(recs.size(), expected ? 1 : 0);
    if (expected) {
        const Cost::Recommendation &r = recs.first();
        QCOMPARE(r.kind, RecommendationKind::DeployCloser);
        QCOMPARE(r.facts.value(u"region"_s).toString(), u"us-east"_s);
        QVERIFY(std::abs(r.facts.value(u"gainMs"_s).toDouble() - (latency - 80)) < 1e-9);
        // A replica for a month costs what one replica costs.
        QCOMPARE(r.monthlySaving, -Money::fromUnits(k8sMonthly(1.0, 2.0)));
        QCOMPARE(r.proposal.toReplicas, 3);
    }
    const auto summary = Cost::GeoAdvisor::summarize(regions);
    QCOMPARE(summary.size(), 2);
    QVERIFY(std::abs(summary[0].share + summary[1].share - 1.0) < 1e-9);
}

void TestRecommendations::deployCloserRespectsThePlanCap()
{
    Model::Workspace ws;
    Model::Service s = service(u"api"_s, u"railway"_s, 1.0, 1.0);
    s.regions = {u"eu-west"_s, u"us-east"_s};
    ws.services = {s};
    ws.plans = {{u"railway"_s, u"hobby"_s, 1}};
    Cost::ServiceUsage u = usage(s.id, 10, 40, 40, 100);
    u.regionRps.insert(u"eu-west"_s, constant(60));
    u.regionRps.insert(u"us-east"_s, constant(40));
    u.regionLatency.insert(u"eu-west"_s, constant(80));
    u.regionLatency.insert(u"us-east"_s, constant(160));
    const QHash<QString, Cost::ServiceUsage> all{{s.id, u}};
    const Cost::GeoAdvisor geo(m_model);
    const auto recs = geo.recommend(ws, geo.serviceRegions(ws, all, kNow), all, kNow);
    QCOMPARE(recs.size(), 1);
    // Hobby allows 10 replicas: an eleventh needs a bigger plan.
    QVERIFY(recs.first().facts.value(u"capReached"_s).toBool());
    QCOMPARE(recs.first().risk, Risk::High);
    QVERIFY(recs.first().riskText().contains(u"cap"_s));
}

void TestRecommendations::recommendationsBecomeProposals()
{
    Model::Workspace ws;
    ws.services = {service(u"api"_s, u"kubernetes"_s, 1.0, 2.0)};
    const QHash<QString, Cost::ServiceUsage> u{{u"api"_s, usage(u"api"_s, 4, 20, 40, 50)}};
    const auto recs = Cost::Recommender(m_model).recommend(ws, u, kNow);
    QVERIFY(!recs.isEmpty());
    for (int i = 1; i < recs.size(); ++i)
        QVERIFY(recs[i - 1].monthlySaving >= recs[i].monthlySaving);
    // Right-sizing (0.3 instead of 1 vCPU) saves more than dropping two replicas.
    QCOMPARE(recs.first().kind, RecommendationKind::RightSize);
    QCOMPARE(recs.first().toProposal().action, Cost::ProposalDraft::Action::Manual);
    const auto excess = std::find_if(recs.cbegin(), recs.cend(), [](const Cost::Recommendation &x) {
        return x.kind == RecommendationKind::ExcessReplicas;
    });
    QVERIFY(excess != recs.cend());
    const Cost::Recommendation &r = *excess;
    const Cost::ProposalDraft p = r.toProposal();
    QCOMPARE(p.serviceId, u"api"_s);
    QCOMPARE(p.provider, u"demo"_s);
    QCOMPARE(p.rule, u"cost.replicas"_s);
    QCOMPARE(p.fix, u"scale_down"_s);
    QCOMPARE(p.costDeltaPerMonth, -r.monthlySaving.toUnits());
    QVERIFY(r.actionable());
    QVERIFY(r.title().contains(u"4"_s) && r.title().contains(u"2"_s));
}

void TestRecommendations::demoFleetEndToEnd()
{
    const qint64 origin = QDateTime(QDate(2026, 3, 18), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto ws = std::make_shared<const Model::Workspace>(*Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, origin));
    const Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::standard(7), 7, origin);
    const Cost::BillingCalendar calendar(QTimeZone("Europe/Bucharest"));
    const auto requests = Cost::CostAnalyzer::historyRequests(*ws, origin, calendar);
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests[1].fromMs > requests[0].fromMs); // regions over the last days only
    QVector<Store::StoredSeries> stored;
    for (const Engine::HistoryRequest &request : requests) {
        for (const Model::SeriesKey &key : request.series) {
            Store::StoredSeries s{key, Store::Resolution::OneHour, {}};
            for (const Model::Sample &p : fleet.range(key, request.fromMs, request.toMs, Cost::CostAnalyzer::kStepMs))
                s.points.append({p.t, p.v, p.v, p.v});
            stored.append(s);
        }
    }
    Cost::CostInputs in;
    in.workspace = ws;
    in.catalog = catalog();
    in.zone = calendar.zone();
    in.nowMs = origin;
    const auto report = Cost::CostAnalyzer::analyze(in, Cost::CostAnalyzer::usageFrom(stored, requests[0].fromMs, origin));

    QCOMPARE(report->services.size(), ws->services.size());
    QVERIFY(report->warnings.isEmpty());
    QCOMPARE(report->priceSources.size(), 2);
    for (const Cost::ServiceCost &c : report->services) {
        QVERIFY2(!c.pricing.isEmpty(), qPrintable(c.serviceId));
        QVERIFY(c.at(Cost::Period::MonthToDate).total() > Money());
        QVERIFY(c.at(Cost::Period::MonthEnd).total() > c.at(Cost::Period::MonthToDate).total());
        QVERIFY(c.at(Cost::Period::Today).total() <= c.at(Cost::Period::MonthToDate).total());
    }
    QCOMPARE(report->plans.size(), 1); // Railway Pro
    auto has = [&](RecommendationKind kind, const QString &serviceId) {
        for (const Cost::Recommendation &r : report->recommendations)
            if (r.kind == kind && r.serviceIds.contains(serviceId))
                return true;
        return false;
    };
    // The voice line is busy in office hours and quiet at night: an off-peak schedule
    // (on Railway it saves the memory of the replica it stops).
    QVERIFY(has(RecommendationKind::OffPeakSchedule, u"events-voice"_s));
    QVERIFY(has(RecommendationKind::SharedResource, u"seo-01"_s));
    // A quarter of the events traffic comes from us-east, 1.6 times slower.
    bool usEast = false;
    for (const Cost::Recommendation &r : report->regionRecommendations)
        usEast |= r.serviceId == u"events-api"_s && r.facts.value(u"region"_s).toString() == u"us-east"_s;
    QVERIFY(usEast);
    QVERIFY(!report->regions.isEmpty());
    QCOMPARE(report->regions.first().region, u"eu-west"_s);
    QVERIFY(!report->months.isEmpty());
}

void TestRecommendations::cliCostFromTheStore()
{
    // A store holding the demo workspace and a month and a half of its hourly usage.
    QTemporaryDir dir;
    const qint64 at = QDateTime(QDate(2026, 3, 18), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const Model::Workspace ws = *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, at);
    const Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::standard(7), 7, at);
    {
        Store::Database db;
        QVERIFY(db.open(Store::workspaceDatabasePath(dir.path(), u"standard"_s), u"cli-cost"_s,
                        Store::Database::Mode::ReadWrite)
                    .ok());
        QVERIFY(Store::WorkspaceStore(db.handle()).save(ws).ok());
        Store::SampleStore samples(db.handle());
        for (const Engine::HistoryRequest &request :
             Cost::CostAnalyzer::historyRequests(ws, at, Cost::BillingCalendar(QTimeZone("Europe/Bucharest")))) {
            Model::SeriesBatch batch;
            for (const Model::SeriesKey &key : request.series)
                batch.append({key, fleet.range(key, request.fromMs, request.toMs, Cost::CostAnalyzer::kStepMs)});
            QVERIFY(samples.write(batch, Cost::CostAnalyzer::kStepMs, at).ok());
        }
    }
    auto run = [&](const QStringList &args, QString *out, QString *err) {
        QTextStream o(out), e(err);
        Cli::CommandIo io{o, e};
        const int code = Cli::CostCommand().run(args, io);
        o.flush();
        e.flush();
        return code;
    };
    const QStringList common{u"--data-dir"_s, dir.path(), u"--at"_s, u"2026-03-18 12:00"_s, u"--tz"_s,
                             u"Europe/Bucharest"_s, u"--prices"_s, dir.filePath(u"no-prices"_s)};
    QString out, err;
    QCOMPARE(run(common + QStringList{u"--period"_s, u"monthend"_s}, &out, &err), int(Cli::ExitOk));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"project,service,cpu,memory,nodes,egress,volume,plan,total"_s);
    QCOMPARE(lines.size(), 1 + int(ws.services.size()) + 1 + 1); // header, services, the Pro plan, total
    // Every column of the rows adds up to the total row, to the cent.
    QVector<qint64> sums(7, 0);
    for (int i = 1; i < lines.size() - 1; ++i) {
        const QStringList f = lines[i].split(u',');
        QCOMPARE(f.size(), 9);
        for (int c = 0; c < 7; ++c)
            sums[c] += qint64(std::llround(f[2 + c].toDouble() * 100));
    }
    const QStringList total = lines.last().split(u',');
    QCOMPARE(total.first(), u"total"_s);
    for (int c = 0; c < 7; ++c)
        QCOMPARE(sums[c], qint64(std::llround(total[2 + c].toDouble() * 100)));
    QVERIFY(total.last().toDouble() > 100.0);

    out.clear();
    QCOMPARE(run(common + QStringList{u"--recommendations"_s}, &out, &err), int(Cli::ExitOk));
    QVERIFY(out.startsWith(u"kind,service,project,monthly_saving,risk"_s));
    QVERIFY(out.contains(u"\nshared,"_s));
    QVERIFY(out.contains(u"\nregion,events-api us-east,"_s));

    QCOMPARE(run({u"--period"_s, u"weekly"_s}, &out, &err), int(Cli::ExitUsage));
    QCOMPARE(run(common + QStringList{u"--tz"_s, u"Mars/Olympus"_s}, &out, &err), int(Cli::ExitUsage));
    err.clear();
    QCOMPARE(run({u"--data-dir"_s, dir.filePath(u"missing"_s)}, &out, &err), int(Cli::ExitBadInput));
    QVERIFY2(err.contains(u"does not exist"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
