#pragma once

#include "core/business/businessqueries.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Sources {
class MetricSource;
}

namespace Engine {

// Runs a project's business PromQL queries on the network thread, on the engine's
// own Prometheus connector (its client's retries and breaker), and answers with
// one result holding every query's daily values or its precise error.
class BusinessQueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessQueryRunner)
public:
    using SourceLookup = std::function<Sources::MetricSource *(const QString &sourceId)>;

    explicit BusinessQueryRunner(SourceLookup lookup, QObject *parent = nullptr);
    ~BusinessQueryRunner() override;

    void run(quint64 requestId, const Business::BusinessQueryRequest &request);

signals:
    void finished(Business::BusinessQueryResultPtr result);

private:
    struct Pending
    {
        std::shared_ptr<Business::BusinessQueryResult> result;
        int left = 0;
    };
    void answer(quint64 requestId);

    SourceLookup m_lookup;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextCall = 1;
};

} // namespace Engine
