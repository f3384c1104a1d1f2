#include "core/experiments/prometheuscountsreader.h"
#include "core/experiments/promqlcounts.h"
#include "core/flags/flagengine.h"
#include "core/flags/flagworker.h"
#include "core/util/clock.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// A flag source with one experiment whose counts live in Prometheus.
class CountedSource final : public Flags::FlagSource
{
    Q_OBJECT
public:
    CountedSource(QString flag, qint64 startedAtMs)
        : m_flag(std::move(flag))
        , m_started(startedAtMs)
    {
    }
    QString sourceId() const override { return u"counted"_s; }
    QString name() const override { return u"counted"_s; }
    bool isDemo() const override { return false; }
    void fetch(quint64 requestId) override
    {
        auto flags = std::make_shared<Flags::SourceFlags>();
        flags->status.sourceId = sourceId();
        flags->status.name = name();
        flags->status.ok = true;
        Flags::ExperimentInput in;
        in.definition.id = u"counted:"_s + m_flag;
        in.definition.name = m_flag;
        in.definition.flagName = m_flag;
        in.definition.variants = {u"control"_s, u"annual-first"_s};
        in.definition.controlVariant = u"control"_s;
        in.definition.source = Experiments::CountsSource::Prometheus;
        in.definition.startedAtMs = m_started;
        flags->experiments.append(in);
        QMetaObject::invokeMethod(this, [this, requestId, flags] { emit fetched(requestId, flags); }, Qt::QueuedConnection);
    }
    void apply(quint64, const Flags::FlagChange &) override { }
    void cancel() override { }

private:
    QString m_flag;
    qint64 m_started;
};

// A flag source that answers a fetch only when told to (a slow Unleash), on its thread.
class HeldSource final : public Flags::FlagSource
{
    Q_OBJECT
public:
    explicit HeldSource(QString id) : m_id(std::move(id)) { }
    QString sourceId() const override { return m_id; }
    QString name() const override { return m_id; }
    bool isDemo() const override { return false; }
    void fetch(quint64 requestId) override { m_pending.store(requestId); }
    void apply(quint64, const Flags::FlagChange &) override { }
    void cancel() override { }
    bool asked() const { return m_pending.load() != 0; }
    void answer()
    {
        auto flags = std::make_shared<Flags::SourceFlags>();
        flags->status.sourceId = m_id;
        flags->status.name = m_id;
        flags->status.ok = true;
        emit fetched(m_pending.exchange(0), flags);
    }

private:
    QString m_id;
    std::atomic<quint64> m_pending = 0;
};

} // namespace

// Experiment counters read from a real Prometheus 2.42 (Debian), started by the
// CTest fixture tests/support/prometheus-fixture.sh with 72 hourly samples of
// backfilled counters, a counter reset halfway, and a flag name that needs
// escaping in PromQL.
class TestExperimentCounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsCumulativeCountsAcrossAReset_data();
    void readsCumulativeCountsAcrossAReset();
    void refusedQueriesSayWhy();
    void unreachableSaysWhere();
    void experimentsOfFlagsCountThroughTheWorker();
    void workspaceChangeWhileAFetchIsInFlight();

private:
    Util::Result<Experiments::ExperimentData> read(const QString &flag, const QUrl &url);
    QVector<Experiments::Look> expected(const QString &flag) const;

    QUrl m_url;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QVector<QStringList> m_expected; // flag, t_ms, variant, exposures, conversions
};

void TestExperimentCounts::initTestCase()
{
    QFile state(QStringLiteral(STRAJA_PROMETHEUS_FIXTURE_STATE));
    QVERIFY2(state.open(QIODevice::ReadOnly),
             qPrintable(u"The Prometheus fixture did not start (no %1): see the output of the test "
                        u"prometheus_fixture_start."_s.arg(state.fileName())));
    QHash<QString, QString> env;
    for (const QByteArray &line : state.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    m_url = QUrl(env.value(u"PROM_URL"_s));
    m_from = env.value(u"FROM_MS"_s).toLongLong();
    m_to = env.value(u"TO_MS"_s).toLongLong();
    QVERIFY(m_url.host() == u"127.0.0.1" && m_from > 0 && m_to > m_from);
    QFile expected(env.value(u"EXPECTED"_s));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = expected.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines.at(i).isEmpty()) {
            // The flag name may hold a quote but no comma.
            m_expected.append(QString::fromUtf8(lines.at(i)).split(u','));
        }
    QVERIFY(m_expected.size() == 4 * 72);
}

QVector<Experiments::Look> TestExperimentCounts::expected(const QString &flag) const
{
    QMap<qint64, Experiments::Look> looks;
    for (const QStringList &row : m_expected) {
        if (row.at(0) != flag)
            continue;
        Experiments::Look &look = looks[row.at(1).toLongLong()];
        look.atMs = row.at(1).toLongLong();
        look.variants.append({row.at(2), row.at(3).toLongLong(), row.at(4).toLongLong()});
    }
    return looks.values().toVector();
}

Util::Result<Experiments::ExperimentData> TestExperimentCounts::read(const QString &flag, const QUrl &url)
{
    Experiments::PrometheusCountsReader reader(url);
    Experiments::ExperimentDefinition d;
    d.flagName = flag;
    d.variants = flag == u"straja.it.pricing" ? QStringList{u"control"_s, u"annual-first"_s}
                                              : QStringList{u"control"_s, u"B"_s};
    std::optional<Util::Result<Experiments::ExperimentData>> answer;
    reader.read(d, m_from, m_to, 3600'000, [&answer](Util::Result<Experiments::ExperimentData> r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return Util::makeError(u"test.timeout"_s, u"no answer"_s);
    return *answer;
}

void TestExperimentCounts::readsCumulativeCountsAcrossAReset_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("plain") << u"straja.it.pricing"_s;
    QTest::newRow("quote in the flag name") << u"straja.it.quote\"d"_s;
}

void TestExperimentCounts::readsCumulativeCountsAcrossAReset()
{
    QFETCH(QString, flag);
    const Util::Result<Experiments::ExperimentData> data = read(flag, m_url);
    QVERIFY2(data.ok(), qPrintable(data.error().message));
    const QVector<Experiments::Look> want = expected(flag);
    QCOMPARE(data->looks.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        QCOMPARE(data->looks.at(i).atMs, want.at(i).atMs);
        for (const Experiments::VariantCounts &c : want.at(i).variants)
            QCOMPARE(*data->looks.at(i).variant(c.variant), c);
    }
}

void TestExperimentCounts::refusedQueriesSayWhy()
{
    // Prometheus's own error shape, from the real server.
    QNetworkAccessManager network;
    QUrl url = m_url;
    url.setPath(u"/api/v1/query_range"_s);
    url.setQuery(Experiments::PromQlCounts::rangeQuery(u"sum by (variant) ("_s, m_from, m_to, 3600'000));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const auto parsed = Experiments::PromQlCounts::parseMatrix(reply->readAll());
    reply->deleteLater();
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(u"Prometheus refused the query (bad_data): "_s),
             qPrintable(parsed.error().message));
    // Asking for more than 11,000 points per series widens the step instead.
    const QUrlQuery q = Experiments::PromQlCounts::rangeQuery(u"x"_s, 0, 30LL * 24 * 3600'000, 60'000);
    QVERIFY(q.queryItemValue(u"step"_s).chopped(1).toLongLong() * 11'000 >= 30LL * 24 * 3600);
}

void TestExperimentCounts::unreachableSaysWhere()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl closed(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    const Util::Result<Experiments::ExperimentData> data = read(u"straja.it.pricing"_s, closed);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code, u"experiments.unreachable"_s);
    QVERIFY(data.error().message.contains(closed.authority()));
}

void TestExperimentCounts::experimentsOfFlagsCountThroughTheWorker()
{
    struct ThreadGuard
    {
        QThread thread;
        ~ThreadGuard()
        {
            thread.quit();
            thread.wait();
        }
    } guard;
    guard.thread.start();
    Flags::FlagEngine engine;
    auto clock = std::make_shared<Util::ManualClock>(m_to);
    Flags::CountsSourceConfig counts;
    counts.url = m_url;
    engine.start(&guard.thread, clock, {new CountedSource(u"straja.it.pricing"_s, m_from)}, counts);
    auto stop = qScopeGuard([&engine] {
        engine.stop();
        engine.release();
    });
    const Experiments::Look last = expected(u"straja.it.pricing"_s).last();
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest() && !engine.latest()->experiments.isEmpty()
                                 && engine.latest()->experiments.first()->variants.value(0).exposures > 0,
                             20000);
    const Experiments::ExperimentReportPtr report = engine.latest()->experiments.first();
    QCOMPARE(report->variant(u"control"_s)->exposures, last.variant(u"control"_s)->exposures);
    QCOMPARE(report->variant(u"annual-first"_s)->conversions, last.variant(u"annual-first"_s)->conversions);
    QVERIFY(engine.latest()->countsProblems.isEmpty());
    QVERIFY(report->history.size() >= 10); // one look per step since the experiment started
}

// FleetEngine::onWorkspaceSaved stops and releases the flag engine and starts it
// again with the new workspace's sources while a refresh may be in flight and the
// flag executor looks sources up on the worker thread (sourceOnWorkerThread). The
// old worker's late answer must not become the flags shown, and the old sources must
// go on their own thread, never while a lookup there uses them.
void TestExperimentCounts::workspaceChangeWhileAFetchIsInFlight()
{
    struct ThreadGuard
    {
        QThread thread;
        ~ThreadGuard()
        {
            thread.quit();
            thread.wait();
        }
    } guard;
    guard.thread.start();
    Flags::FlagEngine engine;
    auto clock = std::make_shared<Util::ManualClock>(m_to);
    auto *old = new HeldSource(u"old"_s);
    engine.start(&guard.thread, clock, {old});
    QTRY_VERIFY(old->asked()); // the first refresh is in flight
    std::atomic<QThread *> destroyedOn = nullptr;
    connect(old, &QObject::destroyed, this, [&destroyedOn] { destroyedOn.store(QThread::currentThread()); },
            Qt::DirectConnection);

    // What the flag executor does on the worker thread, as often as it can meanwhile.
    std::atomic<int> lookups = 0;
    QTimer executor;
    executor.setInterval(0);
    connect(&executor, &QTimer::timeout, &executor, [&engine, &lookups] {
        for (const QString &id : {u"old"_s, u"new"_s})
            if (Flags::FlagSource *s = engine.sourceOnWorkerThread(id); s && s->sourceId() == id)
                ++lookups;
    });
    executor.moveToThread(&guard.thread);
    QMetaObject::invokeMethod(&executor, qOverload<>(&QTimer::start), Qt::BlockingQueuedConnection);
    auto stopExecutor = [&executor] {
        QMetaObject::invokeMethod(&executor, [&executor] {
            executor.stop();
            executor.moveToThread(QCoreApplication::instance()->thread());
        }, Qt::BlockingQueuedConnection);
    };
    auto executorGuard = qScopeGuard(stopExecutor);

    // The workspace changes: the worker stops, the old source answers meanwhile (its
    // reply was already on its way), then the new sources start.
    engine.stop();
    QMetaObject::invokeMethod(old, [old] { old->answer(); }, Qt::BlockingQueuedConnection);
    engine.release();
    auto *fresh = new HeldSource(u"new"_s);
    engine.start(&guard.thread, clock, {fresh});
    QTRY_VERIFY(fresh->asked());
    QMetaObject::invokeMethod(fresh, [fresh] { fresh->answer(); }, Qt::QueuedConnection);
    QTRY_VERIFY(engine.latest() && engine.latest()->source(u"new"_s));
    QVERIFY(!engine.latest()->source(u"old"_s));
    QTRY_VERIFY(destroyedOn.load());
    QCOMPARE(destroyedOn.load(), &guard.thread);

    // More changes, each with a refresh in flight, under the executor's lookups.
    for (int i = 0; i < 30; ++i) {
        engine.refresh();
        engine.stop();
        engine.release();
        engine.start(&guard.thread, clock, {new HeldSource(i % 2 ? u"new"_s : u"old"_s)});
    }
    QTRY_VERIFY(lookups.load() > 0);
    Flags::FlagSource *found = nullptr;
    QMetaObject::invokeMethod(&executor, [&] { found = engine.sourceOnWorkerThread(u"new"_s); },
                              Qt::BlockingQueuedConnection);
    QVERIFY(found); // the last one started (i = 29)
    executorGuard.dismiss();
    stopExecutor();
    engine.stop();
    engine.release();
}

QTEST_GUILESS_MAIN(TestExperimentCounts)
#include "tst_experiment_counts.moc"
