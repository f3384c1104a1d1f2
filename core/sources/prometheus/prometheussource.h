#pragma once

#include "core/sources/http/httpmessage.h"
#include "core/sources/metricsource.h"
#include "core/sources/prometheus/prometheusoptions.h"
#include "core/sources/prometheus/prometheusresponse.h"
#include "core/sources/prometheus/rangeplan.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace Sources {
class CredentialSource;
}
namespace Sources::Http {
class HttpClient;
}

namespace Sources::Prometheus {

// What a "test query" shows: the PromQL that ran and what came back.
struct TestQueryOutcome
{
    QString promql;
    QString error; // empty on success
    QVector<ResultSeries> series;
    QStringList warnings;
    int unmatchedSeries = 0; // series whose service label matched no service asked for
    qint64 elapsedMs = 0;
};
using TestQueryOutcomePtr = std::shared_ptr<const TestQueryOutcome>;

// The Prometheus connector: turns Straja's series requests into batched
// query_range calls (one per metric kind and group of services, split at the
// server's point limit, a few at a time), parses big answers on the thread pool
// and answers with one batch. Any failed call fails the whole fetch, so the
// poller keeps the earlier data and shows the reason on the source.
class PrometheusSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)
public:
    // Answers larger than this are parsed on the thread pool.
    static constexpr qsizetype kParseInlineBytes = 256 * 1024;

    PrometheusSource(Model::SourceConfig config, CredentialSource *credentials, QObject *parent = nullptr);
    ~PrometheusSource() override;

    QString sourceId() const override { return m_config.id; }
    qint64 nativeStepMs() const override;
    void fetch(quint64 requestId, const Sources::RangeRequest &request) override;

    // Runs the mapped query of `kind` for `serviceIds` (all of them when empty) as an
    // instant query at `atMs`, or `promql` as given when not empty. Answers with
    // testQueryFinished().
    void testQuery(quint64 requestId, Model::MetricKind kind, const QStringList &serviceIds, const QString &promql,
                   qint64 atMs);

    // Runs `promql` as given as a range query over [fromMs, toMs] at stepMs (business
    // figures: one sample a day), through the same client (retries, breaker).
    // Answers with rangeQueryFinished(); `series` empty and `error` empty: no data.
    void rangeQuery(quint64 requestId, const QString &promql, qint64 fromMs, qint64 toMs, qint64 stepMs);

    // The options as parsed, or why they could not be.
    const Util::Result<PrometheusOptions> &options() const { return m_options; }

signals:
    void testQueryFinished(quint64 requestId, Sources::Prometheus::TestQueryOutcomePtr outcome);
    void rangeQueryFinished(quint64 requestId, Sources::Prometheus::TestQueryOutcomePtr outcome);

private:
    struct Job
    {
        quint64 fetchId = 0;
        Model::MetricKind kind = Model::MetricKind::Rps;
        QString promql;
        QHash<QString, QString> serviceByValue; // label value -> service id
        RangeChunk chunk;
    };
    struct Fetch
    {
        QVector<Model::SeriesKey> keys;
        QHash<Model::SeriesKey, QVector<Model::Sample>> samples;
        QSet<quint64> calls;
        int jobsLeft = 0;
        bool failed = false;
    };

    void pump();
    void runJob(Job job);
    void onJobAnswer(const Job &job, quint64 callId, Util::Result<Http::Response> answer);
    void onJobParsed(const Job &job, Util::Result<QueryResult> parsed);
    void failFetch(quint64 fetchId, const Util::Error &error);
    void finishFetchIfDone(quint64 fetchId);
    Http::Request queryRequest(QStringView path, const QList<std::pair<QByteArray, QByteArray>> &form) const;
    Util::Error answerError(const Http::Response &response, const Util::Result<QueryResult> &parsed) const;

    Model::SourceConfig m_config;
    Util::Result<PrometheusOptions> m_options;
    Http::HttpClient *m_http = nullptr;
    std::deque<Job> m_queue;
    int m_running = 0;
    std::map<quint64, Fetch> m_fetches;
};

} // namespace Sources::Prometheus

Q_DECLARE_METATYPE(Sources::Prometheus::TestQueryOutcomePtr)
