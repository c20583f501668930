#include "CandleData.h"

#include <algorithm>

namespace tickerline {

CandleData::CandleData(qint64 intervalMs, qsizetype capacity)
    : m_intervalMs(intervalMs)
    , m_capacity(capacity)
{
}

void CandleData::setIntervalMs(qint64 intervalMs)
{
    if (intervalMs == m_intervalMs)
        return;
    m_intervalMs = intervalMs;
    m_builders.clear();
}

CandleBuilder &CandleData::builder(const QString &symbol)
{
    auto it = m_builders.find(symbol);
    if (it == m_builders.end())
        it = m_builders.insert(symbol, CandleBuilder(m_intervalMs));
    return *it;
}

void CandleData::rebuild(const QString &symbol, const CandleSeries &candles)
{
    CandleBuilder fresh(m_intervalMs);
    // The newest candles matter; the oldest come back with the next history request.
    const qsizetype first = std::max<qsizetype>(0, candles.size() - m_capacity);
    for (qsizetype i = first; i < candles.size(); ++i)
        fresh.addCandle(candles.at(i));
    m_builders.insert(symbol, std::move(fresh));
}

void CandleData::replaceRange(const QString &symbol, qint64 fromMs, qint64 toMs, const CandleSeries &candles)
{
    const CandleSeries held = builder(symbol).candles();
    const qint64 bucketFrom = fromMs - fromMs % m_intervalMs;
    const qint64 historyEnd = candles.isEmpty() ? toMs : std::max(toMs, candles.constLast().timeMs);
    CandleSeries merged;
    merged.reserve(held.size() + candles.size());
    for (const Candle &c : held) {
        if (c.timeMs < bucketFrom)
            merged.append(c);
    }
    merged.append(candles);
    // Live candles past the history's end (the store had not committed them yet).
    for (const Candle &c : held) {
        if (c.timeMs > historyEnd)
            merged.append(c);
    }
    rebuild(symbol, merged);
}

void CandleData::append(const QString &symbol, const Series &points)
{
    CandleBuilder &b = builder(symbol);
    for (const SeriesPoint &p : points)
        b.add(p.timeMs, p.value, p.size);
    if (b.candles().size() > m_capacity + m_capacity / 4)
        rebuild(symbol, b.candles());
}

void CandleData::retain(const QStringList &symbols)
{
    m_builders.removeIf([&](const auto &entry) { return !symbols.contains(entry.key()); });
}

const CandleSeries &CandleData::candles(const QString &symbol) const
{
    static const CandleSeries none;
    const auto it = m_builders.constFind(symbol);
    return it == m_builders.cend() ? none : it->candles();
}

} // namespace tickerline
