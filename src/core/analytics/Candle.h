#pragma once

// Candles (OHLCV) at a fixed interval, built from ticks as they arrive or
// merged from pre-aggregated candles/bars (the store's candle queries): what
// the chart's candlestick and volume panes draw.

#include <QList>
#include <QMetaType>

#include <span>

namespace tickerline {

struct Candle
{
    qint64 timeMs = 0;   // bucket start, UTC ms
    double open = 0, high = 0, low = 0, close = 0, volume = 0;
    friend bool operator==(const Candle &, const Candle &) = default;
};

using CandleSeries = QList<Candle>;

// Start of the bucket holding timeMs: buckets are [k * intervalMs + offsetMs,
// (k + 1) * intervalMs + offsetMs) for integer k (floor, also before 1970).
[[nodiscard]] qint64 candleBucketStart(qint64 timeMs, qint64 intervalMs, qint64 offsetMs = 0);

// Candles at a fixed interval, buckets aligned to UTC multiples of intervalMs shifted by offsetMs
// (offsetMs lets 1d candles start at an exchange's midnight). Incremental: add() ticks in time order;
// a tick older than the current bucket is folded into its bucket if still held.
// Open is the earliest tick of the bucket and close the latest (equal times:
// first and last to arrive), whatever order they come in. A tick or candle
// for a bucket not held yet (a late one into a gap) gets its bucket inserted
// in time order.
class CandleBuilder
{
public:
    explicit CandleBuilder(qint64 intervalMs, qint64 offsetMs = 0);
    void add(qint64 timeMs, double price, double size);
    void addCandle(const Candle &candle);     // pre-aggregated (from the store), merged by bucket
    [[nodiscard]] const CandleSeries &candles() const;   // all buckets including the open one, time order
    [[nodiscard]] qint64 intervalMs() const;
    [[nodiscard]] qint64 offsetMs() const;
    void clear();

private:
    // Index of the bucket starting at bucketMs, inserted (with first/last
    // times at timeMs) if not held yet; `inserted` says which.
    qsizetype bucketIndex(qint64 bucketMs, bool &inserted);
    void merge(qint64 timeMs, const Candle &part);

    qint64 m_intervalMs;
    qint64 m_offsetMs;
    CandleSeries m_candles;
    // Per candle: the times its open and close come from.
    QList<qint64> m_openMs;
    QList<qint64> m_closeMs;
};

[[nodiscard]] CandleSeries buildCandles(std::span<const qint64> timesMs, std::span<const double> prices,
                                        std::span<const double> sizes, qint64 intervalMs, qint64 offsetMs = 0);
// The intervals the chart offers: 1s 5s 1m 5m 15m 1h 1d.
[[nodiscard]] QList<qint64> standardCandleIntervalsMs();

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Candle)
Q_DECLARE_METATYPE(tickerline::CandleSeries)
