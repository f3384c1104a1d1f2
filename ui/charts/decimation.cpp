#include "ui/charts/decimation.h"

#include <algorithm>

namespace Gui::Charts {

QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, int buckets)
{
    if (buckets <= 0 || points.size() <= 2 * buckets)
        return points;
    const double x0 = points.first().x();
    const double span = points.last().x() - x0;
    if (span <= 0.0)
        return {points.first(), points.last()};

    QVector<QPointF> out;
    out.reserve(2 * buckets + 2);
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const int bucket = std::min(buckets - 1, static_cast<int>((points.at(i).x() - x0) / span * buckets));
        qsizetype lo = i;
        qsizetype hi = i;
        qsizetype j = i + 1;
        for (; j < n; ++j) {
            if (std::min(buckets - 1, static_cast<int>((points.at(j).x() - x0) / span * buckets)) != bucket)
                break;
            if (points.at(j).y() < points.at(lo).y())
                lo = j;
            if (points.at(j).y() > points.at(hi).y())
                hi = j;
        }
        if (lo == hi) {
            out.append(points.at(lo));
        } else {
            out.append(points.at(std::min(lo, hi)));
            out.append(points.at(std::max(lo, hi)));
        }
        i = j;
    }
    return out;
}

} // namespace Gui::Charts
