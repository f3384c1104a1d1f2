#include "ui/business/kpitablemodel.h"

#include "core/business/businessmetrics.h"
#include "core/cost/money.h"

#include <QDate>
#include <cmath>
#include <QLocale>

using namespace Qt::StringLiterals;
using Business::Kpi;

namespace Gui {

KpiTableModel::KpiTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

KpiTableModel::~KpiTableModel() = default;

void KpiTableModel::setProject(const Business::ProjectKpis &project)
{
    beginResetModel();
    m_project = project;
    endResetModel();
}

void KpiTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString KpiTableModel::format(Kpi kpi, double value)
{
    const QLocale locale;
    if (Business::BusinessMetrics::isRatio(kpi))
        return locale.toString(value * 100.0, 'f', value != 0 && std::abs(value) < 0.01 ? 2 : 1) + u" %"_s;
    // Cost per user is often a fraction of a cent: show enough digits to see it.
    const double a = std::abs(value);
    const int decimals = a == 0.0 || a >= 10.0 ? (a == 0.0 ? 2 : 0) : (a >= 0.1 ? 2 : (a >= 0.001 ? 4 : 6));
    return Cost::Money::fromUnits(value).format(locale, decimals);
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project.months.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype m = monthIndex(index.row());
    const Business::KpiRow &row = m_project.months.at(m);
    if (index.column() == Month) {
        if (role == Qt::DisplayRole) {
            const QDate d = QDate::fromString(row.month + u"-01"_s, Qt::ISODate);
            QString text = QLocale().toString(d, u"MMMM yyyy"_s);
            if (row.infraCost && row.costCoverage < 0.97)
                text += u" *"_s;
            return text;
        }
        if (role == SortRole)
            return row.month;
        if (role == Qt::ToolTipRole && row.infraCost && row.costCoverage < 0.97)
            return tr("The infrastructure cost covers %1 of this month.")
                .arg(QLocale().toString(row.costCoverage * 100.0, 'f', 0) + u" %"_s);
        return {};
    }
    if (index.column() == InfraCost) {
        if (role == Qt::DisplayRole)
            return row.infraCost ? Cost::Money::fromUnits(*row.infraCost).format() : tr("n/a");
        if (role == SortRole)
            return row.infraCost.value_or(0.0);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const Kpi kpi = Kpi(index.column() - FirstKpi);
    const auto value = Business::BusinessMetrics::value(row, kpi);
    const auto change = Business::BusinessMetrics::change(m_project, m, kpi);
    switch (role) {
    case Qt::DisplayRole: {
        if (!value)
            return tr("n/a");
        QString text = format(kpi, *value);
        if (change && std::abs(*change) >= 0.005)
            text += u"  "_s + (*change > 0 ? u"▲"_s : u"▼"_s)
                + QLocale().toString(std::abs(*change) * 100.0, 'f', 0) + u" %"_s;
        return text;
    }
    case SortRole: return value.value_or(0.0);
    case ChangeRole: return change ? QVariant(*change) : QVariant();
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return change ? tr("%1 against the month before").arg((*change >= 0 ? u"+"_s : QString())
                                                                + QLocale().toString(*change * 100.0, 'f', 1) + u" %"_s)
                      : QVariant();
    default: return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Month)
        return tr("Month");
    if (section == InfraCost)
        return tr("Infrastructure");
    return Business::BusinessMetrics::label(Kpi(section - FirstKpi));
}

} // namespace Gui
