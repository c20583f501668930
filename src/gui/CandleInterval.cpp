#include "CandleInterval.h"

#include "Candle.h"
#include "TimeUnits.h"

#include <QCoreApplication>

namespace tickerline {

QString candleIntervalName(qint64 intervalMs)
{
    if (intervalMs >= MsPerDay && intervalMs % MsPerDay == 0)
        return QCoreApplication::translate("tickerline", "%1d", "candle interval in days").arg(intervalMs / MsPerDay);
    if (intervalMs >= MsPerHour && intervalMs % MsPerHour == 0)
        return QCoreApplication::translate("tickerline", "%1h", "candle interval in hours").arg(intervalMs / MsPerHour);
    if (intervalMs >= MsPerMinute && intervalMs % MsPerMinute == 0)
        return QCoreApplication::translate("tickerline", "%1m", "candle interval in minutes").arg(intervalMs / MsPerMinute);
    return QCoreApplication::translate("tickerline", "%1s", "candle interval in seconds")
        .arg(double(intervalMs) / double(MsPerSecond));
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
