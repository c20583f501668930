#pragma once

#include "Tick.h"

#include <QString>

namespace tickerline::bench {

// Deterministic trade-like ticks: one symbol, times 25 ms apart from
// `firstTimeMs`, a random walk in cents, integral sizes, no sequence (as
// Finnhub sends them), received a few ms after their exchange time.
class BenchTicks final
{
public:
    static constexpr qint64 SpacingMs = 25;

    BenchTicks(QString symbol, QString provider, qint64 firstTimeMs);

    [[nodiscard]] Tick next();
    [[nodiscard]] TickBatch next(qsizetype count);
    [[nodiscard]] const QString &symbol() const { return m_symbol; }

private:
    QString m_symbol;
    QString m_provider;
    qint64 m_timeMs;
    qint64 m_cents = 10'000;
    quint32 m_state = 2463534242u;
};

} // namespace tickerline::bench

namespace tickerline::bench {

// Ticks as a crypto exchange sends them, for the bytes a tick really costs:
// 20 symbols interleaved, each at its own price level with its own tick size
// (BTC at 0.01 around 43,000 down to coins at 0.00001 below 1), fractional
// sizes in lots of 0.00001 (0.00137, 0.25, 3.1), a per-symbol trade id as the
// sequence (around 3·10⁹, as Binance's are), 0–4 ms between trades overall
// (several in one millisecond), received 3–40 ms after their exchange time.
class RealisticTicks final
{
public:
    static constexpr int SymbolCount = 20;

    RealisticTicks(QString provider, qint64 firstTimeMs);

    [[nodiscard]] TickBatch next(qsizetype count);

private:
    struct Market
    {
        QString symbol;
        qint64 priceTicks;   // price in tick-size units
        double tickSize;
        qint64 nextTradeId;
    };
    [[nodiscard]] quint32 random();

    QString m_provider;
    QList<Market> m_markets;
    qint64 m_timeMs;
    quint32 m_state = 88172645u;
};

} // namespace tickerline::bench
