#pragma once

#include <QPointF>
#include <QVector>

namespace Gui::Charts {

// Reduces a line to at most two points (its minimum and maximum, in time order)
// per horizontal bucket, so a 100,000-point series draws as fast as its pixel
// width allows without hiding a single spike. Input sorted by x; output too.
QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, int buckets);

} // namespace Gui::Charts
