#pragma once

#include "Venue.h"

#include <QList>
#include <QString>

#include <optional>

namespace tickerline {

// How true a provider's prices are when they arrive, from its documentation:
// as they happen, a fixed number of minutes late, or live but from one venue
// only (Finnhub's free US trades come from IEX alone). Some providers delay
// by venue (Yahoo: US real-time, London 20 min): `byVenue` says where.
struct DataDelay
{
    enum class Kind {
        Unknown,        // generic feeds and recordings: whatever their source was
        RealTime,
        Delayed,        // `minutes` late
        PartialVenue,   // live, but only the trades of `venueOnly`
    };
    struct VenueDelay
    {
        calendar::VenueId venue;
        int minutes = 0;

        friend bool operator==(const VenueDelay &, const VenueDelay &) = default;
    };

    Kind kind = Kind::Unknown;
    int minutes = 0;
    QString venueOnly;           // "IEX": a venue name, not translated
    QList<VenueDelay> byVenue;   // delayed venues of a provider otherwise as `kind` says

    [[nodiscard]] static DataDelay realTime() { return withKind(Kind::RealTime); }
    [[nodiscard]] static DataDelay delayed(int minutes);
    [[nodiscard]] static DataDelay onlyVenue(const QString &venue);

    // What applies to a symbol of `venue`: a byVenue entry, else this.
    [[nodiscard]] DataDelay forVenue(std::optional<calendar::VenueId> venue) const;
    [[nodiscard]] qint64 delayMs() const { return kind == Kind::Delayed ? qint64(minutes) * 60'000 : 0; }

    friend bool operator==(const DataDelay &, const DataDelay &) = default;

private:
    [[nodiscard]] static DataDelay withKind(Kind kind);
};

// "real-time", "delayed 15 min", "real-time, IEX trades only", "delay not known" (translated).
[[nodiscard]] QString dataDelayText(const DataDelay &delay);
// The watchlist's short badge: "15m delayed" for delayed data, "IEX" for one venue's trades, else empty.
[[nodiscard]] QString dataDelayBadge(const DataDelay &delay);

} // namespace tickerline
