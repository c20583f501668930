#include "CandleInterval.h"

#include "Candle.h"

#include <QCoreApplication>

namespace tickerline {

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
} // namespace

QString candleIntervalName(qint64 intervalMs)
{
    if (intervalMs >= Day && intervalMs % Day == 0)
        return QCoreApplication::translate("tickerline", "%1d", "candle interval in days").arg(intervalMs / Day);
    if (intervalMs >= Hour && intervalMs % Hour == 0)
        return QCoreApplication::translate("tickerline", "%1h", "candle interval in hours").arg(intervalMs / Hour);
    if (intervalMs >= Minute && intervalMs % Minute == 0)
        return QCoreApplication::translate("tickerline", "%1m", "candle interval in minutes").arg(intervalMs / Minute);
    return QCoreApplication::translate("tickerline", "%1s", "candle interval in seconds")
        .arg(double(intervalMs) / double(Second));
}

qint64 shownCandleInterval(qint64 chosenMs, qint64 spanMs, int maxCandles)
{
    const QList<qint64> standard = standardCandleIntervalsMs();
    qint64 shown = chosenMs;
    for (const qint64 interval : standard) {
        if (interval < chosenMs)
            continue;
        shown = interval;
        if (spanMs / interval <= maxCandles)
            return interval;
    }
    return shown;
}

} // namespace tickerline
