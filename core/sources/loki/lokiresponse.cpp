#include "core/sources/loki/lokiresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sources::Loki {

namespace {

Util::Error formatError(const QString &detail)
{
    return Util::makeError(u"loki.format"_s,
                           QCoreApplication::translate("Loki", "The answer is not a Loki answer: %1.").arg(detail));
}

// The common envelope: {"status": "success", "data": ...}.
Util::Result<QJsonValue> envelopeData(QByteArrayView body)
{
    const QByteArray trimmed = body.toByteArray().trimmed();
    if (trimmed.startsWith('<'))
        return formatError(QCoreApplication::translate("Loki", "the server sent a web page"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return formatError(error.errorString() + u" at byte "_s + QString::number(error.offset));
    if (!doc.isObject())
        return formatError(QCoreApplication::translate("Loki", "expected a JSON object"));
    const QJsonObject root = doc.object();
    const QString status = root.value("status"_L1).toString();
    if (status == u"error") {
        const QString type = root.value("errorType"_L1).toString(u"error"_s);
        return Util::makeError(u"loki."_s + type,
                               QCoreApplication::translate("Loki", "Loki refused the query (%1): %2")
                                   .arg(type, root.value("error"_L1).toString()));
    }
    if (status != u"success")
        return formatError(QCoreApplication::translate("Loki", "no success status"));
    return root.value("data"_L1);
}

QString streamText(const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts << it.key() + u"=\""_s + it.value().toString() + u'"';
    return u'{' + parts.join(u", "_s) + u'}';
}

} // namespace

Util::Result<LogLines> parseStreams(QByteArrayView body, int limit)
{
    const auto data = envelopeData(body);
    if (!data)
        return data.error();
    const QJsonObject object = data->toObject();
    const QString type = object.value("resultType"_L1).toString();
    if (type != u"streams")
        return formatError(QCoreApplication::translate("Loki", "result type '%1' instead of streams").arg(type));
    const QJsonValue result = object.value("result"_L1);
    if (!result.isArray())
        return formatError(QCoreApplication::translate("Loki", "no result list"));
    LogLines lines;
    for (const QJsonValue &streamValue : result.toArray()) {
        const QJsonObject stream = streamValue.toObject();
        const QString labels = streamText(stream.value("stream"_L1).toObject());
        const QJsonValue values = stream.value("values"_L1);
        if (!values.isArray())
            return formatError(QCoreApplication::translate("Loki", "a stream has no values"));
        for (const QJsonValue &entry : values.toArray()) {
            const QJsonArray pair = entry.toArray();
            if (pair.size() < 2 || !pair.at(0).isString() || !pair.at(1).isString())
                return formatError(QCoreApplication::translate("Loki", "a log entry is not a [time, line] pair"));
            bool ok = false;
            // Nanoseconds since the epoch, as a string (it overflows a double).
            const qint64 ns = pair.at(0).toString().toLongLong(&ok);
            if (!ok)
                return formatError(QCoreApplication::translate("Loki", "a log entry's time is not a number"));
            lines.append({ns / 1'000'000, pair.at(1).toString(), labels});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const LogLine &a, const LogLine &b) { return a.tMs < b.tMs; });
    if (limit > 0 && lines.size() > limit)
        lines.remove(0, lines.size() - limit);
    return lines;
}

Util::Result<QStringList> parseLabels(QByteArrayView body)
{
    const auto data = envelopeData(body);
    if (!data)
        return data.error();
    if (!data->isArray())
        return formatError(QCoreApplication::translate("Loki", "no label list"));
    QStringList labels;
    for (const QJsonValue &v : data->toArray())
        labels << v.toString();
    return labels;
}

QString errorText(QByteArrayView body)
{
    const QString text = QString::fromUtf8(body.toByteArray().trimmed());
    if (text.isEmpty() || text.startsWith(u'<'))
        return QString();
    return text.left(300);
}

} // namespace Sources::Loki
