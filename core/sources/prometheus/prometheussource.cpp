#include "core/sources/prometheus/prometheussource.h"

#include "core/sources/http/httpclient.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Sources::Prometheus {

namespace {

// Unix seconds with millisecond precision, as the API takes them.
QByteArray secondsText(qint64 ms)
{
    const qint64 whole = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    const qint64 frac = ms - whole * 1000;
    QByteArray text = QByteArray::number(whole);
    if (frac != 0)
        text += '.' + QByteArray::number(frac).rightJustified(3, '0');
    return text;
}

QFuture<Util::Result<QueryResult>> parseAsync(QByteArray body, bool inlineParse)
{
    if (inlineParse) {
        QPromise<Util::Result<QueryResult>> promise;
        promise.start();
        promise.addResult(parseQueryResponse(body));
        promise.finish();
        return promise.future();
    }
    return QtConcurrent::run([body = std::move(body)] { return parseQueryResponse(body); });
}

} // namespace

PrometheusSource::PrometheusSource(Model::SourceConfig config, CredentialSource *credentials, QObject *parent)
    : MetricSource(parent)
    , m_config(std::move(config))
    , m_options(PrometheusOptions::fromConfig(m_config))
{
    qRegisterMetaType<TestQueryOutcomePtr>();
    if (m_options)
        m_http = new Http::HttpClient(m_options->endpoint, credentials, this);
    else
        qCWarning(lcSources) << "source" << m_config.id << "is misconfigured:" << m_options.error().message;
}

PrometheusSource::~PrometheusSource() = default;

qint64 PrometheusSource::nativeStepMs() const
{
    return m_options ? m_options->stepMs : 60'000;
}

Http::Request PrometheusSource::queryRequest(QStringView path,
                                             const QList<std::pair<QByteArray, QByteArray>> &form) const
{
    // POST keeps long group queries out of URL length limits; every value is
    // percent-encoded ('+' included, which a form decoder would read as a space).
    Http::Request request;
    request.method = "POST";
    request.url = Http::endpointUrl(m_options->endpoint.baseUrl, path);
    request.contentType = "application/x-www-form-urlencoded";
    for (const auto &[name, value] : form) {
        if (!request.body.isEmpty())
            request.body += '&';
        request.body += name + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return request;
}

void PrometheusSource::fetch(quint64 requestId, const RangeRequest &request)
{
    if (!m_options) {
        QMetaObject::invokeMethod(
            this, [this, requestId, error = m_options.error()] { emit failed(requestId, error); },
            Qt::QueuedConnection);
        return;
    }
    const PrometheusOptions &options = *m_options;
    const qint64 step = RangePlan::chooseStepMs(request.fromMs, request.toMs, request.stepMs, options.stepMs);
    const QVector<RangeChunk> chunks = RangePlan::split(request.fromMs, request.toMs, step);
    qint64 chunkPoints = 1;
    for (const RangeChunk &c : chunks)
        chunkPoints = std::max(chunkPoints, c.points());
    const qsizetype groupSize = std::max<qint64>(1, options.maxPointsPerQuery / chunkPoints);

    Fetch fetch;
    fetch.keys = request.series;
    std::vector<Job> jobs;
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        if (options.mapping.query(kind).isEmpty())
            continue;
        QStringList values;
        QHash<QString, QString> serviceByValue;
        for (const Model::SeriesKey &key : request.series) {
            if (key.kind != kind || !key.region.isEmpty())
                continue; // per-region series have no mapping yet
            const QString value = options.mapping.labelValue(key.serviceId);
            if (!serviceByValue.contains(value))
                values << value;
            serviceByValue.insert(value, key.serviceId);
        }
        for (qsizetype first = 0; first < values.size(); first += groupSize) {
            const QStringList group = values.mid(first, groupSize);
            Job job;
            job.fetchId = requestId;
            job.kind = kind;
            job.promql = options.mapping.expand(kind, group, step, options.scrapeIntervalMs);
            for (const QString &v : group)
                job.serviceByValue.insert(v, serviceByValue.value(v));
            for (const RangeChunk &chunk : chunks) {
                job.chunk = chunk;
                jobs.push_back(job);
            }
        }
    }
    if (jobs.empty()) {
        auto batch = std::make_shared<Model::SeriesBatch>();
        for (const Model::SeriesKey &key : request.series)
            batch->append({key, {}});
        QMetaObject::invokeMethod(
            this, [this, requestId, batch = Model::SeriesBatchPtr(std::move(batch))] { emit fetched(requestId, batch); },
            Qt::QueuedConnection);
        return;
    }
    fetch.jobsLeft = static_cast<int>(jobs.size());
    m_fetches[requestId] = std::move(fetch);
    for (Job &job : jobs)
        m_queue.push_back(std::move(job));
    qCDebug(lcSources) << m_config.id << "fetch" << requestId << ":" << jobs.size() << "calls, step" << step;
    pump();
}

void PrometheusSource::pump()
{
    const int limit = m_options ? m_options->maxConcurrentQueries : 1;
    while (m_running < limit && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (!m_fetches.count(job.fetchId))
            continue; // its fetch already failed
        runJob(std::move(job));
    }
}

void PrometheusSource::runJob(Job job)
{
    ++m_running;
    const Http::Request request = queryRequest(u"/api/v1/query_range",
                                               {{"query", job.promql.toUtf8()},
                                                {"start", secondsText(job.chunk.startMs)},
                                                {"end", secondsText(job.chunk.endMs)},
                                                {"step", secondsText(job.chunk.stepMs)}});
    auto callId = std::make_shared<quint64>(0);
    const quint64 fetchId = job.fetchId;
    *callId = m_http->send(request, [this, job = std::move(job), callId](Util::Result<Http::Response> answer) {
        onJobAnswer(job, *callId, std::move(answer));
    });
    if (const auto it = m_fetches.find(fetchId); it != m_fetches.end())
        it->second.calls.insert(*callId);
}

Util::Error PrometheusSource::answerError(const Http::Response &response, const Util::Result<QueryResult> &parsed) const
{
    // Prometheus explains itself in its error envelope (400 bad_data, 422
    // execution, 503 timeout); anything else gets the plain HTTP reason.
    if (!parsed && parsed.error().code != u"prometheus.format")
        return parsed.error();
    if (!response.isSuccess())
        return m_http->statusError(response);
    return parsed.error();
}

void PrometheusSource::onJobAnswer(const Job &job, quint64 callId, Util::Result<Http::Response> answer)
{
    const auto it = m_fetches.find(job.fetchId);
    if (it != m_fetches.end())
        it->second.calls.remove(callId);
    if (it == m_fetches.end() || it->second.failed) {
        --m_running;
        pump();
        return;
    }
    if (!answer) {
        --m_running;
        failFetch(job.fetchId, answer.error());
        pump();
        return;
    }
    Http::Response response = std::move(answer).value();
    qCDebug(lcSources) << m_config.id << "answer of" << response.body.size() << "bytes after" << response.elapsedMs
                       << "ms, attempt" << response.attempts;
    const bool inlineParse = response.body.size() <= kParseInlineBytes;
    QByteArray body = std::move(response.body);
    response.body.clear();
    // m_running stays taken while parsing: it also bounds how many big answers
    // are held in memory at once.
    QElapsedTimer parsing;
    parsing.start();
    parseAsync(std::move(body), inlineParse).then(this, [this, job, response, parsing](Util::Result<QueryResult> parsed) {
        qCDebug(lcSources) << m_config.id << "parsed in" << parsing.elapsed() << "ms";
        --m_running;
        if (!response.isSuccess() || !parsed) {
            Util::Error error = answerError(response, parsed);
            error.message = QCoreApplication::translate("Prometheus", "%1: %2")
                                .arg(Model::metricKindLabel(job.kind), error.message);
            failFetch(job.fetchId, error);
        } else {
            onJobParsed(job, std::move(parsed));
        }
        pump();
    });
}

void PrometheusSource::onJobParsed(const Job &job, Util::Result<QueryResult> parsed)
{
    const auto it = m_fetches.find(job.fetchId);
    if (it == m_fetches.end() || it->second.failed)
        return;
    Fetch &fetch = it->second;
    const QString &label = m_options->mapping.serviceLabel;
    QSet<QString> seen;
    for (ResultSeries &series : parsed.value().series) {
        const QString value = series.label(label);
        const auto service = job.serviceByValue.constFind(value);
        if (service == job.serviceByValue.cend())
            continue;
        if (seen.contains(value)) {
            qCInfo(lcSources) << m_config.id << Model::metricKindId(job.kind)
                              << "query returns several series for" << value << "; aggregate them by" << label;
            continue;
        }
        seen.insert(value);
        QVector<Model::Sample> &target = fetch.samples[Model::SeriesKey{service.value(), job.kind, {}}];
        if (target.isEmpty())
            target = std::move(series.samples);
        else
            target += series.samples;
    }
    if (--fetch.jobsLeft == 0)
        finishFetchIfDone(job.fetchId);
}

void PrometheusSource::finishFetchIfDone(quint64 fetchId)
{
    const auto it = m_fetches.find(fetchId);
    if (it == m_fetches.end() || it->second.jobsLeft > 0)
        return;
    Fetch fetch = std::move(it->second);
    m_fetches.erase(it);
    auto batch = std::make_shared<Model::SeriesBatch>();
    batch->reserve(fetch.keys.size());
    for (const Model::SeriesKey &key : std::as_const(fetch.keys)) {
        QVector<Model::Sample> samples = fetch.samples.take(key);
        // Chunks answer in any order; within one they are ascending.
        std::sort(samples.begin(), samples.end(), [](const auto &a, const auto &b) { return a.t < b.t; });
        batch->append({key, std::move(samples)});
    }
    emit fetched(fetchId, Model::SeriesBatchPtr(std::move(batch)));
}

void PrometheusSource::failFetch(quint64 fetchId, const Util::Error &error)
{
    const auto it = m_fetches.find(fetchId);
    if (it == m_fetches.end())
        return;
    for (quint64 call : std::as_const(it->second.calls)) {
        m_http->cancel(call);
        --m_running;
    }
    m_fetches.erase(it);
    qCInfo(lcSources) << m_config.id << "fetch" << fetchId << "failed:" << error.message;
    emit failed(fetchId, error);
}

void PrometheusSource::testQuery(quint64 requestId, Model::MetricKind kind, const QStringList &serviceIds,
                                 const QString &promql, qint64 atMs)
{
    auto outcome = std::make_shared<TestQueryOutcome>();
    if (!m_options) {
        outcome->error = m_options.error().message;
        QMetaObject::invokeMethod(
            this, [this, requestId, outcome] { emit testQueryFinished(requestId, outcome); }, Qt::QueuedConnection);
        return;
    }
    const PrometheusOptions &options = *m_options;
    QStringList values;
    for (const QString &id : serviceIds)
        values << options.mapping.labelValue(id);
    QueryMapping mapping = options.mapping;
    if (!promql.trimmed().isEmpty())
        mapping.setQuery(kind, promql.trimmed());
    outcome->promql = mapping.expand(kind, values, options.stepMs, options.scrapeIntervalMs);
    if (outcome->promql.isEmpty()) {
        outcome->error = QCoreApplication::translate("Prometheus", "No query is set for %1.")
                             .arg(Model::metricKindLabel(kind));
        QMetaObject::invokeMethod(
            this, [this, requestId, outcome] { emit testQueryFinished(requestId, outcome); }, Qt::QueuedConnection);
        return;
    }
    const Http::Request request =
        queryRequest(u"/api/v1/query", {{"query", outcome->promql.toUtf8()}, {"time", secondsText(atMs)}});
    m_http->send(request, [this, requestId, outcome, values](Util::Result<Http::Response> answer) {
        if (!answer) {
            outcome->error = answer.error().message;
            emit testQueryFinished(requestId, outcome);
            return;
        }
        const Http::Response response = std::move(answer).value();
        outcome->elapsedMs = response.elapsedMs;
        parseAsync(response.body, response.body.size() <= kParseInlineBytes)
            .then(this, [this, requestId, outcome, response, values](Util::Result<QueryResult> parsed) {
                if (!response.isSuccess() || !parsed) {
                    outcome->error = answerError(response, parsed).message;
                } else {
                    outcome->series = std::move(parsed.value().series);
                    outcome->warnings = parsed->warnings;
                    const QString &label = m_options->mapping.serviceLabel;
                    for (const ResultSeries &s : std::as_const(outcome->series)) {
                        if (!values.isEmpty() && !values.contains(s.label(label)))
                            ++outcome->unmatchedSeries;
                    }
                }
                emit testQueryFinished(requestId, outcome);
            });
    });
}

void PrometheusSource::rangeQuery(quint64 requestId, const QString &promql, qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    auto outcome = std::make_shared<TestQueryOutcome>();
    outcome->promql = promql.trimmed();
    auto finish = [this, requestId, outcome] {
        QMetaObject::invokeMethod(
            this, [this, requestId, outcome] { emit rangeQueryFinished(requestId, outcome); }, Qt::QueuedConnection);
    };
    if (!m_options) {
        outcome->error = m_options.error().message;
        finish();
        return;
    }
    if (outcome->promql.isEmpty() || stepMs <= 0 || toMs < fromMs) {
        outcome->error = QCoreApplication::translate("Prometheus", "No query to run.");
        finish();
        return;
    }
    const Http::Request request = queryRequest(u"/api/v1/query_range", {{"query", outcome->promql.toUtf8()},
                                                                         {"start", secondsText(fromMs)},
                                                                         {"end", secondsText(toMs)},
                                                                         {"step", secondsText(stepMs)}});
    m_http->send(request, [this, requestId, outcome](Util::Result<Http::Response> answer) {
        if (!answer) {
            outcome->error = answer.error().message;
            emit rangeQueryFinished(requestId, outcome);
            return;
        }
        const Http::Response response = std::move(answer).value();
        outcome->elapsedMs = response.elapsedMs;
        parseAsync(response.body, response.body.size() <= kParseInlineBytes)
            .then(this, [this, requestId, outcome, response](Util::Result<QueryResult> parsed) {
                if (!response.isSuccess() || !parsed) {
                    outcome->error = answerError(response, parsed).message;
                } else {
                    outcome->series = std::move(parsed.value().series);
                    outcome->warnings = parsed->warnings;
                }
                emit rangeQueryFinished(requestId, outcome);
            });
    });
}

} // namespace Sources::Prometheus
