#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

// Euronext Paris cash market: the harmonised Euronext calendar, the same every year and
// never moved off a weekend. French public holidays other than these (Ascension,
// Whit Monday, 14 July …) are trading days.
[[nodiscard]] std::optional<QString> euronextParisHoliday(QDate date);
// 14:05 (after the closing auction) on Christmas Eve and New Year's Eve when they are weekdays;
// a weekend eve is not moved. (14:05 since at least 2019; 2012's half days closed at 14:00.)
[[nodiscard]] std::optional<QTime> euronextParisEarlyClose(QDate date);

} // namespace tickerline::calendar
