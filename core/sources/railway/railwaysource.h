#pragma once

#include "core/model/workspace.h"
#include "core/sources/metricsource.h"
#include "core/sources/railway/railwayoptions.h"
#include "core/sources/railway/railwayresponse.h"

#include <QHash>

#include <map>
#include <memory>

namespace Util {
class Clock;
}
namespace Actions {
class BudgetRegistry;
class HttpTransport;
}
namespace Sources {
class CredentialSource;
}

namespace Sources::Railway {

class RailwayClient;

// The Railway connector: answers Straja's series requests from Railway's public
// GraphQL API. One `metrics` field per environment covers CPU, memory and disk of
// all its services; two HTTP fields per service give latency percentiles and
// request counts by status; all of it is batched into few requests. Railway is
// asked at most every refreshSeconds, stretched when the token's hourly budget
// runs low; the refreshes in between answer at once with nothing new, and the next
// real request asks for the whole gap. Ranges older than Railway's ~30 days are
// not asked for (Straja's own rollups keep them).
class RailwaySource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwaySource)
public:
    static constexpr qint64 kRetentionMs = 30LL * 24 * 3600'000;

    RailwaySource(Model::SourceConfig config, CredentialSource *credentials, const Util::Clock &clock,
                  QObject *parent = nullptr, Actions::HttpTransport *transport = nullptr,
                  std::shared_ptr<Actions::BudgetRegistry> budgets = {});
    ~RailwaySource() override;

    QString sourceId() const override { return m_config.id; }
    qint64 nativeStepMs() const override;
    void fetch(quint64 requestId, const Sources::RangeRequest &request) override;

    // The deployments of the given Straja services (all when empty), newest 20 each.
    void fetchDeployments(quint64 requestId, const QStringList &serviceIds);
    // This billing period's usage and Railway's estimate of it, per project of the
    // watched services (usage + estimatedUsage, all projects in one request).
    void fetchUsage(quint64 requestId);
    // The refresh interval in force now (the wanted one, or longer on a low budget).
    qint64 currentIntervalMs() const { return m_intervalMs; }
    qint64 newDataIntervalMs() const override { return m_intervalMs; }
    // Requests one refresh of `keys` costs.
    int requestsPerRefresh(const QVector<Model::SeriesKey> &keys) const;
    const Util::Result<RailwayOptions> &options() const { return m_options; }
    // The last partial answer's problems (fields Railway refused), for the source's message.
    QString lastWarning() const override { return m_lastWarning; }

signals:
    void deploymentsFetched(quint64 requestId, Sources::Railway::DeploymentListPtr deployments, QString error);
    void usageFetched(quint64 requestId, Sources::Railway::UsageListPtr usage, QString error);

private:
    struct Field
    {
        enum class What { Metrics, HttpDuration, HttpStatus, Deployments } what = What::Metrics;
        QString railwayServiceId; // HTTP/deployments: the service; metrics: empty (whole environment)
        QString projectId;
        QString environmentId;
    };
    struct Fetch
    {
        QVector<Model::SeriesKey> keys;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 stepMs = 60'000;
        int requestsLeft = 0;
        QVector<RawSeries> raw;
        QHash<QString, HttpSeries> http; // railway service id -> figures
        QStringList problems;
        int fieldsOk = 0;
        int fieldsFailed = 0;
        Util::Error firstError;
    };

    QVector<Field> fieldsFor(const QVector<Model::SeriesKey> &keys, bool *byRegion) const;
    void sendFields(quint64 fetchId, const QVector<Field> &fields, bool byRegion);
    void onAnswer(quint64 fetchId, const QVector<Field> &fields, const QStringList &aliases,
                  Util::Result<RailwayResponse::Envelope> answer);
    void finish(quint64 fetchId);
    void answerEmpty(quint64 requestId, const QVector<Model::SeriesKey> &keys);
    void restretch(int perRefresh);

    Model::SourceConfig m_config;
    Util::Result<RailwayOptions> m_options;
    const Util::Clock &m_clock;
    RailwayClient *m_client = nullptr;
    std::map<quint64, Fetch> m_fetches;
    QHash<Model::SeriesKey, qint64> m_coveredUntilMs; // what Railway was last asked up to
    qint64 m_intervalMs = 300'000;
    QString m_lastWarning;
};

} // namespace Sources::Railway
