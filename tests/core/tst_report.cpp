// Offline reports: figures gathered from a store filled with known values, the CSV's
// sums, the HTML's content in both languages, cancellation, and PDFs checked with
// poppler (pdftoppm: pages not blank; pdftotext: the store's figures), in process
// and through `straja-cli report`.
#include "core/actions/actionstore.h"
#include "core/experiments/verdicttext.h"
#include "core/flags/demoflagsource.h"
#include "core/flags/flagengine.h"
#include "core/flags/flagsnapshotstore.h"
#include "core/report/demohistory.h"
#include "core/report/flagsgatherer.h"
#include "core/sources/demo/demopresets.h"
#include "core/sources/demo/demosource.h"
#include "core/util/clock.h"
#include "core/report/chartrenderer.h"
#include "core/util/translations.h"
#include "core/report/csvreportwriter.h"
#include "core/report/htmlreportwriter.h"
#include "core/report/reportgatherer.h"
#include "core/report/reporttranslator.h"
#include "core/report/reportwriter.h"
#include "core/store/database.h"
#include "core/store/samplestore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace {

constexpr qint64 kHour = 3600'000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1772323200000LL; // 2026-03-01 00:00 UTC
constexpr int kHours = 96;              // a 4-day period: hourly buckets
constexpr int kSpikeHour = 60;          // api's p95 is 800 ms for three hours from here

Model::Workspace knownWorkspace()
{
    Model::Workspace ws;
    ws.name = u"Known"_s;
    ws.sources = {Model::SourceConfig{u"prom"_s, Model::SourceType::Prometheus, u"Prometheus"_s, {}, {}, {}, {}}};
    ws.projects = {{u"shop"_s, u"Shop"_s, u"the shop"_s}, {u"blog"_s, u"Blog"_s, {}}};
    auto service = [](const QString &id, const QString &project) {
        Model::Service s;
        s.id = id;
        s.projectId = project;
        s.name = id;
        s.sourceId = u"prom"_s;
        return s;
    };
    ws.services = {service(u"api"_s, u"shop"_s), service(u"web"_s, u"shop"_s), service(u"site"_s, u"blog"_s)};
    // api and site are billed by the built-in Kubernetes table (allocation basis: requested
    // vCPU and GB x hours); web has no price table. No egress, so the figures are exact below.
    for (Model::Service &s : ws.services) {
        if (s.id == u"web")
            continue;
        s.provider = u"kubernetes"_s;
        s.cost.cpuPerReplica = s.id == u"api" ? 1.0 : 0.5;
        s.cost.memoryGbPerReplica = s.id == u"api" ? 1.0 : 0.5;
        s.cost.egressKbPerRequest = 0.0;
    }
    return ws;
}

QVector<Model::Sample> hourly(int hours, const std::function<double(int)> &value)
{
    QVector<Model::Sample> samples;
    for (int h = 0; h < hours; ++h)
        samples.append({kT0 + h * kHour, value(h)});
    return samples;
}

// Requests each service served: mean RPS x 3600 s per hourly bucket.
constexpr double kApiRequests = 10.0 * 3600 * kHours; // 3,456,000
constexpr double kWebRequests = 5.0 * 3600 * 48;      //   864,000 (data for the first two days only)
constexpr double kSiteRequests = 2.0 * 3600 * kHours; //   691,200

// What the period costs by the Kubernetes price table (resources/prices/kubernetes.json:
// $0.0445 per vCPU-hour, $0.0049225 per GB-hour), in dollars: replicas x allocation x hours.
constexpr double kApiCpuCost = 2 * 1.0 * 0.0445 * kHours;        // 8.544
constexpr double kApiMemoryCost = 2 * 1.0 * 0.0049225 * kHours;  // 0.94512
constexpr double kSiteCpuCost = 1 * 0.5 * 0.0445 * kHours;       // 2.136
constexpr double kSiteMemoryCost = 1 * 0.5 * 0.0049225 * kHours; // 0.23628

QStringList splitCsvLine(const QString &line)
{
    // The report's own fields never hold quotes; commas inside quoted fields do occur.
    QStringList fields;
    QString field;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else
            field += c;
    }
    fields << field;
    return fields;
}

QString runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        return u"<timeout>"_s;
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Renders every page with pdftoppm at 50 dpi; returns the page images.
QVector<QImage> renderPages(const QString &pdf, const QString &dir)
{
    const QString prefix = QDir(dir).filePath(u"page"_s);
    int code = -1;
    runTool(u"pdftoppm"_s, {u"-r"_s, u"50"_s, u"-png"_s, pdf, prefix}, &code);
    QVector<QImage> pages;
    if (code != 0)
        return pages;
    const QStringList files = QDir(dir).entryList({u"page*.png"_s}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        pages.append(QImage(QDir(dir).filePath(f)));
    return pages;
}

// A page is blank when all its pixels are the same colour; count the distinct ones.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bucketForPeriod_data();
    void bucketForPeriod();
    void gathersFiguresFromTheStore();
    void incidentsAndAnomalies();
    void projectScopeAndErrors();
    void actionsOfThePeriod();
    void csvSumsAreConsistent_data();
    void csvSumsAreConsistent();
    void htmlCarriesFiguresInTheLanguage_data();
    void htmlCarriesFiguresInTheLanguage();
    void cancelLeavesNothing();
    void costSectionAddsUp_data();
    void costSectionAddsUp();
    void flagsFromTheStoreWithTheSourceDown_data();
    void flagsFromTheStoreWithTheSourceDown();
    void demoFlagsAsTheFlagsViewShowsThem();
    void timesInTheReportZone_data();
    void timesInTheReportZone();
    void pdfPagesAndText_data();
    void pdfPagesAndText();
    void capacityReplicaInterval_data();
    void capacityReplicaInterval();
    void cliReportFromDemo_data();
    void cliReportFromDemo();
    void cliRejectsBadInput_data();
    void cliRejectsBadInput();

private:
    Report::ReportData gatherKnown(const QString &language, Report::Format format, const QString &projectId = {});

    QTemporaryDir m_dir;
    Store::Database m_db;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(u"known.sqlite"_s), u"tst_report"_s, Store::Database::Mode::ReadWrite).ok());
    Store::SampleStore store(m_db.handle());
    const Model::SeriesKey api{u"api"_s, MetricKind::Rps, {}};
    Model::SeriesBatch batch{
        {api, hourly(kHours, [](int) { return 10.0; })},
        {{u"api"_s, MetricKind::LatencyP95, {}},
         hourly(kHours, [](int h) { return h >= kSpikeHour && h < kSpikeHour + 3 ? 800.0 : 100.0 + 5.0 * std::sin(h); })},
        {{u"api"_s, MetricKind::ErrorRate, {}}, hourly(kHours, [](int) { return 0.001; })},
        {{u"api"_s, MetricKind::Cpu, {}}, hourly(kHours, [](int h) { return 40.0 + (h % 24); })},
        {{u"api"_s, MetricKind::Replicas, {}}, hourly(kHours, [](int) { return 2.0; })},
        {{u"web"_s, MetricKind::Rps, {}}, hourly(48, [](int) { return 5.0; })},
        {{u"site"_s, MetricKind::Rps, {}}, hourly(kHours, [](int) { return 2.0; })},
        {{u"site"_s, MetricKind::Replicas, {}}, hourly(kHours, [](int) { return 1.0; })},
    };
    // "now" right after the period: hourly samples go to the rollups only.
    QVERIFY(store.write(batch, kHour, kT0 + kHours * kHour).ok());

    // The actions log: a scale-up of api during the spike that worked, a rejected
    // restart of site, a forecast-only (shadow) proposal and one decided after the period.
    Actions::ActionStore actions(m_db.handle());
    using Actions::ActionState;
    auto proposal = [](const QString &service, const QString &project, Actions::ActionKind kind, const QString &fix) {
        Actions::Proposal p;
        p.serviceId = service;
        p.projectId = project;
        p.provider = u"demo"_s;
        p.kind = kind;
        p.fix = fix;
        p.rule = u"hpa.cpu"_s;
        p.fromReplicas = 2;
        p.toReplicas = kind == Actions::ActionKind::Scale ? 4 : 2;
        p.verification.metric = MetricKind::LatencyP95;
        p.costDeltaPerMonth = 40.0;
        return p;
    };
    const qint64 at = kT0 + (kSpikeHour + 1) * kHour;
    auto scale = actions.insertProposal(proposal(u"api"_s, u"shop"_s, Actions::ActionKind::Scale, u"scale_up"_s), at,
                                        at + kHour, false, u"straja"_s);
    QVERIFY(scale.ok());
    QVERIFY(actions.transition(scale->id, ActionState::Proposed, ActionState::Approved, at + 60'000, u"ana"_s).ok());
    QVERIFY(actions.transition(scale->id, ActionState::Approved, ActionState::Executing, at + 61'000, u"straja"_s).ok());
    QVERIFY(actions.transition(scale->id, ActionState::Executing, ActionState::Verifying, at + 62'000, u"straja"_s).ok());
    QVERIFY(actions
                .transition(scale->id, ActionState::Verifying, ActionState::Succeeded, at + 600'000, u"straja"_s,
                            [](Actions::ActionRecord &r) {
                                r.outcome.before = 800.0;
                                r.outcome.after = 120.0;
                            })
                .ok());
    auto restart = actions.insertProposal(proposal(u"site"_s, u"blog"_s, Actions::ActionKind::Restart, u"restart"_s),
                                          at, at + kHour, false, u"straja"_s);
    QVERIFY(restart.ok());
    QVERIFY(actions.transition(restart->id, ActionState::Proposed, ActionState::Rejected, at + 120'000, u"ion"_s).ok());
    auto shadow = actions.insertProposal(proposal(u"api"_s, u"shop"_s, Actions::ActionKind::Scale, u"scale_up"_s), at,
                                         at + kHour, true, u"straja"_s);
    QVERIFY(shadow.ok());
    QVERIFY(actions.transition(shadow->id, ActionState::Proposed, ActionState::Expired, at + kHour, u"straja"_s).ok());
    const qint64 later = kT0 + (kHours + 5) * kHour;
    auto after = actions.insertProposal(proposal(u"web"_s, u"shop"_s, Actions::ActionKind::Rollback, u"rollback"_s),
                                        later, later + kHour, false, u"straja"_s);
    QVERIFY(after.ok());
    QVERIFY(actions.transition(after->id, ActionState::Proposed, ActionState::Rejected, later + 1000, u"ana"_s).ok());
}

Report::ReportData TestReport::gatherKnown(const QString &language, Report::Format format, const QString &projectId)
{
    Report::ReportRequest request;
    request.fromMs = kT0;
    request.toMs = kT0 + kHours * kHour;
    request.language = language;
    request.format = format;
    request.projectId = projectId;
    request.timeZoneId = u"UTC"_s;
    auto data = Report::ReportGatherer().gather(m_db.handle(), knownWorkspace(), request);
    if (!data)
        qWarning() << data.error().code << data.error().message;
    Report::ReportData result = data ? *data : Report::ReportData{};
    result.origin = u"test store"_s;
    result.generatedAtMs = request.toMs + kHour;
    return result;
}

void TestReport::bucketForPeriod_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("bucket");
    QTest::newRow("one day: 5 min") << kDay << 5 * 60'000LL;
    QTest::newRow("three days: 5 min") << 3 * kDay << 5 * 60'000LL;
    QTest::newRow("four days: 1 h") << 4 * kDay << kHour;
    QTest::newRow("90 days: 1 h") << 90 * kDay << kHour;
}

void TestReport::bucketForPeriod()
{
    QFETCH(qint64, span);
    QFETCH(qint64, bucket);
    QCOMPARE(Report::ReportGatherer::bucketFor(kT0, kT0 + span), bucket);
}

void TestReport::gathersFiguresFromTheStore()
{
    int lastDone = -1;
    int lastTotal = -1;
    Report::ReportRequest request;
    request.fromMs = kT0;
    request.toMs = kT0 + kHours * kHour;
    auto gathered = Report::ReportGatherer().gather(m_db.handle(), knownWorkspace(), request, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY2(gathered.ok(), qPrintable(gathered.error().message));
    QCOMPARE(lastDone, 3);
    QCOMPARE(lastTotal, 3);
    const Report::ReportData &data = *gathered;
    QCOMPARE(data.bucketMs, kHour);
    QCOMPARE(data.projects.size(), 2);
    const Report::ProjectReport &shop = data.projects.at(0);
    QCOMPARE(shop.project.id, u"shop"_s);
    QCOMPARE(shop.services.size(), 2);
    const Report::ServiceReport &api = shop.services.at(0);
    QCOMPARE(api.requests, kApiRequests);
    QCOMPARE(shop.services.at(1).requests, kWebRequests);
    QCOMPARE(data.projects.at(1).services.at(0).requests, kSiteRequests);
    QCOMPARE(shop.requests(), kApiRequests + kWebRequests);

    QCOMPARE(api.metric(MetricKind::Rps).mean, 10.0);
    QCOMPARE(api.metric(MetricKind::Rps).buckets, kHours);
    QCOMPARE(api.metric(MetricKind::LatencyP95).max, 800.0);
    QCOMPARE(api.metric(MetricKind::Cpu).min, 40.0);
    QCOMPARE(api.metric(MetricKind::Cpu).max, 63.0);
    QVERIFY(!api.metric(MetricKind::Disk).hasData());
    QCOMPARE(api.degradedBuckets, 3);
    QCOMPARE(api.downBuckets, 0);
    QCOMPARE(api.okBuckets, kHours - 3);
    QCOMPARE(api.availability(), 1.0);
    QCOMPARE(api.healthAtEnd.health, Engine::Health::Ok);
    // web stopped sending after two days: at the period's end it is stale, as on screen.
    QCOMPARE(shop.services.at(1).healthAtEnd.health, Engine::Health::Stale);
    QCOMPARE(shop.services.at(1).totalBuckets, kHours);

    QVERIFY(api.forecast.has_value());
    QVERIFY2(std::abs(api.forecast->peak - 10.0) < 0.5, qPrintable(QString::number(api.forecast->peak)));
    QCOMPARE(api.forecast->horizonEndMs, request.toMs + Report::ReportGatherer::kForecastHorizonMs);
    // Four days are too few for a capacity projection in a report (ReportGatherer::kCapacityMinDays).
    QVERIFY(!api.capacity.has_value());
}

void TestReport::incidentsAndAnomalies()
{
    const Report::ReportData data = gatherKnown(u"en"_s, Report::Format::Csv);
    const Report::ProjectReport &shop = data.projects.at(0);
    QCOMPARE(shop.incidents.size(), 1);
    const Report::Incident &incident = shop.incidents.first();
    QCOMPARE(incident.serviceId, u"api"_s);
    QCOMPARE(incident.startMs, kT0 + kSpikeHour * kHour);
    QCOMPARE(incident.endMs, kT0 + (kSpikeHour + 3) * kHour);
    QCOMPARE(incident.worst, Engine::Health::Degraded);
    QCOMPARE(incident.metric, MetricKind::LatencyP95);
    QCOMPARE(incident.peakValue, 800.0);
    QCOMPARE(incident.limit, 500.0);
    QVERIFY(data.projects.at(1).incidents.isEmpty());

    // The latency spike is the anomaly of the period; the flat series have none.
    bool spikeFound = false;
    for (const Report::Anomaly &a : shop.anomalies) {
        QVERIFY(a.peakScore >= Report::ReportGatherer::kAnomalyThreshold);
        QVERIFY(a.metric != MetricKind::Rps);
        if (a.serviceId == u"api" && a.metric == MetricKind::LatencyP95 && a.startMs == kT0 + kSpikeHour * kHour)
            spikeFound = true;
    }
    QVERIFY2(spikeFound, qPrintable(QString::number(shop.anomalies.size())));
}

void TestReport::actionsOfThePeriod()
{
    const Report::ReportData data = gatherKnown(u"en"_s, Report::Format::Csv);
    QVERIFY(data.actionsLogAvailable);
    const Report::ProjectReport &shop = data.projects.at(0);
    // The shadow proposal and the rollback decided after the period are not in it.
    QCOMPARE(shop.actions.size(), 1);
    const Report::ActionSummary &scale = shop.actions.first();
    QCOMPARE(scale.serviceId, u"api"_s);
    QCOMPARE(scale.state, Actions::ActionState::Succeeded);
    QCOMPARE(scale.decidedBy, u"ana"_s);
    QCOMPARE(scale.decidedMs, kT0 + (kSpikeHour + 1) * kHour + 60'000);
    QCOMPARE(scale.toReplicas, 4);
    QCOMPARE(scale.before, 800.0);
    QCOMPARE(scale.after, 120.0);
    QCOMPARE(data.projects.at(1).actions.size(), 1);
    QCOMPARE(data.projects.at(1).actions.first().state, Actions::ActionState::Rejected);

    const Report::ReportTranslator ro(u"ro"_s, u"UTC"_s);
    const QString html = Report::HtmlReportWriter::html(data, {}, ro, Report::HtmlReportWriter::Images::Inline);
    QVERIFY(html.contains(ro.actionWhat(Actions::ActionKind::Scale, u"scale_up"_s, 2, 4).toHtmlEscaped()));
    QVERIFY(html.contains(ro.actionState(Actions::ActionState::Rejected)));
    QVERIFY(html.contains(u"800\u00A0ms \u2192 120\u00A0ms"_s));
    const QString csv = QString::fromUtf8(Report::CsvReportWriter::csv(data, ro));
    QVERIFY(csv.contains(u"Shop,api,2026-03-03T13:01:00Z,"_s));
}

void TestReport::projectScopeAndErrors()
{
    const Report::ReportData blog = gatherKnown(u"en"_s, Report::Format::Csv, u"blog"_s);
    QCOMPARE(blog.projects.size(), 1);
    QCOMPARE(blog.projects.first().requests(), kSiteRequests);

    Report::ReportRequest request;
    request.fromMs = kT0;
    request.toMs = kT0 + kDay;
    request.projectId = u"nope"_s;
    auto missing = Report::ReportGatherer().gather(m_db.handle(), knownWorkspace(), request);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"report.project"_s);
    request.projectId.clear();
    request.toMs = request.fromMs;
    auto empty = Report::ReportGatherer().gather(m_db.handle(), knownWorkspace(), request);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, u"report.period"_s);
}

void TestReport::csvSumsAreConsistent_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Romanian") << u"ro"_s;
}

void TestReport::csvSumsAreConsistent()
{
    QFETCH(QString, language);
    const Report::ReportData data = gatherKnown(language, Report::Format::Csv);
    const Report::ReportTranslator words(language, u"UTC"_s);
    const QByteArray bytes = Report::CsvReportWriter::csv(data, words);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    const QString total = words.text(QT_TRANSLATE_NOOP("Report", "Total"));
    const QString section = words.text(QT_TRANSLATE_NOOP("Report", "Health summary"));
    const qsizetype start = lines.indexOf(section);
    QVERIFY(start > 0);
    const QStringList header = splitCsvLine(lines.at(start + 1));
    const qsizetype requestsColumn = header.indexOf(words.text(QT_TRANSLATE_NOOP("Report", "Requests")));
    QVERIFY(requestsColumn > 0);

    QHash<QString, double> serviceSums;
    QHash<QString, double> projectTotals;
    double workspaceTotal = -1;
    int serviceRows = 0;
    for (qsizetype i = start + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QStringList f = splitCsvLine(lines.at(i));
        QVERIFY(f.size() > requestsColumn);
        bool ok = false;
        const double requests = f.at(requestsColumn).toDouble(&ok);
        QVERIFY2(ok, qPrintable(lines.at(i)));
        if (f.at(0) == total)
            workspaceTotal = requests;
        else if (f.at(1) == total)
            projectTotals[f.at(0)] = requests;
        else {
            serviceSums[f.at(0)] += requests;
            ++serviceRows;
        }
    }
    QCOMPARE(serviceRows, 3);
    QCOMPARE(projectTotals.size(), 2);
    for (auto it = projectTotals.cbegin(); it != projectTotals.cend(); ++it)
        QCOMPARE(it.value(), serviceSums.value(it.key()));
    QCOMPARE(projectTotals.value(u"Shop"_s), kApiRequests + kWebRequests);
    QCOMPARE(workspaceTotal, kApiRequests + kWebRequests + kSiteRequests);

    // The incident of the store is a row of its own.
    const qsizetype incidents = lines.indexOf(words.text(QT_TRANSLATE_NOOP("Report", "Incidents")));
    QVERIFY(incidents > start);
    QVERIFY2(lines.at(incidents + 2).startsWith(u"Shop,api,2026-03-03T12:00:00Z,2026-03-03T15:00:00Z,180,"_s),
             qPrintable(lines.mid(incidents, 30).join(u'\n')));
}

void TestReport::htmlCarriesFiguresInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("requests");
    QTest::addColumn<QString>("word");
    QTest::newRow("English") << u"en"_s << u"3,456,000"_s << u"Health summary"_s;
    QTest::newRow("Romanian") << u"ro"_s << u"3.456.000"_s << u"Rezumatul sănătății"_s;
}

void TestReport::htmlCarriesFiguresInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, requests);
    QFETCH(QString, word);
    const Report::ReportData data = gatherKnown(language, Report::Format::Html);
    const Report::ReportTranslator words(language, u"UTC"_s);
    QImage chart(40, 20, QImage::Format_RGB32);
    chart.fill(Qt::darkBlue);
    const QString html = Report::HtmlReportWriter::html(
        data, {Report::ChartImage{u"api"_s, MetricKind::Rps, chart}}, words, Report::HtmlReportWriter::Images::Inline);
    QVERIFY(html.contains(u"<html lang=\""_s + language));
    QVERIFY2(html.contains(requests), qPrintable(requests));
    QVERIFY2(html.contains(word.toHtmlEscaped()), qPrintable(word));
    QVERIFY(html.contains(u"<img src=\"data:image/png;base64,"_s));
    QVERIFY(html.contains(words.dateTime(kT0 + kSpikeHour * kHour)));
    QVERIFY(!html.contains(u"chart://"_s));
}

void TestReport::cancelLeavesNothing()
{
    std::atomic_bool cancel{true};
    Report::ReportRequest request;
    request.fromMs = kT0;
    request.toMs = kT0 + kDay;
    auto gathered = Report::ReportGatherer().gather(m_db.handle(), knownWorkspace(), request, {}, &cancel);
    QVERIFY(!gathered.ok());
    QCOMPARE(gathered.error().code, u"report.cancelled"_s);

    const Report::ReportData data = gatherKnown(u"en"_s, Report::Format::Pdf);
    const Report::ReportTranslator words(u"en"_s, u"UTC"_s);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    auto written = Report::ReportWriter::write(path, data, {}, words, &cancel);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"report.cancelled"_s);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}).size(), 0);

    // An unwritable place is a clear error, not a crash or a partial file.
    auto unwritable = Report::ReportWriter::write(u"/proc/straja/report.pdf"_s, data, {}, words);
    QVERIFY(!unwritable.ok());
    QCOMPARE(unwritable.error().code, u"report.write"_s);
}

void TestReport::costSectionAddsUp_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("total");
    QTest::newRow("English") << u"en"_s << u"$11.86"_s;
    QTest::newRow("Romanian") << u"ro"_s << u"11,86"_s;
}

// The cost section from the store and the price table alone: each printed cell is its
// exact charge rounded down or up to the cent, the totals are the exact sums of the
// printed rows (CSV), and the PDF prints the same total in the report's language.
void TestReport::costSectionAddsUp()
{
    QFETCH(QString, language);
    QFETCH(QString, total);
    const Report::ReportData data = gatherKnown(language, Report::Format::Pdf);
    QVERIFY(data.cost.computed);
    const Report::ProjectReport &shop = data.projects.at(0);
    const Report::ProjectReport &blog = data.projects.at(1);
    QCOMPARE(shop.cost.services.size(), 1);
    QCOMPARE(shop.cost.unpriced, QStringList{u"web"_s});
    auto within = [](qint64 cents, double exact) { return std::abs(double(cents) - exact * 100.0) < 1.0; };
    const Report::CostLine &api = shop.cost.services.first();
    QCOMPARE(api.serviceId, u"api"_s);
    QVERIFY2(within(api.cents.period[size_t(Cost::Resource::Cpu)], kApiCpuCost),
             qPrintable(QString::number(api.cents.period[size_t(Cost::Resource::Cpu)])));
    QVERIFY(within(api.cents.period[size_t(Cost::Resource::Memory)], kApiMemoryCost));
    QVERIFY(within(api.cents.periodTotal, kApiCpuCost + kApiMemoryCost));
    const Report::CostLine &site = blog.cost.services.first();
    QVERIFY(within(site.cents.period[size_t(Cost::Resource::Cpu)], kSiteCpuCost));
    QVERIFY(within(site.cents.period[size_t(Cost::Resource::Memory)], kSiteMemoryCost));
    // The grand total is the exact sum rounded to the nearest cent.
    QCOMPARE(data.cost.total.periodTotal,
             qint64(std::llround((kApiCpuCost + kApiMemoryCost + kSiteCpuCost + kSiteMemoryCost) * 100.0)));
    // In UTC the month began with the period, so the month to date is the period.
    QVERIFY(std::abs(api.cents.monthToDate - api.cents.periodTotal) <= 1);
    QVERIFY(api.cents.monthEnd > api.cents.monthToDate);

    const Report::ReportTranslator words(language, u"UTC"_s);
    const QByteArray bytes = Report::CsvReportWriter::csv(data, words);
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    const QString totalWord = words.text(QT_TRANSLATE_NOOP("Report", "Total"));
    const qsizetype start = lines.indexOf(words.text(QT_TRANSLATE_NOOP("Report", "Cost")));
    QVERIFY(start > 0);
    const int columns = int(splitCsvLine(lines.at(start + 1)).size()) - 2;
    QCOMPARE(columns, Cost::kResourceCount + 3);
    auto toCents = [](const QString &field) { return field.isEmpty() ? 0 : qint64(std::llround(field.toDouble() * 100)); };
    QHash<QString, QVector<qint64>> sums;
    QVector<qint64> projectsSum(columns, 0);
    QVector<qint64> workspace;
    int serviceRows = 0;
    for (qsizetype i = start + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QStringList f = splitCsvLine(lines.at(i));
        QCOMPARE(f.size(), columns + 2);
        QVector<qint64> row;
        for (int c = 0; c < columns; ++c)
            row << toCents(f.at(c + 2));
        // Each row's period total is the sum of its resources.
        qint64 resources = 0;
        for (int c = 0; c < Cost::kResourceCount; ++c)
            resources += row.at(c);
        QCOMPARE(resources, row.at(Cost::kResourceCount));
        if (f.at(0) == totalWord) {
            workspace = row;
        } else if (f.at(1) == totalWord) {
            QVERIFY(sums.contains(f.at(0)));
            QCOMPARE(row, sums.value(f.at(0)));
            for (int c = 0; c < columns; ++c)
                projectsSum[c] += row.at(c);
        } else {
            QVector<qint64> &sum = sums[f.at(0)];
            sum.resize(columns);
            for (int c = 0; c < columns; ++c)
                sum[c] += row.at(c);
            ++serviceRows;
        }
    }
    QCOMPARE(serviceRows, 2);
    QCOMPARE(workspace, projectsSum); // no plan in this workspace
    QCOMPARE(workspace.at(Cost::kResourceCount), data.cost.total.periodTotal);

    QTemporaryDir out;
    const QString pdf = out.filePath(u"cost.pdf"_s);
    auto written = Report::ReportWriter::write(pdf, data, {}, words);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    const QString text = runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY2(text.contains(total), qPrintable(text.right(3000)));
    // pdftotext gives the no-break space between amount and symbol as a plain one.
    QVERIFY(text.contains(words.money(api.cents.periodTotal).replace(QChar(0x00A0), u' ')));
    QVERIFY(text.contains(words.text(QT_TRANSLATE_NOOP("Report", "Cost and recommendations"))));
}

void TestReport::flagsFromTheStoreWithTheSourceDown_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Romanian") << u"ro"_s;
}

// The flag engine's last snapshot is kept in the store; a later one from a source that
// is down changes nothing; the report shows the kept flags and the verdict in the same
// words as the flags view, with when they were read.
void TestReport::flagsFromTheStoreWithTheSourceDown()
{
    QFETCH(QString, language);
    const qint64 fetched = kT0 + 90 * kHour;
    Flags::FlagsSnapshot up;
    up.atMs = fetched;
    Flags::SourceFlags source;
    source.status.sourceId = u"unleash"_s;
    source.status.name = u"Unleash"_s;
    source.status.ok = true;
    source.status.fetchedAtMs = fetched;
    Flags::Feature checkout;
    checkout.name = u"new-checkout"_s;
    checkout.project = u"shop"_s;
    checkout.type = u"release"_s;
    Flags::FeatureEnvironment production;
    production.name = u"production"_s;
    production.enabled = true;
    production.reach.share = 0.25;
    Flags::FeatureEnvironment development;
    development.name = u"development"_s;
    development.enabled = false;
    checkout.environments = {development, production};
    checkout.lastChange = Flags::FlagEvent{7, u"feature-strategy-updated"_s, u"ana"_s, kT0 + 10 * kHour, u"production"_s};
    Flags::Feature other;
    other.name = u"beta-banner"_s;
    other.project = u"marketing"_s;
    other.environments = {production};
    source.projects = {Flags::FlagProject{u"shop"_s, u"Shop"_s, {}, {checkout}},
                       Flags::FlagProject{u"marketing"_s, u"Marketing"_s, {}, {other}}};
    up.sources = {source};
    auto experiment = std::make_shared<Experiments::ExperimentReport>();
    experiment->definition.id = u"exp-1"_s;
    experiment->definition.name = u"Checkout button"_s;
    experiment->definition.projectId = u"shop"_s;
    experiment->definition.flagName = u"new-checkout"_s;
    experiment->definition.environment = u"production"_s;
    experiment->computedAtMs = fetched;
    experiment->variants = {Experiments::VariantStats{}, Experiments::VariantStats{}};
    experiment->variants[0].exposures = 4000;
    experiment->variants[1].exposures = 4100;
    experiment->verdict.kind = Experiments::VerdictKind::Winner;
    experiment->verdict.variant = u"B"_s;
    experiment->verdict.relativeLift = 0.123;
    experiment->verdict.probability = 0.974;
    up.experiments = {experiment};
    const auto saved = Flags::FlagSnapshotStore(m_db.handle()).save(up);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));

    // Later, Unleash is down: the snapshot has the source failing and nothing else.
    Flags::FlagsSnapshot down;
    down.atMs = fetched + kHour;
    Flags::SourceFlags failing;
    failing.status.sourceId = u"unleash"_s;
    failing.status.ok = false;
    down.sources = {failing};
    const auto savedDown = Flags::FlagSnapshotStore(m_db.handle()).save(down);
    QVERIFY2(savedDown.ok(), qPrintable(savedDown.error().message));

    const Report::ReportData data = gatherKnown(language, Report::Format::Html);
    QVERIFY(data.flagsAvailable);
    const Report::ProjectReport &shop = data.projects.at(0);
    QCOMPARE(shop.flags.size(), 2);
    QCOMPARE(shop.flags.at(1).environment, u"production"_s);
    QCOMPARE(shop.flags.at(1).rollout, 0.25);
    QCOMPARE(shop.flags.at(1).changedBy, u"ana"_s);
    QCOMPARE(shop.flags.at(1).fetchedAtMs, fetched);
    QVERIFY(data.projects.at(1).flags.isEmpty());
    QCOMPARE(data.otherFlags.size(), 1);
    QCOMPARE(shop.experiments.size(), 1);
    QCOMPARE(shop.experiments.first().users, 8100);
    QCOMPARE(shop.experiments.first().verdict.kind, Experiments::VerdictKind::Winner);

    // The headline the flags view shows in this language (its translator installed).
    QTranslator translator;
    QVERIFY(Util::loadTranslation(translator, language));
    QCoreApplication::installTranslator(&translator);
    const Report::ReportTranslator words(language, u"UTC"_s);
    const QString shown = Experiments::VerdictText::headline(shop.experiments.first().verdict, words.locale());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(words.verdictHeadline(shop.experiments.first().verdict), shown);
    QVERIFY(shown.contains(u"B"_s));

    const QString html = Report::HtmlReportWriter::html(data, {}, words, Report::HtmlReportWriter::Images::Inline);
    QVERIFY2(html.contains(shown.toHtmlEscaped()), qPrintable(shown));
    QVERIFY(html.contains(u"new-checkout"_s));
    QVERIFY(html.contains(u"production: "_s + words.text(QT_TRANSLATE_NOOP("Report", "on")) + u", "_s
                          + words.percent(0.25, 0)));
    QVERIFY(html.contains(words.dateTime(fetched)));             // as of
    QVERIFY(html.contains(words.dateTime(kT0 + 10 * kHour)));    // last change
    QVERIFY(html.contains(u"beta-banner"_s));                    // another flag project, in the workspace report
    const QString csv = QString::fromUtf8(Report::CsvReportWriter::csv(data, words));
    QVERIFY(csv.contains(u"Shop,Unleash,shop,new-checkout,release,production,"_s));
    QVERIFY(csv.contains(u",25.0,"_s));

    // The same as a PDF: the flag and when it was read.
    QTemporaryDir out;
    const QString pdf = out.filePath(u"flags.pdf"_s);
    Report::ReportData asPdf = data;
    asPdf.request.format = Report::Format::Pdf;
    QVERIFY(Report::ReportWriter::write(pdf, asPdf, {}, words).ok());
    int code = -1;
    const QString text = runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}, &code);
    if (!qEnvironmentVariableIsEmpty("STRAJA_KEEP_REPORT"))
        QFile::copy(pdf, qEnvironmentVariable("STRAJA_KEEP_REPORT") + u'-' + language + u".pdf"_s);
    QCOMPARE(code, 0);
    QVERIFY2(text.contains(u"checkout"_s), qPrintable(text.right(3000))); // a narrow column may break it after "new-"
    QVERIFY(text.contains(words.text(QT_TRANSLATE_NOOP("Report", "Flags and experiments"))));
}

// `report --workspace demo` fills a scratch store from the simulator; its flags section
// must show the demo's flags and experiment verdicts as the GUI's flag engine computes
// them for the same instant (the store had none: the section was empty).
void TestReport::demoFlagsAsTheFlagsViewShowsThem()
{
    const qint64 now = kT0 + 10 * kDay;
    const auto workspace = Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, now);
    QVERIFY(workspace);
    QTemporaryDir dir;
    Store::Database db;
    QVERIFY(db.open(dir.filePath(u"demo.sqlite"_s), u"tst_report_demo"_s, Store::Database::Mode::ReadWrite).ok());
    const auto filled = Report::DemoHistory::fillFlags(db.handle(), *workspace, now);
    QVERIFY2(filled.ok(), qPrintable(filled.error().message));

    // What the flags view shows: the GUI's flag engine on its worker thread, same demo.
    const auto demo = std::find_if(workspace->sources.cbegin(), workspace->sources.cend(),
                                   [](const Model::SourceConfig &c) { return c.type == Model::SourceType::Demo; });
    QVERIFY(demo != workspace->sources.cend());
    auto fleet = Sources::Demo::DemoSource::fleetFromOptions(demo->options);
    QVERIFY(fleet.ok());
    auto clock = std::make_shared<Util::ManualClock>(now);
    QThread thread;
    thread.start();
    Flags::FlagEngine engine;
    QSignalSpy snapshots(&engine, &Flags::FlagService::snapshotReady);
    engine.start(&thread, clock, {new Flags::DemoFlagSource(u"demo-flags"_s, std::move(fleet).value(), *clock)});
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest() && !engine.latest()->sources.isEmpty()
                                 && engine.latest()->sources.first().status.ok, 30'000);
    const Flags::FlagsSnapshotPtr shown = engine.latest();
    engine.stop();
    thread.quit();
    thread.wait();
    engine.release();

    int states = 0;
    for (const Flags::FlagProject &p : shown->sources.first().projects)
        for (const Flags::Feature &f : p.features)
            states += int(f.environments.size());
    QVERIFY(states > 0);
    QCOMPARE(filled.value(), states);
    QVERIFY(!shown->experiments.isEmpty());

    // The report's flags section of the demo workspace: every flag and experiment under
    // its project, with the flags view's reach and verdict.
    Report::ReportData data;
    for (const Model::Project &p : workspace->projects) {
        Report::ProjectReport r;
        r.project = p;
        data.projects.append(r);
    }
    QVERIFY(Report::FlagsGatherer().gather(db.handle(), data).ok());
    QVERIFY(data.flagsAvailable);
    QVERIFY(data.otherFlags.isEmpty());
    QVERIFY(data.otherExperiments.isEmpty());
    int reported = 0;
    int reportedExperiments = 0;
    for (const Report::ProjectReport &r : std::as_const(data.projects)) {
        reported += int(r.flags.size());
        reportedExperiments += int(r.experiments.size());
        for (const Flags::StoredFlagState &f : r.flags) {
            const Flags::Feature *feature = shown->sources.first().feature(f.project, f.feature);
            QVERIFY2(feature, qPrintable(f.feature));
            QCOMPARE(f.project, r.project.id);
            const auto env = std::find_if(feature->environments.cbegin(), feature->environments.cend(),
                                          [&](const Flags::FeatureEnvironment &e) { return e.name == f.environment; });
            QVERIFY(env != feature->environments.cend());
            QCOMPARE(f.enabled, env->enabled);
            QCOMPARE(f.fetchedAtMs, now);
        }
        for (const Flags::StoredExperiment &e : r.experiments) {
            const auto same = std::find_if(shown->experiments.cbegin(), shown->experiments.cend(),
                                           [&](const Experiments::ExperimentReportPtr &x) { return x->definition.id == e.id; });
            QVERIFY2(same != shown->experiments.cend(), qPrintable(e.id));
            QCOMPARE(e.verdict.kind, (*same)->verdict.kind);
            QCOMPARE(e.verdict.variant, (*same)->verdict.variant);
            QCOMPARE(e.computedAtMs, now);
        }
    }
    QCOMPARE(reported, states);
    QCOMPARE(reportedExperiments, int(shown->experiments.size()));
}

void TestReport::timesInTheReportZone_data()
{
    // The test runs with TZ=UTC; the spike starts at 2026-03-03 12:00 UTC.
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("spikeStart");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("Bucharest (UTC+2)") << u"Europe/Bucharest"_s << u"2026-03-03 14:00"_s << 2 * kHour;
    QTest::newRow("New York (UTC-5)") << u"America/New_York"_s << u"2026-03-03 07:00"_s << -5 * kHour;
}

// Every time of a report is in the report's zone, not the machine's: the tables, and the
// chart axes (whose instants are moved so the machine-zone labels read the report's zone).
void TestReport::timesInTheReportZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, spikeStart);
    QFETCH(qint64, offset);
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 0);
    Report::ReportData data = gatherKnown(u"en"_s, Report::Format::Html);
    data.request.timeZoneId = zone;
    const Report::ReportTranslator words(u"en"_s, zone);
    const QString html = Report::HtmlReportWriter::html(data, {}, words, Report::HtmlReportWriter::Images::Inline);
    QVERIFY2(html.contains(spikeStart), qPrintable(spikeStart));

    const QTimeZone tz(zone.toUtf8());
    const qint64 spike = kT0 + kSpikeHour * kHour;
    QCOMPARE(Report::machineInstantShowing(spike, tz), spike + offset);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Report::machineInstantShowing(spike, tz)).toString(u"yyyy-MM-dd HH:mm"_s),
             spikeStart);
    const Store::StoredSeries api = data.projects.at(0).charts.first().series;
    const Store::StoredSeries shown = Report::seriesShownIn(api, tz);
    QCOMPARE(shown.points.size(), api.points.size());
    QCOMPARE(shown.points.first().t, api.points.first().t + offset);
    QCOMPARE(shown.points.first().mean, api.points.first().mean);
}

void TestReport::pdfPagesAndText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("requests");
    QTest::addColumn<QString>("word");
    QTest::newRow("English") << u"en"_s << u"3,456,000"_s << u"Incidents"_s;
    QTest::newRow("Romanian") << u"ro"_s << u"3.456.000"_s << u"Rezumatul sănătății"_s;
}

void TestReport::pdfPagesAndText()
{
    QFETCH(QString, language);
    QFETCH(QString, requests);
    QFETCH(QString, word);
    const Report::ReportData data = gatherKnown(language, Report::Format::Pdf);
    const Report::ReportTranslator words(language, u"UTC"_s);
    QTemporaryDir out;
    const QString pdf = out.filePath(u"known.pdf"_s);
    auto written = Report::ReportWriter::write(pdf, data, {}, words);
    QVERIFY2(written.ok(), qPrintable(written.error().message));

    const QVector<QImage> pages = renderPages(pdf, out.path());
    QVERIFY(!pages.isEmpty());
    for (const QImage &page : pages) {
        QVERIFY(!page.isNull());
        QVERIFY2(distinctColours(page) > 2, "a blank page");
    }
    const QString text = runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY2(text.contains(requests), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(word), qPrintable(word));
    QVERIFY(text.contains(words.text(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"))
                              .arg(words.locale().toString(1), words.locale().toString(int(pages.size())))));
    QVERIFY(text.contains(words.dateTime(kT0 + kSpikeHour * kHour)));
}

void TestReport::capacityReplicaInterval_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::addColumn<QString>("shown"); // replicas now / needed, as the HTML and PDF print them
    QTest::newRow("English, a range") << u"en"_s << 3 << 5 << u"2 / 5 (3–5)"_s;
    QTest::newRow("Romanian, a range") << u"ro"_s << 3 << 5 << u"2 / 5 (3–5)"_s;
    QTest::newRow("English, one figure") << u"en"_s << 5 << 5 << u"2 / 5"_s;
}

// The capacity section states the band's range of replicas beside the figure (HTML, PDF)
// and in columns of its own after the existing ones (CSV).
void TestReport::capacityReplicaInterval()
{
    QFETCH(QString, language);
    QFETCH(int, low);
    QFETCH(int, high);
    QFETCH(QString, shown);
    Report::ReportData data = gatherKnown(language, Report::Format::Pdf);
    QVERIFY(!data.projects.isEmpty() && !data.projects.first().services.isEmpty());
    Report::ServiceReport &api = data.projects.first().services.first();
    Report::CapacitySummary c;
    c.limit = 80;
    c.currentPeak = 60;
    c.growthPerMonth = 0.1;
    c.crosses = true;
    c.crossingMs = kT0 + 90LL * 24 * kHour;
    c.replicasNow = 2;
    c.replicasNeeded = high;
    c.replicasLow = low;
    c.replicasHigh = high;
    api.capacity = c;
    const Report::ReportTranslator words(language, u"UTC"_s);

    const QStringList lines = QString::fromUtf8(Report::CsvReportWriter::csv(data, words).mid(3)).split(u"\r\n"_s);
    const qsizetype section = lines.indexOf(words.text(QT_TRANSLATE_NOOP("Report", "Forecasts and capacity")));
    QVERIFY(section > 0);
    const QStringList header = splitCsvLine(lines.at(section + 1));
    const qsizetype needed = header.indexOf(words.text(QT_TRANSLATE_NOOP("Report", "Replicas needed")));
    // The new columns come after every existing one.
    QCOMPARE(needed, header.size() - 3);
    QCOMPARE(header.at(needed + 1), words.text(QT_TRANSLATE_NOOP("Report", "Replicas needed, low (95%)")));
    QCOMPARE(header.at(needed + 2), words.text(QT_TRANSLATE_NOOP("Report", "Replicas needed, high (95%)")));
    bool found = false;
    for (qsizetype i = section + 2; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QStringList f = splitCsvLine(lines.at(i));
        if (f.value(1) != api.service.name)
            continue;
        found = true;
        QCOMPARE(f.size(), header.size());
        QCOMPARE(f.at(needed), QString::number(high));
        QCOMPARE(f.at(needed + 1), QString::number(low));
        QCOMPARE(f.at(needed + 2), QString::number(high));
    }
    QVERIFY(found);

    const QString html = Report::HtmlReportWriter::html(data, {}, words, Report::HtmlReportWriter::Images::Inline);
    QVERIFY2(html.contains(u">"_s + shown + u"<"_s), qPrintable(shown));

    QTemporaryDir out;
    const QString pdf = out.filePath(u"capacity.pdf"_s);
    auto written = Report::ReportWriter::write(pdf, data, {}, words);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    const QString text = runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    // pdftotext drops the narrow spaces around the slash in a right-aligned cell.
    const auto squeeze = [](QString t) { return t.remove(QRegularExpression(u"\\s"_s)); };
    QVERIFY2(squeeze(text).contains(squeeze(shown)), qPrintable(shown));
}

void TestReport::cliReportFromDemo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::newRow("English") << u"en"_s << u"Forecasts and capacity"_s;
    QTest::newRow("Romanian") << u"ro"_s << u"Prognoze și capacitate"_s;
}

void TestReport::cliReportFromDemo()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QTemporaryDir out;
    const QStringList common{u"report"_s,  u"--workspace"_s, u"demo"_s,  u"--project"_s, u"all"_s,
                             u"--period"_s, u"7d"_s,         u"--until"_s, u"2026-11-20 12:00"_s,
                             u"--lang"_s,   language,        u"--tz"_s,    u"UTC"_s};
    QProcess cli;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s); // straja-cli picks offscreen itself without a display
    env.remove(u"DISPLAY"_s);
    cli.setProcessEnvironment(env);
    const QString csv = out.filePath(u"demo.csv"_s);
    const QString pdf = out.filePath(u"demo.pdf"_s);
    for (const auto &[format, path] : {std::pair{u"csv"_s, csv}, std::pair{u"pdf"_s, pdf}}) {
        cli.start(QStringLiteral(STRAJA_CLI_PATH), common + QStringList{u"--format"_s, format, u"--output"_s, path});
        QVERIFY(cli.waitForFinished(180'000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(QFile::exists(path));
    }

    // The store's figures: the CSV's project totals, which the PDF must print in the language.
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s);
    const Report::ReportTranslator words(language, u"UTC"_s);
    const QString total = words.text(QT_TRANSLATE_NOOP("Report", "Total"));
    QStringList totals;
    for (const QString &line : lines) {
        const QStringList f = splitCsvLine(line);
        if (f.size() >= 8 && f.at(1) == total && !f.at(0).isEmpty())
            totals << words.number(f.at(7).toDouble(), 0);
    }
    QVERIFY(totals.size() >= 2);
    // The flags section: the demo's flags, under the demo's projects.
    int demoFlagRows = 0;
    for (const QString &line : lines) {
        const QStringList f = splitCsvLine(line);
        if (f.size() >= 12 && !f.at(0).isEmpty() && f.at(2) == u"events" && f.at(3) == u"checkout.new-flow")
            ++demoFlagRows;
    }
    QCOMPARE(demoFlagRows, 2); // development and production

    const QVector<QImage> pages = renderPages(pdf, out.path());
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    for (const QImage &page : pages)
        QVERIFY2(distinctColours(page) > 2, "a blank page");
    const QString text = runTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    for (const QString &t : totals)
        QVERIFY2(text.contains(t), qPrintable(t + u'\n' + text.left(3000)));
    QVERIFY2(text.contains(word), qPrintable(word));
    QVERIFY(text.contains(u"2026-11-13 12:00"_s)); // the period's start, in the header
    // Charts are drawn into the PDF as images (the project view's chart widget).
    const QString images = runTool(u"pdfimages"_s, {u"-list"_s, pdf});
    QVERIFY2(images.count(u" image "_s) >= 10, qPrintable(images.left(1000)));
}

void TestReport::cliRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QStringList base{u"report"_s, u"--workspace"_s, u"demo"_s, u"--lang"_s, u"en"_s};
    QTest::newRow("unknown project") << base + QStringList{u"--project"_s, u"nope"_s, u"--output"_s, u"OUT.pdf"_s} << 1;
    QTest::newRow("unknown format") << base + QStringList{u"--project"_s, u"all"_s, u"--output"_s, u"OUT.doc"_s} << 2;
    QTest::newRow("bad period") << base + QStringList{u"--project"_s, u"all"_s, u"--period"_s, u"7w"_s, u"--output"_s,
                                                      u"OUT.pdf"_s}
                                << 2;
    QTest::newRow("missing output") << base + QStringList{u"--project"_s, u"all"_s} << 2;
    QTest::newRow("workspace file missing") << QStringList{u"report"_s, u"--workspace"_s, u"/nonexistent/ws.sqlite"_s,
                                                           u"--project"_s, u"all"_s, u"--output"_s, u"OUT.pdf"_s}
                                            << 1;
}

void TestReport::cliRejectsBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QTemporaryDir out;
    for (QString &a : args)
        a.replace(u"OUT"_s, out.filePath(u"r"_s));
    QProcess cli;
    cli.start(QStringLiteral(STRAJA_CLI_PATH), args);
    QVERIFY(cli.waitForFinished(60'000));
    QCOMPARE(cli.exitCode(), exitCode);
    // One clear line saying what is wrong (Qt may print its own warnings before it).
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(QRegularExpression(u"(^|\n)report: "_s)), qPrintable(err));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 0);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
