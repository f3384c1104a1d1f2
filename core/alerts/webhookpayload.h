#pragma once

#include "core/alerts/alerttypes.h"
#include "core/model/series.h"

#include <QByteArray>
#include <QHash>

namespace Alerts {

enum class WebhookFormat { Discord, Slack, Generic };
QString webhookFormatId(WebhookFormat format);
std::optional<WebhookFormat> webhookFormatFromId(QStringView id);

// What a notification names beyond the incident itself: display names and the
// recent values of each firing alert's metric ("the chart values").
struct IncidentContext
{
    QString projectName;
    QHash<QString, QString> serviceNames;          // id -> name
    QHash<QString, QVector<Model::Sample>> chart; // alert key -> recent samples, oldest first
};

// The bodies of outgoing webhooks (docs/alerts.md). The text is link-free: it
// names the project, cause, services, values and limits, and no address, so it
// can be read anywhere and leaks nothing about the operator's hosts.
class WebhookPayload final
{
public:
    // One line per firing alert under a headline, in the current language.
    static QString text(const Notification &notification, const IncidentContext &context);
    static QString headline(const Notification &notification, const IncidentContext &context);
    static QByteArray body(WebhookFormat format, const Notification &notification, const IncidentContext &context);
    // The generic format's version field.
    static constexpr int kGenericVersion = 1;
    // Chart values sent per alert at most (the most recent ones).
    static constexpr int kMaxChartPoints = 24;
};

} // namespace Alerts
