#pragma once

#include "core/model/workspace.h"
#include "core/sources/http/endpointoptions.h"
#include "core/sources/http/httpmessage.h"
#include "core/traces/tracesource.h"

#include <QHash>

namespace Sources {
class CredentialSource;
}
namespace Sources::Http {
class HttpClient;
}

namespace Sources::Jaeger {

// Options of a Jaeger source (docs/traces.md): the shared HTTP keys plus
// "services", a map from Straja service id to Jaeger service name.
struct JaegerOptions
{
    Http::EndpointOptions endpoint;
    QHash<QString, QString> serviceNames;

    static Util::Result<JaegerOptions> fromConfig(const Model::SourceConfig &config);
};

// Jaeger's query API (the JSON API its UI uses, port 16686): /api/services,
// /api/services/{service}/operations, /api/traces and /api/traces/{id}, on the
// shared resilient HttpClient. Answers are parsed on the calling thread (the
// traces thread, never the GUI's).
class JaegerSource final : public Traces::TraceSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JaegerSource)
public:
    JaegerSource(JaegerOptions options, CredentialSource *credentials, QObject *parent = nullptr);
    ~JaegerSource() override;

    void findTraces(quint64 requestId, const Traces::TraceQuery &query) override;
    void fetchTrace(quint64 requestId, const QString &traceId) override;
    void fetchServices(quint64 requestId) override;
    void fetchOperations(quint64 requestId, const QString &service) override;

    // The Jaeger service name of a Straja service id (the id itself unless mapped).
    QString jaegerService(const QString &serviceId) const;
    // The URL of a search, for tests and the debug log.
    QUrl searchUrl(const Traces::TraceQuery &query) const;

private:
    Http::Request request(const QString &path, const QList<QPair<QString, QString>> &params = {}) const;
    Util::Error answerError(const Http::Response &response) const;
    void sendTraces(quint64 requestId, const Http::Request &request, bool single);

    JaegerOptions m_options;
    Http::HttpClient *m_http = nullptr;
};

} // namespace Sources::Jaeger
