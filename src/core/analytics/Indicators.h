#pragma once

// Technical indicators over a price series or candles, for the chart's
// overlays: each output point is at the time of the input point (or candle)
// that completes it. Built on the stream operators (sliding window +
// accumulate), so live and batch paths share one implementation.

#include "Candle.h"
#include "SeriesPoint.h"

namespace tickerline {

// Mean of the last `period` values; no point before `period` values (none
// when period < 1 or larger than the input).
[[nodiscard]] Series sma(const Series &in, int period);
[[nodiscard]] Series ema(const Series &in, int period);           // seeded with the SMA of the first `period` values

struct BollingerBands
{
    Series middle, upper, lower;
};
[[nodiscard]] BollingerBands bollinger(const Series &in, int period, double widthSigmas = 2.0);   // population stddev

// Typical price (H+L+C)/3 weighted by volume; resets at each UTC session boundary
// (multiples of sessionMs; sessionMs <= 0: one session). A candle gets a
// point once its session has traded volume; zero-volume candles after that
// repeat the running value.
[[nodiscard]] Series vwap(const CandleSeries &candles, qint64 sessionMs = 86'400'000);

} // namespace tickerline
