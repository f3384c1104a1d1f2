#pragma once

#include "core/experiments/experimenttypes.h"
#include "core/util/result.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Experiments {

// Reads an experiment's counters from a Prometheus (or any server speaking its
// HTTP API) with two query_range calls (see PromQlCounts). Lives on the engine's
// network thread; answers once per read, asynchronously, with the looks or a
// translated reason.
class PrometheusCountsReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusCountsReader)
public:
    using Callback = std::function<void(Util::Result<ExperimentData>)>;

    PrometheusCountsReader(QUrl baseUrl, int timeoutMs = 8000, QObject *parent = nullptr);
    ~PrometheusCountsReader() override;

    // "Bearer …" or "Basic …"; empty for none. Kept in memory only.
    void setAuthorization(const QByteArray &header) { m_authorization = header; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    void read(const ExperimentDefinition &definition, qint64 fromMs, qint64 toMs, qint64 stepMs, Callback done);

private:
    void get(const QString &query, qint64 fromMs, qint64 toMs, qint64 stepMs,
             std::function<void(Util::Result<QByteArray>)> done);

    QUrl m_baseUrl;
    int m_timeoutMs;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Experiments
