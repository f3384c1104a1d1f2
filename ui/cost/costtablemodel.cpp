#include "ui/cost/costtablemodel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gui {

CostTableModel::CostTableModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

CostTableModel::~CostTableModel() = default;

const Cost::CostTable *CostTableModel::table() const
{
    return m_report ? &m_report->tables[size_t(m_period)] : nullptr;
}

int CostTableModel::groupCount() const
{
    return int(m_groupRows.size());
}

void CostTableModel::setReport(Cost::CostReportPtr report, Model::WorkspacePtr workspace)
{
    beginResetModel();
    m_report = std::move(report);
    m_workspace = std::move(workspace);
    m_groupRows.clear();
    if (const Cost::CostTable *t = table()) {
        m_groupRows.resize(t->groupIds.size());
        for (int r = 0; r < t->groupOfRow.size(); ++r)
            m_groupRows[t->groupOfRow.at(r)].append(r);
    }
    endResetModel();
}

void CostTableModel::setPeriod(Cost::Period period)
{
    if (period == m_period)
        return;
    m_period = period;
    setReport(m_report, m_workspace); // same groups, other figures: a reset is simplest
}

void CostTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QModelIndex CostTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex CostTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    if (!table())
        return 0;
    if (!parent.isValid())
        return groupCount() + 1; // + the total
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= groupCount())
        return 0;
    return int(m_groupRows.at(parent.row()).size());
}

int CostTableModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

std::optional<qint64> CostTableModel::cents(const QModelIndex &index) const
{
    const Cost::CostTable *t = table();
    if (!t || index.column() == Name)
        return std::nullopt;
    const int column = index.column() - 1; // resource index, or kResourceCount for Total
    if (index.internalId() == kTopLevel) {
        if (index.row() == groupCount())
            return column == Cost::kResourceCount ? t->cents.total : t->cents.columnTotals.at(column);
        return column == Cost::kResourceCount ? t->cents.groupTotals.at(index.row())
                                              : t->cents.groupCell(index.row(), column);
    }
    const int row = m_groupRows.at(int(index.internalId())).at(index.row());
    return column == Cost::kResourceCount ? t->cents.rowTotals.at(row) : t->cents.cell(row, column);
}

QString CostTableModel::name(const QModelIndex &index) const
{
    const Cost::CostTable *t = table();
    if (index.internalId() == kTopLevel) {
        if (index.row() == groupCount())
            return tr("Total");
        const QString id = t->groupIds.at(index.row());
        if (id == Cost::CostTable::kPlansGroup)
            return tr("Provider plans");
        const Model::Project *p = m_workspace ? m_workspace->project(id) : nullptr;
        return p ? p->name : id;
    }
    const QString id = t->rowIds.at(m_groupRows.at(int(index.internalId())).at(index.row()));
    if (id.startsWith(u"plan:"_s)) {
        for (const Cost::PlanCost &p : m_report->plans)
            if (u"plan:"_s + p.pricing + u':' + p.plan == id)
                return tr("%1 (%n seat(s))", nullptr, p.seats).arg(p.name);
        return id;
    }
    const Model::Service *s = m_workspace ? m_workspace->service(id) : nullptr;
    return s ? s->name : id;
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    const Cost::CostTable *t = table();
    if (!t || !index.isValid())
        return {};
    const bool total = index.internalId() == kTopLevel && index.row() == groupCount();
    const bool group = index.internalId() == kTopLevel && !total;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return name(index);
        return Cost::Money::formatMinor(*cents(index), 2, QLocale(), false);
    case CentsRole:
        return index.column() == Name ? QVariant() : QVariant(*cents(index));
    case IdRole:
        if (total)
            return QString();
        if (group)
            return t->groupIds.at(index.row());
        return t->rowIds.at(m_groupRows.at(int(index.internalId())).at(index.row()));
    case KindRole: return int(total ? RowKind::Total : (group ? RowKind::Group : RowKind::Line));
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (group || total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && !group && !total) {
            const QString id = t->rowIds.at(m_groupRows.at(int(index.internalId())).at(index.row()));
            for (const Cost::ServiceCost &s : m_report->services) {
                if (s.serviceId != id)
                    continue;
                return tr("Priced by %1; %2 per replica-hour; replicas: %3; data for %4 of the month so far")
                    .arg(s.pricing, QLocale().toString(s.pricePerReplicaHour, 'f', 4))
                    .arg(s.replicas)
                    .arg(QLocale().toString(s.coverage * 100.0, 'f', 0) + u" %"_s);
            }
        }
        return {};
    default: return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == Name)
        return tr("Project / service");
    if (section == Total)
        return tr("Total ($)");
    return QString(Cost::resourceLabel(Cost::Resource(section - 1)) + u" ($)"_s);
}

} // namespace Gui
