#pragma once

#include <QSortFilterProxyModel>

namespace Gui {

// Worst first (by health, then name), and a text filter that keeps a project when
// any of its services match and a service when its project matches.
class OverviewFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewFilterModel)
public:
    explicit OverviewFilterModel(QObject *parent = nullptr);
    ~OverviewFilterModel() override;

    void setFilterText(const QString &text);
    // Applies the current sort again after values changed.
    void resort();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matches(const QModelIndex &sourceIndex) const;

    QString m_text;
};

} // namespace Gui
