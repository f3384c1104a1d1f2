#include "ui/cost/costchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <array>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Distinct under the common colour-vision deficiencies (Okabe-Ito).
constexpr std::array<QRgb, Cost::kResourceCount> kColours = {0x0072B2, 0xE69F00, 0x56B4E9, 0x009E73, 0xCC79A7, 0x999999};

} // namespace

CostChart::CostChart(QWidget *parent)
    : QChartView(parent)
{
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(300, 220);
    setFocusPolicy(Qt::NoFocus);
}

CostChart::~CostChart() = default;

double CostChart::value(int group, Cost::Resource resource) const
{
    const auto &row = m_values.value(int(resource));
    return group >= 0 && group < row.size() ? row.at(group) : 0.0;
}

void CostChart::setTable(const Cost::CostTable &table, const QStringList &groupNames)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_values = QVector<QVector<double>>(Cost::kResourceCount, QVector<double>(groupNames.size(), 0.0));

    auto *series = new QStackedBarSeries;
    double top = 0.0;
    QVector<double> heights(groupNames.size(), 0.0);
    for (int r = 0; r < Cost::kResourceCount; ++r) {
        bool any = false;
        auto *set = new QBarSet(Cost::resourceLabel(Cost::Resource(r)));
        set->setColor(QColor::fromRgb(kColours[size_t(r)]));
        set->setBorderColor(QColor::fromRgb(kColours[size_t(r)]));
        for (int g = 0; g < groupNames.size(); ++g) {
            const double v = double(table.cents.groupCell(g, r)) / 100.0;
            m_values[r][g] = v;
            // Negative segments (a plan's included usage) would fold the stack back.
            set->append(std::max(0.0, v));
            heights[g] += std::max(0.0, v);
            any |= v != 0.0;
        }
        if (any)
            series->append(set);
        else
            delete set;
    }
    for (double h : heights)
        top = std::max(top, h);
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(groupNames);
    auto *axisY = new QValueAxis;
    axisY->setRange(0.0, top > 0 ? top * 1.1 : 1.0);
    axisY->setLabelFormat(u"%.0f $"_s);
    axisY->setTickCount(5);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace Gui
