#include "Hub.h"

#include <algorithm>

namespace tickerline {

Hub::Hub(int frameIntervalMs, QObject *parent)
    : QObject(parent)
    , m_frameIntervalMs(std::max(1, frameIntervalMs))
    , m_frameTimer(this)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &Hub::emitFrame);
}

void Hub::handleTicks(const TickBatch &ticks)
{
    for (const Tick &tick : ticks) {
        Quote &quote = m_quotes[tick.symbol];
        if (quote.symbol.isEmpty())
            quote.symbol = tick.symbol;
        // Out-of-order ticks (backfill, replays) count for volume but do not
        // move the last price backwards in time.
        if (tick.timeMs >= quote.timeMs) {
            quote.last = tick.price;
            quote.timeMs = tick.timeMs;
        }
        quote.volume += tick.size;
        ++quote.tickCount;
        m_pending.quotes.insert(tick.symbol, quote);
        m_pending.points[tick.symbol].append(SeriesPoint{tick.timeMs, tick.price});
    }
    m_pending.ticks += quint64(ticks.size());
    if (ticks.isEmpty() || m_frameTimer.isActive())
        return;
    const qint64 elapsed = m_sinceLastFrame.isValid() ? m_sinceLastFrame.elapsed() : m_frameIntervalMs;
    m_frameTimer.start(int(std::clamp<qint64>(m_frameIntervalMs - elapsed, 0, m_frameIntervalMs)));
}

void Hub::handleInstruments(const InstrumentList &instruments)
{
    for (const Instrument &instrument : instruments) {
        if (!instrument.previousClose)
            continue;
        Quote &quote = m_quotes[instrument.symbol];
        quote.symbol = instrument.symbol;
        quote.previousClose = *instrument.previousClose;
        if (quote.tickCount > 0)
            m_pending.quotes.insert(instrument.symbol, quote);
    }
}

void Hub::forgetSymbolsExcept(const QStringList &symbols)
{
    for (auto it = m_quotes.begin(); it != m_quotes.end();) {
        if (symbols.contains(it.key()))
            ++it;
        else
            it = m_quotes.erase(it);
    }
}

void Hub::emitFrame()
{
    m_sinceLastFrame.start();
    if (m_pending.ticks == 0 && m_pending.quotes.isEmpty())
        return;
    for (Series &points : m_pending.points) {
        if (points.size() > MaxPointsPerFrame)
            points = reduceByCount(points, MaxPointsPerFrame);
    }
    Frame frame = std::exchange(m_pending, Frame{});
    Q_EMIT frameReady(frame);
}

Series reduceByCount(const Series &series, qsizetype maxPoints)
{
    if (series.size() <= maxPoints || maxPoints < 4)
        return series;
    const qsizetype buckets = maxPoints / 2;
    const qsizetype perBucket = (series.size() + buckets - 1) / buckets;
    Series out;
    out.reserve(maxPoints + 2);
    for (qsizetype start = 0; start < series.size(); start += perBucket) {
        const qsizetype end = std::min(series.size(), start + perBucket);
        const auto first = series.cbegin() + start;
        const auto last = series.cbegin() + end;
        const auto [lo, hi] = std::minmax_element(first, last, [](const SeriesPoint &a, const SeriesPoint &b) {
            return a.value < b.value;
        });
        if (lo == hi) {
            out.append(*lo);
        } else if (lo < hi) {
            out.append(*lo);
            out.append(*hi);
        } else {
            out.append(*hi);
            out.append(*lo);
        }
    }
    if (out.constFirst() != series.constFirst())
        out.prepend(series.constFirst());
    if (out.constLast() != series.constLast())
        out.append(series.constLast());
    return out;
}

} // namespace tickerline
