#include "core/experiments/prometheuscountsreader.h"

#include "core/experiments/promqlcounts.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Experiments {

PrometheusCountsReader::PrometheusCountsReader(QUrl baseUrl, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
{
}

PrometheusCountsReader::~PrometheusCountsReader() = default;

void PrometheusCountsReader::get(const QString &query, qint64 fromMs, qint64 toMs, qint64 stepMs,
                                 std::function<void(Util::Result<QByteArray>)> done)
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/query_range"_s);
    url.setQuery(PromQlCounts::rangeQuery(query, fromMs, toMs, stepMs));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        // Prometheus answers query errors with 400/422 and a JSON body that says why.
        if (status == 0) {
            done(Util::makeError(u"experiments.unreachable"_s,
                                 QCoreApplication::translate("Experiments", "Cannot reach Prometheus at %1: %2")
                                     .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo), reply->errorString())));
            return;
        }
        if ((status < 200 || status >= 300) && !body.trimmed().startsWith('{')) {
            done(Util::makeError(u"experiments.http"_s,
                                 QCoreApplication::translate("Experiments", "Prometheus answered HTTP %1.").arg(status)));
            return;
        }
        done(body);
    });
}

void PrometheusCountsReader::read(const ExperimentDefinition &definition, qint64 fromMs, qint64 toMs, qint64 stepMs,
                                  Callback done)
{
    struct Pending
    {
        std::optional<PromQlCounts::SeriesByVariant> exposures;
        std::optional<PromQlCounts::SeriesByVariant> conversions;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    const QStringList order = definition.variants;
    auto finish = [pending, done, order](bool isExposures, Util::Result<QByteArray> body) {
        if (pending->failed)
            return;
        if (!body.ok()) {
            pending->failed = true;
            done(body.error());
            return;
        }
        Util::Result<PromQlCounts::SeriesByVariant> series = PromQlCounts::parseMatrix(body.value());
        if (!series.ok()) {
            pending->failed = true;
            done(series.error());
            return;
        }
        (isExposures ? pending->exposures : pending->conversions) = std::move(series).value();
        if (pending->exposures && pending->conversions)
            done(PromQlCounts::combine(*pending->exposures, *pending->conversions, order));
    };
    get(PromQlCounts::exposuresQuery(definition.flagName), fromMs, toMs, stepMs,
        [finish](Util::Result<QByteArray> body) { finish(true, std::move(body)); });
    get(PromQlCounts::conversionsQuery(definition.flagName), fromMs, toMs, stepMs,
        [finish](Util::Result<QByteArray> body) { finish(false, std::move(body)); });
}

} // namespace Experiments
