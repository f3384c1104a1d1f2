#pragma once

#include "core/cost/costtypes.h"
#include "core/model/workspace.h"

#include <QAbstractItemModel>

namespace Gui {

// The cost of one period as a tree: projects (and the provider plans) with their
// services (and plan lines), by resource, and a total row last. Every figure comes
// from the report's controlled rounding, so each row, group and column adds up to
// the cents shown.
class CostTableModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostTableModel)
public:
    enum Column { Name, Cpu, Memory, Node, Egress, Volume, Plan, Total, ColumnCount };
    enum Role {
        CentsRole = Qt::UserRole + 1, // qint64 minor units (sorting, tests)
        IdRole,                       // project id, service id, plan line id; empty for the total
        KindRole,                     // int(RowKind)
    };
    enum class RowKind { Group, Line, Total };

    explicit CostTableModel(QObject *parent = nullptr);
    ~CostTableModel() override;

    void setReport(Cost::CostReportPtr report, Model::WorkspacePtr workspace);
    void setPeriod(Cost::Period period);
    Cost::Period period() const { return m_period; }
    Cost::CostReportPtr report() const { return m_report; }
    // The column a resource is shown in.
    static int columnOf(Cost::Resource resource) { return 1 + int(resource); }
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kTopLevel = ~quintptr(0);
    const Cost::CostTable *table() const;
    int groupCount() const;
    QVector<int> rowsOfGroup(int group) const;
    std::optional<qint64> cents(const QModelIndex &index) const;
    QString name(const QModelIndex &index) const;

    Cost::CostReportPtr m_report;
    Model::WorkspacePtr m_workspace;
    Cost::Period m_period = Cost::Period::MonthToDate;
    QVector<QVector<int>> m_groupRows; // rows (into the table) of each group
};

} // namespace Gui
