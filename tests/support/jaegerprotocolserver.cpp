#include "jaegerprotocolserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QByteArray envelope(const QJsonArray &data, int limit = 0)
{
    QJsonObject o{{u"data"_s, data}, {u"total"_s, data.size()}, {u"limit"_s, limit}, {u"offset"_s, 0},
                  {u"errors"_s, QJsonValue::Null}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeReply jaegerError(int code, const QString &message)
{
    return FakeReply::json(JaegerProtocolServer::errorBody(code, message), code);
}

// Go's time.ParseDuration, for the units Jaeger's UI sends.
std::optional<qint64> parseDurationUs(const QString &text)
{
    static const QRegularExpression re(u"^(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double us = unit == u"ns" ? v / 1000 : unit == u"us" || unit == u"µs" ? v : unit == u"ms" ? v * 1e3
                    : unit == u"s" ? v * 1e6 : unit == u"m" ? v * 60e6 : v * 3600e6;
    return static_cast<qint64>(us);
}

QString valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

} // namespace

QByteArray JaegerProtocolServer::errorBody(int code, const QString &message)
{
    QJsonObject o{{u"data"_s, QJsonValue::Null}, {u"total"_s, 0}, {u"limit"_s, 0}, {u"offset"_s, 0},
                  {u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, code}, {u"msg"_s, message}}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject JaegerProtocolServer::toJson(const Traces::Trace &trace)
{
    auto kvs = [](const QVector<Traces::KeyValue> &list) {
        QJsonArray out;
        for (const Traces::KeyValue &kv : list) {
            QJsonValue value = kv.value;
            if (kv.type == u"bool")
                value = kv.value == u"true";
            else if (kv.type == u"int64" || kv.type == u"float64")
                value = kv.value.toDouble();
            out.append(QJsonObject{{u"key"_s, kv.key}, {u"type"_s, kv.type}, {u"value"_s, value}});
        }
        return out;
    };
    QJsonObject processes;
    QHash<QString, QString> processIds;
    QJsonArray spans;
    for (const Traces::Span &s : trace.spans) {
        if (!processIds.contains(s.service)) {
            const QString id = u"p"_s + QString::number(processIds.size() + 1);
            processIds.insert(s.service, id);
            processes.insert(id, QJsonObject{{u"serviceName"_s, s.service}, {u"tags"_s, QJsonArray{}}});
        }
        QJsonArray refs;
        for (const Traces::SpanRef &r : s.references)
            refs.append(QJsonObject{{u"refType"_s, r.type == Traces::RefType::ChildOf ? u"CHILD_OF"_s : u"FOLLOWS_FROM"_s},
                                    {u"traceID"_s, trace.traceId}, {u"spanID"_s, r.spanId}});
        QJsonArray logs;
        for (const Traces::SpanLog &l : s.logs)
            logs.append(QJsonObject{{u"timestamp"_s, static_cast<double>(l.timestampUs)}, {u"fields"_s, kvs(l.fields)}});
        spans.append(QJsonObject{{u"traceID"_s, trace.traceId}, {u"spanID"_s, s.spanId}, {u"flags"_s, 1},
                                 {u"operationName"_s, s.operation}, {u"references"_s, refs},
                                 {u"startTime"_s, static_cast<double>(s.startUs)},
                                 {u"duration"_s, static_cast<double>(s.durationUs)}, {u"tags"_s, kvs(s.tags)},
                                 {u"logs"_s, logs}, {u"processID"_s, processIds.value(s.service)},
                                 {u"warnings"_s, QJsonValue::Null}});
    }
    return QJsonObject{{u"traceID"_s, trace.traceId}, {u"spans"_s, spans}, {u"processes"_s, processes},
                       {u"warnings"_s, QJsonValue::Null}};
}

FakeReply JaegerProtocolServer::handle(const FakeRequest &request) const
{
    FakeReply reply;
    const QString path = QString::fromUtf8(request.path);
    static const QRegularExpression operationsPath(u"^/api/services/([^/]+)/operations$"_s);
    static const QRegularExpression tracePath(u"^/api/traces/([^/]+)$"_s);
    if (request.method != "GET")
        reply = FakeReply::text("405 method not allowed\n", 405);
    else if (path == u"/api/services")
        reply = services();
    else if (const auto m = operationsPath.match(path); m.hasMatch())
        reply = operations(QUrl::fromPercentEncoding(m.captured(1).toUtf8()), false);
    else if (path == u"/api/operations") {
        const QString service = request.query.queryItemValue(u"service"_s, QUrl::FullyDecoded);
        reply = service.isEmpty() ? jaegerError(400, u"parameter 'service' is required"_s) : operations(service, true);
    } else if (path == u"/api/traces")
        reply = search(request.query);
    else if (const auto t = tracePath.match(path); t.hasMatch())
        reply = traceById(t.captured(1));
    else
        reply = FakeReply::text("404 page not found\n", 404);
    reply.delayMs = m_delayMs;
    return reply;
}

FakeReply JaegerProtocolServer::services() const
{
    QSet<QString> names;
    for (const QJsonObject &t : m_traces) {
        const QJsonObject processes = t.value("processes"_L1).toObject();
        for (auto it = processes.begin(); it != processes.end(); ++it)
            names.insert(it.value().toObject().value("serviceName"_L1).toString());
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return FakeReply::json(envelope(QJsonArray::fromStringList(sorted)));
}

FakeReply JaegerProtocolServer::operations(const QString &service, bool objects) const
{
    QStringList names;
    for (const QJsonObject &t : m_traces) {
        const QJsonObject processes = t.value("processes"_L1).toObject();
        for (const QJsonValue &s : t.value("spans"_L1).toArray()) {
            const QJsonObject span = s.toObject();
            if (processes.value(span.value("processID"_L1).toString()).toObject().value("serviceName"_L1).toString()
                == service)
                names.append(span.value("operationName"_L1).toString());
        }
    }
    names.removeDuplicates();
    names.sort();
    QJsonArray data;
    for (const QString &n : std::as_const(names)) {
        if (objects)
            data.append(QJsonObject{{u"name"_s, n}, {u"spanKind"_s, u"server"_s}});
        else
            data.append(n);
    }
    return FakeReply::json(envelope(data));
}

FakeReply JaegerProtocolServer::traceById(const QString &id) const
{
    for (const QJsonObject &t : m_traces) {
        if (t.value("traceID"_L1).toString().compare(id, Qt::CaseInsensitive) == 0)
            return FakeReply::json(envelope(QJsonArray{t}));
    }
    return jaegerError(404, u"trace not found"_s);
}

FakeReply JaegerProtocolServer::search(const QUrlQuery &params) const
{
    auto value = [&params](const char *name) { return params.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    const QString service = value("service");
    if (service.isEmpty())
        return jaegerError(400, u"parameter 'service' is required"_s);
    std::optional<qint64> minUs;
    std::optional<qint64> maxUs;
    for (const char *name : {"minDuration", "maxDuration"}) {
        const QString text = value(name);
        if (text.isEmpty())
            continue;
        const auto us = parseDurationUs(text);
        if (!us)
            return jaegerError(400, u"unable to parse param '%1': time: invalid duration \"%2\""_s
                                        .arg(QString::fromLatin1(name), text));
        (qstrcmp(name, "minDuration") == 0 ? minUs : maxUs) = us;
    }
    if (minUs && maxUs && *maxUs < *minUs)
        return jaegerError(400, u"'maxDuration' should be greater than 'minDuration'"_s);
    QJsonObject tags;
    if (const QString text = value("tags"); !text.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return jaegerError(400, u"malformed 'tags' parameter, expecting JSON object: %1"_s.arg(error.errorString()));
        tags = doc.object();
    }
    int limit = 20;
    if (const QString text = value("limit"); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 0)
            return jaegerError(400, u"unable to parse param 'limit': strconv.ParseInt: parsing \"%1\": invalid syntax"_s
                                        .arg(text));
    }
    bool startOk = true;
    bool endOk = true;
    const qint64 start = value("start").isEmpty() ? 0 : value("start").toLongLong(&startOk);
    const qint64 end = value("end").isEmpty() ? std::numeric_limits<qint64>::max() : value("end").toLongLong(&endOk);
    if (!startOk || !endOk)
        return jaegerError(400, u"unable to parse param 'start' or 'end': strconv.ParseInt: invalid syntax"_s);
    const QString operation = value("operation");

    QJsonArray data;
    for (const QJsonObject &t : m_traces) {
        if (limit > 0 && data.size() >= limit)
            break;
        const QJsonObject processes = t.value("processes"_L1).toObject();
        bool match = false;
        for (const QJsonValue &s : t.value("spans"_L1).toArray()) {
            const QJsonObject span = s.toObject();
            const QString spanService = processes.value(span.value("processID"_L1).toString())
                                            .toObject().value("serviceName"_L1).toString();
            if (spanService != service)
                continue;
            if (!operation.isEmpty() && span.value("operationName"_L1).toString() != operation)
                continue;
            const qint64 startUs = static_cast<qint64>(span.value("startTime"_L1).toDouble());
            const qint64 durationUs = static_cast<qint64>(span.value("duration"_L1).toDouble());
            if (startUs < start || startUs > end)
                continue;
            if ((minUs && durationUs < *minUs) || (maxUs && durationUs > *maxUs))
                continue;
            bool tagsMatch = true;
            for (auto it = tags.begin(); it != tags.end(); ++it) {
                bool found = false;
                for (const QJsonValue &tag : span.value("tags"_L1).toArray()) {
                    const QJsonObject o = tag.toObject();
                    if (o.value("key"_L1).toString() == it.key() && valueText(o.value("value"_L1)) == valueText(it.value()))
                        found = true;
                }
                tagsMatch = tagsMatch && found;
            }
            if (!tagsMatch)
                continue;
            match = true;
            break;
        }
        if (match)
            data.append(t);
    }
    return FakeReply::json(envelope(data, limit));
}

} // namespace TestSupport
