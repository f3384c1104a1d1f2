#include "core/business/businesscsv.h"
#include "core/business/businessmetrics.h"
#include "core/business/businessqueries.h"
#include "core/business/businessservice.h"
#include "core/business/businessstore.h"
#include "core/business/demobusinessdata.h"
#include "core/engine/businessqueryrunner.h"
#include "core/engine/engineapi.h"
#include "core/sources/prometheus/prometheussource.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Business::BusinessCsv;
using Business::BusinessRecord;
using Business::Kpi;
using Cost::Money;

namespace {

const QHash<QString, QString> kProjects{{u"events"_s, u"events"_s}, {u"Events platform"_s, u"events"_s},
                                        {u"seo"_s, u"seo"_s}};

const QByteArray kGood = "period,project,visitors,active_users,new_customers,customers,churned_customers,revenue,"
                         "marketing_spend\n"
                         "2026-02,events,8000,1800,40,1020,15,9800.00,900\n"
                         "2026-03,Events platform,10000,2000,50,1050,20,10500.00,1000.00\n"
                         "2026-03,seo,52000,41000,,,,208.40,\n";

// An engine with only what the business service asks: the workspace, the store's
// path and the time.
class FakeEngine final : public Engine::EngineApi
{
public:
    FakeEngine(Model::WorkspacePtr workspace, QString path, qint64 now)
        : m_workspace(std::move(workspace))
        , m_path(std::move(path))
        , m_now(now)
    {
    }
    void start() override { }
    void refreshNow() override { }
    quint64 requestHistory(const Engine::HistoryRequest &) override { return 0; }
    void scaleService(const QString &, int) override { }
    void updateWorkspace(Model::WorkspacePtr, const QStringList &) override { }
    Model::WorkspacePtr demoWorkspace() const override { return {}; }
    Model::WorkspacePtr workspace() const override { return m_workspace; }
    Engine::FleetSnapshotPtr latestSnapshot() const override { return {}; }
    qint64 nowMs() const override { return m_now; }
    QString databasePath() const override { return m_path; }
    // With a runner: business queries run on it (same thread), as the engine's would.
    void setRunner(Engine::BusinessQueryRunner *runner)
    {
        m_runner = runner;
        connect(runner, &Engine::BusinessQueryRunner::finished, this, &EngineApi::businessQueriesReady);
    }
    quint64 requestBusinessQueries(const Business::BusinessQueryRequest &request) override
    {
        if (!m_runner)
            return 0;
        const quint64 id = m_next++;
        m_runner->run(id, request);
        return id;
    }

private:
    Engine::BusinessQueryRunner *m_runner = nullptr;
    quint64 m_next = 1;
    Model::WorkspacePtr m_workspace;
    QString m_path;
    qint64 m_now;
};

bool near(std::optional<double> v, double expected)
{
    return v && std::abs(*v - expected) < 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

// Business figures: the CSV format with its precise errors (nothing half imported),
// the KPIs by hand, the demo's figures and the import through the service.
class TestBusiness : public QObject
{
    Q_OBJECT

private slots:
    void goodFileImports();
    void quotedFieldsAndLineEndings();
    void badFilesNameTheLine_data();
    void badFilesNameTheLine();
    void manyProblemsAreAllListed();
    void writtenFileReadsBack();
    void kpisByHand();
    void missingFiguresStayEmpty();
    void demoFiguresAreDeterministic();
    void storeReplacesAllOrNothing();
    void serviceImportsAndReportsOrRefusesWhole();
    void dailyAnswersBecomeMonths();
    void promqlFiguresEqualTheCsv();
    void promqlErrorsAreShownPerQuery();
    void serviceShowsPromqlAndCsvMonths();

private:
    QTemporaryDir m_dir;
};

void TestBusiness::goodFileImports()
{
    const auto records = BusinessCsv::parse(kGood, kProjects);
    QVERIFY2(records.ok(), qPrintable(records.error().message));
    QCOMPARE(records->size(), 3);
    const Business::BusinessRecord &march = records->at(1);
    QCOMPARE(march.projectId, u"events"_s); // named by its name
    QCOMPARE(march.month, u"2026-03"_s);
    QCOMPARE(*march.visitors, qint64(10'000));
    QCOMPARE(*march.revenue, Money::fromMicros(10'500'000'000));
    QCOMPARE(*march.marketingSpend, Money::fromMicros(1'000'000'000));
    const Business::BusinessRecord &seo = records->at(2);
    QVERIFY(!seo.customers && !seo.newCustomers && !seo.marketingSpend);
    QCOMPARE(*seo.revenue, Money::fromMicros(208'400'000));
}

void TestBusiness::quotedFieldsAndLineEndings()
{
    // A BOM, CRLF, a quoted name with a comma and a doubled quote, columns in
    // another order, upper-case header, blank lines.
    QHash<QString, QString> projects = kProjects;
    projects.insert(u"Shop, \"EU\""_s, u"shop"_s);
    const QByteArray csv = "\xEF\xBB\xBFProject,Period,Revenue\r\n"
                           "\r\n"
                           "\"Shop, \"\"EU\"\"\",2026-01,12.5\r\n"
                           "seo , 2026-01 , 3\r\n";
    const auto records = BusinessCsv::parse(csv, projects);
    QVERIFY2(records.ok(), qPrintable(records.error().message));
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).projectId, u"shop"_s);
    QCOMPARE(*records->at(0).revenue, Money::fromMicros(12'500'000));
    QCOMPARE(records->at(1).month, u"2026-01"_s);
}

void TestBusiness::badFilesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    const QByteArray header = "period,project,visitors,revenue\n";
    QTest::newRow("decimal comma") << header + "2026-01,seo,10,\"12,50\"\n" << 2 << u"revenue"_s << u"use a dot"_s;
    QTest::newRow("day instead of month") << header + "2026-01,seo,1,1\n2026-02-03,seo,1,1\n" << 3 << u"period"_s
                                          << u"is a day"_s;
    QTest::newRow("month 13") << header + "2026-13,seo,1,1\n" << 2 << u"period"_s << u"not a month"_s;
    QTest::newRow("unknown project") << header + "2026-01,blog,1,1\n" << 2 << u"project"_s << u"unknown project 'blog'"_s;
    QTest::newRow("fraction of a visitor") << header + "2026-01,seo,12.5,1\n" << 2 << u"visitors"_s
                                           << u"not a whole number"_s;
    QTest::newRow("negative revenue") << header + "2026-01,seo,1,-4\n" << 2 << u"revenue"_s << u"negative"_s;
    QTest::newRow("negative count") << header + "2026-01,seo,-4,1\n" << 2 << u"visitors"_s << u"negative"_s;
    QTest::newRow("too many fields") << header + "2026-01,seo,1,1,9\n" << 2 << QString() << u"5 field"_s;
    QTest::newRow("too few fields") << header + "2026-01,seo\n" << 2 << QString() << u"2 field"_s;
    QTest::newRow("duplicate month") << header + "2026-01,seo,1,1\n2026-02,seo,1,1\n2026-01,seo,2,2\n" << 4 << QString()
                                     << u"already given on line 2"_s;
    QTest::newRow("no figures") << header + "2026-01,seo,,\n" << 2 << QString() << u"no figures"_s;
    QTest::newRow("unknown column") << QByteArray("period,project,revnue\n2026-01,seo,1\n") << 1 << u"revnue"_s
                                    << u"unknown column"_s;
    QTest::newRow("no project column") << QByteArray("period,revenue\n2026-01,1\n") << 1 << u"project"_s
                                       << u"required column is missing"_s;
    QTest::newRow("header only") << header << 1 << QString() << u"not followed by any row"_s;
    QTest::newRow("empty file") << QByteArray() << 1 << QString() << u"empty"_s;
    QTest::newRow("unclosed quote") << header + "2026-01,seo,1,1\n2026-02,\"seo,1,1\n" << 3 << QString()
                                    << u"never closed"_s;
    QTest::newRow("quote inside a field") << header + "2026-01,se\"o,1,1\n" << 2 << QString() << u"quote"_s;
    QTest::newRow("not UTF-8") << header + "2026-01,s\xff\xfe,1,1\n" << 0 << QString() << u"UTF-8"_s;
    // A multi-line quoted field moves the lines after it.
    QTest::newRow("line after a multi-line field")
        << QByteArray("period,project,revenue,visitors\n2026-01,seo,\"1\n\",1\n2026-02,seo,1,x\n") << 4
        << u"visitors"_s << u"not a whole number"_s;
}

void TestBusiness::badFilesNameTheLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, says);
    const Business::CsvImport imported = BusinessCsv::read(csv, kProjects);
    QVERIFY(!imported.issues.isEmpty());
    const Business::CsvIssue &issue = imported.issues.first();
    QVERIFY2(issue.message.contains(says), qPrintable(issue.message));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    // The whole file is refused, and the message names the line.
    const auto parsed = BusinessCsv::parse(csv, kProjects);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(u"Nothing was imported"_s));
    if (line > 0)
        QVERIFY2(parsed.error().message.contains(u"line %1"_s.arg(line)), qPrintable(parsed.error().message));
}

void TestBusiness::manyProblemsAreAllListed()
{
    QByteArray csv = "period,project,revenue\n";
    for (int i = 0; i < 30; ++i)
        csv += i % 3 == 0 ? QByteArray("2026-01,nope,1\n")
                          : QByteArray("2025-" + QByteArray::number(10 + i % 3) + ",seo," + QByteArray::number(i) + "\n");
    const Business::CsvImport imported = BusinessCsv::read(csv, kProjects);
    // Rows 2, 5, 8, ... name an unknown project; the others repeat two months.
    QVERIFY(imported.issues.size() >= 10);
    QCOMPARE(imported.issues.at(0).line, 2);
    QCOMPARE(imported.issues.at(1).line, 5);
    const auto parsed = BusinessCsv::parse(csv, kProjects);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(u"line 2,"_s));
    QVERIFY(parsed.error().message.contains(u"line 5,"_s));
    QVERIFY(parsed.error().message.contains(u"... and more."_s));
}

void TestBusiness::writtenFileReadsBack()
{
    const auto records = BusinessCsv::parse(kGood, kProjects);
    QVERIFY(records.ok());
    const QByteArray written = BusinessCsv::write(*records);
    QVERIFY(written.startsWith("period,project,visitors"));
    const auto again = BusinessCsv::parse(written, kProjects);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(*again, *records);
}

void TestBusiness::kpisByHand()
{
    const auto records = BusinessCsv::parse(kGood, kProjects);
    QVERIFY(records.ok());
    Cost::MonthCost march;
    march.projectId = u"events"_s;
    march.month = u"2026-03"_s;
    march.total = Money::fromMicros(525'000'000);
    march.coverage = 1.0;
    const Business::ProjectKpis kpis = Business::BusinessMetrics::compute(u"events"_s, *records, {march});
    QCOMPARE(kpis.months.size(), 2);
    const Business::KpiRow &feb = kpis.months.at(0);
    QCOMPARE(feb.month, u"2026-02"_s);
    // No month before: the start is 1020 - 40 + 15 = 995 customers.
    QVERIFY(near(feb.churn, 15.0 / 995.0));
    QVERIFY(!feb.infraCost && !feb.margin && !feb.costPerUser);
    // Without a cost the gross margin counts as 1: (9800 / ((995 + 1020) / 2)) / (15 / 995)
    QVERIFY(near(feb.ltv, 9800.0 / 1007.5 / (15.0 / 995.0)));

    const Business::KpiRow &r = kpis.months.at(1);
    QVERIFY(near(r.revenue, 10'500.0));
    QVERIFY(near(r.revenuePerUser, 5.25));        // 10,500 / 2,000
    QVERIFY(near(r.conversion, 0.005));           // 50 / 10,000
    QVERIFY(near(r.churn, 20.0 / 1020.0));        // February's 1,020 customers
    QVERIFY(near(r.cac, 20.0));                   // 1,000 / 50
    QVERIFY(near(r.infraCost, 525.0));
    QVERIFY(near(r.costPerUser, 0.2625));         // 525 / 2,000
    QVERIFY(near(r.margin, 0.95));                // (10,500 - 525) / 10,500
    QVERIFY(near(r.ltv, 491.52173913043478));     // 10,500 / 1,035 x 0.95 x 51
    // Trends: the change from the month before.
    QVERIFY(near(Business::BusinessMetrics::change(kpis, 1, Kpi::Revenue), 700.0 / 9800.0));
    QVERIFY(!Business::BusinessMetrics::change(kpis, 0, Kpi::Revenue));
    QVERIFY(!Business::BusinessMetrics::change(kpis, 1, Kpi::Margin)); // no margin in February
}

void TestBusiness::missingFiguresStayEmpty()
{
    Business::BusinessRecord r;
    r.projectId = u"seo"_s;
    r.month = u"2026-01"_s;
    r.revenue = Money::fromMicros(100'000'000);
    r.activeUsers = 0;
    r.visitors = 500;
    const auto kpis = Business::BusinessMetrics::compute(u"seo"_s, {r}, {});
    QCOMPARE(kpis.months.size(), 1);
    const Business::KpiRow &row = kpis.months.first();
    QVERIFY(!row.revenuePerUser); // 0 users: no division
    QVERIFY(!row.conversion && !row.churn && !row.ltv && !row.cac);
    QVERIFY(near(row.revenue, 100.0));
}

void TestBusiness::demoFiguresAreDeterministic()
{
    const qint64 origin = QDateTime(QDate(2026, 3, 18), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const Sources::Demo::DemoFleet a(Sources::Demo::DemoPresets::standard(7), 7, origin);
    const Sources::Demo::DemoFleet b(Sources::Demo::DemoPresets::standard(7), 7, origin);
    const Sources::Demo::DemoFleet other(Sources::Demo::DemoPresets::standard(8), 8, origin);
    const auto ra = Business::DemoBusinessData::records(a, origin, QTimeZone::utc());
    QCOMPARE(ra, Business::DemoBusinessData::records(b, origin, QTimeZone::utc()));
    QVERIFY(ra != Business::DemoBusinessData::records(other, origin, QTimeZone::utc()));
    QCOMPARE(ra.size(), 12); // six months of events and SEO
    QCOMPARE(ra.first().month, u"2025-10"_s);
    QCOMPARE(ra.last().month, u"2026-03"_s);
    // It reads like a business: a few percent churn, conversion well below 1%.
    const auto kpis = Business::BusinessMetrics::compute(u"events"_s, ra, {});
    for (const Business::KpiRow &row : kpis.months) {
        QVERIFY(row.churn && *row.churn > 0.01 && *row.churn < 0.08);
        QVERIFY(row.conversion && *row.conversion > 0.0001 && *row.conversion < 0.01);
        QVERIFY(row.cac && *row.cac > 10 && *row.cac < 40);
        QVERIFY(row.revenuePerUser && *row.revenuePerUser > 0);
    }
    // The simulator's own metrics are unchanged by it.
    QCOMPARE(a.value(a.indexOf(u"events-web"_s), Model::MetricKind::Rps, origin),
             b.value(b.indexOf(u"events-web"_s), Model::MetricKind::Rps, origin));
}

void TestBusiness::storeReplacesAllOrNothing()
{
    Store::Database db;
    QVERIFY(db.open(m_dir.filePath(u"store.sqlite"_s), u"business-store"_s, Store::Database::Mode::ReadWrite).ok());
    Business::BusinessStore store(db.handle());
    const auto records = BusinessCsv::parse(kGood, kProjects);
    QVERIFY(store.replace(*records, 1).ok());
    QCOMPARE(store.load()->size(), 3);
    // Importing March again replaces it, and keeps February.
    auto again = *BusinessCsv::parse("period,project,revenue\n2026-03,events,1\n", kProjects);
    QVERIFY(store.replace(again, 2).ok());
    const auto loaded = store.load();
    QCOMPARE(loaded->size(), 3);
    QCOMPARE(*loaded->at(1).revenue, Money::fromMicros(1'000'000));
    QVERIFY(!loaded->at(1).visitors); // the new row had no visitors
    QCOMPARE(*loaded->at(0).revenue, Money::fromMicros(9'800'000'000));
    // A failure half-way (the table is gone) leaves nothing behind.
    QSqlQuery(db.handle()).exec(u"CREATE TRIGGER refuse BEFORE INSERT ON business_records WHEN NEW.period = '2026-05'"
                                " BEGIN SELECT RAISE(ABORT, 'refused'); END"_s);
    Business::BusinessRecord may = again.first();
    may.month = u"2026-04"_s;
    Business::BusinessRecord june = may;
    june.month = u"2026-05"_s;
    QVERIFY(!store.replace({may, june}, 3).ok());
    QCOMPARE(store.load()->size(), 3); // April did not land either
}

void TestBusiness::serviceImportsAndReportsOrRefusesWhole()
{
    const QString path = m_dir.filePath(u"service.sqlite"_s);
    {
        Store::Database db;
        QVERIFY(db.open(path, u"business-create"_s, Store::Database::Mode::ReadWrite).ok());
    }
    auto ws = std::make_shared<Model::Workspace>();
    ws->projects = {{u"events"_s, u"Events platform"_s, {}}, {u"seo"_s, u"SEO sites"_s, {}}};
    const qint64 now = QDateTime(QDate(2026, 3, 20), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    FakeEngine engine(ws, path, now);
    Business::BusinessService service(&engine);
    service.setTimeZone(QTimeZone::utc());
    QSignalSpy imported(&service, &Business::BusinessService::imported);
    QSignalSpy refused(&service, &Business::BusinessService::importFailed);
    QSignalSpy reports(&service, &Business::BusinessService::reportReady);

    // A file with one bad row: refused whole, the error names the line.
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(QByteArray(kGood).replace("1050,20,10500.00", "1050,20,10500,00"));
    badFile.close();
    service.importCsv(bad);
    QTRY_COMPARE(refused.size(), 1);
    const auto error = refused.first().first().value<Util::Error>();
    QVERIFY2(error.message.contains(u"line 3"_s), qPrintable(error.message));
    QCOMPARE(imported.size(), 0);
    service.refresh({});
    QTRY_COMPARE(reports.size(), 1);
    QVERIFY(service.latest()->projects.isEmpty()); // nothing was half imported

    const QString good = m_dir.filePath(u"good.csv"_s);
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(kGood);
    goodFile.close();
    service.importCsv(good);
    QTRY_COMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toInt(), 3);
    QTRY_COMPARE(reports.size(), 2);
    const Business::BusinessReportPtr report = service.latest();
    QCOMPARE(report->projects.size(), 2);
    QCOMPARE(report->projects.first().projectId, u"events"_s);
    QCOMPARE(report->projects.first().months.size(), 2);

    service.importCsv(m_dir.filePath(u"missing.csv"_s));
    QTRY_COMPARE(refused.size(), 2);
    QVERIFY(refused.last().first().value<Util::Error>().message.contains(u"missing.csv"_s));
}

namespace {

constexpr qint64 kDay = Business::BusinessQueries::kDayMs;

// The fixture's Prometheus: its address, its "now" and the expected months.
struct Fixture
{
    QUrl url;
    qint64 nowMs = 0;
    QByteArray expectedCsv;
};

std::optional<Fixture> fixture()
{
    QFile state(QStringLiteral(STRAJA_PROMETHEUS_FIXTURE_STATE));
    if (!state.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QString, QString> env;
    for (const QByteArray &line : state.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    QFile expected(env.value(u"BUSINESS_EXPECTED"_s));
    if (!expected.open(QIODevice::ReadOnly))
        return std::nullopt;
    return Fixture{QUrl(env.value(u"PROM_URL"_s)), env.value(u"TO_MS"_s).toLongLong(), expected.readAll()};
}

Model::SourceConfig prometheusConfig(const QUrl &url)
{
    Model::SourceConfig config;
    config.id = u"prom"_s;
    config.type = Model::SourceType::Prometheus;
    config.name = u"Prometheus"_s;
    config.url = url;
    config.options.insert(u"preset"_s, u"straja-demo"_s);
    config.options.insert(u"timeoutMs"_s, 5000);
    return config;
}

// The shop project with its queries (the fixture's gauges hold each day's value).
std::shared_ptr<Model::Workspace> shopWorkspace(const QUrl &url)
{
    auto ws = std::make_shared<Model::Workspace>();
    ws->name = u"shop"_s;
    ws->sources = {prometheusConfig(url)};
    Model::Project shop{u"shop"_s, u"Shop"_s, {}};
    shop.businessQueries = {
        {u"visitors"_s, u"last_over_time(shop_visitors_daily[1d])"_s},
        {u"active_users"_s, u"last_over_time(shop_active_users[1d])"_s},
        {u"new_customers"_s, u"last_over_time(shop_new_customers_daily[1d])"_s},
        {u"customers"_s, u"last_over_time(shop_customers[1d])"_s},
        {u"churned_customers"_s, u"last_over_time(shop_churned_daily[1d])"_s},
        // Two series (plans basic and pro): added up by the runner.
        {u"revenue"_s, u"last_over_time(shop_revenue_daily[1d])"_s},
        {u"marketing_spend"_s, u"last_over_time(shop_marketing_daily[1d])"_s},
    };
    ws->projects = {shop};
    Model::Service api;
    api.id = u"shop-api"_s;
    api.projectId = u"shop"_s;
    api.name = u"Shop API"_s;
    api.sourceId = u"prom"_s;
    ws->services = {api};
    return ws;
}

Business::BusinessQueryResultPtr runQueries(Engine::BusinessQueryRunner &runner,
                                            const Business::BusinessQueryRequest &request)
{
    Business::BusinessQueryResultPtr out;
    QObject guard;
    QObject::connect(&runner, &Engine::BusinessQueryRunner::finished, &guard,
                     [&out](Business::BusinessQueryResultPtr r) { out = r; });
    runner.run(7, request);
    if (!QTest::qWaitFor([&out] { return out != nullptr; }, 30'000))
        qWarning("no answer from the business query runner within 30 s");
    return out;
}

void compareKpis(const Business::ProjectKpis &a, const Business::ProjectKpis &b)
{
    QCOMPARE(a.months.size(), b.months.size());
    for (qsizetype m = 0; m < a.months.size(); ++m) {
        QCOMPARE(a.months.at(m).month, b.months.at(m).month);
        for (int k = 0; k < Business::kKpiCount; ++k) {
            const auto x = Business::BusinessMetrics::value(a.months.at(m), Kpi(k));
            const auto y = Business::BusinessMetrics::value(b.months.at(m), Kpi(k));
            QVERIFY2(x.has_value() == y.has_value(), qPrintable(Business::BusinessMetrics::label(Kpi(k))));
            if (x)
                QVERIFY2(near(*x, *y), qPrintable(u"%1 %2: %3 vs %4"_s.arg(a.months.at(m).month,
                                                                          Business::BusinessMetrics::label(Kpi(k)))
                                                      .arg(*x, 0, 'g', 17)
                                                      .arg(*y, 0, 'g', 17)));
        }
    }
}

} // namespace

void TestBusiness::dailyAnswersBecomeMonths()
{
    const QTimeZone utc = QTimeZone::utc();
    const qint64 feb1 = QDateTime(QDate(2026, 2, 1), QTime(0, 0), utc).toMSecsSinceEpoch();
    const qint64 mar1 = QDateTime(QDate(2026, 3, 1), QTime(0, 0), utc).toMSecsSinceEpoch();
    // Two series of visitors added up by time; the value at March 1st 00:00 is the
    // last day of February's.
    const auto visitors = Business::BusinessQueries::sumSeries(
        {{{feb1 + kDay, 10}, {mar1, 20}, {mar1 + kDay, 5}}, {{feb1 + kDay, 1}, {mar1, 2}}});
    QCOMPARE(visitors.size(), 3);
    QCOMPARE(visitors.at(1).v, 22.0);
    Business::BusinessQueryAnswer v{u"visitors"_s, u"q"_s, {}, 2, visitors};
    Business::BusinessQueryAnswer customers{u"customers"_s, u"q"_s, {}, 1,
                                            {{feb1 + kDay, 100}, {mar1, 120}, {mar1 + kDay, 121}}};
    Business::BusinessQueryAnswer revenue{u"revenue"_s, u"q"_s, {}, 1, {{feb1 + kDay, 0.1}, {mar1, 0.2}}};
    Business::BusinessQueryAnswer failed{u"churned_customers"_s, u"q"_s, u"parse error"_s, 0, {{mar1, 9}}};
    const auto records = Business::BusinessQueries::records(u"shop"_s, {v, customers, revenue, failed}, utc);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).month, u"2026-02"_s);
    QCOMPARE(records.at(0).visitors, std::optional<qint64>(33));   // summed: 11 + 22
    QCOMPARE(records.at(0).customers, std::optional<qint64>(120)); // the month's last day
    QCOMPARE(records.at(0).revenue, std::optional<Money>(Money::fromMicros(300'000)));
    QVERIFY(!records.at(0).churnedCustomers); // a failed query gives nothing, not 0
    QVERIFY(!records.at(0).activeUsers);      // no query: unknown
    QCOMPARE(records.at(1).month, u"2026-03"_s);
    QCOMPARE(records.at(1).visitors, std::optional<qint64>(5));
    QCOMPARE(records.at(1).source, u"promql"_s);

    // One request per project with queries, over whole months up to now.
    Model::Workspace ws = *shopWorkspace(QUrl(u"http://127.0.0.1:9"_s));
    ws.projects.append({u"blog"_s, u"Blog"_s, {}}); // no queries: no request
    const qint64 now = mar1 + 3 * kDay + 3600'000;
    QMap<QString, QString> problems;
    const auto requests = Business::BusinessQueries::requests(ws, now, utc, 2, &problems);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().sourceId, u"prom"_s);
    QCOMPARE(requests.first().fromMs, feb1 + kDay);
    QCOMPARE(requests.first().toMs, now);
    QCOMPARE(requests.first().queries.size(), 7);
    QVERIFY(problems.isEmpty());
    ws.sources.first().type = Model::SourceType::Demo;
    QVERIFY(Business::BusinessQueries::requests(ws, now, utc, 2, &problems).isEmpty());
    QVERIFY(problems.value(u"shop"_s).contains(u"Prometheus"_s));
}

void TestBusiness::promqlFiguresEqualTheCsv()
{
    const auto fx = fixture();
    QVERIFY2(fx, "The Prometheus fixture did not start with business gauges: see prometheus_fixture_start.");
    const auto ws = shopWorkspace(fx->url);
    Sources::Prometheus::PrometheusSource source(ws->sources.first(), nullptr);
    Engine::BusinessQueryRunner runner([&source](const QString &id) -> Sources::MetricSource * {
        return id == u"prom" ? &source : nullptr;
    });
    const auto requests = Business::BusinessQueries::requests(*ws, fx->nowMs, QTimeZone::utc(), 4);
    QCOMPARE(requests.size(), 1);
    const auto result = runQueries(runner, requests.first());
    QVERIFY(result);
    QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
    QCOMPARE(result->answers.size(), 7);
    for (const auto &a : result->answers)
        QVERIFY2(a.ok(), qPrintable(Business::BusinessQueries::describe(a)));
    const auto queried = Business::BusinessQueries::records(u"shop"_s, result->answers, QTimeZone::utc());
    const auto imported = BusinessCsv::parse(fx->expectedCsv, {{u"shop"_s, u"shop"_s}});
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QVERIFY(imported->size() >= 3);
    QCOMPARE(queried.size(), imported->size());
    for (qsizetype i = 0; i < queried.size(); ++i) {
        BusinessRecord q = queried.at(i);
        q.source = u"csv"_s;
        QCOMPARE(q, imported->at(i)); // the same figures, to the micro-unit
    }
    // And so the same KPIs, with a cost beside them.
    Cost::MonthCost cost{u"shop"_s, queried.at(1).month, Money::fromMicros(1'234'560'000), 1.0};
    compareKpis(Business::BusinessMetrics::compute(u"shop"_s, queried, {cost}),
                Business::BusinessMetrics::compute(u"shop"_s, *imported, {cost}));
}

void TestBusiness::promqlErrorsAreShownPerQuery()
{
    const auto fx = fixture();
    QVERIFY2(fx, "The Prometheus fixture did not start with business gauges: see prometheus_fixture_start.");
    const auto ws = shopWorkspace(fx->url);
    Sources::Prometheus::PrometheusSource source(ws->sources.first(), nullptr);
    Engine::BusinessQueryRunner runner([&source](const QString &id) -> Sources::MetricSource * {
        return id == u"prom" ? &source : nullptr;
    });
    Business::BusinessQueryRequest request = Business::BusinessQueries::requests(*ws, fx->nowMs, QTimeZone::utc(), 2).first();
    request.queries = {{u"revenue"_s, u"sum(rate(shop_revenue_daily[1d]"_s},
                       {u"visitors"_s, u"last_over_time(no_such_metric[1d])"_s},
                       {u"customers"_s, u"last_over_time(shop_customers[1d])"_s}};
    const auto result = runQueries(runner, request);
    QVERIFY(result);
    QCOMPARE(result->answers.size(), 3);
    QHash<QString, Business::BusinessQueryAnswer> byKey;
    for (const auto &a : result->answers)
        byKey.insert(a.key, a);
    // Prometheus' own words for bad PromQL.
    QVERIFY2(byKey.value(u"revenue"_s).error.contains(u"parse error"_s), qPrintable(byKey.value(u"revenue"_s).error));
    QVERIFY(Business::BusinessQueries::describe(byKey.value(u"revenue"_s)).startsWith(u"Revenue: "_s));
    // A valid query that matches nothing: no data, not an error, not zero.
    QVERIFY(byKey.value(u"visitors"_s).error.isEmpty());
    QVERIFY(byKey.value(u"visitors"_s).samples.isEmpty());
    QVERIFY(Business::BusinessQueries::describe(byKey.value(u"visitors"_s)).contains(u"no data"_s));
    QVERIFY(byKey.value(u"customers"_s).ok());
    const auto records = Business::BusinessQueries::records(u"shop"_s, result->answers, QTimeZone::utc());
    QVERIFY(!records.isEmpty());
    for (const BusinessRecord &r : records)
        QVERIFY(r.customers && !r.revenue && !r.visitors);

    // A source that is not a Prometheus connector is named.
    request.sourceId = u"elsewhere"_s;
    const auto none = runQueries(runner, request);
    QVERIFY(none && none->error.contains(u"elsewhere"_s));
}

void TestBusiness::serviceShowsPromqlAndCsvMonths()
{
    const auto fx = fixture();
    QVERIFY2(fx, "The Prometheus fixture did not start with business gauges: see prometheus_fixture_start.");
    const QString path = m_dir.filePath(u"promql.sqlite"_s);
    {
        Store::Database db;
        QVERIFY(db.open(path, u"business-promql"_s, Store::Database::Mode::ReadWrite).ok());
    }
    auto ws = shopWorkspace(fx->url);
    ws->projects.first().businessQueries.insert(u"marketing_spend"_s, u"sum(rate("_s);
    FakeEngine engine(ws, path, fx->nowMs);
    Sources::Prometheus::PrometheusSource source(ws->sources.first(), nullptr);
    Engine::BusinessQueryRunner runner([&source](const QString &) -> Sources::MetricSource * { return &source; });
    engine.setRunner(&runner);
    Business::BusinessService service(&engine);
    service.setTimeZone(QTimeZone::utc());
    QSignalSpy reports(&service, &Business::BusinessService::reportReady);
    service.refresh({});
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 30'000);
    auto report = service.latest();
    QCOMPARE(report->dataSource, Business::DataSource::Queried);
    QCOMPARE(report->projects.size(), 1);
    const Business::ProjectKpis &shop = report->projects.first();
    QVERIFY(shop.months.size() >= 3);
    for (const auto &row : shop.months) {
        QCOMPARE(row.source, u"promql"_s);
        QVERIFY(row.revenue && row.conversion && !row.cac); // no marketing spend: its query failed
    }
    QCOMPARE(shop.queryProblems.size(), 1);
    QVERIFY2(shop.queryProblems.first().startsWith(u"Marketing spend: "_s), qPrintable(shop.queryProblems.first()));
    QVERIFY(Business::BusinessMetrics::describeSources(shop).contains(u"PromQL"_s));

    // An imported month replaces the queried one; the note says which is which.
    const QString month = shop.months.first().month;
    const QString csv = m_dir.filePath(u"shop.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("period,project,revenue\n" + month.toUtf8() + ",shop,99.50\n");
    file.close();
    service.importCsv(csv);
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 30'000);
    report = service.latest();
    const Business::ProjectKpis &after = report->projects.first();
    QCOMPARE(after.months.first().source, u"csv"_s);
    QVERIFY(near(after.months.first().revenue, 99.5));
    QCOMPARE(after.months.at(1).source, u"promql"_s);
    const QString note = Business::BusinessMetrics::describeSources(after);
    QVERIFY2(note.contains(u"CSV"_s) && note.contains(u"PromQL"_s), qPrintable(note));
}

QTEST_GUILESS_MAIN(TestBusiness)
#include "tst_business.moc"
