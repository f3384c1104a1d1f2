#include "core/sources/jaeger/jaegerresponse.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sources::Jaeger {

namespace {

Util::Error formatError(const QString &detail)
{
    return Util::makeError(u"jaeger.format"_s,
                           QCoreApplication::translate("Jaeger", "Jaeger answered in an unexpected format: %1")
                               .arg(detail));
}

Util::Result<QJsonObject> envelope(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return formatError(QCoreApplication::translate("Jaeger", "not JSON (%1 at byte %2)")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        return formatError(QCoreApplication::translate("Jaeger", "expected an object with \"data\""));
    return doc.object();
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    case QJsonValue::Array:
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QVector<Traces::KeyValue> keyValues(const QJsonArray &array)
{
    QVector<Traces::KeyValue> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value("key"_L1).toString(), o.value("type"_L1).toString(u"string"_s), valueText(o.value("value"_L1))});
    }
    return out;
}

bool isErrorTag(const Traces::KeyValue &tag)
{
    if (tag.key == u"error")
        return tag.value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (tag.key == u"otel.status_code")
        return tag.value.compare(u"ERROR"_s, Qt::CaseInsensitive) == 0;
    return false;
}

qint64 integer(const QJsonValue &value)
{
    // Jaeger writes microseconds as JSON numbers; some proxies quote them.
    if (value.isString())
        return value.toString().toLongLong();
    return static_cast<qint64>(value.toDouble());
}

Util::Result<Traces::TracePtr> parseTrace(const QJsonObject &json)
{
    auto trace = std::make_shared<Traces::Trace>();
    trace->traceId = json.value("traceID"_L1).toString();
    if (trace->traceId.isEmpty())
        return formatError(QCoreApplication::translate("Jaeger", "a trace without \"traceID\""));
    QHash<QString, QString> services;
    const QJsonObject processes = json.value("processes"_L1).toObject();
    for (auto it = processes.begin(); it != processes.end(); ++it)
        services.insert(it.key(), it.value().toObject().value("serviceName"_L1).toString());
    for (const QJsonValue &w : json.value("warnings"_L1).toArray())
        trace->warnings.append(w.toString());

    const QJsonArray spans = json.value("spans"_L1).toArray();
    trace->spans.reserve(spans.size());
    for (const QJsonValue &value : spans) {
        const QJsonObject s = value.toObject();
        Traces::Span span;
        span.spanId = s.value("spanID"_L1).toString();
        if (span.spanId.isEmpty())
            return formatError(QCoreApplication::translate("Jaeger", "a span without \"spanID\" in trace %1")
                                   .arg(trace->traceId));
        span.operation = s.value("operationName"_L1).toString();
        const QString processId = s.value("processID"_L1).toString();
        span.service = services.value(processId);
        if (span.service.isEmpty()) // embedded process (older answers) or none at all
            span.service = s.value("process"_L1).toObject().value("serviceName"_L1).toString(processId);
        span.startUs = integer(s.value("startTime"_L1));
        span.durationUs = integer(s.value("duration"_L1));
        for (const QJsonValue &r : s.value("references"_L1).toArray()) {
            const QJsonObject ref = r.toObject();
            Traces::SpanRef out;
            out.type = ref.value("refType"_L1).toString() == u"FOLLOWS_FROM" ? Traces::RefType::FollowsFrom
                                                                              : Traces::RefType::ChildOf;
            out.traceId = ref.value("traceID"_L1).toString();
            out.spanId = ref.value("spanID"_L1).toString();
            if (!out.spanId.isEmpty())
                span.references.append(out);
        }
        // Older answers carry the parent as parentSpanID instead of a reference.
        const QString parent = s.value("parentSpanID"_L1).toString();
        if (span.references.isEmpty() && !parent.isEmpty() && parent != u"0")
            span.references.append({Traces::RefType::ChildOf, trace->traceId, parent});
        span.tags = keyValues(s.value("tags"_L1).toArray());
        for (const QJsonValue &l : s.value("logs"_L1).toArray()) {
            const QJsonObject log = l.toObject();
            span.logs.append({integer(log.value("timestamp"_L1)), keyValues(log.value("fields"_L1).toArray())});
        }
        span.error = std::any_of(span.tags.cbegin(), span.tags.cend(), isErrorTag);
        trace->spans.append(std::move(span));
    }
    return Traces::TracePtr(std::move(trace));
}

} // namespace

Util::Result<ParsedTraces> parseTraces(const QByteArray &body)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const QJsonValue data = root->value("data"_L1);
    if (!data.isArray() && !data.isNull())
        return formatError(QCoreApplication::translate("Jaeger", "\"data\" is not a list of traces"));
    ParsedTraces parsed;
    for (const QJsonValue &t : data.toArray()) {
        auto trace = parseTrace(t.toObject());
        if (!trace)
            return trace.error();
        parsed.traces.append(std::move(trace).value());
    }
    for (const QJsonValue &e : root->value("errors"_L1).toArray())
        parsed.errors.append(e.toObject().value("msg"_L1).toString());
    return parsed;
}

Util::Result<QStringList> parseNames(const QByteArray &body)
{
    auto root = envelope(body);
    if (!root)
        return root.error();
    const QJsonValue data = root->value("data"_L1);
    if (!data.isArray() && !data.isNull())
        return formatError(QCoreApplication::translate("Jaeger", "\"data\" is not a list of names"));
    QStringList names;
    for (const QJsonValue &v : data.toArray())
        names.append(v.isObject() ? v.toObject().value("name"_L1).toString() : v.toString());
    names.removeAll(QString());
    names.removeDuplicates();
    names.sort();
    return names;
}

QString errorText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QStringList messages;
    for (const QJsonValue &e : doc.object().value("errors"_L1).toArray())
        messages.append(e.toObject().value("msg"_L1).toString());
    messages.removeAll(QString());
    if (messages.isEmpty() && !doc.isObject() && !body.trimmed().isEmpty())
        messages.append(QString::fromUtf8(body.trimmed().left(200)));
    return messages.join(u"; "_s);
}

} // namespace Sources::Jaeger
