#include "ui/overview/sparklinedelegate.h"

#include "ui/models/overviewmodel.h"
#include "ui/style/healthstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Gui {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVector<float> trend = index.data(OverviewModel::TrendRole).value<QVector<float>>();
    if (trend.size() < 2)
        return;
    const auto [lo, hi] = std::minmax_element(trend.cbegin(), trend.cend());
    const float range = std::max(*hi - *lo, std::max(1e-6f, *hi * 0.05f));
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -6, -4);
    const qreal dx = area.width() / static_cast<qreal>(trend.size() - 1);
    QPainterPath path;
    for (qsizetype i = 0; i < trend.size(); ++i) {
        const QPointF p(area.left() + static_cast<qreal>(i) * dx,
                        area.bottom() - static_cast<qreal>((trend.at(i) - *lo) / range) * area.height());
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto health = static_cast<Engine::Health>(index.data(OverviewModel::HealthRole).toInt());
    const QColor color = (option.state & QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                                 : healthColor(health).darker(110);
    painter->setPen(QPen(color, 1.3));
    painter->drawPath(path);
    painter->setBrush(color);
    painter->drawEllipse(path.currentPosition(), 2.0, 2.0);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 110));
    return size;
}

} // namespace Gui
