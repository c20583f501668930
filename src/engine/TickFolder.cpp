#include "TickFolder.h"

#include <QMutexLocker>

#include <utility>

namespace tickerline {

TickFolder::TickFolder(std::function<void()> wake)
    : m_wake(std::move(wake))
{
}

void TickFolder::fold(const TickBatch &ticks)
{
    if (ticks.isEmpty())
        return;
    bool wake = false;
    {
        const QMutexLocker lock(&m_mutex);
        // Feeds batch ticks by symbol more often than not: the quote and the
        // points of a run of one symbol are looked up once, not per tick.
        for (qsizetype i = 0; i < ticks.size();) {
            const QString &symbol = ticks.at(i).symbol;
            Quote &quote = m_quotes[symbol];
            if (quote.symbol.isEmpty())
                quote.symbol = symbol;
            Series &points = m_pending.points[symbol];
            for (; i < ticks.size() && ticks.at(i).symbol == symbol; ++i) {
                const Tick &tick = ticks.at(i);
                // Out-of-order ticks (backfill, replays) count for volume but
                // do not move the last price backwards in time.
                if (tick.timeMs >= quote.timeMs) {
                    quote.last = tick.price;
                    quote.timeMs = tick.timeMs;
                }
                quote.volume += tick.size;
                ++quote.tickCount;
                points.append(SeriesPoint{tick.timeMs, tick.price, tick.size});
            }
            m_pending.quotes.insert(symbol, quote);
        }
        m_pending.ticks += quint64(ticks.size());
        wake = !std::exchange(m_woken, true);
    }
    if (wake)
        m_wake();
}

void TickFolder::foldInstruments(const InstrumentList &instruments)
{
    bool wake = false;
    {
        const QMutexLocker lock(&m_mutex);
        for (const Instrument &instrument : instruments) {
            if (!instrument.previousClose)
                continue;
            Quote &quote = m_quotes[instrument.symbol];
            quote.symbol = instrument.symbol;
            quote.previousClose = *instrument.previousClose;
            if (quote.tickCount > 0)
                m_pending.quotes.insert(instrument.symbol, quote);
        }
        if (!m_pending.quotes.isEmpty())
            wake = !std::exchange(m_woken, true);
    }
    if (wake)
        m_wake();
}

void TickFolder::forgetSymbolsExcept(const QStringList &symbols)
{
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_quotes.begin(); it != m_quotes.end();) {
        if (symbols.contains(it.key()))
            ++it;
        else
            it = m_quotes.erase(it);
    }
}

Frame TickFolder::take()
{
    const QMutexLocker lock(&m_mutex);
    m_woken = false;
    return std::exchange(m_pending, Frame{});
}

} // namespace tickerline
