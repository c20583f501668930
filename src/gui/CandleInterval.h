#pragma once

#include <QList>
#include <QString>

namespace tickerline {

// How candle intervals are named and chosen for a view.

// "1s", "5m", "1h", "1d": the short name traders read on the chart.
[[nodiscard]] QString candleIntervalName(qint64 intervalMs);
// The chosen interval, or the next coarser standard one when the chosen one
// would need more than `maxCandles` candles across `spanMs`; the coarsest
// standard interval when none fits.
[[nodiscard]] qint64 shownCandleInterval(qint64 chosenMs, qint64 spanMs, int maxCandles);

} // namespace tickerline
