#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

// London Stock Exchange: England and Wales bank holidays with their substitute days.
// Proclaimed one-off closures (jubilees, state funerals) are not rules and are not here.
[[nodiscard]] std::optional<QString> lseHoliday(QDate date);
[[nodiscard]] std::optional<QTime> lseEarlyClose(QDate date);   // 12:30 on the Christmas and New Year's Eve half days

} // namespace tickerline::calendar
