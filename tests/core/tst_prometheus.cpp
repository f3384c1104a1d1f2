#include "core/engine/fleetengine.h"
#include "core/sources/alertmanager/alertmanagerresponse.h"
#include "core/sources/http/jsoncursor.h"
#include "core/sources/prometheus/prometheusresponse.h"
#include "core/sources/prometheus/prometheussource.h"
#include "core/sources/prometheus/querymapping.h"
#include "core/sources/prometheus/rangeplan.h"
#include "fakehttpserver.h"
#include "fakeprometheus.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using Sources::Http::JsonCursor;
using Sources::Prometheus::PrometheusSource;
using Sources::Prometheus::QueryMapping;
using Sources::Prometheus::QueryResult;
using Sources::Prometheus::RangeChunk;
using Sources::Prometheus::RangePlan;
using TestSupport::FakeHttpServer;
using TestSupport::FakePrometheus;
using TestSupport::FakeReply;
using TestSupport::FakeRequest;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1772712000000LL; // 2026-03-05 12:00 UTC

Model::SourceConfig demoConfig(const QUrl &url, const QByteArray &extra = "{}")
{
    Model::SourceConfig config;
    config.id = u"prom"_s;
    config.type = Model::SourceType::Prometheus;
    config.name = u"Prometheus"_s;
    config.url = url;
    config.options = QJsonDocument::fromJson(extra).object();
    config.options.insert("preset"_L1, u"straja-demo"_s);
    if (!config.options.contains("timeoutMs"_L1))
        config.options.insert("timeoutMs"_L1, 2000);
    return config;
}

struct FetchOutcome
{
    Model::SeriesBatchPtr batch;
    std::optional<Util::Error> error;
};

FetchOutcome fetchOnce(PrometheusSource &source, const Sources::RangeRequest &request, int timeoutMs = 20'000)
{
    QSignalSpy ok(&source, &Sources::MetricSource::fetched);
    QSignalSpy failed(&source, &Sources::MetricSource::failed);
    source.fetch(77, request);
    FetchOutcome outcome;
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, timeoutMs))
        return outcome;
    if (!ok.isEmpty()) {
        if (ok.at(0).at(0).toULongLong() == 77)
            outcome.batch = ok.at(0).at(1).value<Model::SeriesBatchPtr>();
    } else if (failed.at(0).at(0).toULongLong() == 77) {
        outcome.error = failed.at(0).at(1).value<Util::Error>();
    }
    return outcome;
}

} // namespace

// The Prometheus connector's pieces: JSON reading, answer parsing, range
// splitting, the PromQL mapping, and the source against a local fake server.
class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jsonCursorReadsNestedValues();
    void jsonCursorRejects_data();
    void jsonCursorRejects();

    void parsesAnswers_data();
    void parsesAnswers();
    void rejectsBadAnswers_data();
    void rejectsBadAnswers();

    void splitsRangesExactlyAtTheLimit_data();
    void splitsRangesExactlyAtTheLimit();
    void choosesStepFromTheRange_data();
    void choosesStepFromTheRange();

    void presetsAndOverrides();
    void expandsPlaceholdersAndEscapes();
    void optionErrorsAreClear_data();
    void optionErrorsAreClear();

    void fetchMapsSeriesToServices();
    void fetchSplitsLongRangesAndGroupsServices();
    void badAnswersFailTheFetch_data();
    void badAnswersFailTheFetch();
    void testQueryShowsTheResult();

    void alertmanagerParser_data();
    void alertmanagerParser();
    void engineKeepsEarlierDataOnBadInput_data();
    void engineKeepsEarlierDataOnBadInput();
    void engineShowsAMisconfiguredSourceClearly_data();
    void engineShowsAMisconfiguredSourceClearly();
};

void TestPrometheus::initTestCase()
{
    qRegisterMetaType<Util::Error>();
    qRegisterMetaType<Model::SeriesBatchPtr>();
}

void TestPrometheus::jsonCursorReadsNestedValues()
{
    const QByteArray text = R"( {"a": [1, -2.5e3, "x\u00e9\ud83d\ude00\n", true, null, {"b": {}}], "c": "\"q\""} )";
    JsonCursor c(text);
    QVERIFY(c.enterObject());
    QByteArray key;
    QVERIFY(c.nextMember(key));
    QCOMPARE(key, QByteArray("a"));
    QVERIFY(c.enterArray());
    double d = 0;
    QVERIFY(c.nextElement() && c.readNumber(d));
    QCOMPARE(d, 1.0);
    QVERIFY(c.nextElement() && c.readNumber(d));
    QCOMPARE(d, -2500.0);
    QString s;
    QVERIFY(c.nextElement() && c.readString(s));
    QCOMPARE(s, u"xé\U0001F600\n"_s);
    bool b = false;
    QVERIFY(c.nextElement() && c.readBool(b));
    QVERIFY(b);
    QVERIFY(c.nextElement() && c.readNull());
    QVERIFY(c.nextElement() && c.skipValue());
    QVERIFY(!c.nextElement());
    QVERIFY(c.ok());
    QVERIFY(c.nextMember(key));
    QCOMPARE(key, QByteArray("c"));
    QVERIFY(c.readString(s));
    QCOMPARE(s, u"\"q\""_s);
    QVERIFY(!c.nextMember(key));
    QVERIFY(c.atEnd());

    // Valid grammar, but no double holds it.
    JsonCursor big("[1e999]");
    QVERIFY(big.enterArray() && big.nextElement());
    QVERIFY(!big.readNumber(d));
    QVERIFY(big.error().contains(u"out of range"_s));
}

void TestPrometheus::jsonCursorRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)");
    QTest::newRow("trailing comma") << QByteArray(R"([1,2,])");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("bad number") << QByteArray("[01]");
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])");
    QTest::newRow("control char") << QByteArray("[\"a\nb\"]");
    QTest::newRow("unterminated string") << QByteArray(R"(["abc)");
    QTest::newRow("too deep") << QByteArray(300, '[') + QByteArray(300, ']');
    QTest::newRow("bare word") << QByteArray("[nope]");
}

void TestPrometheus::jsonCursorRejects()
{
    QFETCH(QByteArray, text);
    JsonCursor c(text);
    const bool skipped = c.skipValue();
    QVERIFY(!skipped || !c.atEnd());
    QVERIFY(!c.ok());
    QVERIFY(c.error().contains(u"at byte"_s));
}

void TestPrometheus::parsesAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("dropped");
    QTest::addColumn<double>("lastValue");

    QTest::newRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"__name__":"up","service":"api"},"values":[[1772712000,"1"],[1772712060.5,"2.5"]]},
        {"metric":{"service":"web"},"values":[[1772712000,"3e2"]]}]}})")
                            << int(QueryResult::Type::Matrix) << 2 << 3 << 0 << 300.0;
    QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"service":"api"},"value":[1772712000.123,"0.25"]}]}})")
                            << int(QueryResult::Type::Vector) << 1 << 1 << 0 << 0.25;
    QTest::newRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1772712000,"42"]}})")
                            << int(QueryResult::Type::Scalar) << 1 << 1 << 0 << 42.0;
    QTest::newRow("string") << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1772712000,"hi"]}})")
                            << int(QueryResult::Type::String) << 0 << 0 << 0 << 0.0;
    QTest::newRow("empty") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})")
                           << int(QueryResult::Type::Matrix) << 0 << 0 << 0 << 0.0;
    QTest::newRow("NaN and Inf dropped") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"service":"api"},"values":[[1,"NaN"],[2,"+Inf"],[3,"-Inf"],[4,"7"]]}]}})")
                                         << int(QueryResult::Type::Matrix) << 1 << 1 << 3 << 7.0;
    QTest::newRow("result before resultType, extra fields")
        << QByteArray(R"({"data":{"result":[{"metric":{},"values":[[1,"5"]],"histograms":[]}],"resultType":"matrix",
            "stats":{"x":[1,{"y":null}]}},"status":"success","warnings":["PromQL info: x"],"extra":1})")
        << int(QueryResult::Type::Matrix) << 1 << 1 << 0 << 5.0;
    QTest::newRow("escaped label") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"path":"/a\"b\\c","ro":"\u021b"},"value":[1,"1"]}]}})")
                                   << int(QueryResult::Type::Vector) << 1 << 1 << 0 << 1.0;
}

void TestPrometheus::parsesAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, type);
    QFETCH(int, series);
    QFETCH(int, samples);
    QFETCH(int, dropped);
    QFETCH(double, lastValue);
    const auto parsed = Sources::Prometheus::parseQueryResponse(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(int(parsed->type), type);
    QCOMPARE(parsed->series.size(), series);
    int count = 0;
    for (const auto &s : parsed->series)
        count += int(s.samples.size());
    QCOMPARE(count, samples);
    QCOMPARE(parsed->nonFiniteDropped, dropped);
    if (count > 0)
        QCOMPARE(parsed->series.last().samples.last().v, lastValue);
    if (QTest::currentDataTag() == QByteArray("matrix")) {
        QCOMPARE(parsed->series.at(0).samples.at(1).t, 1772712060500LL);
        QCOMPARE(parsed->series.at(0).label(u"service"), u"api"_s);
        QCOMPARE(parsed->series.at(0).selectorText(), u"up{service=\"api\"}"_s);
    }
    if (QTest::currentDataTag() == QByteArray("escaped label")) {
        QCOMPARE(parsed->series.at(0).label(u"path"), u"/a\"b\\c"_s);
        QCOMPARE(parsed->series.at(0).label(u"ro"), u"ț"_s);
    }
    if (QTest::currentDataTag() == QByteArray("result before resultType, extra fields"))
        QCOMPARE(parsed->warnings, QStringList{u"PromQL info: x"_s});
}

void TestPrometheus::rejectsBadAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("truncated JSON") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2")")
                                    << u"prometheus.format"_s << u"not valid"_s;
    QTest::newRow("HTML page") << QByteArray("\n<!DOCTYPE html><html><body>Login</body></html>")
                               << u"prometheus.format"_s << u"web page"_s;
    QTest::newRow("empty body") << QByteArray("  \n") << u"prometheus.format"_s << u"empty"_s;
    QTest::newRow("PromQL error") << FakePrometheus::errorBody("bad_data", "1:5: parse error: unexpected \\\"}\\\"")
                                  << u"prometheus.bad_data"_s << u"parse error"_s;
    QTest::newRow("execution error") << FakePrometheus::errorBody("execution", "query processing would load too many samples")
                                     << u"prometheus.execution"_s << u"too many samples"_s;
    QTest::newRow("not an object") << QByteArray("[1,2]") << u"prometheus.format"_s << u"not a Prometheus"_s;
    QTest::newRow("no status") << QByteArray(R"({"data":{"resultType":"matrix","result":[]}})")
                               << u"prometheus.format"_s << u"status"_s;
    QTest::newRow("no result") << QByteArray(R"({"status":"success","data":{"resultType":"matrix"}})")
                               << u"prometheus.format"_s << u"no result"_s;
    QTest::newRow("sample not a pair") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2",3]]}]}})")
                                       << u"prometheus.format"_s << u"[time, value]"_s;
    QTest::newRow("value not a string") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,2]]}]}})")
                                        << u"prometheus.format"_s << u"not valid"_s;
    QTest::newRow("garbage after") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}} trailing)")
                                   << u"prometheus.format"_s << u"after its end"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"status":"success","data":{"resultType":"table","result":[]}})")
                                  << u"prometheus.format"_s << u"table"_s;
    QTest::newRow("data not object") << QByteArray(R"({"status":"success","data":[]})")
                                     << u"prometheus.format"_s << u"data"_s;
}

void TestPrometheus::rejectsBadAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const auto parsed = Sources::Prometheus::parseQueryResponse(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
}

void TestPrometheus::splitsRangesExactlyAtTheLimit_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<qint64>("points");
    QTest::newRow("one point") << kT0 << kT0 << kMinute << 1 << qint64(1);
    QTest::newRow("11,000 points: one call") << kT0 << kT0 + 10'999 * kMinute << kMinute << 1 << qint64(11'000);
    QTest::newRow("11,001 points: two calls") << kT0 << kT0 + 11'000 * kMinute << kMinute << 2 << qint64(11'001);
    QTest::newRow("30 days at 1 min") << kT0 << kT0 + 30 * 1440 * kMinute << kMinute << 4 << qint64(43'201);
    QTest::newRow("unaligned ends") << kT0 + 1 << kT0 + 22'000 * kMinute - 1 << kMinute << 2 << qint64(21'999);
    QTest::newRow("empty") << kT0 + 1 << kT0 + kMinute - 1 << kMinute << 0 << qint64(0);
    QTest::newRow("15 s step") << kT0 << kT0 + 7 * 86'400'000LL << qint64(15'000) << 4 << qint64(40'321);
}

void TestPrometheus::splitsRangesExactlyAtTheLimit()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, step);
    QFETCH(int, chunks);
    QFETCH(qint64, points);
    const QVector<RangeChunk> plan = RangePlan::split(from, to, step);
    QCOMPARE(plan.size(), chunks);
    qint64 total = 0;
    qint64 expectedNext = (from + step - 1) / step * step;
    for (const RangeChunk &c : plan) {
        QCOMPARE(c.startMs, expectedNext);        // no gap, no overlap
        QVERIFY(c.points() <= RangePlan::kServerMaxPoints);
        QVERIFY((c.endMs - c.startMs) / c.stepMs <= 11'000); // what Prometheus checks
        QCOMPARE(c.startMs % step, 0);
        QCOMPARE(c.endMs % step, 0);
        QVERIFY(c.startMs >= from && c.endMs <= to);
        total += c.points();
        expectedNext = c.endMs + step;
    }
    QCOMPARE(total, points);
}

void TestPrometheus::choosesStepFromTheRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("1 h auto") << 3'600'000LL << 0LL << kMinute;
    QTest::newRow("24 h auto") << 86'400'000LL << 0LL << 2 * kMinute;
    QTest::newRow("7 d auto") << 7 * 86'400'000LL << 0LL << 15 * kMinute;
    QTest::newRow("30 d auto") << 30 * 86'400'000LL << 0LL << 60 * kMinute;
    QTest::newRow("requested kept") << 86'400'000LL << 5 * kMinute << 5 * kMinute;
    QTest::newRow("never finer than native") << 3'600'000LL << 1000LL << kMinute;
}

void TestPrometheus::choosesStepFromTheRange()
{
    QFETCH(qint64, span);
    QFETCH(qint64, requested);
    QFETCH(qint64, expected);
    QCOMPARE(RangePlan::chooseStepMs(kT0, kT0 + span, requested, kMinute), expected);
}

void TestPrometheus::presetsAndOverrides()
{
    for (const QString &id : QueryMapping::presetIds()) {
        const auto preset = QueryMapping::fromPreset(id);
        QVERIFY(preset.ok());
        QVERIFY(!QueryMapping::presetName(id).isEmpty());
        int queries = 0;
        for (MetricKind kind : Model::allMetricKinds()) {
            const QString q = preset->query(kind);
            if (q.isEmpty())
                continue;
            ++queries;
            QVERIFY2(q.contains(u"$services"_s) && q.contains(u"$label"_s), qPrintable(q));
        }
        QVERIFY(queries >= 5);
    }
    QVERIFY(QueryMapping::fromPreset(u"node"_s)->query(MetricKind::Rps).isEmpty());
    QCOMPARE(QueryMapping::fromPreset(u"node"_s)->serviceLabel, u"instance"_s);

    QJsonObject options{{u"preset"_s, u"http"_s},
                        {u"serviceLabel"_s, u"app"_s},
                        {u"serviceMap"_s, QJsonObject{{u"events-api"_s, u"api-prod"_s}}},
                        {u"queries"_s, QJsonObject{{u"memory"_s, u"max by ($label) (mem{$label=~\"$services\"})"_s},
                                                   {u"cpu"_s, u""_s}}}};
    const auto mapping = QueryMapping::fromOptions(options);
    QVERIFY(mapping.ok());
    QCOMPARE(mapping->serviceLabel, u"app"_s);
    QCOMPARE(mapping->labelValue(u"events-api"_s), u"api-prod"_s);
    QCOMPARE(mapping->labelValue(u"other"_s), u"other"_s);
    QVERIFY(mapping->query(MetricKind::Cpu).isEmpty());
    QCOMPARE(mapping->query(MetricKind::Rps), QueryMapping::fromPreset(u"http"_s)->query(MetricKind::Rps));

    QJsonObject written;
    mapping->writeOptions(written);
    QCOMPARE(written.value(u"queries"_s).toObject().size(), 2); // only what differs from the preset
    const auto reread = QueryMapping::fromOptions(written);
    QVERIFY(reread.ok());
    QCOMPARE(reread->queries, mapping->queries);
    QCOMPARE(reread->serviceValues, mapping->serviceValues);
    QCOMPARE(reread->serviceLabel, mapping->serviceLabel);
}

void TestPrometheus::expandsPlaceholdersAndEscapes()
{
    QueryMapping m = *QueryMapping::fromPreset(u"http"_s);
    const QString rps = m.expand(MetricKind::Rps, {u"api"_s, u"seo.site-1"_s, u"a\"b"_s}, kMinute, 15'000);
    QCOMPARE(rps, u"sum by (service) (rate(http_requests_total{service=~\"api|seo\\\\.site-1|a\\\"b\"}[75s]))"_s);
    QCOMPARE(QueryMapping::rateWindowMs(kMinute, 15'000), 75'000LL);
    QCOMPARE(QueryMapping::rateWindowMs(15'000, 15'000), 60'000LL);
    QCOMPARE(QueryMapping::durationText(3'600'000), u"1h"_s);
    QCOMPARE(QueryMapping::durationText(300'000), u"5m"_s);
    QCOMPARE(QueryMapping::durationText(90'000), u"90s"_s);
    m.setQuery(MetricKind::Disk, u"x{$label=~\"$services\"}[$step]"_s);
    QCOMPARE(m.expand(MetricKind::Disk, {}, 300'000, 15'000), u"x{service=~\".+\"}[5m]"_s);
}

void TestPrometheus::optionErrorsAreClear_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown preset") << QByteArray(R"({"preset":"graphite"})") << u"graphite"_s;
    QTest::newRow("bad label") << QByteArray(R"({"serviceLabel":"1x"})") << u"1x"_s;
    QTest::newRow("unknown metric") << QByteArray(R"({"queries":{"latency_p99":"x"}})") << u"latency_p99"_s;
    QTest::newRow("query not text") << QByteArray(R"({"queries":{"cpu":3}})") << u"cpu"_s;
    QTest::newRow("empty map value") << QByteArray(R"({"serviceMap":{"api":""}})") << u"api"_s;
}

void TestPrometheus::optionErrorsAreClear()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const auto mapping = QueryMapping::fromOptions(QJsonDocument::fromJson(json).object());
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.error().code, u"prometheus.options"_s);
    QVERIFY2(mapping.error().message.contains(messagePart), qPrintable(mapping.error().message));
}

void TestPrometheus::fetchMapsSeriesToServices()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const FakePrometheus prometheus(nullptr);
    server.setHandler([&prometheus](const FakeRequest &r) { return prometheus.handle(r); });
    PrometheusSource source(demoConfig(server.url(), R"({"serviceMap":{"events-api":"api.events"}})"), nullptr);
    QVERIFY(source.options().ok());
    QCOMPARE(source.nativeStepMs(), kMinute);

    Sources::RangeRequest request;
    request.series = {{u"events-api"_s, MetricKind::Rps, {}},
                      {u"events-web"_s, MetricKind::Rps, {}},
                      {u"events-api"_s, MetricKind::Cpu, {}},
                      {u"events-api"_s, MetricKind::Rps, u"eu"_s}}; // regions have no mapping
    request.fromMs = kT0 - 10 * kMinute + 1;
    request.toMs = kT0 + 30'000;
    request.stepMs = kMinute;
    const FetchOutcome outcome = fetchOnce(source, request);
    QVERIFY(outcome.batch);
    QCOMPARE(outcome.batch->size(), 4);
    for (const Model::SeriesData &data : *outcome.batch) {
        if (!data.key.region.isEmpty()) {
            QVERIFY(data.samples.isEmpty());
            continue;
        }
        QCOMPARE(data.samples.size(), 10);
        QCOMPARE(data.samples.first().t, kT0 - 9 * kMinute);
        QCOMPARE(data.samples.last().t, kT0);
        const QString metric = data.key.kind == MetricKind::Rps ? u"straja_demo_requests_per_second"_s
                                                                : u"straja_demo_cpu_percent"_s;
        const QString label = data.key.serviceId == u"events-api" ? u"api.events"_s : data.key.serviceId;
        for (const Model::Sample &s : data.samples)
            QCOMPARE(s.v, FakePrometheus::defaultValue(metric, label, s.t));
    }
    // One call per metric kind; the label value with a dot arrived escaped and matched.
    QCOMPARE(server.requestCount(), 2);
    const QString promql = server.requests().at(0).params().queryItemValue(u"query"_s, QUrl::FullyDecoded);
    QVERIFY2(promql.contains(u"api\\\\.events|events-web"_s), qPrintable(promql));
    QCOMPARE(server.requests().at(0).method, QByteArray("POST"));
}

void TestPrometheus::fetchSplitsLongRangesAndGroupsServices()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const FakePrometheus prometheus(nullptr);
    server.setHandler([&prometheus](const FakeRequest &r) { return prometheus.handle(r); });
    // 20 services x 30 days at 1 min: 43,201 points per series, 4 time chunks;
    // at most 100,000 points per call makes groups of 9 services (11,000 x 9).
    // A generous timeout: building 43,201-point answers keeps this (single) test thread busy.
    PrometheusSource source(demoConfig(server.url(), R"({"maxPointsPerQuery":100000,"timeoutMs":60000})"), nullptr);
    Sources::RangeRequest request;
    for (int i = 0; i < 20; ++i)
        request.series.append({u"svc-%1"_s.arg(i), MetricKind::Memory, {}});
    request.fromMs = kT0 - 30 * 86'400'000LL;
    request.toMs = kT0;
    request.stepMs = kMinute;
    const FetchOutcome outcome = fetchOnce(source, request, 60'000);
    QVERIFY(outcome.batch);
    QCOMPARE(outcome.batch->size(), 20);
    for (const Model::SeriesData &data : *outcome.batch) {
        QCOMPARE(data.samples.size(), 43'201);
        for (qsizetype i = 1; i < data.samples.size(); ++i)
            QCOMPARE(data.samples[i].t - data.samples[i - 1].t, kMinute); // joined without gap or duplicate
        QCOMPARE(data.samples.first().t, request.fromMs);
        QCOMPARE(data.samples.last().t, request.toMs);
        QCOMPARE(data.samples.at(11'000).v,
                 FakePrometheus::defaultValue(u"straja_demo_memory_percent"_s, data.key.serviceId,
                                              request.fromMs + 11'000 * kMinute));
    }
    QCOMPARE(server.requestCount(), 3 * 4); // groups of 9, 9, 2 x 4 chunks
}

void TestPrometheus::badAnswersFailTheFetch_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    // Only the hanging server needs a short timeout; the others get a generous one so that a
    // slow, shared machine cannot turn their answer into a timeout.
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("truncated JSON") << FakeReply::json(R"({"status":"success","data":{"resultType":"matr)")
                                    << u"prometheus.format"_s << u"not valid"_s << 15000;
    QTest::newRow("HTML with 200") << FakeReply::text("<html><body>Sign in</body></html>", 200, "text/html")
                                   << u"prometheus.format"_s << u"web page"_s << 15000;
    QTest::newRow("PromQL error") << FakeReply::json(FakePrometheus::errorBody("bad_data", "1:1: parse error"), 400)
                                  << u"prometheus.bad_data"_s << u"parse error"_s << 15000;
    QTest::newRow("HTML 502 from a proxy") << FakeReply::text("<html>Bad Gateway</html>", 502, "text/html")
                                           << u"http.status"_s << u"502"_s << 15000;
    QTest::newRow("expired token") << FakeReply::text("Unauthorized", 401) << u"http.unauthorized"_s << u"401"_s << 15000;
    QTest::newRow("50 MB body") << FakeReply::json(QByteArray(50 * 1024 * 1024, ' ')) << u"http.too_large"_s
                                << u"MB"_s << 15000;
    FakeReply hang = FakeReply::json(QByteArray(1000, ' '));
    hang.neverFinish = true;
    QTest::newRow("never finishes") << hang << u"http.timeout"_s << u"s."_s << 400;
}

void TestPrometheus::badAnswersFailTheFetch()
{
    QFETCH(FakeReply, reply);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QFETCH(int, timeoutMs);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](const FakeRequest &) { return reply; });
    const QByteArray options = R"({"timeoutMs":)" + QByteArray::number(timeoutMs) + R"(,"retries":0})";
    PrometheusSource source(demoConfig(server.url(), options), nullptr);
    Sources::RangeRequest request;
    request.series = {{u"events-api"_s, MetricKind::Rps, {}}, {u"events-api"_s, MetricKind::Cpu, {}}};
    request.fromMs = kT0 - 10 * kMinute;
    request.toMs = kT0;
    const FetchOutcome outcome = fetchOnce(source, request);
    QVERIFY(!outcome.batch);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, code);
    QVERIFY2(outcome.error->message.contains(messagePart), qPrintable(outcome.error->message));
    // The message says which metric's query failed.
    QVERIFY2(outcome.error->message.startsWith(Model::metricKindLabel(MetricKind::Rps))
                 || outcome.error->message.startsWith(Model::metricKindLabel(MetricKind::Cpu))
                 || code.startsWith(u"http."_s),
             qPrintable(outcome.error->message));
}

void TestPrometheus::testQueryShowsTheResult()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const FakePrometheus prometheus(nullptr);
    server.setHandler([&prometheus](const FakeRequest &r) { return prometheus.handle(r); });
    PrometheusSource source(demoConfig(server.url()), nullptr);
    QSignalSpy spy(&source, &PrometheusSource::testQueryFinished);
    source.testQuery(5, MetricKind::Cpu, {u"events-api"_s}, QString(), kT0);
    QTRY_COMPARE(spy.size(), 1);
    auto outcome = spy.at(0).at(1).value<Sources::Prometheus::TestQueryOutcomePtr>();
    QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->error));
    QCOMPARE(outcome->promql, u"straja_demo_cpu_percent{service=~\"events-api\"}"_s);
    QCOMPARE(outcome->series.size(), 1);
    QCOMPARE(outcome->series.at(0).samples.at(0).v,
             FakePrometheus::defaultValue(u"straja_demo_cpu_percent"_s, u"events-api"_s, kT0));
    QCOMPARE(server.requests().at(0).path, QByteArray("/api/v1/query"));

    source.testQuery(6, MetricKind::Cpu, {}, u"rate(foo[5m]"_s, kT0);
    QTRY_COMPARE(spy.size(), 2);
    outcome = spy.at(1).at(1).value<Sources::Prometheus::TestQueryOutcomePtr>();
    QVERIFY(outcome->error.contains(u"parse error"_s));
}

void TestPrometheus::alertmanagerParser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("alerts"); // -1: an error
    QTest::newRow("two alerts") << QByteArray(R"([
        {"labels":{"alertname":"HighLatency","service":"api","severity":"warning"},
         "annotations":{"description":"slow"},"startsAt":"2026-03-05T12:00:00.123456789Z",
         "endsAt":"2026-03-05T13:00:00Z","fingerprint":"f1","status":{"state":"active","silencedBy":[],"inhibitedBy":[]},
         "receivers":[{"name":"null"}],"updatedAt":"2026-03-05T12:00:01Z","generatorURL":"http://p/graph"},
        {"labels":{"alertname":"Down","project":"seo"},"status":{"state":"suppressed"},"startsAt":"2026-03-05T11:00:00Z"}])")
                                << 2;
    QTest::newRow("empty") << QByteArray("[]") << 0;
    QTest::newRow("HTML") << QByteArray("<html>proxy login</html>") << -1;
    QTest::newRow("object not array") << QByteArray(R"({"status":"success","data":[]})") << -1;
    QTest::newRow("truncated") << QByteArray(R"([{"labels":{"alertname":)") << -1;
    QTest::newRow("alert not object") << QByteArray("[1]") << -1;
}

void TestPrometheus::alertmanagerParser()
{
    QFETCH(QByteArray, body);
    QFETCH(int, alerts);
    const auto parsed = Sources::Alertmanager::parseAlerts(body);
    if (alerts < 0) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"alertmanager.format"_s);
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->size(), alerts);
    if (alerts == 2) {
        const Sources::Alert &a = parsed->at(0);
        QCOMPARE(a.name, u"HighLatency"_s);
        QCOMPARE(a.severity, u"warning"_s);
        QCOMPARE(a.summary, u"slow"_s);
        QCOMPARE(a.startsAtMs, kT0 + 123);
        QVERIFY(a.isFiring());
        QVERIFY(!parsed->at(1).isFiring());
        QCOMPARE(a.labels.first().first, u"alertname"_s); // sorted by name
    }
    QCOMPARE(Sources::Alertmanager::errorMessage(R"("bad matcher format: x")"), u"bad matcher format: x"_s);
    QCOMPARE(Sources::Alertmanager::errorMessage(R"({"code":400,"message":"no"})"), u"no"_s);
}

namespace {

enum class BadInput { TruncatedJson, HtmlPage, HugeBody, NonFiniteSamples, PromQlError, RedirectLoop, SlowServer,
                      ExpiredToken };

struct EngineFixture
{
    FakeHttpServer prometheus;
    FakeHttpServer alertmanager;
    QTemporaryDir dir;
    std::unique_ptr<Engine::FleetEngine> engine;
    Engine::FleetSnapshotPtr latest;

    const Engine::ServiceStatus *api() const
    {
        for (const auto &s : latest->services)
            if (s.serviceId == u"events-api")
                return &s;
        return nullptr;
    }
};

Model::Workspace engineWorkspace(const QUrl &prometheus, const QUrl &alertmanager, const QJsonObject &extra = {})
{
    Model::Workspace ws;
    ws.name = u"Test"_s;
    Model::SourceConfig source = demoConfig(prometheus);
    source.options.insert(u"stepMs"_s, 1000);
    source.options.insert(u"timeoutMs"_s, 1500);
    source.options.insert(u"retries"_s, 0);
    source.options.insert(u"circuitOpenMs"_s, 200);
    source.options.insert(u"alertmanager"_s, QJsonObject{{u"url"_s, alertmanager.toString()}, {u"timeoutMs"_s, 1500},
                                                         {u"retries"_s, 0}, {u"circuitOpenMs"_s, 200}});
    for (auto it = extra.begin(); it != extra.end(); ++it)
        source.options.insert(it.key(), it.value());
    ws.sources = {source};
    ws.projects = {{u"events"_s, u"Events"_s, {}}};
    Model::Service api;
    api.id = u"events-api"_s;
    api.projectId = u"events"_s;
    api.name = u"API"_s;
    api.sourceId = source.id;
    ws.services = {api};
    return ws;
}

} // namespace

void TestPrometheus::engineKeepsEarlierDataOnBadInput_data()
{
    QTest::addColumn<int>("input");
    QTest::addColumn<QString>("messagePart"); // empty: the source stays healthy
    QTest::newRow("truncated JSON") << int(BadInput::TruncatedJson) << u"not valid Prometheus JSON"_s;
    QTest::newRow("HTML page with 200") << int(BadInput::HtmlPage) << u"web page"_s;
    QTest::newRow("50 MB body") << int(BadInput::HugeBody) << u"larger than 32 MB"_s;
    QTest::newRow("NaN and +Inf samples") << int(BadInput::NonFiniteSamples) << QString();
    QTest::newRow("PromQL error") << int(BadInput::PromQlError) << u"bad_data"_s;
    QTest::newRow("redirect loop") << int(BadInput::RedirectLoop) << u"redirected more than 5 times"_s;
    QTest::newRow("slow server that never finishes") << int(BadInput::SlowServer) << u"No complete answer"_s;
    QTest::newRow("expired token (401)") << int(BadInput::ExpiredToken) << u"HTTP 401"_s;
}

void TestPrometheus::engineKeepsEarlierDataOnBadInput()
{
    QFETCH(int, input);
    QFETCH(QString, messagePart);
    EngineFixture f;
    QVERIFY(f.prometheus.listen() && f.alertmanager.listen());
    std::atomic<bool> bad = false;
    const FakePrometheus good(nullptr);
    const FakePrometheus nonFinite([](const QString &, const QString &, qint64 t) {
        return (t / 1000) % 2 ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    });
    f.prometheus.setHandler([&](const FakeRequest &r) -> FakeReply {
        if (!bad)
            return good.handle(r);
        switch (BadInput(input)) {
        case BadInput::TruncatedJson: {
            const QByteArray full = good.handle(r).body;
            return FakeReply::json(full.left(full.size() / 2));
        }
        case BadInput::HtmlPage: return FakeReply::text("<!DOCTYPE html><html>Please sign in</html>", 200, "text/html");
        case BadInput::HugeBody: return FakeReply::json(QByteArray(50 * 1024 * 1024, ' '));
        case BadInput::NonFiniteSamples: return nonFinite.handle(r);
        case BadInput::PromQlError:
            return FakeReply::json(FakePrometheus::errorBody("bad_data", "1:14: parse error: unexpected \\\"}\\\""), 400);
        case BadInput::RedirectLoop: return FakeReply::redirect(r.path == "/loop" ? "/api/v1/query_range" : "/loop", 307);
        case BadInput::SlowServer: {
            FakeReply hang = FakeReply::json(QByteArray(4096, ' '));
            hang.neverFinish = true;
            return hang;
        }
        case BadInput::ExpiredToken: return FakeReply::text("token expired", 401);
        }
        return FakeReply::text("?", 500);
    });
    f.alertmanager.setHandler([&](const FakeRequest &) {
        return bad ? FakeReply::text("<html>maintenance</html>", 503, "text/html")
                   : FakeReply::json(R"([{"labels":{"alertname":"Hot","service":"events-api"},"status":{"state":"active"},
                                        "startsAt":"2026-03-05T12:00:00Z","fingerprint":"a"}])");
    });

    Engine::EngineOptions options;
    options.databasePath = f.dir.filePath(u"bad.sqlite"_s);
    options.firstStartWorkspace =
        std::make_shared<const Model::Workspace>(engineWorkspace(
            f.prometheus.url(), f.alertmanager.url(),
            // Sending 50 MB takes longer than the short deadline the hanging-server
            // row needs on a loaded machine; the cap must be what stops it.
            BadInput(input) == BadInput::HugeBody ? QJsonObject{{u"timeoutMs"_s, 20000}} : QJsonObject{}));
    options.poller.refreshIntervalMs = 300;
    f.engine = std::make_unique<Engine::FleetEngine>(options);
    connect(f.engine.get(), &Engine::EngineApi::snapshotReady, this,
            [&f](Engine::FleetSnapshotPtr s) { f.latest = std::move(s); });
    f.engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(f.latest && f.latest->sources.at(0).health == Engine::SourceHealth::Ok && f.api()
                                 && !std::isnan(f.api()->latest[MetricKind::Cpu]) && f.api()->firingAlerts == 1,
                             20'000);
    const qint64 goodUntil = f.api()->latest.atMs[Model::metricIndex(MetricKind::Cpu)];

    bad = true;
    if (messagePart.isEmpty()) {
        // Non-finite samples are dropped: the source stays up and the last finite values stay.
        const int before = f.prometheus.requestCount();
        QTRY_VERIFY_WITH_TIMEOUT(f.prometheus.requestCount() > before + 4, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(f.latest->sources.at(0).health, Engine::SourceHealth::Ok, 5000);
        QVERIFY(std::isfinite(f.api()->latest[MetricKind::Cpu]));
        QVERIFY(f.api()->latest.atMs[Model::metricIndex(MetricKind::Cpu)] <= goodUntil + 1000);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(f.latest->sources.at(0).health, Engine::SourceHealth::Down, 20'000);
        const QString message = f.latest->sources.at(0).message;
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        QCOMPARE(f.api()->verdict.health, Engine::Health::Stale);
        QVERIFY(!std::isnan(f.api()->latest[MetricKind::Cpu])); // earlier data kept
        QCOMPARE(f.api()->latest.atMs[Model::metricIndex(MetricKind::Cpu)], goodUntil);
    }
    // The Alertmanager broke too: its alert stays, marked as from a source that is down.
    QTRY_COMPARE_WITH_TIMEOUT(f.latest->alertSources.at(0).health, Engine::SourceHealth::Down, 20'000);
    QCOMPARE(f.api()->firingAlerts, 1);
    QVERIFY(!f.latest->alertSources.at(0).message.isEmpty());

    // And everything recovers.
    bad = false;
    QTRY_VERIFY_WITH_TIMEOUT(f.latest->sources.at(0).health == Engine::SourceHealth::Ok
                                 && f.latest->alertSources.at(0).health == Engine::SourceHealth::Ok
                                 && f.api()->verdict.health != Engine::Health::Stale,
                             20'000);
}

void TestPrometheus::engineShowsAMisconfiguredSourceClearly_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong CA") << QJsonObject{{u"caFile"_s, QString(qEnvironmentVariable("STRAJA_TEST_DATA") + u"/tls/other-ca.pem"_s)}}
                              << u"not trusted"_s;
    QTest::newRow("unknown preset") << QJsonObject{{u"preset"_s, u"graphite"_s}} << u"graphite"_s;
    QTest::newRow("bearer without keychain") << QJsonObject{{u"auth"_s, u"bearer"_s}} << u"credentials"_s;
}

void TestPrometheus::engineShowsAMisconfiguredSourceClearly()
{
    QFETCH(QJsonObject, options);
    QFETCH(QString, messagePart);
    QFile cert(qEnvironmentVariable("STRAJA_TEST_DATA") + u"/tls/server.pem"_s);
    QFile key(qEnvironmentVariable("STRAJA_TEST_DATA") + u"/tls/server.key"_s);
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    EngineFixture f;
    QVERIFY(f.prometheus.listenTls(QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Ec)));
    QVERIFY(f.alertmanager.listen());
    const FakePrometheus good(nullptr);
    f.prometheus.setHandler([&](const FakeRequest &r) { return good.handle(r); });
    f.alertmanager.setHandler([](const FakeRequest &) { return FakeReply::json("[]"); });
    Model::Workspace ws = engineWorkspace(f.prometheus.url(), f.alertmanager.url());
    for (auto it = options.begin(); it != options.end(); ++it)
        ws.sources[0].options.insert(it.key(), it.value());
    // The source's own CA and authentication are SourceConfig fields.
    ws.sources[0].caFile = ws.sources[0].options.take(u"caFile"_s).toString();
    if (ws.sources[0].options.take(u"auth"_s).toString() == u"bearer")
        ws.sources[0].auth = Model::SourceAuth::Bearer;
    Engine::EngineOptions engineOptions;
    engineOptions.databasePath = f.dir.filePath(u"conf.sqlite"_s);
    engineOptions.firstStartWorkspace = std::make_shared<const Model::Workspace>(ws);
    engineOptions.poller.refreshIntervalMs = 300;
    Engine::FleetEngine engine(engineOptions);
    connect(&engine, &Engine::EngineApi::snapshotReady, this, [&f](Engine::FleetSnapshotPtr s) { f.latest = s; });
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(f.latest && f.latest->sources.at(0).health == Engine::SourceHealth::Down, 20'000);
    QVERIFY2(f.latest->sources.at(0).message.contains(messagePart), qPrintable(f.latest->sources.at(0).message));
    QCOMPARE(f.prometheus.requestCount(), 0); // nothing reached the server
    // The other source kinds still work: the alert list answered.
    QTRY_COMPARE_WITH_TIMEOUT(f.latest->alertSources.at(0).health, Engine::SourceHealth::Ok, 20'000);
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
