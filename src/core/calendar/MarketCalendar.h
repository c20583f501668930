#pragma once

#include "Venue.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace tickerline::calendar {

enum class MarketState {
    Closed,       // outside every session: nights, weekends
    PreMarket,
    Open,         // the regular continuous session
    Lunch,
    AfterHours,
    Holiday,      // a weekday the venue is closed all day
};

[[nodiscard]] QString marketStateName(MarketState state);   // translated

// One phase of a trading day, [startMs, endMs) in UTC milliseconds.
struct Session
{
    MarketState state = MarketState::Closed;
    qint64 startMs = 0;
    qint64 endMs = 0;

    friend bool operator==(const Session &, const Session &) = default;
};

// A date in the venue's own zone and what happens on it.
struct TradingDay
{
    QDate date;
    std::optional<QString> holiday;    // set on weekday holidays; weekends are simply closed
    std::optional<QTime> earlyClose;   // local time the regular session ends early
    QList<Session> sessions;           // in time order; empty on weekends and holidays
};

struct MarketStatus
{
    MarketState state = MarketState::Closed;
    QString holiday;                     // the holiday's name when state is Holiday
    std::optional<qint64> nextOpenMs;    // the next time the Open state begins after the instant
    std::optional<qint64> nextCloseMs;   // the next time the Open state ends after the instant
};

// A venue's calendar: pure functions of a date or a UTC instant, DST-correct through the
// venue's QTimeZone. Callers take "now" from their Clock. A lunch break ends the Open state
// and begins it again, so at 10:00 in Hong Kong the next close is 12:00 and the next open 13:00.
// Always-open venues (crypto) are Open at every instant and have no next open or close.
class MarketCalendar final
{
public:
    explicit MarketCalendar(VenueId id);

    [[nodiscard]] const Venue &venue() const { return m_venue; }
    [[nodiscard]] std::optional<QString> holiday(QDate localDate) const;   // by the venue's rules, any weekday
    [[nodiscard]] std::optional<QTime> earlyClose(QDate localDate) const;
    [[nodiscard]] TradingDay tradingDay(QDate localDate) const;
    [[nodiscard]] MarketStatus status(qint64 utcMs) const;
    [[nodiscard]] std::optional<qint64> nextOpen(qint64 utcMs) const;
    [[nodiscard]] std::optional<qint64> nextClose(qint64 utcMs) const;

private:
    [[nodiscard]] qint64 toUtcMs(QDate date, QTime time) const;

    Venue m_venue;
    QTimeZone m_zone;
};

} // namespace tickerline::calendar
