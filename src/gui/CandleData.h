#pragma once

#include "Candle.h"
#include "SeriesPoint.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace tickerline {

// Candles of a few symbols at one interval: history from the store for a
// time range, the open candle and new ones built from live points through a
// CandleBuilder. Bounded: past the capacity the oldest candles go (a history
// request brings them back).
class CandleData
{
public:
    static constexpr qsizetype DefaultCapacity = 20'000;

    explicit CandleData(qint64 intervalMs, qsizetype capacity = DefaultCapacity);

    // A new interval drops every candle held.
    void setIntervalMs(qint64 intervalMs);
    [[nodiscard]] qint64 intervalMs() const { return m_intervalMs; }

    // History for [fromMs, toMs] replaces the candles held there; live
    // candles after the last history candle are kept.
    void replaceRange(const QString &symbol, qint64 fromMs, qint64 toMs, const CandleSeries &candles);
    // Live points (time, price, traded size) update the open candle or open new ones.
    void append(const QString &symbol, const Series &points);
    // Forgets the symbols not in the list.
    void retain(const QStringList &symbols);

    [[nodiscard]] const CandleSeries &candles(const QString &symbol) const;

private:
    CandleBuilder &builder(const QString &symbol);
    void rebuild(const QString &symbol, const CandleSeries &candles);

    qint64 m_intervalMs;
    qsizetype m_capacity;
    QHash<QString, CandleBuilder> m_builders;
};

} // namespace tickerline
