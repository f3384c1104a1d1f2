#pragma once

#include "core/engine/predictions.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gui {

// Cost forecasts per service and the project's total (the last row): spent this
// month, the next 7 days and the month end, each forecast with its 95% band.
class CostModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostModel)
public:
    enum Column { Service, Replicas, MonthToDate, Next7Days, Next7DaysBand, MonthEnd, MonthEndBand, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw amount
        ServiceIdRole,               // empty on the total row
        IsTotalRole,
    };

    explicit CostModel(QObject *parent = nullptr);
    ~CostModel() override;

    void setResult(Engine::AnalysisResultPtr result, QHash<QString, QString> serviceNames);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant costData(const Analysis::CostForecast &cost, int column, int role) const;

    Engine::AnalysisResultPtr m_result;
    QHash<QString, QString> m_names;
};

} // namespace Gui
