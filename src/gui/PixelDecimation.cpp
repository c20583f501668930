#include "PixelDecimation.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

using Iter = std::span<const QPointF>::iterator;

// Keeps a column's extremes so its vertical extent is drawn exactly; in the
// first and last column the range's own end point takes one of the two slots,
// because the line must start and end where the data does.
void reduceColumn(Iter begin, Iter end, bool holdsFirst, bool holdsLast, QList<QPointF> &out)
{
    const auto [lo, hi] = std::minmax_element(begin, end, [](const QPointF &a, const QPointF &b) {
        return a.y() < b.y();
    });
    const auto fartherFrom = [lo = lo, hi = hi](Iter anchor) {
        return std::abs(hi->y() - anchor->y()) > std::abs(lo->y() - anchor->y()) ? hi : lo;
    };
    const auto keep = [&out](Iter a, Iter b) {
        out.append(*a);
        if (b != a)
            out.append(*b);
    };
    if (holdsFirst && holdsLast)
        keep(begin, end - 1);
    else if (holdsFirst)
        keep(begin, fartherFrom(begin));
    else if (holdsLast)
        keep(fartherFrom(end - 1), end - 1);
    else
        keep(std::min(lo, hi), std::max(lo, hi));
}

} // namespace

QList<QPointF> reduceToPixelColumns(std::span<const QPointF> points, double fromX, double toX,
                                    int columns)
{
    QList<QPointF> out;
    if (points.empty() || columns < 1 || !(toX > fromX))
        return out;

    const Iter first = std::lower_bound(points.begin(), points.end(), fromX,
                                        [](const QPointF &p, double x) { return p.x() < x; });
    const Iter last = std::upper_bound(first, points.end(), toX,
                                       [](double x, const QPointF &p) { return x < p.x(); });
    const auto inside = static_cast<qsizetype>(last - first);
    const auto budget = 2 * qsizetype(columns);
    out.reserve(std::min(inside, budget) + 2);

    if (first != points.begin())
        out.append(*(first - 1));

    if (inside <= budget) {
        out.append(QList<QPointF>(first, last));
    } else {
        const double scale = columns / (toX - fromX);
        const auto columnOf = [&](const QPointF &p) {
            return std::clamp(int((p.x() - fromX) * scale), 0, columns - 1);
        };
        for (Iter begin = first; begin != last;) {
            const int column = columnOf(*begin);
            const Iter end = std::find_if(begin, last, [&](const QPointF &p) {
                return columnOf(p) != column;
            });
            reduceColumn(begin, end, begin == first, end == last, out);
            begin = end;
        }
    }

    if (last != points.end())
        out.append(*last);
    return out;
}

} // namespace tickerline
