#include "core/alerts/webhookpayload.h"

#include "core/model/metricformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Alerts {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate); // "…Z"
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString formatValue(Model::AlertMetric metric, double value)
{
    if (std::isnan(value))
        return u"–"_s;
    if (const auto kind = Model::metricKindOf(metric))
        return Model::formatMetricValue(*kind, value);
    return QLocale().toString(value * 100.0, 'f', 1) + u" %"_s;
}

QString kindWord(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Opened: return QCoreApplication::translate("Alerts", "New incident");
    case NotificationKind::Repeated: return QCoreApplication::translate("Alerts", "Still open");
    case NotificationKind::Resolved: break;
    }
    return QCoreApplication::translate("Alerts", "Resolved");
}

QString alertLine(const FiringAlert &a, const IncidentContext &context)
{
    const QString service = context.serviceNames.value(a.serviceId, a.serviceId);
    if (a.external) {
        return QCoreApplication::translate("Alerts", "%1: %2 (Alertmanager) %3")
            .arg(service.isEmpty() ? context.projectName : service, a.ruleId, a.summary)
            .trimmed();
    }
    const QString metric = Model::alertMetricLabel(a.metric);
    switch (a.type) {
    case Model::AlertRuleType::Forecast:
        return QCoreApplication::translate("Alerts", "%1: %2 is %3 and heading for %4")
            .arg(service, metric, formatValue(a.metric, a.value), formatValue(a.metric, a.threshold));
    case Model::AlertRuleType::Anomaly:
        return QCoreApplication::translate("Alerts", "%1: %2 is unusual at %3")
            .arg(service, metric, formatValue(a.metric, a.value));
    case Model::AlertRuleType::Threshold: break;
    }
    return QCoreApplication::translate("Alerts", "%1: %2 is %3 (limit %4)")
        .arg(service, metric, formatValue(a.metric, a.value), formatValue(a.metric, a.threshold));
}

int discordColour(const Notification &n)
{
    if (n.kind == NotificationKind::Resolved)
        return 0x2E7D32; // green
    return n.incident.severity == Model::AlertSeverity::Critical ? 0xC62828 : 0xEF6C00;
}

} // namespace

QString webhookFormatId(WebhookFormat format)
{
    switch (format) {
    case WebhookFormat::Discord: return u"discord"_s;
    case WebhookFormat::Slack: return u"slack"_s;
    case WebhookFormat::Generic: break;
    }
    return u"generic"_s;
}

std::optional<WebhookFormat> webhookFormatFromId(QStringView id)
{
    for (WebhookFormat f : {WebhookFormat::Discord, WebhookFormat::Slack, WebhookFormat::Generic}) {
        if (webhookFormatId(f) == id)
            return f;
    }
    return std::nullopt;
}

QString WebhookPayload::headline(const Notification &n, const IncidentContext &context)
{
    const QString project = context.projectName.isEmpty() ? n.incident.projectId : context.projectName;
    return QCoreApplication::translate("Alerts", "%1 #%2 – %3: %4")
        .arg(kindWord(n.kind))
        .arg(n.incident.id)
        .arg(project, causeLabel(n.incident.cause));
}

QString WebhookPayload::text(const Notification &n, const IncidentContext &context)
{
    QStringList lines{headline(n, context)};
    for (const FiringAlert &a : n.incident.alerts)
        lines.append(u"• "_s + alertLine(a, context));
    if (n.kind == NotificationKind::Resolved) {
        lines.append(QCoreApplication::translate("Alerts", "Open from %1 to %2.")
                         .arg(clock(n.incident.openedMs), clock(n.incident.resolvedMs)));
    } else {
        lines.append(QCoreApplication::translate("Alerts", "Open since %1; %2.")
                         .arg(clock(n.incident.openedMs), incidentStateLabel(n.incident.state).toLower()));
    }
    return lines.join(u'\n');
}

QByteArray WebhookPayload::body(WebhookFormat format, const Notification &n, const IncidentContext &context)
{
    const Incident &i = n.incident;
    const QString title = headline(n, context);
    QJsonObject root;
    switch (format) {
    case WebhookFormat::Discord: {
        // https://discord.com/developers/docs/resources/webhook#execute-webhook:
        // content up to 2,000 characters, embeds with fields (name/value up to 256/1,024).
        QJsonArray fields;
        for (const FiringAlert &a : i.alerts.mid(0, 25)) {
            QStringList values;
            for (const Model::Sample &s : context.chart.value(a.key).mid(0, kMaxChartPoints))
                values.append(formatValue(a.metric, s.v));
            fields.append(QJsonObject{{u"name"_s, alertLine(a, context).left(256)},
                                      {u"value"_s, values.isEmpty() ? u"–"_s : values.join(u", "_s).left(1024)},
                                      {u"inline"_s, false}});
        }
        root = QJsonObject{{u"username"_s, u"Straja"_s},
                           {u"content"_s, text(n, context).left(2000)},
                           {u"embeds"_s, QJsonArray{QJsonObject{{u"title"_s, title.left(256)},
                                                                {u"color"_s, discordColour(n)},
                                                                {u"timestamp"_s, isoTime(i.openedMs)},
                                                                {u"fields"_s, fields}}}}};
        break;
    }
    case WebhookFormat::Slack: {
        // Incoming webhooks: "text" is the notification's fallback; blocks carry the rest.
        QJsonArray blocks{QJsonObject{{u"type"_s, u"header"_s},
                                      {u"text"_s, QJsonObject{{u"type"_s, u"plain_text"_s},
                                                              {u"text"_s, title.left(150)}}}}};
        for (const FiringAlert &a : i.alerts.mid(0, 40)) {
            QStringList values;
            for (const Model::Sample &s : context.chart.value(a.key).mid(0, kMaxChartPoints))
                values.append(formatValue(a.metric, s.v));
            QString line = alertLine(a, context);
            if (!values.isEmpty())
                line += u"\n"_s + values.join(u", "_s);
            blocks.append(QJsonObject{{u"type"_s, u"section"_s},
                                      {u"text"_s, QJsonObject{{u"type"_s, u"plain_text"_s},
                                                              {u"text"_s, line.left(3000)}}}});
        }
        root = QJsonObject{{u"text"_s, text(n, context)}, {u"blocks"_s, blocks}};
        break;
    }
    case WebhookFormat::Generic: {
        QJsonArray alerts;
        for (const FiringAlert &a : i.alerts) {
            QJsonArray chart;
            for (const Model::Sample &s : context.chart.value(a.key).mid(0, kMaxChartPoints))
                chart.append(QJsonArray{s.t, s.v});
            QJsonObject o{{u"key"_s, a.key},
                          {u"service"_s, a.serviceId},
                          {u"rule"_s, a.ruleId},
                          {u"type"_s, a.external ? u"alertmanager"_s : Model::alertRuleTypeId(a.type)},
                          {u"severity"_s, Model::alertSeverityId(a.severity)},
                          {u"since"_s, isoTime(a.sinceMs)},
                          {u"chart"_s, chart}};
            if (!a.external) {
                o.insert(u"metric"_s, Model::alertMetricId(a.metric));
                o.insert(u"value"_s, std::isnan(a.value) ? QJsonValue() : QJsonValue(a.value));
                o.insert(u"threshold"_s, std::isnan(a.threshold) ? QJsonValue() : QJsonValue(a.threshold));
            } else {
                o.insert(u"summary"_s, a.summary);
            }
            alerts.append(o);
        }
        static const char *kinds[] = {"opened", "repeated", "resolved"};
        static const char *states[] = {"open", "acknowledged", "resolved"};
        QJsonObject incident{{u"id"_s, static_cast<qint64>(i.id)},
                             {u"project"_s, i.projectId},
                             {u"projectName"_s, context.projectName},
                             {u"cause"_s, causeId(i.cause)},
                             {u"state"_s, QString::fromLatin1(states[static_cast<int>(i.state)])},
                             {u"severity"_s, Model::alertSeverityId(i.severity)},
                             {u"openedAt"_s, isoTime(i.openedMs)},
                             {u"services"_s, QJsonArray::fromStringList(i.serviceIds)},
                             {u"alerts"_s, alerts}};
        if (i.resolvedMs > 0)
            incident.insert(u"resolvedAt"_s, isoTime(i.resolvedMs));
        root = QJsonObject{{u"version"_s, kGenericVersion},
                           {u"event"_s, QString::fromLatin1(kinds[static_cast<int>(n.kind)])},
                           {u"summary"_s, title},
                           {u"text"_s, text(n, context)},
                           {u"incident"_s, incident}};
        break;
    }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace Alerts
