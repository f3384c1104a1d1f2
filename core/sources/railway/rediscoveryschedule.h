#pragma once

#include "core/model/workspace.h"
#include "core/sources/railway/railwaydiscovery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace Util {
class Clock;
}
namespace Actions {
class BudgetRegistry;
class HttpTransport;
}
namespace Sources {
class CredentialSource;
}

namespace Sources::Railway {

// Keeps the workspace in step with Railway while Straja runs: every interval
// (30 min by default) each Railway source of the workspace is discovered again,
// the answer is merged (DiscoveryMerge: new services added, vanished ones marked
// removed, never deleted, the operator's settings kept) into the newest workspace,
// and a changed workspace is handed on to be saved. Each source gets a short note
// ("discovery 14:05: 1 service added") for its status. A discovery is skipped
// while the token's budget is low: metrics and executions matter more.
// Lives on the thread that owns the workspace (the engine's, i.e. the GUI thread):
// discovery is asynchronous network I/O and the merge is a pure, cheap function.
class RediscoverySchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RediscoverySchedule)
public:
    static constexpr qint64 kDefaultIntervalMs = 30LL * 60'000;

    RediscoverySchedule(CredentialSource *credentials, std::shared_ptr<const Util::Clock> clock,
                        std::shared_ptr<Actions::BudgetRegistry> budgets, Actions::HttpTransport *transport = nullptr,
                        QObject *parent = nullptr);
    ~RediscoverySchedule() override;

    // The workspace later discoveries merge into; the timer runs while it has a
    // Railway source.
    void setWorkspace(Model::WorkspacePtr workspace);
    void setIntervalMs(qint64 intervalMs);
    qint64 intervalMs() const { return m_intervalMs; }
    // Discovers every Railway source now (what the timer does).
    void runNow();
    // While held (the workspace editor is open), what a discovery found is not
    // saved: it waits, with a note saying so, and is merged into the newest
    // workspace when released, on top of whatever the operator saved meanwhile.
    // Merging into the editor's draft instead would change what the operator is
    // reviewing under their hands, and saving straight away would be overwritten
    // by their Save (or make it look as if their edits were lost).
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    // Sources whose discovered changes wait for the editor to close.
    QStringList waitingSourceIds() const { return m_waiting.keys(); }
    // The last note per source id (a change found, or why discovery failed).
    QHash<QString, QString> notes() const { return m_notes; }

signals:
    // A discovery changed the workspace: save it (EngineApi::updateWorkspace).
    void workspaceDiscovered(Model::WorkspacePtr workspace, const QString &sourceId);
    void noteChanged(const QString &sourceId, const QString &note);

private:
    void discover(const Model::SourceConfig &source);
    void onDiscovered(const QString &sourceId, const InventoryPtr &inventory, const QString &error);
    void setNote(const QString &sourceId, const QString &note);
    // Merges `inventory` into the newest workspace and hands a change on.
    void apply(const QString &sourceId, const InventoryPtr &inventory, qint64 atMs);

    CredentialSource *m_credentials = nullptr;
    std::shared_ptr<const Util::Clock> m_clock;
    std::shared_ptr<Actions::BudgetRegistry> m_budgets;
    Actions::HttpTransport *m_transport = nullptr;
    Model::WorkspacePtr m_workspace;
    qint64 m_intervalMs = kDefaultIntervalMs;
    QTimer *m_timer = nullptr;
    QHash<QString, QPointer<RailwayDiscovery>> m_running; // source id -> discovery in flight
    QHash<QString, QString> m_notes;
    bool m_held = false;
    QHash<QString, QPair<InventoryPtr, qint64>> m_waiting; // source id -> inventory found while held, when
    quint64 m_nextId = 1;
};

} // namespace Sources::Railway
