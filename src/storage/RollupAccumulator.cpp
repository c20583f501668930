#include "RollupAccumulator.h"

#include <algorithm>

namespace tickerline {

void RollupAccumulator::add(qint64 series, qint64 timeMs, double price, double size)
{
    for (const qint64 resolution : kRollupResolutionsMs) {
        const Key key{series, resolution, rollupBucketStart(timeMs, resolution)};
        const auto it = m_rows.find(key);
        if (it == m_rows.end()) {
            m_rows.insert(key, RollupRow{series, resolution, key.timeMs, timeMs, timeMs, timeMs, timeMs, price, price,
                                         price, price, size, 1});
            continue;
        }
        RollupRow &row = *it;
        // Ties in time: the earlier insertion stays open, the later one becomes close.
        if (timeMs < row.firstMs) {
            row.firstMs = timeMs;
            row.open = price;
        }
        if (timeMs >= row.lastMs) {
            row.lastMs = timeMs;
            row.close = price;
        }
        if (price > row.high || (price == row.high && timeMs < row.highMs)) {
            row.high = price;
            row.highMs = timeMs;
        }
        if (price < row.low || (price == row.low && timeMs < row.lowMs)) {
            row.low = price;
            row.lowMs = timeMs;
        }
        row.volume += size;
        ++row.ticks;
    }
}

QList<RollupRow> RollupAccumulator::take()
{
    QList<RollupRow> rows = m_rows.values();
    m_rows.clear();
    return rows;
}

} // namespace tickerline
