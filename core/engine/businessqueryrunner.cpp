#include "core/engine/businessqueryrunner.h"

#include "core/sources/prometheus/prometheussource.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Engine {

BusinessQueryRunner::BusinessQueryRunner(SourceLookup lookup, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
{
    qRegisterMetaType<Business::BusinessQueryResultPtr>();
}

BusinessQueryRunner::~BusinessQueryRunner() = default;

void BusinessQueryRunner::run(quint64 requestId, const Business::BusinessQueryRequest &request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    auto result = std::make_shared<Business::BusinessQueryResult>();
    result->requestId = requestId;
    result->request = request;
    auto *prometheus = qobject_cast<Sources::Prometheus::PrometheusSource *>(m_lookup ? m_lookup(request.sourceId)
                                                                                      : nullptr);
    if (!prometheus || request.queries.isEmpty()) {
        result->error = prometheus ? QCoreApplication::translate("Business", "The project has no business queries.")
                                   : QCoreApplication::translate("Business", "Source %1 is not a running Prometheus "
                                                                             "connector.")
                                         .arg(request.sourceId);
        QMetaObject::invokeMethod(this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    Pending &pending = m_pending[requestId];
    pending.result = result;
    pending.left = int(request.queries.size());
    for (auto it = request.queries.cbegin(); it != request.queries.cend(); ++it) {
        const quint64 callId = m_nextCall++;
        const int index = int(result->answers.size());
        result->answers.append({it.key(), it.value(), {}, 0, {}});
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(prometheus, &Sources::Prometheus::PrometheusSource::rangeQueryFinished, this,
                              [this, callId, requestId, index, connection](
                                  quint64 id, Sources::Prometheus::TestQueryOutcomePtr outcome) {
                                  if (id != callId)
                                      return;
                                  disconnect(*connection);
                                  auto found = m_pending.find(requestId);
                                  if (found == m_pending.end())
                                      return;
                                  Business::BusinessQueryAnswer &a = found->result->answers[index];
                                  a.error = outcome->error;
                                  a.seriesCount = int(outcome->series.size());
                                  QVector<QVector<Model::Sample>> series;
                                  for (const auto &s : outcome->series)
                                      series.append(s.samples);
                                  a.samples = Business::BusinessQueries::sumSeries(series);
                                  if (--found->left == 0)
                                      answer(requestId);
                              });
        prometheus->rangeQuery(callId, it.value(), request.fromMs, request.toMs, request.stepMs);
    }
}

void BusinessQueryRunner::answer(quint64 requestId)
{
    const Pending pending = m_pending.take(requestId);
    emit finished(pending.result);
}

} // namespace Engine
