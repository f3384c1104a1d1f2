#pragma once

#include "core/util/result.h"

#include <QMetaType>
#include <QObject>
#include <QVector>

#include <memory>

namespace Sources {

struct LogLine
{
    qint64 tMs = 0;
    QString line;
    QString stream; // the stream's labels as {a="b", ...}
};

using LogLines = QVector<LogLine>;
using LogLinesPtr = std::shared_ptr<const LogLines>;

// Recent log lines of one service, newest `limit` lines in [fromMs, toMs].
struct LogQuery
{
    QString serviceId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 100;
};

// A connector that reads log lines. Lives on the engine's network thread;
// fetchLogs() answers later with exactly one logsFetched() (oldest line first)
// or failed() carrying the same requestId.
class LogSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSource)
public:
    using QObject::QObject;
    ~LogSource() override = default;

    virtual QString sourceId() const = 0;
    virtual void fetchLogs(quint64 requestId, const Sources::LogQuery &query) = 0;

signals:
    void logsFetched(quint64 requestId, Sources::LogLinesPtr lines);
    void failed(quint64 requestId, Util::Error error);
};

} // namespace Sources

Q_DECLARE_METATYPE(Sources::LogLinesPtr)
Q_DECLARE_METATYPE(Sources::LogQuery)
