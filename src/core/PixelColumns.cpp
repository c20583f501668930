#include "Decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tickerline {

namespace {

struct Extremes
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    std::size_t lo = 0;
    std::size_t hi = 0;

    // Like std::minmax_element: the first minimum, the last maximum. Written
    // to compile to conditional moves: prices wander, so branches on them
    // mispredict about every other point (3x slower at 1M).
    void scan(std::span<const double> values, std::size_t begin, std::size_t end)
    {
        // Locals, so that they stay in registers (members could alias values).
        double l = low;
        double h = high;
        std::size_t lAt = lo;
        std::size_t hAt = hi;
        for (std::size_t i = begin; i < end; ++i) {
            const double v = values[i];
            const bool below = v < l;
            const bool above = v >= h;
            l = below ? v : l;
            lAt = below ? i : lAt;
            h = above ? v : h;
            hAt = above ? i : hAt;
        }
        low = l;
        high = h;
        lo = lAt;
        hi = hAt;
    }
    // A whole block, in its place in the scan: the same result as scanning it.
    void take(const PriceBlocks::Block &block, std::size_t offset)
    {
        if (block.low < low) {
            low = block.low;
            lo = block.lowAt - offset;
        }
        if (block.high >= high) {
            high = block.high;
            hi = block.highAt - offset;
        }
    }
};

struct Columns
{
    std::span<const qint64> times;
    std::span<const double> values;
    const PriceBlocks::View *blocks;
    QList<QPointF> &out;

    void keep(std::size_t i) { out.append(QPointF(double(times[i]), values[i])); }

    [[nodiscard]] Extremes extremesOf(std::size_t begin, std::size_t end) const
    {
        Extremes e;
        constexpr std::size_t B = PriceBlocks::Size;
        if (!blocks || end - begin < 2 * B) {
            e.scan(values, begin, end);
            return e;
        }
        // Whole blocks inside [begin, end), in storage indices.
        const std::size_t first = (begin + blocks->offset + B - 1) / B;
        const std::size_t last = (end + blocks->offset) / B;
        e.scan(values, begin, first * B - blocks->offset);
        for (std::size_t k = first; k < last; ++k)
            e.take(blocks->blocks[k], blocks->offset);
        e.scan(values, last * B - blocks->offset, end);
        return e;
    }

    // Keeps a column's extremes so its vertical extent is drawn exactly; in
    // the first and last column the range's own end point takes one of the two
    // slots, because the line must start and end where the data does.
    void reduce(std::size_t begin, std::size_t end, bool holdsFirst, bool holdsLast)
    {
        const Extremes e = extremesOf(begin, end);
        const std::size_t lo = e.lo;
        const std::size_t hi = e.hi;
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
                                    double fromX, double toX, int columns, const PriceBlocks::View *blocks)
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
    Columns reducer{times, values, blocks, out};

    if (first > 0)
        reducer.keep(first - 1);

    if (inside <= budget) {
        for (std::size_t i = first; i < last; ++i)
            reducer.keep(i);
    } else {
        const double scale = columns / (toX - fromX);
        const auto columnOf = [&](qint64 t) { return std::clamp(int((double(t) - fromX) * scale), 0, columns - 1); };
        // Each column's end found by galloping from its start, then a binary
        // search in the last step (the column is monotonic in time): reads
        // stay near the column, where a binary search over the whole range
        // missed the cache at every step.
        for (std::size_t begin = first; begin != last;) {
            const int column = columnOf(times[begin]);
            const auto inColumn = [&](qint64 t) { return columnOf(t) == column; };
            std::size_t known = begin;   // in the column
            std::size_t step = 1;
            while (known + step < last && inColumn(times[known + step])) {
                known += step;
                step *= 2;
            }
            const std::size_t limit = std::min(known + step, last);   // last or outside the column
            const auto end = std::size_t(std::partition_point(times.begin() + qsizetype(known) + 1,
                                                              times.begin() + qsizetype(limit), inColumn)
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
