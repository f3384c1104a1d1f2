#pragma once

#include "core/cost/costtypes.h"

#include <QChartView>

class QBarCategoryAxis;
class QChart;
class QValueAxis;

namespace Gui {

// One period's cost per project as stacked bars, one colour per resource: where
// the money goes at a glance. Reads the same rounded table as the cost table, so
// a bar's height is its row's total.
class CostChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostChart)
public:
    explicit CostChart(QWidget *parent = nullptr);
    ~CostChart() override;

    // `groupNames`: one label per table group, in order.
    void setTable(const Cost::CostTable &table, const QStringList &groupNames);
    // The value of a bar segment (group, resource) in currency units, for tests.
    double value(int group, Cost::Resource resource) const;

private:
    QChart *m_chart = nullptr;
    QVector<QVector<double>> m_values; // [resource][group]
};

} // namespace Gui
