#include "core/flags/flagsnapshotrecorder.h"

#include "core/flags/flagservice.h"
#include "core/flags/flagslogging.h"
#include "core/flags/flagsnapshotstore.h"
#include "core/store/database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

std::atomic_int s_connectionSerial{0};

// Worth keeping: something a source answered, or a verdict.
bool hasNews(const FlagsSnapshot &snapshot)
{
    if (!snapshot.experiments.isEmpty())
        return true;
    for (const SourceFlags &s : snapshot.sources)
        if (s.status.ok)
            return true;
    return false;
}

} // namespace

FlagSnapshotRecorder::FlagSnapshotRecorder(FlagService *flags, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    if (flags && !m_path.isEmpty())
        connect(flags, &FlagService::snapshotReady, this, &FlagSnapshotRecorder::record);
}

// A write in flight holds its own copies (path, snapshot) and finishes on its own.
FlagSnapshotRecorder::~FlagSnapshotRecorder() = default;

void FlagSnapshotRecorder::record(const FlagsSnapshotPtr &snapshot)
{
    if (!snapshot || m_path.isEmpty() || !hasNews(*snapshot))
        return;
    m_pending = snapshot;
    if (!m_writing)
        writeNext();
}

void FlagSnapshotRecorder::writeNext()
{
    if (!m_pending)
        return;
    m_writing = true;
    const FlagsSnapshotPtr snapshot = std::exchange(m_pending, {});
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<Util::Result<void>>(this);
    connect(watcher, &QFutureWatcher<Util::Result<void>>::finished, this, [this, watcher, snapshot] {
        watcher->deleteLater();
        m_writing = false;
        const Util::Result<void> result = watcher->result();
        if (result) {
            emit recorded(snapshot->atMs);
        } else {
            qCWarning(lcFlags) << "cannot keep the flags snapshot:" << result.error().message;
            emit recordFailed(result.error());
        }
        writeNext();
    });
    watcher->setFuture(QtConcurrent::run([path, snapshot]() -> Util::Result<void> {
        Store::Database db;
        const QString name = u"straja-flags-recorder-%1"_s.arg(s_connectionSerial.fetch_add(1));
        if (auto opened = db.open(path, name, Store::Database::Mode::ReadWrite); !opened)
            return opened.error();
        return FlagSnapshotStore(db.handle()).save(*snapshot);
    }));
}

} // namespace Flags
