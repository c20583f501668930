#pragma once

#include "TimeUnits.h"

#include <QHash>
#include <QList>
#include <QtGlobal>

#include <array>

namespace tickerline {

// The per-series summaries (table `rollups`) that let a wide history or
// candle query read a few thousand rows instead of every tick: one row per
// series, resolution and bucket (UTC-aligned multiples of the resolution)
// holding the first and last tick's time and price, the extremes and when
// they were first reached, the summed size and the tick count: the four
// points min/max reduction would keep of those ticks, and a candle. Kept by StoreWriter in the same transaction as the
// ticks, from exactly the ticks that transaction inserted; built for older
// files by the schema migration (rollupBuildStatements). Retention deletes
// raw ticks but keeps rollups: they are history, like bars.
inline constexpr std::array<qint64, 3> kRollupResolutionsMs{5 * MsPerSecond, MsPerMinute, MsPerHour};

// Floor-aligned bucket start (correct for negative times too).
[[nodiscard]] constexpr qint64 rollupBucketStart(qint64 timeMs, qint64 resolutionMs)
{
    const qint64 r = timeMs % resolutionMs;
    return timeMs - (r < 0 ? r + resolutionMs : r);
}

struct RollupRow
{
    qint64 series = 0;
    qint64 resolutionMs = 0;
    qint64 timeMs = 0;    // bucket start
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    qint64 lowMs = 0;     // the earliest tick at the low
    qint64 highMs = 0;    // the earliest tick at the high
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0;
    qint64 ticks = 0;
};

// Folds inserted ticks, in insertion order, into one row per series,
// resolution and bucket; StoreWriter upserts the rows (WriterSql::upsertRollup
// merges them with what is stored: ties in time keep the earlier insertion
// as open and take the later one as close).
class RollupAccumulator final
{
public:
    void add(qint64 series, qint64 timeMs, double price, double size);
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] QList<RollupRow> take();
    void clear() { m_rows.clear(); }

private:
    struct Key
    {
        qint64 series;
        qint64 resolutionMs;
        qint64 timeMs;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.series, key.resolutionMs, key.timeMs);
        }
    };
    QHash<Key, RollupRow> m_rows;
};

} // namespace tickerline
