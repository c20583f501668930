#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

// NYSE/NASDAQ holidays and early closes from NYSE Rule 7.2, for any year.
[[nodiscard]] std::optional<QString> nyseHoliday(QDate date);   // the holiday's name, if closed
[[nodiscard]] std::optional<QTime> nyseEarlyClose(QDate date);   // 13:00 on the partial days

} // namespace tickerline::calendar
