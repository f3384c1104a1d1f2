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
