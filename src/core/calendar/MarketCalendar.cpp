#include "MarketCalendar.h"

#include "AsxHolidays.h"
#include "EuronextParisHolidays.h"
#include "HkexHolidays.h"
#include "LseHolidays.h"
#include "NyseHolidays.h"
#include "TseHolidays.h"
#include "TsxHolidays.h"
#include "XetraHolidays.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace tickerline::calendar {

namespace {

// Far enough to cross any run of closed days (Golden Week, Lunar New Year, Christmas).
constexpr int SearchDays = 31;

qint64 msOf(QTime time)
{
    return time.msecsSinceStartOfDay();
}

} // namespace

QString marketStateName(MarketState state)
{
    const auto text = [](const char *source) { return QCoreApplication::translate("Calendar", source); };
    switch (state) {
    case MarketState::Closed:
        return text(QT_TRANSLATE_NOOP("Calendar", "Closed"));
    case MarketState::PreMarket:
        return text(QT_TRANSLATE_NOOP("Calendar", "Pre-market"));
    case MarketState::Open:
        return text(QT_TRANSLATE_NOOP("Calendar", "Open"));
    case MarketState::Lunch:
        return text(QT_TRANSLATE_NOOP("Calendar", "Lunch break"));
    case MarketState::AfterHours:
        return text(QT_TRANSLATE_NOOP("Calendar", "After hours"));
    case MarketState::Holiday:
        return text(QT_TRANSLATE_NOOP("Calendar", "Holiday"));
    }
    return {};
}

MarketCalendar::MarketCalendar(VenueId id)
    : m_venue(calendar::venue(id))
    , m_zone(m_venue.timeZone)
{
}

std::optional<QString> MarketCalendar::holiday(QDate localDate) const
{
    switch (m_venue.id) {
    case VenueId::Nyse:
    case VenueId::Nasdaq:
        return nyseHoliday(localDate);
    case VenueId::Lse:
        return lseHoliday(localDate);
    case VenueId::Xetra:
        return xetraHoliday(localDate);
    case VenueId::EuronextParis:
        return euronextParisHoliday(localDate);
    case VenueId::Tse:
        return tseHoliday(localDate);
    case VenueId::Hkex:
        return hkexHoliday(localDate);
    case VenueId::Asx:
        return asxHoliday(localDate);
    case VenueId::Tsx:
        return tsxHoliday(localDate);
    case VenueId::Crypto:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QTime> MarketCalendar::earlyClose(QDate localDate) const
{
    switch (m_venue.id) {
    case VenueId::Nyse:
    case VenueId::Nasdaq:
        return nyseEarlyClose(localDate);
    case VenueId::Lse:
        return lseEarlyClose(localDate);
    case VenueId::EuronextParis:
        return euronextParisEarlyClose(localDate);
    case VenueId::Hkex:
        return hkexEarlyClose(localDate);
    case VenueId::Asx:
        return asxEarlyClose(localDate);
    case VenueId::Tsx:
        return tsxEarlyClose(localDate);
    case VenueId::Xetra:
    case VenueId::Tse:
    case VenueId::Crypto:
        return std::nullopt;
    }
    return std::nullopt;
}

qint64 MarketCalendar::toUtcMs(QDate date, QTime time) const
{
    return QDateTime(date, time, m_zone).toMSecsSinceEpoch();
}

TradingDay MarketCalendar::tradingDay(QDate localDate) const
{
    TradingDay day;
    day.date = localDate;
    if (m_venue.alwaysOpen) {
        const qint64 midnight = toUtcMs(localDate, QTime(0, 0));
        day.sessions.append({MarketState::Open, midnight, toUtcMs(localDate.addDays(1), QTime(0, 0))});
        return day;
    }
    if (localDate.dayOfWeek() > Qt::Friday)
        return day;
    day.holiday = holiday(localDate);
    if (day.holiday)
        return day;
    day.earlyClose = earlyClose(localDate);

    QTime close = m_venue.regular.end;
    // TSE lengthened the afternoon session by 30 minutes on 5 November 2024.
    if (m_venue.id == VenueId::Tse && localDate < QDate(2024, 11, 5))
        close = QTime(15, 0);
    if (day.earlyClose)
        close = *day.earlyClose;

    const auto add = [&](MarketState state, QTime start, QTime end) {
        if (start < end)
            day.sessions.append({state, toUtcMs(localDate, start), toUtcMs(localDate, end)});
    };
    if (m_venue.preMarket)
        add(MarketState::PreMarket, m_venue.preMarket->start, m_venue.preMarket->end);
    if (m_venue.lunch && m_venue.lunch->start < close) {
        add(MarketState::Open, m_venue.regular.start, m_venue.lunch->start);
        add(MarketState::Lunch, m_venue.lunch->start, std::min(m_venue.lunch->end, close));
        add(MarketState::Open, m_venue.lunch->end, close);
    } else {
        add(MarketState::Open, m_venue.regular.start, close);
    }
    if (m_venue.afterHours) {
        // After an early close the after-hours session keeps its length (US: 13:00–17:00).
        const qint64 length = msOf(m_venue.afterHours->end) - msOf(m_venue.afterHours->start);
        const QTime start = day.earlyClose ? close : m_venue.afterHours->start;
        add(MarketState::AfterHours, start, start.addMSecs(length));
    }
    return day;
}

MarketStatus MarketCalendar::status(qint64 utcMs) const
{
    MarketStatus status;
    if (m_venue.alwaysOpen) {
        status.state = MarketState::Open;
        return status;
    }
    const TradingDay day = tradingDay(QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date());
    if (day.holiday) {
        status.state = MarketState::Holiday;
        status.holiday = *day.holiday;
    }
    for (const Session &session : day.sessions) {
        if (session.startMs <= utcMs && utcMs < session.endMs)
            status.state = session.state;
    }
    status.nextOpenMs = nextOpen(utcMs);
    status.nextCloseMs = nextClose(utcMs);
    return status;
}

std::optional<qint64> MarketCalendar::nextOpen(qint64 utcMs) const
{
    if (m_venue.alwaysOpen)
        return std::nullopt;
    const QDate first = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date();
    for (int i = 0; i < SearchDays; ++i) {
        for (const Session &session : tradingDay(first.addDays(i)).sessions) {
            if (session.state == MarketState::Open && session.startMs > utcMs)
                return session.startMs;
        }
    }
    return std::nullopt;
}

std::optional<qint64> MarketCalendar::nextClose(qint64 utcMs) const
{
    if (m_venue.alwaysOpen)
        return std::nullopt;
    const QDate first = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date();
    for (int i = 0; i < SearchDays; ++i) {
        for (const Session &session : tradingDay(first.addDays(i)).sessions) {
            if (session.state == MarketState::Open && session.endMs > utcMs)
                return session.endMs;
        }
    }
    return std::nullopt;
}

} // namespace tickerline::calendar
