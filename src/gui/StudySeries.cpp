#include "StudySeries.h"

namespace tickerline {

Series candleCloses(const CandleSeries &candles, qint64 intervalMs)
{
    Series out;
    out.reserve(candles.size());
    for (const Candle &c : candles)
        out.append({c.timeMs + intervalMs / 2, c.close, c.volume});
    return out;
}

Series atCandleCentres(Series points, qint64 intervalMs)
{
    for (SeriesPoint &p : points)
        p.timeMs += intervalMs / 2;
    return points;
}

} // namespace tickerline
