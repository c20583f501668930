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
