#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

// Toronto Stock Exchange: Ontario's statutory holidays plus the Civic Holiday; a weekend
// New Year's Day, Canada Day, Christmas or Boxing Day is kept on the next free weekday.
// Easter Monday, the National Day for Truth and Reconciliation and Remembrance Day are trading days.
[[nodiscard]] std::optional<QString> tsxHoliday(QDate date);
// 13:00 on Christmas Eve when it is a trading day.
[[nodiscard]] std::optional<QTime> tsxEarlyClose(QDate date);

} // namespace tickerline::calendar
