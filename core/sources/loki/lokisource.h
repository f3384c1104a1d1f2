#pragma once

#include "core/model/workspace.h"
#include "core/sources/http/endpointoptions.h"
#include "core/sources/http/httpmessage.h"
#include "core/sources/logsource.h"

#include <QHash>

namespace Sources {
class CredentialSource;
}
namespace Sources::Http {
class HttpClient;
}

namespace Sources::Loki {

// The "loki" object inside a Prometheus source's options (docs/sources.md).
struct LokiOptions
{
    static constexpr QStringView kDefaultQuery = u"{service=\"$service\"}";

    Http::EndpointOptions endpoint;
    QString tenant;  // X-Scope-OrgID for a multi-tenant Loki; empty: none
    QString query = kDefaultQuery.toString(); // LogQL; $service is the service's label value
    int limit = 100;

    static Util::Result<LokiOptions> fromJson(const QJsonObject &json, const QString &defaultCredentialsId);
};

// Recent log lines of a service from Loki's /loki/api/v1/query_range, newest
// lines first from the server (direction=backward), handed over oldest first.
class LokiSource final : public LogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LokiSource)
public:
    LokiSource(const Model::Workspace &workspace, const QString &sourceId, LokiOptions options,
               CredentialSource *credentials, QObject *parent = nullptr);
    ~LokiSource() override;

    QString sourceId() const override { return m_sourceId; }
    void fetchLogs(quint64 requestId, const Sources::LogQuery &query) override;
    // The LogQL a service's lines are read with.
    QString logQuery(const QString &serviceId) const;

    // Lists the label names Loki knows (a connection check for the settings page).
    void fetchLabels(quint64 requestId);

signals:
    void labelsFetched(quint64 requestId, QStringList labels);

private:
    Http::Request request(QStringView path, const QList<QPair<QString, QString>> &params) const;
    Util::Error answerError(const Http::Response &response) const;

    QString m_sourceId;
    LokiOptions m_options;
    QHash<QString, QString> m_labelValues; // service id -> label value
    Http::HttpClient *m_http = nullptr;
};

} // namespace Sources::Loki
