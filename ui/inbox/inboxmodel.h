#pragma once

#include "core/actions/actiontypes.h"

#include <QAbstractTableModel>

namespace Gui {

// One section of the actions inbox (open proposals, running, forecast-only,
// decided), one row per action, filled from the engine's inbox snapshots. Rows are
// matched by action id across snapshots: a row that stays keeps its place and
// selection, changed values emit dataChanged, arrivals and departures are
// inserted and removed.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)
public:
    enum class Section { Open, Running, Shadow, History };
    enum Column { Title, Service, Why, Confidence, Effect, Cost, State, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,        // qint64 action id
        FixRole,       // fix id: bulk approval groups by it
        StateRole,     // int(Actions::ActionState)
        SnoozedRole,   // bool
    };

    explicit InboxModel(Section section, QObject *parent = nullptr);
    ~InboxModel() override;

    Section section() const { return m_section; }
    void setInbox(const Actions::InboxSnapshotPtr &inbox);
    // Re-renders texts after a language change.
    void retranslate();

    const Actions::ActionRecord *record(int row) const;
    const Actions::ActionRecord *recordById(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the section lists, from a snapshot (also used for tab counts).
    static QVector<Actions::ActionRecord> rowsOf(const Actions::InboxSnapshot &inbox, Section section);
    // Where a proposal came from, for the detail's header: the operator, flags,
    // cost or geography by their rule, otherwise the trigger ("Target tracking").
    static QString origin(const Actions::Proposal &proposal);

private:
    QVariant displayData(const Actions::ActionRecord &r, int column) const;

    Section m_section;
    Actions::InboxSnapshotPtr m_inbox;
    QVector<Actions::ActionRecord> m_rows;
};

} // namespace Gui
