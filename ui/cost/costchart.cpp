#include "ui/cost/costchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
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
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_chart->legend()->setFont(legendFont);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 220);
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

    auto *series = new QHorizontalStackedBarSeries;
    double top = 0.0;
    QVector<double> heights(groupNames.size(), 0.0);
    for (int r = 0; r < Cost::kResourceCount; ++r) {
        bool any = false;
        auto *set = new QBarSet(Cost::resourceLabel(Cost::Resource(r)));
        set->setColor(QColor::fromRgb(kColours[size_t(r)]));
        set->setBorderColor(QColor::fromRgb(kColours[size_t(r)]));
        // Bars are drawn bottom up: the last group first, so the chart reads like the table.
        for (int g = int(groupNames.size()) - 1; g >= 0; --g) {
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
    // Projects down the side, where their names have room; money along the bottom.
    auto *axisY = new QBarCategoryAxis;
    axisY->append(QStringList(groupNames.crbegin(), groupNames.crend()));
    auto *axisX = new QValueAxis;
    axisX->setRange(0.0, top > 0 ? top * 1.1 : 1.0);
    axisX->setLabelFormat(u"%.0f $"_s);
    axisX->setTickCount(4);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
}

} // namespace Gui
