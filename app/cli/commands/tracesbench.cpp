#include "app/cli/commands/tracesbench.h"

#include "app/cli/command.h"
#include "core/sources/jaeger/jaegerresponse.h"
#include "core/traces/demotracesource.h"
#include "core/traces/tracetree.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// Jaeger's wire format of a trace (as its query service writes it).
QByteArray jaegerJson(const Traces::Trace &trace)
{
    QJsonObject processes;
    QHash<QString, QString> ids;
    QJsonArray spans;
    for (const Traces::Span &s : trace.spans) {
        if (!ids.contains(s.service)) {
            ids.insert(s.service, u"p"_s + QString::number(ids.size() + 1));
            processes.insert(ids.value(s.service), QJsonObject{{u"serviceName"_s, s.service}, {u"tags"_s, QJsonArray{}}});
        }
        QJsonArray refs;
        for (const Traces::SpanRef &r : s.references)
            refs.append(QJsonObject{{u"refType"_s, u"CHILD_OF"_s}, {u"traceID"_s, trace.traceId}, {u"spanID"_s, r.spanId}});
        QJsonArray tags;
        for (const Traces::KeyValue &t : s.tags)
            tags.append(QJsonObject{{u"key"_s, t.key}, {u"type"_s, t.type}, {u"value"_s, t.value}});
        spans.append(QJsonObject{{u"traceID"_s, trace.traceId}, {u"spanID"_s, s.spanId},
                                 {u"operationName"_s, s.operation}, {u"references"_s, refs},
                                 {u"startTime"_s, static_cast<double>(s.startUs)},
                                 {u"duration"_s, static_cast<double>(s.durationUs)}, {u"tags"_s, tags},
                                 {u"logs"_s, QJsonArray{}}, {u"processID"_s, ids.value(s.service)}});
    }
    const QJsonObject t{{u"traceID"_s, trace.traceId}, {u"spans"_s, spans}, {u"processes"_s, processes}};
    return QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{t}}, {u"errors"_s, QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int benchTraces(QTextStream &out)
{
    constexpr int kSpans = 10'000;
    constexpr int kRuns = 9;
    const QByteArray body = jaegerJson(*Traces::DemoTraceSource::largeTrace(kSpans, 3, 1'772'712'000'000'000LL));
    std::vector<double> parse;
    std::vector<double> tree;
    std::vector<double> layout;
    std::size_t rows = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto parsed = Sources::Jaeger::parseTraces(body);
        parse.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!parsed || parsed->traces.isEmpty()) {
            out << u"traces: the generated answer did not parse: %1"_s.arg(parsed ? QString() : parsed.error().message)
                << '\n';
            return ExitBadInput;
        }
        timer.restart();
        const auto built = Traces::TraceTree::build(parsed->traces.first());
        tree.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        rows = static_cast<std::size_t>(built->visibleRows(QVector<bool>(built->nodes().size(), false)).size());
        layout.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const double total = median(parse) + median(tree) + median(layout);
    out << u"traces: %1 spans, %2 KB of Jaeger JSON: parse %3 ms, tree + critical path %4 ms, "
           "waterfall rows %5 ms; total %6 ms (median of %7 runs, %8 rows)"_s
               .arg(kSpans)
               .arg(body.size() / 1024)
               .arg(median(parse), 0, 'f', 1)
               .arg(median(tree), 0, 'f', 1)
               .arg(median(layout), 0, 'f', 2)
               .arg(total, 0, 'f', 1)
               .arg(kRuns)
               .arg(rows)
        << '\n';
    return ExitOk;
}

} // namespace Cli
