#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace tickerline {

struct TimeTick
{
    qint64 ms = 0;
    QString label;
    friend bool operator==(const TimeTick &, const TimeTick &) = default;
};

// Labelled ticks for a time axis over [fromMs, toMs] read in `zone`: at round
// wall-clock times of that zone (09:00, midnight, the 1st of a month), so the
// labels stay right across daylight-saving changes, about one per
// `labelPixels` of `widthPixels`. QDateTimeAxis formats in the system's zone
// only, hence labels computed here for a category axis.
[[nodiscard]] QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, double widthPixels, double labelPixels,
                                        const QTimeZone &zone, const QLocale &locale = QLocale());

// A moment as the crosshair shows it: date, time to the second and zone.
[[nodiscard]] QString crosshairTimeLabel(qint64 ms, const QTimeZone &zone, const QLocale &locale = QLocale());

} // namespace tickerline
