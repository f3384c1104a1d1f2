#include "ui/predictions/costmodel.h"

#include "core/engine/predictiontext.h"

#include <QFont>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

CostModel::CostModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CostModel::~CostModel() = default;

void CostModel::setResult(Engine::AnalysisResultPtr result, QHash<QString, QString> serviceNames)
{
    beginResetModel();
    m_result = std::move(result);
    m_names = std::move(serviceNames);
    endResetModel();
}

void CostModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CostModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result || m_result->costs.isEmpty())
        return 0;
    return int(m_result->costs.size()) + 1; // and the total
}

int CostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostModel::costData(const Analysis::CostForecast &c, int column, int role) const
{
    const QLocale locale;
    const QString &currency = m_result->currency;
    const auto money = [&](double v) { return Engine::PredictionText::money(v, currency, locale); };
    const auto band = [&](double lo, double hi) { return tr("%1 – %2").arg(money(lo), money(hi)); };
    if (role == SortRole) {
        switch (column) {
        case MonthToDate: return c.monthToDate;
        case Next7Days: return c.next7Days;
        case Next7DaysBand: return c.next7DaysUpper - c.next7DaysLower;
        case MonthEnd: return c.monthEnd;
        case MonthEndBand: return c.monthEndUpper - c.monthEndLower;
        default: return {};
        }
    }
    switch (column) {
    case MonthToDate: return money(c.monthToDate);
    case Next7Days: return money(c.next7Days);
    case Next7DaysBand: return band(c.next7DaysLower, c.next7DaysUpper);
    case MonthEnd: return money(c.monthEnd);
    case MonthEndBand: return band(c.monthEndLower, c.monthEndUpper);
    default: break;
    }
    return {};
}

QVariant CostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool total = index.row() == int(m_result->costs.size());
    if (role == IsTotalRole)
        return total;
    if (role == Qt::TextAlignmentRole && index.column() != Service)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (total) {
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == ServiceIdRole)
            return QString();
        if (index.column() == Service && (role == Qt::DisplayRole || role == SortRole))
            return tr("Project total");
        if (index.column() == Replicas) {
            double replicas = 0;
            for (const Engine::ServiceCost &c : m_result->costs)
                replicas += std::isfinite(c.replicasNow) ? c.replicasNow : 0.0;
            if (role == Qt::DisplayRole)
                return QLocale().toString(replicas, 'f', 0);
            return role == SortRole ? QVariant(replicas) : QVariant();
        }
        if (role == Qt::ToolTipRole)
            return m_result->projectCostOk ? m_result->projectCost.explanation : QString();
        if (!m_result->projectCostOk)
            return {};
        if (role == Qt::DisplayRole || role == SortRole)
            return costData(m_result->projectCost, index.column(), role);
        return {};
    }

    const Engine::ServiceCost &c = m_result->costs.at(index.row());
    if (role == ServiceIdRole)
        return c.serviceId;
    if (index.column() == Service && (role == Qt::DisplayRole || role == SortRole))
        return m_names.value(c.serviceId, c.serviceId);
    if (index.column() == Replicas) {
        if (role == Qt::DisplayRole)
            return std::isfinite(c.replicasNow) ? QLocale().toString(c.replicasNow, 'f', 0) : QString();
        return role == SortRole ? QVariant(c.replicasNow) : QVariant();
    }
    if (role == Qt::ToolTipRole)
        return c.ok ? c.cost.explanation : c.error;
    if (!c.ok)
        return index.column() == MonthToDate && role == Qt::DisplayRole ? c.error : QVariant();
    if (role == Qt::DisplayRole || role == SortRole)
        return costData(c.cost, index.column(), role);
    return {};
}

QVariant CostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Service: return tr("Service");
    case Replicas: return tr("Replicas");
    case MonthToDate: return tip ? tr("Spent since the first of the month (UTC)") : tr("Month to date");
    case Next7Days: return tip ? tr("Forecast cost of the next 7 days") : tr("Next 7 days");
    case Next7DaysBand: return tip ? tr("95% band of the next 7 days' cost") : tr("7-day band");
    case MonthEnd: return tip ? tr("Month to date plus the forecast to the end of the month") : tr("Month end");
    case MonthEndBand: return tip ? tr("95% band of the month-end cost") : tr("Month-end band");
    default: break;
    }
    return {};
}

} // namespace Gui
