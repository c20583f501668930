#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tickerline::calendar {

// Japanese national holidays under the Act on National Holidays as in force since 2020
// (Emperor's Birthday on 23 February, "Sports Day"), with the Olympic moves of 2020 and
// 2021, Sunday substitutes (the next day that is not a holiday) and the citizens' holiday
// between two holidays. Equinoxes by the approximation formula valid for 1980–2099.
// Valid for 2020–2099; earlier years had other rules and are not modelled.
// One-off days declared by separate acts (as in 2019) are not rules and are not here.
[[nodiscard]] std::optional<QString> japaneseHoliday(QDate date);

// Tokyo Stock Exchange: the national holidays plus 1–3 January and 31 December.
[[nodiscard]] std::optional<QString> tseHoliday(QDate date);

} // namespace tickerline::calendar
