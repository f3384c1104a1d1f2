#include "core/sources/jaeger/jaegersource.h"

#include "core/sources/http/httpclient.h"
#include "core/sources/jaeger/jaegerresponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Sources::Jaeger {

namespace {

// Jaeger reads durations with Go's time.ParseDuration.
QString goDuration(qint64 us)
{
    return QString::number(us) + u"us"_s;
}

} // namespace

Util::Result<JaegerOptions> JaegerOptions::fromConfig(const Model::SourceConfig &config)
{
    JaegerOptions options;
    QJsonObject json = config.options;
    json.insert(u"auth"_s, config.auth == Model::SourceAuth::Bearer  ? u"bearer"_s
                           : config.auth == Model::SourceAuth::Basic ? u"basic"_s
                                                                     : u"none"_s);
    if (!config.caFile.isEmpty())
        json.insert(u"caFile"_s, config.caFile);
    auto endpoint = Http::EndpointOptions::fromJson(json, config.url, config.id);
    if (!endpoint) {
        Util::Error error = endpoint.error();
        error.message = QCoreApplication::translate("Jaeger", "Jaeger: %1").arg(error.message);
        return error;
    }
    options.endpoint = std::move(endpoint).value();
    const QJsonObject names = config.options.value("services"_L1).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        options.serviceNames.insert(it.key(), it.value().toString());
    return options;
}

JaegerSource::JaegerSource(JaegerOptions options, CredentialSource *credentials, QObject *parent)
    : TraceSource(parent)
    , m_options(std::move(options))
{
    m_http = new Http::HttpClient(m_options.endpoint, credentials, this);
}

JaegerSource::~JaegerSource() = default;

QString JaegerSource::jaegerService(const QString &serviceId) const
{
    return m_options.serviceNames.value(serviceId, serviceId);
}

Http::Request JaegerSource::request(const QString &path, const QList<QPair<QString, QString>> &params) const
{
    Http::Request r;
    r.url = Http::endpointUrl(m_options.endpoint.baseUrl, path);
    QByteArray query;
    for (const auto &[name, value] : params) {
        if (!query.isEmpty())
            query += '&';
        query += name.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    }
    if (!query.isEmpty())
        r.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return r;
}

QUrl JaegerSource::searchUrl(const Traces::TraceQuery &query) const
{
    QList<QPair<QString, QString>> params{{u"service"_s, jaegerService(query.service)}};
    if (!query.operation.isEmpty())
        params.append({u"operation"_s, query.operation});
    QJsonObject tags;
    for (const Traces::KeyValue &tag : query.tags)
        tags.insert(tag.key, tag.value);
    if (query.errorsOnly)
        tags.insert(u"error"_s, u"true"_s);
    if (!tags.isEmpty())
        params.append({u"tags"_s, QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact))});
    if (query.minDurationUs > 0)
        params.append({u"minDuration"_s, goDuration(query.minDurationUs)});
    if (query.maxDurationUs > 0)
        params.append({u"maxDuration"_s, goDuration(query.maxDurationUs)});
    if (query.startUs > 0)
        params.append({u"start"_s, QString::number(query.startUs)});
    if (query.endUs > 0)
        params.append({u"end"_s, QString::number(query.endUs)});
    params.append({u"limit"_s, QString::number(std::clamp(query.limit, 1, 1500))});
    return request(u"/api/traces"_s, params).url;
}

Util::Error JaegerSource::answerError(const Http::Response &response) const
{
    Util::Error error = m_http->statusError(response);
    const QString text = errorText(response.body);
    if (response.status == 400 && !text.isEmpty())
        return Util::makeError(u"jaeger.bad_request"_s,
                               QCoreApplication::translate("Jaeger", "Jaeger refused the search: %1").arg(text));
    if (response.status == 404 && text.contains(u"trace not found"_s, Qt::CaseInsensitive))
        return Util::makeError(u"jaeger.not_found"_s,
                               QCoreApplication::translate("Jaeger", "Jaeger does not have this trace (any more): "
                                                                     "it may have been removed by retention."));
    if (!text.isEmpty())
        error.message += u" ("_s + text + u')';
    return error;
}

void JaegerSource::sendTraces(quint64 requestId, const Http::Request &r, bool single)
{
    m_http->send(r, [this, requestId, single](Util::Result<Http::Response> answer) {
        if (!answer) {
            emit failed(requestId, answer.error());
            return;
        }
        if (!answer->isSuccess()) {
            emit failed(requestId, answerError(*answer));
            return;
        }
        auto parsed = parseTraces(answer->body);
        if (!parsed) {
            emit failed(requestId, parsed.error());
            return;
        }
        if (single) {
            if (parsed->traces.isEmpty()) {
                const QString why = parsed->errors.join(u"; "_s);
                emit failed(requestId, Util::makeError(u"jaeger.not_found"_s,
                                                       QCoreApplication::translate("Jaeger", "Jaeger returned no "
                                                                                             "trace: %1")
                                                           .arg(why.isEmpty() ? u"-"_s : why)));
                return;
            }
            emit traceFetched(requestId, parsed->traces.first());
            return;
        }
        emit tracesFound(requestId, std::make_shared<const Traces::TraceList>(std::move(parsed->traces)));
    });
}

void JaegerSource::findTraces(quint64 requestId, const Traces::TraceQuery &query)
{
    Http::Request r;
    r.url = searchUrl(query);
    r.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    sendTraces(requestId, r, false);
}

void JaegerSource::fetchTrace(quint64 requestId, const QString &traceId)
{
    sendTraces(requestId, request(u"/api/traces/"_s + QString::fromLatin1(QUrl::toPercentEncoding(traceId))), true);
}

void JaegerSource::fetchServices(quint64 requestId)
{
    m_http->send(request(u"/api/services"_s), [this, requestId](Util::Result<Http::Response> answer) {
        if (!answer)
            return emit failed(requestId, answer.error());
        if (!answer->isSuccess())
            return emit failed(requestId, answerError(*answer));
        auto names = parseNames(answer->body);
        if (!names)
            return emit failed(requestId, names.error());
        emit namesFetched(requestId, names.value());
    });
}

void JaegerSource::fetchOperations(quint64 requestId, const QString &service)
{
    const QString path = u"/api/services/"_s + QString::fromLatin1(QUrl::toPercentEncoding(jaegerService(service)))
                       + u"/operations"_s;
    m_http->send(request(path), [this, requestId](Util::Result<Http::Response> answer) {
        if (!answer)
            return emit failed(requestId, answer.error());
        if (!answer->isSuccess())
            return emit failed(requestId, answerError(*answer));
        auto names = parseNames(answer->body);
        if (!names)
            return emit failed(requestId, names.error());
        emit namesFetched(requestId, names.value());
    });
}

} // namespace Sources::Jaeger
