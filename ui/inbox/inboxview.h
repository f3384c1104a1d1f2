#pragma once

#include "core/actions/actiontypes.h"
#include "ui/inbox/inboxmodel.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QAction;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;
class QToolButton;

namespace Engine {
class EngineApi;
}

namespace Gui {

class ProposalDetail;
class SchedulePanel;

// The actions inbox: open proposals with why, expected effect, cost and
// confidence; Approve / Reject / Snooze (A / R / S, also from the Actions menu),
// approve-all of one kind; work in flight, forecast-only proposals and the history
// of decided ones; a detail pane; a banner that always says whether anything runs
// without a click (auto-approve) or nothing is sent at all (dry run).
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)
public:
    explicit InboxView(Engine::EngineApi *engine, QWidget *parent = nullptr);
    ~InboxView() override;

    void setInbox(const Actions::InboxSnapshotPtr &inbox);
    Actions::InboxSnapshotPtr inbox() const { return m_inbox; }
    InboxModel *model(InboxModel::Section section) const;
    InboxModel *currentModel() const;
    InboxModel::Section section() const { return m_section; }
    void setSection(InboxModel::Section section);
    QTableView *table() const { return m_table; }
    ProposalDetail *detail() const { return m_detail; }
    SchedulePanel *schedules() const { return m_schedules; }
    QList<QAction *> decisionActions() const;
    QAction *automationAction() const { return m_automationAction; }
    int openCount() const;
    // Selects the row of an action in the current section.
    bool selectAction(qint64 id);

signals:
    void openCountChanged(int count);

public slots:
    void approveSelected();
    void rejectSelected();
    void snoozeSelected(qint64 forMs = 3600'000);
    void approveAllOfKind();
    void showAutomationSettings();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Approves, asking first when a manual fix is among them: its approval says
    // the operator did it.
    void approveChecked(const QVector<qint64> &ids);
    void retranslate();
    void updateBanner();
    void updateActions();
    void updateDetail();
    QVector<qint64> selectedIds() const;
    qint64 currentId() const;

    QPointer<Engine::EngineApi> m_engine;
    Actions::InboxSnapshotPtr m_inbox;
    InboxModel::Section m_section = InboxModel::Section::Open;
    std::array<InboxModel *, 4> m_models{};
    QLabel *m_banner = nullptr;
    QLabel *m_budget = nullptr;
    QTabBar *m_sections = nullptr;
    QTableView *m_table = nullptr;
    ProposalDetail *m_detail = nullptr;
    SchedulePanel *m_schedules = nullptr;
    QToolButton *m_approveButton = nullptr;
    QToolButton *m_rejectButton = nullptr;
    QToolButton *m_snoozeButton = nullptr;
    QToolButton *m_bulkButton = nullptr;
    QPushButton *m_automationButton = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    QAction *m_bulkAction = nullptr;
    QAction *m_automationAction = nullptr;
    int m_lastOpenCount = -1;
};

} // namespace Gui
