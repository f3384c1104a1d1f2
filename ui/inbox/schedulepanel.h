#pragma once

#include "core/actions/scheduletypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Engine {
class EngineApi;
}

namespace Gui {

// The off-peak schedules approved from cost recommendations, under the inbox: each
// with its window, replicas, state and what happened at its last edge; Pause /
// Resume and Remove (confirmed first). Hidden while there are none.
class SchedulePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePanel)
public:
    explicit SchedulePanel(Engine::EngineApi *engine, QWidget *parent = nullptr);
    ~SchedulePanel() override;

    void setSchedules(const QVector<Actions::CostSchedule> &schedules);
    QTableWidget *table() const { return m_table; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *removeButton() const { return m_remove; }
    // "01:00-06:00 Europe/Bucharest", as every schedule is shown.
    static QString windowText(const Actions::CostSchedule &schedule);

public slots:
    void togglePaused();
    void removeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    const Actions::CostSchedule *current() const;

    QPointer<Engine::EngineApi> m_engine;
    QVector<Actions::CostSchedule> m_schedules;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Gui
