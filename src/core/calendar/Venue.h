#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace tickerline::calendar {

enum class VenueId {
    Nyse,
    Nasdaq,
    Lse,
    Xetra,
    EuronextParis,
    Tse,
    Hkex,
    Asx,
    Tsx,
    Crypto,
};

// Local wall-clock times in the venue's zone, [start, end).
struct TimeRange
{
    QTime start;
    QTime end;

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// What a venue's ordinary trading day looks like. Holidays, early closes and dated
// changes to the hours come from MarketCalendar, not from here.
struct Venue
{
    VenueId id = VenueId::Nyse;
    QString mic;                        // ISO 10383 market identifier ("XNYS"); empty for crypto
    QString name;                       // translated, for display
    QByteArray timeZone;                // IANA id ("America/New_York")
    std::optional<TimeRange> preMarket; // extended-hours or pre-opening trading before the open
    TimeRange regular;                  // the continuous session, opening to closing
    std::optional<TimeRange> lunch;     // a break inside the regular session
    std::optional<TimeRange> afterHours;
    bool alwaysOpen = false;            // 24/7 markets: no sessions, no holidays
};

[[nodiscard]] Venue venue(VenueId id);
[[nodiscard]] QList<VenueId> allVenues();

} // namespace tickerline::calendar
