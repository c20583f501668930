#pragma once

#include <QDate>
#include <QList>
#include <QTest>

#include <functional>
#include <optional>

// Every weekday of a year on which a venue's rule function names a holiday, so a table
// row can compare a whole published year (no missing day, no extra one).
inline QList<QDate> closedWeekdays(int year, const std::function<std::optional<QString>(QDate)> &holiday)
{
    QList<QDate> closed;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (d.dayOfWeek() <= Qt::Friday && holiday(d))
            closed.append(d);
    }
    return closed;
}

inline QList<QDate> datesOf(int year, std::initializer_list<std::pair<int, int>> monthDays)
{
    QList<QDate> dates;
    for (const auto &[month, day] : monthDays)
        dates.append(QDate(year, month, day));
    return dates;
}
