#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demosource.h"
#include "core/traces/demotracesource.h"
#include "core/traces/tracetree.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using Traces::Span;
using Traces::Trace;
using Traces::TraceTree;

namespace {

Span span(const QString &id, const QString &parent, const QString &service, qint64 start, qint64 duration,
          Traces::RefType ref = Traces::RefType::ChildOf)
{
    Span s;
    s.spanId = id;
    s.service = service;
    s.operation = u"op "_s + id;
    s.startUs = start;
    s.durationUs = duration;
    if (!parent.isEmpty())
        s.references.append({ref, u"t"_s, parent});
    return s;
}

Traces::TracePtr trace(QVector<Span> spans)
{
    auto t = std::make_shared<Trace>();
    t->traceId = u"t"_s;
    t->spans = std::move(spans);
    return t;
}

// A: 0..1000 with B 100..400 and C 300..900, C has D 350..600.
QVector<Span> cleanSpans()
{
    return {span(u"A"_s, {}, u"api"_s, 0, 1000), span(u"C"_s, u"A"_s, u"api"_s, 300, 600),
            span(u"B"_s, u"A"_s, u"api"_s, 100, 300), span(u"D"_s, u"C"_s, u"api"_s, 350, 250)};
}

QString idOf(const TraceTree &tree, int node)
{
    const Span *s = tree.span(node);
    return s ? s->spanId : u"<root>"_s;
}

QStringList order(const TraceTree &tree, const QVector<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out << idOf(tree, n);
    return out;
}

std::unique_ptr<Sources::Demo::DemoFleet> standardFleet()
{
    auto fleet = Sources::Demo::DemoSource::fleetFromOptions(
        QJsonObject{{u"preset"_s, u"standard"_s}, {u"seed"_s, u"1"_s}, {u"originMs"_s, u"1772712000000"_s}});
    return fleet ? std::move(fleet).value() : nullptr;
}

} // namespace

class TestTraces final : public QObject
{
    Q_OBJECT

private slots:
    void cleanTree()
    {
        const auto tree = TraceTree::build(trace(cleanSpans()));
        QVERIFY(tree->warnings().isEmpty());
        QVERIFY(!tree->hasSyntheticRoot());
        QCOMPARE(idOf(*tree, tree->root()), u"A"_s);
        QCOMPARE(order(*tree, tree->preorder()), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
        QCOMPARE(tree->maxDepth(), 2);
        QCOMPARE(tree->durationUs(), 1000);
    }

    void criticalPath()
    {
        const auto tree = TraceTree::build(trace(cleanSpans()));
        QStringList got;
        for (const Traces::CriticalSegment &s : tree->criticalPath())
            got << u"%1[%2,%3]"_s.arg(idOf(*tree, s.node)).arg(s.startUs).arg(s.endUs);
        // Back from A's end: C finished last, inside it D; before C started, B.
        QCOMPARE(got, (QStringList{u"A[0,100]"_s, u"B[100,300]"_s, u"C[300,350]"_s, u"D[350,600]"_s,
                                   u"C[600,900]"_s, u"A[900,1000]"_s}));
        QCOMPARE(tree->criticalPathUs(), tree->durationUs());
    }

    void criticalPathSkipsOverlappedWork()
    {
        // B and C run in parallel; C ends last, so B is not on the path at all.
        const auto tree = TraceTree::build(trace({span(u"A"_s, {}, u"s"_s, 0, 100), span(u"B"_s, u"A"_s, u"s"_s, 10, 40),
                                                  span(u"C"_s, u"A"_s, u"s"_s, 5, 90)}));
        QStringList onPath;
        for (int n : tree->preorder())
            if (tree->node(n).onCriticalPath)
                onPath << idOf(*tree, n);
        QCOMPARE(onPath, (QStringList{u"A"_s, u"C"_s}));
    }

    void visibleRows()
    {
        const auto tree = TraceTree::build(trace(cleanSpans()));
        QVector<bool> collapsed(tree->nodes().size(), false);
        QCOMPARE(order(*tree, tree->visibleRows(collapsed)), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
        for (int n : tree->preorder())
            if (idOf(*tree, n) == u"C")
                collapsed[n] = true;
        QCOMPARE(order(*tree, tree->visibleRows(collapsed)), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        collapsed[tree->root()] = true;
        QCOMPARE(order(*tree, tree->visibleRows(collapsed)), (QStringList{u"A"_s}));
    }

    void repairs_data()
    {
        QTest::addColumn<QVector<Span>>("spans");
        QTest::addColumn<QString>("repair");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("syntheticRoot");

        QTest::newRow("missing parent") << QVector<Span>{span(u"A"_s, {}, u"s"_s, 0, 100),
                                                         span(u"B"_s, u"gone"_s, u"s"_s, 10, 20),
                                                         span(u"C"_s, u"B"_s, u"s"_s, 12, 5)}
                                        << u"missingParents"_s << 1 << true;
        QTest::newRow("self reference") << QVector<Span>{span(u"A"_s, {}, u"s"_s, 0, 100),
                                                         span(u"B"_s, u"B"_s, u"s"_s, 10, 20)}
                                        << u"cycles"_s << 1 << true;
        QTest::newRow("two-span cycle") << QVector<Span>{span(u"A"_s, u"B"_s, u"s"_s, 0, 100),
                                                         span(u"B"_s, u"A"_s, u"s"_s, 10, 20),
                                                         span(u"C"_s, u"B"_s, u"s"_s, 11, 2)}
                                        << u"cycles"_s << 1 << true;
        QTest::newRow("negative duration") << QVector<Span>{span(u"A"_s, {}, u"s"_s, 0, 100),
                                                            span(u"B"_s, u"A"_s, u"s"_s, 10, -50)}
                                           << u"negativeDurations"_s << 1 << false;
        QTest::newRow("remote child starts before parent")
            << QVector<Span>{span(u"A"_s, {}, u"web"_s, 1000, 100), span(u"B"_s, u"A"_s, u"db"_s, 950, 30),
                             span(u"C"_s, u"B"_s, u"db"_s, 955, 10)}
            << u"skewedSpans"_s << 1 << false;
        QTest::newRow("remote child ends after parent")
            << QVector<Span>{span(u"A"_s, {}, u"web"_s, 1000, 100), span(u"B"_s, u"A"_s, u"db"_s, 1090, 30)}
            << u"skewedSpans"_s << 1 << false;
        QTest::newRow("duplicate span id") << QVector<Span>{span(u"A"_s, {}, u"s"_s, 0, 100),
                                                            span(u"B"_s, u"A"_s, u"s"_s, 10, 20),
                                                            span(u"B"_s, u"A"_s, u"s"_s, 40, 20)}
                                           << u"duplicateIds"_s << 1 << false;
        QTest::newRow("several roots") << QVector<Span>{span(u"A"_s, {}, u"s"_s, 0, 100), span(u"B"_s, {}, u"s"_s, 50, 100)}
                                       << u"none"_s << 0 << true;
    }

    void repairs()
    {
        QFETCH(QVector<Span>, spans);
        QFETCH(QString, repair);
        QFETCH(int, count);
        QFETCH(bool, syntheticRoot);
        const auto tree = TraceTree::build(trace(spans));
        const TraceTree::Repairs &r = tree->repairs();
        const QHash<QString, int> counts{{u"missingParents"_s, r.missingParents}, {u"cycles"_s, r.cycles},
                                         {u"negativeDurations"_s, r.negativeDurations},
                                         {u"skewedSpans"_s, r.skewedSpans}, {u"duplicateIds"_s, r.duplicateIds}};
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QCOMPARE(it.value(), it.key() == repair ? count : 0);
        QCOMPARE(tree->warnings().size(), count > 0 ? 1 : 0);
        QCOMPARE(tree->hasSyntheticRoot(), syntheticRoot);
        // Nothing lost: every span appears exactly once, and every child lies
        // within a CHILD_OF parent of another service after the skew repair.
        QCOMPARE(tree->preorder().size(), spans.size() + (syntheticRoot ? 1 : 0));
        QVector<int> seen(tree->nodes().size(), 0);
        for (int n : tree->preorder())
            ++seen[n];
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int c) { return c == 1; }));
        for (int n : tree->preorder()) {
            const Traces::TraceNode &node = tree->node(n);
            QVERIFY(node.durationUs >= 0);
            if (node.parent < 0 || !tree->span(node.parent))
                continue;
            const Traces::TraceNode &p = tree->node(node.parent);
            if (tree->span(n)->service != tree->span(node.parent)->service) {
                QVERIFY2(node.startUs >= p.startUs && node.endUs() <= p.endUs(), qPrintable(idOf(*tree, n)));
            }
        }
    }

    void skewShiftCarriesToSubtree()
    {
        const auto tree = TraceTree::build(trace({span(u"A"_s, {}, u"web"_s, 1000, 100),
                                                  span(u"B"_s, u"A"_s, u"db"_s, 950, 30),
                                                  span(u"C"_s, u"B"_s, u"db"_s, 955, 10)}));
        for (int n : tree->preorder()) {
            if (idOf(*tree, n) == u"C") {
                QCOMPARE(tree->node(n).startUs, 1005); // moved with B by +50
                QCOMPARE(tree->node(n).skewShiftUs, 50);
            }
        }
        QCOMPARE(tree->repairs().maxSkewUs, 50);
        QCOMPARE(tree->warnings().size(), 1);
    }

    void followsFromMayOutliveParent()
    {
        const auto tree = TraceTree::build(trace({span(u"A"_s, {}, u"web"_s, 0, 100),
                                                  span(u"B"_s, u"A"_s, u"queue"_s, 90, 500, Traces::RefType::FollowsFrom)}));
        QCOMPARE(tree->repairs().skewedSpans, 0);
        QCOMPARE(tree->durationUs(), 100); // the root's own span
    }

    void emptyTrace()
    {
        const auto tree = TraceTree::build(trace({}));
        QCOMPARE(tree->preorder().size(), 1);
        QVERIFY(tree->hasSyntheticRoot());
        QCOMPARE(tree->durationUs(), 0);
        QVERIFY(tree->criticalPath().isEmpty());
    }

    void deepChainDoesNotOverflow()
    {
        QVector<Span> spans;
        for (int i = 0; i < 10'000; ++i)
            spans.append(span(QString::number(i), i == 0 ? QString() : QString::number(i - 1), u"s"_s, i, 20'000 - 2 * i));
        const auto tree = TraceTree::build(trace(spans));
        QCOMPARE(tree->maxDepth(), 9'999);
        QCOMPARE(tree->criticalPathUs(), tree->durationUs());
        QVERIFY(tree->warnings().isEmpty());
    }

    void largeTrace()
    {
        const auto t = Traces::DemoTraceSource::largeTrace(10'000, 7, 1'772'712'000'000'000);
        QCOMPARE(t->spans.size(), 10'000);
        QVERIFY(t->errorCount() > 0);
        const auto tree = TraceTree::build(t);
        QVERIFY2(tree->warnings().isEmpty(), qPrintable(tree->warnings().join(u' ')));
        QCOMPARE(tree->preorder().size(), 10'000);
        QCOMPARE(Traces::DemoTraceSource::largeTrace(10'000, 7, 1'772'712'000'000'000)->spans.last().spanId,
                 t->spans.last().spanId);
    }

    void demoTracesFollowTheFleet()
    {
        auto owned = standardFleet();
        QVERIFY(owned);
        std::shared_ptr<const Sources::Demo::DemoFleet> fleet(owned.release());
        Traces::DemoTraceSource source(fleet);
        const int db = fleet->indexOf(u"shared-db"_s);
        QVERIFY(db >= 0);
        // The first time the database is slow after a bad deploy of events-api.
        qint64 slowAt = 0;
        for (qint64 t = fleet->originMs(); t < fleet->originMs() + 30LL * 86'400'000; t += 600'000) {
            if (fleet->databaseSlowAt(db, t)) {
                slowAt = t + 1'200'000;
                break;
            }
        }
        QVERIFY(slowAt > 0);
        QVERIFY(fleet->databaseSlowAt(db, slowAt));
        auto meanDbSpanUs = [&](qint64 atMs) {
            Traces::TraceQuery q;
            q.service = u"events-api"_s;
            q.startUs = (atMs - 600'000) * 1000;
            q.endUs = atMs * 1000;
            q.limit = 1000;
            const Traces::TraceList list = source.search(q);
            qint64 sum = 0;
            int n = 0;
            for (const auto &trace : list)
                for (const Span &s : trace->spans)
                    if (s.service == u"shared-db" && s.references.size() == 1 && s.operation != u"parse"
                        && s.operation != u"render") {
                        sum += s.durationUs;
                        ++n;
                    }
            return n > 0 ? sum / n : 0;
        };
        qint64 normalAt = slowAt - 86'400'000; // a day before
        while (fleet->databaseSlowAt(db, normalAt))
            normalAt -= 3'600'000;
        const qint64 slow = meanDbSpanUs(slowAt);
        const qint64 normal = meanDbSpanUs(normalAt);
        QVERIFY2(normal > 0 && slow > 2 * normal, qPrintable(u"slow %1 us, normal %2 us"_s.arg(slow).arg(normal)));
    }

    void demoSearchFilters()
    {
        auto owned = standardFleet();
        std::shared_ptr<const Sources::Demo::DemoFleet> fleet(owned.release());
        Traces::DemoTraceSource source(fleet);
        Traces::TraceQuery q;
        q.service = u"events-api"_s;
        q.endUs = (fleet->originMs() + 5 * 86'400'000LL) * 1000;
        q.startUs = q.endUs - 3'600'000'000LL;
        q.limit = 15;
        const Traces::TraceList first = source.search(q);
        QCOMPARE(first.size(), 15);
        for (int i = 1; i < first.size(); ++i)
            QVERIFY(first.at(i - 1)->durationUs() >= first.at(i)->durationUs());
        const Traces::TraceList again = source.search(q);
        QCOMPARE(again.first()->traceId, first.first()->traceId);
        QCOMPARE(again.first()->spans.size(), first.first()->spans.size());
        QVERIFY(source.trace(first.first()->traceId));
        QCOMPARE(source.trace(first.first()->traceId)->durationUs(), first.first()->durationUs());
        QVERIFY(!source.trace(u"nonsense"_s));

        q.errorsOnly = true;
        q.limit = 1000;
        for (const auto &t : source.search(q))
            QVERIFY(t->errorCount() > 0);
        q.errorsOnly = false;
        q.minDurationUs = first.at(5)->durationUs();
        QCOMPARE(source.search(q).size(), 6);

        QSignalSpy found(&source, &Traces::TraceSource::tracesFound);
        source.findTraces(42, q);
        QCOMPARE(found.size(), 0); // answered later, like a network connector
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).toULongLong(), 42ULL);
    }
};

QTEST_GUILESS_MAIN(TestTraces)
#include "tst_traces.moc"
