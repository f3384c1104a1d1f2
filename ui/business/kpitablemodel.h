#pragma once

#include "core/business/businesstypes.h"

#include <QAbstractTableModel>

namespace Gui {

// One project's business figures by month, newest first, each with its change
// from the month before.
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTableModel)
public:
    // Columns after Month follow Business::Kpi, then the infrastructure cost.
    enum Column { Month, FirstKpi, InfraCost = FirstKpi + Business::kKpiCount, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ChangeRole };

    explicit KpiTableModel(QObject *parent = nullptr);
    ~KpiTableModel() override;

    void setProject(const Business::ProjectKpis &project);
    const Business::ProjectKpis &project() const { return m_project; }
    void retranslate();
    // A KPI's value as text: money with the currency, ratios as percentages.
    static QString format(Business::Kpi kpi, double value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype monthIndex(int row) const { return m_project.months.size() - 1 - row; }
    Business::ProjectKpis m_project;
};

} // namespace Gui
