#pragma once

#include "core/sources/logsource.h"

#include <QMetaType>

#include <memory>

namespace Engine {

// The project view's question: recent log lines of one service.
struct LogRequest
{
    QString serviceId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 100;
};

struct LogResult
{
    quint64 requestId = 0;
    LogRequest request;
    bool available = false; // false: no log source is configured for the service
    QString sourceName;
    Sources::LogLines lines; // oldest first
    QString error;           // translated; empty on success
};

using LogResultPtr = std::shared_ptr<const LogResult>;

} // namespace Engine

Q_DECLARE_METATYPE(Engine::LogRequest)
Q_DECLARE_METATYPE(Engine::LogResultPtr)
