#include "core/sources/alertmanager/alertmanagerresponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sources::Alertmanager {

namespace {

Util::Error formatError(const QString &detail)
{
    return Util::makeError(u"alertmanager.format"_s,
                           QCoreApplication::translate("Alertmanager", "The answer is not an Alertmanager alert "
                                                                       "list: %1.")
                               .arg(detail));
}

qint64 parseTime(const QString &text)
{
    // RFC 3339 with up to nanoseconds; Qt reads milliseconds and rounds the rest.
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

Util::Result<AlertList> parseAlerts(QByteArrayView body)
{
    const QByteArray trimmed = body.toByteArray().trimmed();
    if (trimmed.startsWith('<'))
        return formatError(QCoreApplication::translate("Alertmanager", "the server sent a web page"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return formatError(error.errorString() + u" at byte "_s + QString::number(error.offset));
    if (!doc.isArray())
        return formatError(QCoreApplication::translate("Alertmanager", "expected a JSON array"));
    AlertList alerts;
    const QJsonArray array = doc.array();
    alerts.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return formatError(QCoreApplication::translate("Alertmanager", "an alert is not an object"));
        const QJsonObject object = value.toObject();
        Alert alert;
        const QJsonObject labels = object.value("labels"_L1).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            alert.labels.append({it.key(), it.value().toString()});
        std::sort(alert.labels.begin(), alert.labels.end());
        alert.name = alert.label(u"alertname");
        alert.severity = alert.label(u"severity");
        const QJsonObject annotations = object.value("annotations"_L1).toObject();
        alert.summary = annotations.value("summary"_L1).toString();
        if (alert.summary.isEmpty())
            alert.summary = annotations.value("description"_L1).toString();
        alert.fingerprint = object.value("fingerprint"_L1).toString();
        alert.startsAtMs = parseTime(object.value("startsAt"_L1).toString());
        alert.generatorUrl = object.value("generatorURL"_L1).toString();
        alert.state = object.value("status"_L1).toObject().value("state"_L1).toString(u"active"_s);
        if (alert.name.isEmpty() && alert.labels.isEmpty())
            return formatError(QCoreApplication::translate("Alertmanager", "an alert has no labels"));
        alerts.append(std::move(alert));
    }
    return alerts;
}

QString errorMessage(QByteArrayView body)
{
    const QByteArray trimmed = body.toByteArray().trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('<'))
        return QString();
    // A bare JSON string is not a document to QJsonDocument: wrap it.
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + trimmed + "]");
    if (wrapped.isArray()) {
        const QJsonValue value = wrapped.array().at(0);
        if (value.isString())
            return value.toString();
        if (value.isObject())
            return value.toObject().value("message"_L1).toString();
    }
    return QString::fromUtf8(trimmed.left(300));
}

} // namespace Sources::Alertmanager
