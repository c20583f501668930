#pragma once

#include "Candle.h"
#include "SeriesPoint.h"

namespace tickerline {

// The inputs and outputs of candle studies are placed at the candles' centres
// (start + interval / 2), where the candle chart draws its bodies, so an SMA
// runs through the candles it averages.

// Candle closes as a series for the indicator functions.
[[nodiscard]] Series candleCloses(const CandleSeries &candles, qint64 intervalMs);
// A series timed at candle starts (e.g. vwap()) moved to the candles' centres.
[[nodiscard]] Series atCandleCentres(Series points, qint64 intervalMs);

} // namespace tickerline
