#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

// Hong Kong general holidays (General Holidays Ordinance, Cap. 149), which close HKEX's
// securities market on weekdays. Lunar dates come from the Chinese calendar (ICU), Ching
// Ming from the solar term. A holiday on a Sunday moves to the next day that is not a
// holiday (hence "the fourth day of Lunar New Year"); Saturdays count as weekdays, so a
// Saturday holiday moves nowhere. That is the rule gazetted since the 2010s (2007 kept the
// day before a Sunday Lunar New Year instead); typhoon and rainstorm closures are not rules.
[[nodiscard]] std::optional<QString> hkexHoliday(QDate date);
// 12:00, morning session only, on the eves of Lunar New Year, Christmas and New Year
// when they are trading days (no half day is moved off a weekend or holiday).
[[nodiscard]] std::optional<QTime> hkexEarlyClose(QDate date);

} // namespace tickerline::calendar
