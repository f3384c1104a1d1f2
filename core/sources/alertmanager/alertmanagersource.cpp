#include "core/sources/alertmanager/alertmanagersource.h"

#include "core/sources/alertmanager/alertmanagerresponse.h"
#include "core/sources/http/httpclient.h"
#include "core/sources/prometheus/querymapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Sources::Alertmanager {

Util::Result<AlertmanagerOptions> AlertmanagerOptions::fromJson(const QJsonObject &json,
                                                                const QString &defaultCredentialsId,
                                                                const QString &defaultServiceLabel)
{
    AlertmanagerOptions options;
    auto endpoint = Http::EndpointOptions::fromJson(json, QUrl(json.value("url"_L1).toString()), defaultCredentialsId);
    if (!endpoint) {
        Util::Error error = endpoint.error();
        error.message = QCoreApplication::translate("Alertmanager", "Alertmanager: %1").arg(error.message);
        return error;
    }
    options.endpoint = std::move(endpoint).value();
    options.projectLabel = json.value("projectLabel"_L1).toString(options.projectLabel);
    options.serviceLabel = json.value("serviceLabel"_L1).toString(defaultServiceLabel);
    options.includeSuppressed = json.value("includeSuppressed"_L1).toBool(false);
    return options;
}

AlertmanagerSource::AlertmanagerSource(const Model::Workspace &workspace, const QString &sourceId,
                                       AlertmanagerOptions options, CredentialSource *credentials, QObject *parent)
    : AlertSource(parent)
    , m_sourceId(sourceId)
    , m_options(std::move(options))
{
    qRegisterMetaType<AlertListPtr>();
    // Services map through the same label values as their metrics.
    Prometheus::QueryMapping mapping;
    for (const Model::SourceConfig &config : workspace.sources) {
        if (config.id == sourceId) {
            if (auto m = Prometheus::QueryMapping::fromOptions(config.options); m)
                mapping = std::move(m).value();
        }
    }
    for (const Model::Service &service : workspace.services) {
        if (service.sourceId == sourceId)
            m_services.insert(mapping.labelValue(service.id), {service.id, service.projectId});
    }
    for (const Model::Project &project : workspace.projects) {
        m_projects.insert(project.id, project.id);
        m_projects.insert(project.name.toLower(), project.id);
    }
    m_http = new Http::HttpClient(m_options.endpoint, credentials, this);
}

AlertmanagerSource::~AlertmanagerSource() = default;

void AlertmanagerSource::match(AlertList &alerts) const
{
    for (Alert &alert : alerts) {
        const auto service = m_services.constFind(alert.label(m_options.serviceLabel));
        if (service != m_services.cend() && !m_options.serviceLabel.isEmpty()) {
            alert.serviceId = service->first;
            alert.projectId = service->second;
            continue;
        }
        const QString project = alert.label(m_options.projectLabel);
        if (!project.isEmpty())
            alert.projectId = m_projects.value(project, m_projects.value(project.toLower()));
    }
}

void AlertmanagerSource::fetchAlerts(quint64 requestId)
{
    Http::Request request;
    request.url = Http::endpointUrl(m_options.endpoint.baseUrl, u"/api/v2/alerts");
    QUrlQuery query;
    query.addQueryItem(u"active"_s, u"true"_s);
    query.addQueryItem(u"silenced"_s, m_options.includeSuppressed ? u"true"_s : u"false"_s);
    query.addQueryItem(u"inhibited"_s, m_options.includeSuppressed ? u"true"_s : u"false"_s);
    request.url.setQuery(query);
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    m_http->send(request, [this, requestId](Util::Result<Http::Response> answer) {
        if (!answer) {
            emit failed(requestId, answer.error());
            return;
        }
        if (!answer->isSuccess()) {
            Util::Error error = m_http->statusError(*answer);
            const QString detail = errorMessage(answer->body);
            if (!detail.isEmpty() && answer->status == 400)
                error.message = QCoreApplication::translate("Alertmanager", "Alertmanager refused the request: %1")
                                    .arg(detail);
            emit failed(requestId, error);
            return;
        }
        auto alerts = parseAlerts(answer->body);
        if (!alerts) {
            emit failed(requestId, alerts.error());
            return;
        }
        AlertList list = std::move(alerts).value();
        match(list);
        emit alertsFetched(requestId, std::make_shared<const AlertList>(std::move(list)));
    });
}

} // namespace Sources::Alertmanager
