#include "SimulatedSessions.h"

#include "SimulatedProfile.h"
#include "TimeUnits.h"
#include "VenueLookup.h"

#include <algorithm>
#include <map>
#include <memory>

namespace tickerline {

using calendar::MarketState;

namespace {

const calendar::MarketCalendar &calendarOf(calendar::VenueId id)
{
    // One per venue and thread: feeds run on their own threads.
    thread_local std::map<calendar::VenueId, std::unique_ptr<calendar::MarketCalendar>> calendars;
    auto &slot = calendars[id];
    if (!slot)
        slot = std::make_unique<calendar::MarketCalendar>(id);
    return *slot;
}

bool isTrading(MarketState state)
{
    return state == MarketState::Open || state == MarketState::PreMarket || state == MarketState::AfterHours;
}

} // namespace

void SimulatedSessions::refresh(Known &known, qint64 utcMs)
{
    const calendar::MarketCalendar &cal = calendarOf(*known.venue);
    known.trading = isTrading(cal.status(utcMs).state);
    known.fromMs = utcMs;
    // The state holds until the day's next session boundary; at most a day ahead.
    qint64 until = utcMs + MsPerDay;
    const QDate today = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(cal.venue().timeZone)).date();
    for (const QDate day : {today, today.addDays(1)}) {
        for (const calendar::Session &session : cal.tradingDay(day).sessions) {
            for (const qint64 edge : {session.startMs, session.endMs}) {
                if (edge > utcMs)
                    until = std::min(until, edge);
            }
        }
    }
    known.untilMs = until;
}

bool SimulatedSessions::trades(const QString &symbol, qint64 utcMs)
{
    auto it = m_symbols.find(symbol);
    if (it == m_symbols.end()) {
        Known known;
        known.venue = calendar::venueForExchangeName(simulatedProfile(symbol).exchange);
        if (known.venue && calendar::venue(*known.venue).alwaysOpen)
            known.venue.reset();
        it = m_symbols.insert(symbol, known);
    }
    Known &known = it.value();
    if (!known.venue)
        return true;
    if (utcMs < known.fromMs || utcMs >= known.untilMs)
        refresh(known, utcMs);
    return known.trading;
}

void SimulatedSessions::filter(TickBatch &ticks)
{
    ticks.removeIf([this](const Tick &tick) { return !trades(tick.symbol, tick.timeMs); });
}

void SimulatedSessions::filter(BarBatch &bars)
{
    bars.removeIf([this](const Bar &bar) { return !trades(bar.symbol, bar.timeMs); });
}

} // namespace tickerline
