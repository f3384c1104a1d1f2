#include "core/flags/flagengine.h"

#include "core/experiments/countscsv.h"
#include "core/flags/flagworker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

#include <utility>

using namespace Qt::StringLiterals;

namespace Flags {

FlagEngine::FlagEngine(QObject *parent)
    : FlagService(parent)
{
    qRegisterMetaType<Flags::FlagsSnapshotPtr>();
    qRegisterMetaType<Flags::FlagChange>();
    qRegisterMetaType<Flags::FlagChangeOutcome>();
    qRegisterMetaType<Flags::SourceFlagsPtr>();
    qRegisterMetaType<Util::Error>();
}

FlagEngine::~FlagEngine()
{
    stop();
    release();
}

void FlagEngine::start(QThread *thread, std::shared_ptr<const Util::Clock> clock, std::vector<FlagSource *> sources)
{
    start(thread, std::move(clock), std::move(sources), CountsSourceConfig{});
}

void FlagEngine::start(QThread *thread, std::shared_ptr<const Util::Clock> clock, std::vector<FlagSource *> sources,
                       const CountsSourceConfig &counts)
{
    Q_ASSERT(!m_worker);
    m_worker = new FlagWorker(std::move(clock));
    m_worker->setCountsSource(counts);
    for (FlagSource *s : sources)
        m_worker->addSource(s);
    m_worker->moveToThread(thread);
    m_lookupWorker.store(m_worker);
    connect(m_worker, &FlagWorker::snapshotReady, this, [this, epoch = ++m_workerEpoch](const FlagsSnapshotPtr &snapshot) {
        // A snapshot queued by a worker released since: the flags of a workspace
        // that is gone, whose generation would also hide the new worker's first ones.
        if (epoch != m_workerEpoch)
            return;
        if (m_latest && snapshot->generation <= m_latest->generation)
            return;
        m_latest = withAudit(snapshot);
        emit snapshotReady(m_latest);
    });
    connect(m_worker, &FlagWorker::changeFinished, this, &FlagService::changeFinished);
    QMetaObject::invokeMethod(m_worker, &FlagWorker::start, Qt::QueuedConnection);
}

void FlagEngine::stop()
{
    if (m_worker && m_worker->thread() != QThread::currentThread() && m_worker->thread()->isRunning())
        QMetaObject::invokeMethod(m_worker, &FlagWorker::shutdown, Qt::BlockingQueuedConnection);
}

void FlagEngine::release()
{
    FlagWorker *worker = std::exchange(m_worker, nullptr);
    ++m_workerEpoch;
    // A new worker counts its generations from one again.
    m_latest.reset();
    if (!worker)
        return;
    m_lookupWorker.store(nullptr);
    disconnect(worker, nullptr, this, nullptr);
    // Null once the thread object is gone (FleetEngine::stop deletes it first).
    QThread *thread = worker->thread();
    if (thread && thread != QThread::currentThread() && thread->isRunning()) {
        // The worker and its sources are used on their thread (late answers, the flag
        // executor's lookups and applies): deleted there, between two of its events,
        // never from here while one of them runs.
        worker->deleteLater();
        return;
    }
    delete worker;
}

void FlagEngine::refresh()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &FlagWorker::refresh, Qt::QueuedConnection);
}

quint64 FlagEngine::apply(const FlagChange &change, const QString &approvedBy)
{
    const quint64 id = m_nextRequestId++;
    if (!m_worker) {
        FlagChangeOutcome out;
        out.requestId = id;
        out.change = change;
        out.message = QCoreApplication::translate("Flags", "Flags are not connected yet; nothing was changed.");
        QMetaObject::invokeMethod(this, [this, out] { emit changeFinished(out); }, Qt::QueuedConnection);
        return id;
    }
    if (m_runner) {
        m_runner(id, change, approvedBy);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, change, approvedBy] {
        worker->apply(id, change, approvedBy);
    }, Qt::QueuedConnection);
    return id;
}

FlagsSnapshotPtr FlagEngine::withAudit(const FlagsSnapshotPtr &snapshot) const
{
    if (!snapshot || (snapshot->audit.isEmpty() && m_audit.isEmpty()))
        return snapshot;
    auto copy = std::make_shared<FlagsSnapshot>(*snapshot);
    copy->audit = m_audit;
    return copy;
}

void FlagEngine::setAudit(const QVector<FlagAuditEntry> &audit)
{
    m_audit = audit;
    if (!m_latest)
        return;
    m_latest = withAudit(m_latest);
    emit snapshotReady(m_latest);
}

void FlagEngine::actionFinished(const FlagChangeOutcome &outcome)
{
    emit changeFinished(outcome);
    refresh(); // the new state and its event
}

FlagSource *FlagEngine::sourceOnWorkerThread(const QString &sourceId) const
{
    // On the worker's thread, where a released worker is deleted: one loaded here
    // lives at least until the caller returns to the event loop.
    FlagWorker *worker = m_lookupWorker.load();
    Q_ASSERT(!worker || worker->thread() == QThread::currentThread());
    return worker ? worker->source(sourceId) : nullptr;
}

void FlagEngine::setGuardrails(const QVector<GuardrailReading> &readings)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, readings] { worker->setGuardrails(readings); },
                                  Qt::QueuedConnection);
}

quint64 FlagEngine::importCounts(const QString &path, const QString &experimentId)
{
    const quint64 id = m_nextRequestId++;
    // Reading and checking the file is disk and CPU work: off the GUI thread.
    auto *watcher = new QFutureWatcher<Util::Result<Experiments::ExperimentData>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, path, experimentId] {
        watcher->deleteLater();
        const Util::Result<Experiments::ExperimentData> data = watcher->result();
        if (!data.ok()) {
            emit importFinished(id, false, data.error().message);
            return;
        }
        ExperimentInput input;
        input.data = data.value();
        const FlagsSnapshotPtr snapshot = m_latest;
        Experiments::ExperimentReportPtr existing;
        if (snapshot)
            for (const Experiments::ExperimentReportPtr &e : snapshot->experiments)
                if (e->definition.id == experimentId)
                    existing = e;
        if (existing) {
            input.definition = existing->definition;
        } else {
            // A new experiment from the file alone: arms in file order, control first.
            const QString name = QFileInfo(path).completeBaseName();
            input.definition.id = u"csv:"_s + QString::number(++m_imports) + u':' + name;
            input.definition.name = name;
            for (const Experiments::VariantCounts &v : input.data.latest().variants)
                input.definition.variants.append(v.variant);
            input.definition.controlVariant = input.definition.variants.contains(u"control"_s)
                ? u"control"_s : input.definition.variants.value(0);
        }
        input.definition.source = Experiments::CountsSource::CsvImport;
        const int looks = int(input.data.looks.size());
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, [worker = m_worker, input] { worker->setImportedCounts(input); },
                                      Qt::QueuedConnection);
        emit importFinished(id, true,
                            QCoreApplication::translate("Flags", "Imported %n point(s) in time for \"%1\".", nullptr,
                                                        looks)
                                .arg(input.definition.name));
    });
    watcher->setFuture(QtConcurrent::run([path] { return Experiments::CountsCsv::readFile(path); }));
    return id;
}

} // namespace Flags
