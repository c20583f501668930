#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tickerline::calendar {

// Xetra (Deutsche Börse): the trading calendar's non-trading days, the same every year
// and never moved when they fall on a weekend. Christmas Eve and New Year's Eve are
// closed for trading (settlement only); Xetra has no early closes.
[[nodiscard]] std::optional<QString> xetraHoliday(QDate date);

} // namespace tickerline::calendar
