#include "core/engine/engineapi.h"

#include <atomic>

namespace Engine {

quint64 EngineApi::requestLogs(const LogRequest &request)
{
    static std::atomic<quint64> nextId{1};
    auto result = std::make_shared<LogResult>();
    result->requestId = nextId++;
    result->request = request;
    QMetaObject::invokeMethod(
        this, [this, result] { emit logsReady(result); }, Qt::QueuedConnection);
    return result->requestId;
}

} // namespace Engine

namespace Engine {

// Engines without alerts (test doubles) ignore alert commands.
void EngineApi::acknowledgeIncident(quint64, const QString &) { }
void EngineApi::resolveIncident(quint64, const QString &) { }
void EngineApi::silenceIncident(quint64, qint64, const QString &) { }
void EngineApi::addMaintenanceWindow(const Alerts::MaintenanceWindow &) { }
void EngineApi::removeSilence(quint64) { }
void EngineApi::setWebhooks(const QVector<Alerts::WebhookConfig> &) { }
void EngineApi::sendWebhookTest(const QString &) { }
void EngineApi::retryWebhookDelivery(quint64) { }

} // namespace Engine
