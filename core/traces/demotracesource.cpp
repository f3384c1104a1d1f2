#include "core/traces/demotracesource.h"

#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demorandom.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Sources::Demo::hashUnit;

namespace Traces {

namespace {

// One request is traced every kSlotMs per service (a sampled trace).
constexpr qint64 kSlotMs = 5'000;
constexpr int kMaxSlots = 2'000; // per search: newest first when the window is longer

QString operationFor(const QString &role, int variant)
{
    static const QHash<QString, QStringList> ops{
        {u"api"_s, {u"GET /api/events"_s, u"POST /api/tickets"_s, u"GET /api/events/{id}"_s}},
        {u"web"_s, {u"GET /"_s, u"GET /events/{slug}"_s, u"GET /checkout"_s}},
        {u"voice"_s, {u"POST /calls"_s, u"WS /calls/{id}/audio"_s}},
        {u"database"_s, {u"SELECT events"_s, u"UPDATE tickets"_s, u"SELECT users"_s}},
        {u"site"_s, {u"GET /"_s, u"GET /blog/{slug}"_s}},
        {u"worker"_s, {u"job.process"_s}},
    };
    const QStringList list = ops.value(role, {u"handle"_s});
    return list.at(variant % list.size());
}

QString hexId(quint64 value, int digits)
{
    return u"%1"_s.arg(value, digits, 16, QLatin1Char('0')).right(digits);
}

struct Builder
{
    const Sources::Demo::DemoFleet &fleet;
    quint64 seed;
    QString traceId;
    QVector<Span> spans;

    QString addSpan(const QString &parent, const QString &service, const QString &op, qint64 start, qint64 duration,
                    bool error, QVector<KeyValue> tags)
    {
        Span span;
        span.spanId = hexId(Sources::Demo::splitMix64(seed ^ static_cast<quint64>(spans.size() + 1)), 16);
        span.service = service;
        span.operation = op;
        span.startUs = start;
        span.durationUs = std::max<qint64>(1, duration);
        if (!parent.isEmpty())
            span.references.append({RefType::ChildOf, traceId, parent});
        span.tags = std::move(tags);
        if (error) {
            span.error = true;
            span.tags.append({u"error"_s, u"bool"_s, u"true"_s});
            span.logs.append({start + duration / 2,
                              {{u"event"_s, u"string"_s, u"error"_s},
                               {u"message"_s, u"string"_s, u"upstream answered 503 Service Unavailable"_s}}});
        }
        spans.append(std::move(span));
        return spans.last().spanId;
    }

    // The service's own span and, below it, its dependency's.
    void request(const QString &parent, int index, qint64 start, qint64 duration, qint64 tMs, bool error, int depth)
    {
        const auto &spec = fleet.spec().services.at(index);
        const int variant = static_cast<int>(hashUnit(seed, 11, depth) * 6);
        QVector<KeyValue> tags{{u"span.kind"_s, u"string"_s, parent.isEmpty() ? u"server"_s : u"client"_s}};
        if (spec.role == u"database")
            tags.append({u"db.statement"_s, u"string"_s, u"SELECT * FROM %1 WHERE id = $1"_s.arg(
                                                                 operationFor(spec.role, variant).section(u' ', 1))});
        else
            tags.append({u"http.status_code"_s, u"int64"_s, error ? u"503"_s : u"200"_s});
        const QString self = addSpan(parent, spec.id, operationFor(spec.role, variant), start, duration,
                                     error && spec.dependsOn.isEmpty(), tags);
        const int dep = fleet.indexOf(spec.dependsOn);
        if (dep < 0 || depth > 4) {
            // A leaf: a couple of internal steps.
            const qint64 step = duration / 3;
            addSpan(self, spec.id, u"parse"_s, start + duration / 20, step / 2, false, {});
            addSpan(self, spec.id, u"render"_s, start + duration - step, step - duration / 20, false, {});
            return;
        }
        // Auth, then the dependency call taking what the dependency's latency says, then the answer.
        const qint64 depLatency = static_cast<qint64>(fleet.value(dep, Model::MetricKind::LatencyP95, tMs) * 1000.0
                                                      * (0.4 + 0.6 * hashUnit(seed, 21, depth)));
        const qint64 auth = duration / 10;
        addSpan(self, spec.id, u"auth.check"_s, start + duration / 50, auth, false, {});
        const qint64 callStart = start + duration / 50 + auth + duration / 100;
        const qint64 callDuration = std::clamp<qint64>(depLatency, 1, std::max<qint64>(1, start + duration * 9 / 10 - callStart));
        request(self, dep, callStart, callDuration, tMs, error, depth + 1);
        // What is left after the call is the handler's own work, with a short serialisation at the end.
        addSpan(self, spec.id, u"serialize"_s, start + duration - duration / 20 - duration / 100, duration / 20, false,
                {});
        if (error) {
            for (Span &s : spans)
                if (s.spanId == self) {
                    s.error = true;
                    s.tags.append({u"error"_s, u"bool"_s, u"true"_s});
                }
        }
    }
};

} // namespace

DemoTraceSource::DemoTraceSource(std::shared_ptr<const Sources::Demo::DemoFleet> fleet, QObject *parent)
    : TraceSource(parent)
    , m_fleet(std::move(fleet))
{
}

DemoTraceSource::~DemoTraceSource() = default;

TracePtr DemoTraceSource::generate(int index, qint64 slot) const
{
    const qint64 tMs = slot * kSlotMs;
    const quint64 seed = Sources::Demo::splitMix64(m_fleet->seed() ^ (static_cast<quint64>(index) << 40)
                                                   ^ static_cast<quint64>(slot));
    Builder b{*m_fleet, seed, u"demo"_s + QString::number(index) + u'-' + QString::number(slot), {}};
    // Requests spread around the p95: most well below it, one in twenty beyond.
    const double p95Ms = m_fleet->value(index, Model::MetricKind::LatencyP95, tMs);
    const double u = hashUnit(seed, 1);
    const double factor = u < 0.95 ? 0.3 + 0.7 * u / 0.95 : 1.0 + (u - 0.95) * 30.0;
    const qint64 durationUs = std::max<qint64>(200, static_cast<qint64>(p95Ms * 1000.0 * factor));
    const double errorRate = m_fleet->value(index, Model::MetricKind::ErrorRate, tMs);
    const bool error = hashUnit(seed, 2) < std::clamp(errorRate * 5.0, 0.0, 1.0);
    const qint64 startUs = tMs * 1000 + static_cast<qint64>(hashUnit(seed, 3) * 1e6);
    b.request(QString(), index, startUs, durationUs, tMs, error, 0);
    auto trace = std::make_shared<Trace>();
    trace->traceId = b.traceId;
    trace->spans = std::move(b.spans);
    return trace;
}

TraceList DemoTraceSource::search(const TraceQuery &query) const
{
    TraceList out;
    const int index = m_fleet->indexOf(query.service);
    if (index < 0)
        return out;
    const qint64 fromSlot = (query.startUs / 1000 + kSlotMs - 1) / kSlotMs;
    const qint64 toSlot = std::max(fromSlot, query.endUs / 1000 / kSlotMs);
    const qint64 first = std::max(fromSlot, toSlot - kMaxSlots);
    for (qint64 slot = toSlot; slot >= first; --slot) {
        TracePtr trace = generate(index, slot);
        const Span *root = trace->rootSpan();
        if (!root || root->startUs < query.startUs || root->startUs > query.endUs)
            continue;
        if (query.minDurationUs > 0 && root->durationUs < query.minDurationUs)
            continue;
        if (query.maxDurationUs > 0 && root->durationUs > query.maxDurationUs)
            continue;
        if (query.errorsOnly && trace->errorCount() == 0)
            continue;
        if (!query.operation.isEmpty() && root->operation != query.operation)
            continue;
        out.append(std::move(trace));
    }
    // Like a trace store answering "the slowest first" would, capped by the limit.
    std::stable_sort(out.begin(), out.end(),
                     [](const TracePtr &a, const TracePtr &b) { return a->durationUs() > b->durationUs(); });
    if (out.size() > query.limit)
        out.resize(std::max(0, query.limit));
    return out;
}

TracePtr DemoTraceSource::trace(const QString &traceId) const
{
    if (!traceId.startsWith(u"demo"_s))
        return nullptr;
    const QStringList parts = traceId.mid(4).split(u'-');
    bool okIndex = false;
    bool okSlot = false;
    const int index = parts.value(0).toInt(&okIndex);
    const qint64 slot = parts.value(1).toLongLong(&okSlot);
    if (parts.size() != 2 || !okIndex || !okSlot || index < 0 || index >= m_fleet->serviceCount())
        return nullptr;
    return generate(index, slot);
}

void DemoTraceSource::findTraces(quint64 requestId, const TraceQuery &query)
{
    auto list = std::make_shared<const TraceList>(search(query));
    // Answer later, like a real connector.
    QMetaObject::invokeMethod(this, [this, requestId, list] { emit tracesFound(requestId, list); },
                              Qt::QueuedConnection);
}

void DemoTraceSource::fetchTrace(quint64 requestId, const QString &traceId)
{
    TracePtr found = trace(traceId);
    QMetaObject::invokeMethod(this, [this, requestId, found, traceId] {
        if (found)
            emit traceFetched(requestId, found);
        else
            emit failed(requestId, Util::makeError(u"traces.not_found"_s,
                                                   QCoreApplication::translate("Traces", "No trace with id %1.")
                                                       .arg(traceId)));
    }, Qt::QueuedConnection);
}

void DemoTraceSource::fetchServices(quint64 requestId)
{
    QStringList names;
    for (const auto &s : m_fleet->spec().services)
        names.append(s.id);
    QMetaObject::invokeMethod(this, [this, requestId, names] { emit namesFetched(requestId, names); },
                              Qt::QueuedConnection);
}

void DemoTraceSource::fetchOperations(quint64 requestId, const QString &service)
{
    QStringList names;
    const int index = m_fleet->indexOf(service);
    if (index >= 0) {
        for (int v = 0; v < 3; ++v)
            names.append(operationFor(m_fleet->spec().services.at(index).role, v));
    }
    names.removeDuplicates();
    QMetaObject::invokeMethod(this, [this, requestId, names] { emit namesFetched(requestId, names); },
                              Qt::QueuedConnection);
}

TracePtr DemoTraceSource::largeTrace(int spanCount, quint64 seed, qint64 startUs)
{
    static const QStringList services{u"edge"_s, u"events-api"_s, u"events-web"_s, u"tickets"_s, u"payments"_s,
                                      u"events-db"_s, u"cache"_s, u"search"_s};
    auto trace = std::make_shared<Trace>();
    trace->traceId = hexId(Sources::Demo::splitMix64(seed), 32);
    trace->spans.reserve(spanCount);
    // Breadth-first fan-out: each span gets 1..8 children inside its own interval.
    Span root;
    root.spanId = hexId(Sources::Demo::splitMix64(seed + 1), 16);
    root.service = services.first();
    root.operation = u"GET /api/batch"_s;
    root.startUs = startUs;
    root.durationUs = 5'000'000;
    trace->spans.append(root);
    for (int parent = 0; trace->spans.size() < spanCount; ++parent) {
        const Span p = trace->spans.at(parent % trace->spans.size());
        const int fan = 1 + static_cast<int>(hashUnit(seed, 7, parent) * 8);
        for (int k = 0; k < fan && trace->spans.size() < spanCount; ++k) {
            const int i = static_cast<int>(trace->spans.size());
            Span s;
            s.spanId = hexId(Sources::Demo::splitMix64(seed + 2 + static_cast<quint64>(i)), 16);
            s.service = services.at(static_cast<int>(hashUnit(seed, 8, i) * services.size()));
            s.operation = u"op-%1"_s.arg(i % 97);
            const double a = hashUnit(seed, 9, i);
            const double b = hashUnit(seed, 10, i);
            s.startUs = p.startUs + static_cast<qint64>(static_cast<double>(p.durationUs) * a * 0.8);
            s.durationUs = std::max<qint64>(1, static_cast<qint64>(static_cast<double>(p.startUs + p.durationUs - s.startUs) * b));
            s.references.append({RefType::ChildOf, trace->traceId, p.spanId});
            s.tags.append({u"component"_s, u"string"_s, u"demo"_s});
            s.error = hashUnit(seed, 12, i) < 0.01;
            if (s.error)
                s.tags.append({u"error"_s, u"bool"_s, u"true"_s});
            trace->spans.append(std::move(s));
        }
    }
    return trace;
}

} // namespace Traces
