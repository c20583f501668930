#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

// ASX cash market: the national and New South Wales public holidays it closes for.
// New Year's Day, Australia Day, Christmas and Boxing Day move off weekends; Anzac Day
// does not (NSW adds no substitute, so Saturday 25 April 2026 closes nothing).
[[nodiscard]] std::optional<QString> asxHoliday(QDate date);
// 14:10 on the last trading day before Christmas Day and the last trading day of the year.
[[nodiscard]] std::optional<QTime> asxEarlyClose(QDate date);

} // namespace tickerline::calendar
