#include "ui/models/overviewfiltermodel.h"

#include "ui/models/overviewmodel.h"

namespace Gui {

OverviewFilterModel::OverviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    // Dynamic sorting re-sorts on every dataChanged and, with a thousand rows and
    // the view's persistent indexes, stalled the GUI thread for seconds per
    // refresh. The view re-sorts once per snapshot instead (resortIfNeeded).
    setDynamicSortFilter(false);
}

OverviewFilterModel::~OverviewFilterModel() = default;

void OverviewFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void OverviewFilterModel::resort()
{
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

bool OverviewFilterModel::matches(const QModelIndex &sourceIndex) const
{
    const QString name = sourceIndex.siblingAtColumn(OverviewModel::Name).data().toString();
    const QString id = sourceIndex.data(OverviewModel::IdRole).toString();
    return name.contains(m_text, Qt::CaseInsensitive) || id.contains(m_text, Qt::CaseInsensitive);
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (matches(index))
        return true;
    if (sourceParent.isValid())
        return matches(sourceParent); // every service of a matching project
    for (int i = 0; i < sourceModel()->rowCount(index); ++i) {
        if (matches(sourceModel()->index(i, 0, index)))
            return true;
    }
    return false;
}

bool OverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == OverviewModel::Health) {
        const int lh = left.data(OverviewModel::HealthRole).toInt();
        const int rh = right.data(OverviewModel::HealthRole).toInt();
        if (lh != rh)
            return lh < rh;
        // Same health: alphabetical, whichever way the column is sorted.
        const QString ln = left.siblingAtColumn(OverviewModel::Name).data().toString();
        const QString rn = right.siblingAtColumn(OverviewModel::Name).data().toString();
        const bool alphabetical = QString::localeAwareCompare(ln, rn) < 0;
        return sortOrder() == Qt::DescendingOrder ? !alphabetical : alphabetical;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Gui
