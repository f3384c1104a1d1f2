#pragma once

#include <QStyledItemDelegate>

namespace Gui {

// Draws OverviewModel::TrendRole (a QVector<float>) as a small line scaled to the
// cell, with the latest point marked.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SparklineDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~SparklineDelegate() override = default;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Gui
