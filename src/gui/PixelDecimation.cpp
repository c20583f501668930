#include "PixelDecimation.h"

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

struct Columns
{
    std::span<const qint64> times;
    std::span<const double> values;
    QList<QPointF> &out;

    void keep(std::size_t i) { out.append(QPointF(double(times[i]), values[i])); }

    // Keeps a column's extremes so its vertical extent is drawn exactly; in
    // the first and last column the range's own end point takes one of the two
    // slots, because the line must start and end where the data does.
    void reduce(std::size_t begin, std::size_t end, bool holdsFirst, bool holdsLast)
    {
        std::size_t lo = begin;
        std::size_t hi = begin;
        double low = values[begin];
        double high = low;
        // Written to compile to conditional moves: prices wander, so branches
        // on them mispredict about every other point (3x slower at 1M).
        for (std::size_t i = begin + 1; i < end; ++i) {
            const double v = values[i];
            // Like std::minmax_element: the first minimum, the last maximum.
            const bool below = v < low;
            const bool above = v >= high;
            low = below ? v : low;
            lo = below ? i : lo;
            high = above ? v : high;
            hi = above ? i : hi;
        }
        const auto fartherFrom = [&](std::size_t anchor) {
            return std::abs(values[hi] - values[anchor]) > std::abs(values[lo] - values[anchor]) ? hi : lo;
        };
        const auto keepPair = [&](std::size_t a, std::size_t b) {
            keep(a);
            if (b != a)
                keep(b);
        };
        if (holdsFirst && holdsLast)
            keepPair(begin, end - 1);
        else if (holdsFirst)
            keepPair(begin, fartherFrom(begin));
        else if (holdsLast)
            keepPair(fartherFrom(end - 1), end - 1);
        else
            keepPair(std::min(lo, hi), std::max(lo, hi));
    }
};

} // namespace

QList<QPointF> reduceToPixelColumns(std::span<const qint64> times, std::span<const double> values,
                                    double fromX, double toX, int columns)
{
    QList<QPointF> out;
    const std::size_t n = std::min(times.size(), values.size());
    if (n == 0 || columns < 1 || !(toX > fromX))
        return out;

    const auto timesEnd = times.begin() + qsizetype(n);
    const auto first = std::size_t(std::lower_bound(times.begin(), timesEnd, fromX,
                                                    [](qint64 t, double x) { return double(t) < x; })
                                   - times.begin());
    const auto last = std::size_t(std::upper_bound(times.begin() + qsizetype(first), timesEnd, toX,
                                                   [](double x, qint64 t) { return x < double(t); })
                                  - times.begin());
    const auto inside = qsizetype(last - first);
    const auto budget = 2 * qsizetype(columns);
    out.reserve(std::min(inside, budget) + 2);
    Columns reducer{times, values, out};

    if (first > 0)
        reducer.keep(first - 1);

    if (inside <= budget) {
        for (std::size_t i = first; i < last; ++i)
            reducer.keep(i);
    } else {
        const double scale = columns / (toX - fromX);
        const auto columnOf = [&](qint64 t) { return std::clamp(int((double(t) - fromX) * scale), 0, columns - 1); };
        // Each column's end found by binary search (the column is monotonic
        // in time), so the points themselves are read once, by reduce().
        const auto rangeEnd = times.begin() + qsizetype(last);
        for (std::size_t begin = first; begin != last;) {
            const int column = columnOf(times[begin]);
            const auto end = std::size_t(std::partition_point(times.begin() + qsizetype(begin) + 1, rangeEnd,
                                                              [&](qint64 t) { return columnOf(t) == column; })
                                         - times.begin());
            reducer.reduce(begin, end, begin == first, end == last);
            begin = end;
        }
    }

    if (last != n)
        reducer.keep(last);
    return out;
}

} // namespace tickerline
