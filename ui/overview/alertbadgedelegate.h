#pragma once

#include "core/engine/fleetsnapshot.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace Gui {

// Paints a red pill with the number of firing alerts at the right end of a
// project's or service's name, and lists them in the tooltip.
class AlertBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBadgeDelegate)
public:
    explicit AlertBadgeDelegate(QObject *parent = nullptr);
    ~AlertBadgeDelegate() override;

    void setSnapshot(const Engine::FleetSnapshotPtr &snapshot);
    // Firing alerts of the row's project or service (OverviewModel roles).
    int alertCount(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    QStringList alertNames(const QModelIndex &index) const;

    Engine::FleetSnapshotPtr m_snapshot;
    QHash<QString, int> m_projects;
    QHash<QString, int> m_services;
};

} // namespace Gui
