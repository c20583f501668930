#include "BenchTicks.h"

#include <algorithm>

namespace tickerline::bench {

BenchTicks::BenchTicks(QString symbol, QString provider, qint64 firstTimeMs)
    : m_symbol(std::move(symbol))
    , m_provider(std::move(provider))
    , m_timeMs(firstTimeMs)
{
}

Tick BenchTicks::next()
{
    // xorshift32: cheap and the same on every run.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    m_cents = std::max<qint64>(100, m_cents + qint64(m_state % 21) - 10);
    Tick tick;
    tick.symbol = m_symbol;
    tick.provider = m_provider;
    tick.timeMs = m_timeMs;
    tick.price = double(m_cents) / 100.0;
    tick.size = double(1 + (m_state >> 8) % 500);
    tick.receivedMs = m_timeMs + 3 + (m_state >> 20) % 40;
    m_timeMs += SpacingMs;
    return tick;
}

TickBatch BenchTicks::next(qsizetype count)
{
    TickBatch batch;
    batch.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        batch.append(next());
    return batch;
}

} // namespace tickerline::bench
