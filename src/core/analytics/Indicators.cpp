#include "Indicators.h"

#include "RollingMoments.h"
#include "Stream.h"

#include <cmath>

namespace tickerline {

namespace {

// Pushes every point of `in` through a sliding window of `period` into
// RollingMoments and calls out(moments) for each full window.
template <typename Out>
void forEachFullWindow(const Series &in, int period, Out out)
{
    auto pipeline = stream::slidingWindow<SeriesPoint>(period)
                    | stream::accumulate(RollingMoments{}, [](RollingMoments &m, const auto &w) { m.update(w); })
                    | stream::filter([](const RollingMoments &m) { return m.full; })
                    | stream::sink(std::move(out));
    for (const SeriesPoint &p : in)
        pipeline.push(p);
}

qsizetype outputSize(const Series &in, int period)
{
    return std::max<qsizetype>(in.size() - period + 1, 0);
}

} // namespace

Series sma(const Series &in, int period)
{
    Series out;
    if (period < 1 || period > in.size())
        return out;
    out.reserve(outputSize(in, period));
    forEachFullWindow(in, period, [&out](const RollingMoments &m) { out.append({m.timeMs, m.mean}); });
    return out;
}

Series ema(const Series &in, int period)
{
    Series out;
    if (period < 1 || period > in.size())
        return out;
    out.reserve(outputSize(in, period));
    struct State
    {
        qint64 timeMs = 0;
        qsizetype count = 0;
        double sum = 0.0;   // of the first `period` values, for the seed
        double value = 0.0;
    };
    const double alpha = 2.0 / (double(period) + 1.0);
    auto pipeline = stream::accumulate(State{},
                                       [period, alpha](State &s, const SeriesPoint &p) {
                                           s.timeMs = p.timeMs;
                                           ++s.count;
                                           if (s.count < period) {
                                               s.sum += p.value;
                                           } else if (s.count == period) {
                                               s.value = (s.sum + p.value) / double(period);
                                           } else {
                                               s.value += alpha * (p.value - s.value);
                                           }
                                       })
                    | stream::filter([period](const State &s) { return s.count >= period; })
                    | stream::sink([&out](const State &s) { out.append({s.timeMs, s.value}); });
    for (const SeriesPoint &p : in)
        pipeline.push(p);
    return out;
}

BollingerBands bollinger(const Series &in, int period, double widthSigmas)
{
    BollingerBands bands;
    if (period < 1 || period > in.size())
        return bands;
    const qsizetype n = outputSize(in, period);
    bands.middle.reserve(n);
    bands.upper.reserve(n);
    bands.lower.reserve(n);
    forEachFullWindow(in, period, [&bands, widthSigmas](const RollingMoments &m) {
        const double width = widthSigmas * m.stddev();
        bands.middle.append({m.timeMs, m.mean});
        bands.upper.append({m.timeMs, m.mean + width});
        bands.lower.append({m.timeMs, m.mean - width});
    });
    return bands;
}

Series vwap(const CandleSeries &candles, qint64 sessionMs)
{
    struct State
    {
        qint64 timeMs = 0;
        qint64 session = 0;
        bool started = false;
        double priceVolume = 0.0;
        double volume = 0.0;
    };
    Series out;
    out.reserve(candles.size());
    auto pipeline = stream::accumulate(State{},
                                       [sessionMs](State &s, const Candle &c) {
                                           const qint64 session = sessionMs > 0 ? candleBucketStart(c.timeMs, sessionMs) : 0;
                                           if (!s.started || session != s.session) {
                                               s = State{};
                                               s.started = true;
                                               s.session = session;
                                           }
                                           s.timeMs = c.timeMs;
                                           s.priceVolume += (c.high + c.low + c.close) / 3.0 * c.volume;
                                           s.volume += c.volume;
                                       })
                    | stream::filter([](const State &s) { return s.volume > 0.0; })
                    | stream::sink([&out](const State &s) { out.append({s.timeMs, s.priceVolume / s.volume}); });
    for (const Candle &c : candles)
        pipeline.push(c);
    return out;
}

} // namespace tickerline
