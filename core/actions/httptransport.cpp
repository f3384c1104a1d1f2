#include "core/actions/httptransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Actions {

NetworkTransport::NetworkTransport(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Executions must be observable one by one: no transparent redirects to other hosts.
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

NetworkTransport::~NetworkTransport() = default;

void NetworkTransport::send(const HttpRequest &request, std::function<void(HttpResponse)> done)
{
    QNetworkRequest r(request.url);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    r.setTransferTimeout(request.timeoutMs);
    if (request.tls)
        r.setSslConfiguration(*request.tls);
    QNetworkReply *reply = m_manager->sendCustomRequest(r, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.body = reply->readAll();
        if (response.status == 0) {
            response.timedOut = reply->error() == QNetworkReply::OperationCanceledError
                                || reply->error() == QNetworkReply::TimeoutError;
            response.networkError = reply->errorString();
        }
        done(std::move(response));
    });
}

} // namespace Actions
