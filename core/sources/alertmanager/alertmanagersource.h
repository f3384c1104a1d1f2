#pragma once

#include "core/model/workspace.h"
#include "core/sources/alertsource.h"
#include "core/sources/http/endpointoptions.h"

#include <QHash>

namespace Sources {
class CredentialSource;
}
namespace Sources::Http {
class HttpClient;
}

namespace Sources::Alertmanager {

// The "alertmanager" object inside a Prometheus source's options (docs/sources.md).
struct AlertmanagerOptions
{
    Http::EndpointOptions endpoint;
    QString projectLabel = QStringLiteral("project");
    QString serviceLabel;       // default: the Prometheus mapping's service label
    bool includeSuppressed = false; // silenced and inhibited alerts too

    static Util::Result<AlertmanagerOptions> fromJson(const QJsonObject &json, const QString &defaultCredentialsId,
                                                      const QString &defaultServiceLabel);
};

// Firing alerts from Alertmanager's API v2, matched to the workspace: an alert
// whose service label names a service of this source belongs to that service
// (and its project); otherwise one whose project label names a project (by id or
// name) belongs to the project; the rest stay unmatched.
class AlertmanagerSource final : public AlertSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerSource)
public:
    // `sourceId` is the Prometheus source this Alertmanager belongs to; its
    // services are the ones alerts are matched against.
    AlertmanagerSource(const Model::Workspace &workspace, const QString &sourceId, AlertmanagerOptions options,
                       CredentialSource *credentials, QObject *parent = nullptr);
    ~AlertmanagerSource() override;

    QString sourceId() const override { return m_sourceId; }
    void fetchAlerts(quint64 requestId) override;

    // Fills projectId and serviceId of each alert.
    void match(AlertList &alerts) const;

private:
    QString m_sourceId;
    AlertmanagerOptions m_options;
    QHash<QString, QPair<QString, QString>> m_services; // label value -> (service id, project id)
    QHash<QString, QString> m_projects;                 // project id and lower-case name -> project id
    Http::HttpClient *m_http = nullptr;
};

} // namespace Sources::Alertmanager
