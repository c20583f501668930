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
            // Out-of-order ticks (backfill, replays) count for volume but do
            // not move the last price backwards in time.
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
    // Indices kept, in time order: the min and max of each bucket, and the ends.
    QList<qsizetype> kept;
    kept.reserve(maxPoints + 2);
    kept.append(0);
    for (qsizetype start = 0; start < series.size(); start += perBucket) {
        const qsizetype end = std::min(series.size(), start + perBucket);
        const auto first = series.cbegin() + start;
        const auto last = series.cbegin() + end;
        const auto [lo, hi] = std::minmax_element(first, last, [](const SeriesPoint &a, const SeriesPoint &b) {
            return a.value < b.value;
        });
        for (const qsizetype i : {std::min(lo, hi) - series.cbegin(), std::max(lo, hi) - series.cbegin()}) {
            if (i != kept.constLast())
                kept.append(i);
        }
    }
    if (kept.constLast() != series.size() - 1)
        kept.append(series.size() - 1);

    // Every dropped point's size lands on the next kept point, so the frame's
    // volume (and a candle built from it) stays what was traded.
    Series out;
    out.reserve(kept.size());
    qsizetype from = 0;
    for (const qsizetype i : std::as_const(kept)) {
        SeriesPoint point = series.at(i);
        point.size = 0.0;
        for (qsizetype j = from; j <= i; ++j)
            point.size += series.at(j).size;
        out.append(point);
        from = i + 1;
    }
    return out;
}

} // namespace tickerline
