#include "core/flags/flagengine.h"

#include "core/experiments/countscsv.h"
#include "core/flags/flagworker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

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
    connect(m_worker, &FlagWorker::snapshotReady, this, [this](const FlagsSnapshotPtr &snapshot) {
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
    delete m_worker;
    m_worker = nullptr;
    // A new worker counts its generations from one again.
    m_latest.reset();
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
    FlagWorker *worker = m_worker;
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
