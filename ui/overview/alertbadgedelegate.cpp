#include "ui/overview/alertbadgedelegate.h"

#include "ui/models/overviewmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

const QColor kBadge(0xc6, 0x28, 0x28);

} // namespace

AlertBadgeDelegate::AlertBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

AlertBadgeDelegate::~AlertBadgeDelegate() = default;

void AlertBadgeDelegate::setSnapshot(const Engine::FleetSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_projects.clear();
    m_services.clear();
    if (!snapshot)
        return;
    for (const Engine::ProjectStatus &p : snapshot->projects) {
        if (p.firingAlerts > 0)
            m_projects.insert(p.projectId, p.firingAlerts);
    }
    for (const Engine::ServiceStatus &s : snapshot->services) {
        if (s.firingAlerts > 0)
            m_services.insert(s.serviceId, s.firingAlerts);
    }
}

int AlertBadgeDelegate::alertCount(const QModelIndex &index) const
{
    const QString id = index.data(OverviewModel::IdRole).toString();
    return index.data(OverviewModel::IsProjectRole).toBool() ? m_projects.value(id) : m_services.value(id);
}

void AlertBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int count = alertCount(index);
    if (count <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = count > 99 ? u"99+"_s : QString::number(count);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 2);
    const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
    const QRect pill(option.rect.right() - width - 4, option.rect.center().y() - height / 2, width, height);

    QStyleOptionViewItem narrowed = option;
    narrowed.rect.setRight(pill.left() - 4);
    QStyledItemDelegate::paint(painter, narrowed, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kBadge);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QStringList AlertBadgeDelegate::alertNames(const QModelIndex &index) const
{
    QStringList names;
    if (!m_snapshot)
        return names;
    const QString id = index.data(OverviewModel::IdRole).toString();
    const bool project = index.data(OverviewModel::IsProjectRole).toBool();
    for (const Sources::Alert &alert : m_snapshot->alerts) {
        if (alert.isFiring() && (project ? alert.projectId == id : alert.serviceId == id))
            names << (alert.summary.isEmpty() ? alert.name : alert.name + u": "_s + alert.summary);
    }
    return names;
}

bool AlertBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    const int count = alertCount(index);
    if (event->type() == QEvent::ToolTip && count > 0) {
        QStringList lines{tr("%n firing alert(s):", nullptr, count)};
        const QStringList names = alertNames(index);
        for (const QString &name : names.mid(0, 10))
            lines << u"• "_s + name;
        if (names.size() > 10)
            lines << tr("…and %n more", nullptr, int(names.size() - 10));
        QToolTip::showText(event->globalPos(), lines.join(u'\n'), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Gui
