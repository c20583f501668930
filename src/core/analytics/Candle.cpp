#include "Candle.h"

#include <algorithm>

namespace tickerline {

qint64 candleBucketStart(qint64 timeMs, qint64 intervalMs, qint64 offsetMs)
{
    const qint64 interval = std::max<qint64>(intervalMs, 1);
    const qint64 shifted = timeMs - offsetMs;
    qint64 remainder = shifted % interval;
    if (remainder < 0)
        remainder += interval;
    return shifted - remainder + offsetMs;
}

CandleBuilder::CandleBuilder(qint64 intervalMs, qint64 offsetMs)
    : m_intervalMs(std::max<qint64>(intervalMs, 1)), m_offsetMs(offsetMs)
{
}

void CandleBuilder::add(qint64 timeMs, double price, double size)
{
    merge(timeMs, Candle{timeMs, price, price, price, price, size});
}

void CandleBuilder::addCandle(const Candle &candle)
{
    merge(candle.timeMs, candle);
}

const CandleSeries &CandleBuilder::candles() const
{
    return m_candles;
}

qint64 CandleBuilder::intervalMs() const
{
    return m_intervalMs;
}

qint64 CandleBuilder::offsetMs() const
{
    return m_offsetMs;
}

void CandleBuilder::clear()
{
    m_candles.clear();
    m_openMs.clear();
    m_closeMs.clear();
}

qsizetype CandleBuilder::bucketIndex(qint64 bucketMs, bool &inserted)
{
    inserted = false;
    // Ticks arrive in time order: the open bucket is the common case.
    if (!m_candles.isEmpty() && m_candles.constLast().timeMs == bucketMs)
        return m_candles.size() - 1;
    qsizetype index = m_candles.size();
    if (!m_candles.isEmpty() && m_candles.constLast().timeMs > bucketMs) {
        const auto it = std::lower_bound(m_candles.cbegin(), m_candles.cend(), bucketMs,
                                         [](const Candle &c, qint64 t) { return c.timeMs < t; });
        index = it - m_candles.cbegin();
        if (it != m_candles.cend() && it->timeMs == bucketMs)
            return index;
    }
    inserted = true;
    m_candles.insert(index, Candle{bucketMs});
    m_openMs.insert(index, 0);
    m_closeMs.insert(index, 0);
    return index;
}

void CandleBuilder::merge(qint64 timeMs, const Candle &part)
{
    bool inserted = false;
    const qsizetype i = bucketIndex(candleBucketStart(timeMs, m_intervalMs, m_offsetMs), inserted);
    Candle &c = m_candles[i];
    if (inserted) {
        c.open = part.open;
        c.high = part.high;
        c.low = part.low;
        c.close = part.close;
        c.volume = part.volume;
        m_openMs[i] = m_closeMs[i] = timeMs;
        return;
    }
    c.high = std::max(c.high, part.high);
    c.low = std::min(c.low, part.low);
    c.volume += part.volume;
    if (timeMs < m_openMs[i]) {
        c.open = part.open;
        m_openMs[i] = timeMs;
    }
    if (timeMs >= m_closeMs[i]) {
        c.close = part.close;
        m_closeMs[i] = timeMs;
    }
}

CandleSeries buildCandles(std::span<const qint64> timesMs, std::span<const double> prices,
                          std::span<const double> sizes, qint64 intervalMs, qint64 offsetMs)
{
    CandleBuilder builder(intervalMs, offsetMs);
    const std::size_t n = std::min({timesMs.size(), prices.size(), sizes.size()});
    for (std::size_t i = 0; i < n; ++i)
        builder.add(timesMs[i], prices[i], sizes[i]);
    return builder.candles();
}

QList<qint64> standardCandleIntervalsMs()
{
    return {1'000, 5'000, 60'000, 5 * 60'000, 15 * 60'000, 3'600'000, 86'400'000};
}

} // namespace tickerline
