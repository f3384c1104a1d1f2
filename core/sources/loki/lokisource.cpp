#include "core/sources/loki/lokisource.h"

#include "core/sources/http/httpclient.h"
#include "core/sources/loki/lokiresponse.h"
#include "core/sources/prometheus/querymapping.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sources::Loki {

namespace {

QString nanoseconds(qint64 ms)
{
    return QString::number(ms) + u"000000"_s;
}

} // namespace

Util::Result<LokiOptions> LokiOptions::fromJson(const QJsonObject &json, const QString &defaultCredentialsId)
{
    LokiOptions options;
    auto endpoint = Http::EndpointOptions::fromJson(json, QUrl(json.value("url"_L1).toString()), defaultCredentialsId);
    if (!endpoint) {
        Util::Error error = endpoint.error();
        error.message = QCoreApplication::translate("Loki", "Loki: %1").arg(error.message);
        return error;
    }
    options.endpoint = std::move(endpoint).value();
    options.tenant = json.value("tenant"_L1).toString();
    options.query = json.value("query"_L1).toString(options.query).trimmed();
    if (!options.query.startsWith(u'{')) {
        return Util::makeError(u"loki.options"_s,
                               QCoreApplication::translate("Loki", "Loki: the log query must start with a stream "
                                                                   "selector such as {service=\"$service\"}."));
    }
    options.limit = std::clamp(json.value("limit"_L1).toInt(options.limit), 1, 5000);
    return options;
}

LokiSource::LokiSource(const Model::Workspace &workspace, const QString &sourceId, LokiOptions options,
                       CredentialSource *credentials, QObject *parent)
    : LogSource(parent)
    , m_sourceId(sourceId)
    , m_options(std::move(options))
{
    qRegisterMetaType<LogLinesPtr>();
    Prometheus::QueryMapping mapping;
    for (const Model::SourceConfig &config : workspace.sources) {
        if (config.id == sourceId) {
            if (auto m = Prometheus::QueryMapping::fromOptions(config.options); m)
                mapping = std::move(m).value();
        }
    }
    for (const Model::Service &service : workspace.services) {
        if (service.sourceId == sourceId)
            m_labelValues.insert(service.id, mapping.labelValue(service.id));
    }
    m_http = new Http::HttpClient(m_options.endpoint, credentials, this);
}

LokiSource::~LokiSource() = default;

QString LokiSource::logQuery(const QString &serviceId) const
{
    QString query = m_options.query;
    query.replace(u"$service"_s, Prometheus::QueryMapping::escapeString(m_labelValues.value(serviceId, serviceId)));
    return query;
}

Http::Request LokiSource::request(QStringView path, const QList<QPair<QString, QString>> &params) const
{
    Http::Request r;
    r.url = Http::endpointUrl(m_options.endpoint.baseUrl, path);
    // Encoded by hand: QUrlQuery would leave '+' as is, which Go reads as a space.
    QByteArray query;
    for (const auto &[name, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += name.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    }
    r.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    if (!m_options.tenant.isEmpty())
        r.headers.append(qMakePair(QByteArray("X-Scope-OrgID"), QByteArray(m_options.tenant.toUtf8())));
    return r;
}

Util::Error LokiSource::answerError(const Http::Response &response) const
{
    Util::Error error = m_http->statusError(response);
    const QString text = errorText(response.body);
    if (response.status == 400 && !text.isEmpty())
        error = Util::makeError(u"loki.bad_request"_s,
                                QCoreApplication::translate("Loki", "Loki refused the query: %1").arg(text));
    else if (!text.isEmpty() && response.status != 404)
        error.message += u" ("_s + text + u')';
    return error;
}

void LokiSource::fetchLogs(quint64 requestId, const LogQuery &query)
{
    const int limit = std::clamp(query.limit > 0 ? query.limit : m_options.limit, 1, 5000);
    const Http::Request r = request(u"/loki/api/v1/query_range",
                                    {{u"query"_s, logQuery(query.serviceId)},
                                     {u"start"_s, nanoseconds(query.fromMs)},
                                     {u"end"_s, nanoseconds(query.toMs)},
                                     {u"limit"_s, QString::number(limit)},
                                     {u"direction"_s, u"backward"_s}});
    m_http->send(r, [this, requestId, limit](Util::Result<Http::Response> answer) {
        if (!answer) {
            emit failed(requestId, answer.error());
            return;
        }
        if (!answer->isSuccess()) {
            emit failed(requestId, answerError(*answer));
            return;
        }
        auto lines = parseStreams(answer->body, limit);
        if (!lines) {
            emit failed(requestId, lines.error());
            return;
        }
        emit logsFetched(requestId, std::make_shared<const LogLines>(std::move(lines).value()));
    });
}

void LokiSource::fetchLabels(quint64 requestId)
{
    m_http->send(request(u"/loki/api/v1/labels", {}), [this, requestId](Util::Result<Http::Response> answer) {
        if (!answer) {
            emit failed(requestId, answer.error());
            return;
        }
        if (!answer->isSuccess()) {
            emit failed(requestId, answerError(*answer));
            return;
        }
        auto labels = parseLabels(answer->body);
        if (!labels) {
            emit failed(requestId, labels.error());
            return;
        }
        emit labelsFetched(requestId, labels.value());
    });
}

} // namespace Sources::Loki
