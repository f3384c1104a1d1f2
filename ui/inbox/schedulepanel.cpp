#include "ui/inbox/schedulepanel.h"

#include "core/engine/engineapi.h"
#include "ui/dialogs/messagebox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
enum Column { Service, Window, Replicas, State, LastEdge, ColumnCount };
}

SchedulePanel::SchedulePanel(Engine::EngineApi *engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"schedulesTitle"_s);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"schedulesTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(140);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(u"schedulePause"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"scheduleRemove"_s);
    connect(m_pause, &QPushButton::clicked, this, &SchedulePanel::togglePaused);
    connect(m_remove, &QPushButton::clicked, this, &SchedulePanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SchedulePanel::updateButtons);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_pause);
    bar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    retranslate();
    setVisible(false);
}

SchedulePanel::~SchedulePanel() = default;

QString SchedulePanel::windowText(const Actions::CostSchedule &s)
{
    return tr("%1:00-%2:00 %3")
        .arg(s.startHour, 2, 10, QLatin1Char('0'))
        .arg(s.endHour, 2, 10, QLatin1Char('0'))
        .arg(s.timeZone);
}

void SchedulePanel::setSchedules(const QVector<Actions::CostSchedule> &schedules)
{
    const Actions::CostSchedule *selected = current();
    const QString keep = selected ? selected->id : QString();
    m_schedules = schedules;
    setVisible(!m_schedules.isEmpty());
    m_table->setRowCount(int(m_schedules.size()));
    retranslate();
    for (int row = 0; row < m_schedules.size(); ++row) {
        if (m_schedules.at(row).id == keep)
            m_table->selectRow(row);
    }
    if (!m_table->selectionModel()->hasSelection() && !m_schedules.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const Actions::CostSchedule *SchedulePanel::current() const
{
    const int row = m_table->currentRow();
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    const int chosen = rows.isEmpty() ? row : rows.constFirst().row();
    return chosen >= 0 && chosen < m_schedules.size() ? &m_schedules.at(chosen) : nullptr;
}

void SchedulePanel::updateButtons()
{
    const Actions::CostSchedule *s = current();
    m_pause->setEnabled(s != nullptr);
    m_remove->setEnabled(s != nullptr);
    m_pause->setText(s && s->paused ? tr("Resume") : tr("Pause"));
}

void SchedulePanel::togglePaused()
{
    const Actions::CostSchedule *s = current();
    if (!s || !m_engine)
        return;
    m_engine->setCostSchedulePaused(s->id, !s->paused);
}

void SchedulePanel::removeSelected()
{
    const Actions::CostSchedule *s = current();
    if (!s || !m_engine)
        return;
    const Actions::CostSchedule chosen = *s; // the list may be refreshed while the box is open
    MessageBox::confirm(this, tr("Remove schedule"),
                        tr("Remove the schedule of %1 (%2)?").arg(chosen.serviceId, windowText(chosen)),
                        tr("Remove"),
                        [this, chosen](bool accepted) {
                            if (accepted && m_engine)
                                m_engine->removeCostSchedule(chosen.id);
                        },
                        tr("Straja stops changing the replicas at the window's edges. The replicas stay as they are "
                           "now: if the window is running, scale the service back yourself."));
}

void SchedulePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchedulePanel::retranslate()
{
    m_title->setText(tr("Off-peak schedules (%n)", nullptr, int(m_schedules.size())));
    m_remove->setText(tr("Remove…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Service"), tr("Window"), tr("Replicas"), tr("State"), tr("Last change")});
    for (int row = 0; row < m_schedules.size(); ++row) {
        const Actions::CostSchedule &s = m_schedules.at(row);
        const QStringList cells{s.serviceId, windowText(s),
                                tr("%1 in the window, %2 outside").arg(s.toReplicas).arg(s.fromReplicas),
                                s.paused ? tr("paused") : tr("active, approved by %1").arg(s.approvedBy),
                                s.note.isEmpty() ? tr("none yet: acts from the next edge") : s.note};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = m_table->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, c, item);
            }
            item->setText(cells.at(c));
            item->setToolTip(cells.at(c));
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

} // namespace Gui
