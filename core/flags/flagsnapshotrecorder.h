#pragma once

#include "core/flags/flagsnapshot.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>

namespace Flags {

class FlagService;

// Keeps the last known flags and experiment verdicts in the local store (schema 7)
// whenever the flag service publishes a snapshot, so that reports can show them with
// every flag source down. Writes on the thread pool with a connection of its own,
// one at a time; a snapshot that arrives meanwhile replaces the one still waiting.
class FlagSnapshotRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagSnapshotRecorder)
public:
    // `databasePath` empty: records nothing (an engine without a store).
    FlagSnapshotRecorder(FlagService *flags, QString databasePath, QObject *parent = nullptr);
    ~FlagSnapshotRecorder() override;

    void record(const FlagsSnapshotPtr &snapshot);

signals:
    void recorded(qint64 snapshotAtMs);
    void recordFailed(const Util::Error &error);

private:
    void writeNext();

    QString m_path;
    FlagsSnapshotPtr m_pending;
    bool m_writing = false;
};

} // namespace Flags
