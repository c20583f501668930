#pragma once

#include "DataDelay.h"
#include "MarketCalendar.h"

#include <QString>

#include <optional>

namespace tickerline {

// What a watchlist row's Session and Age cells say at an instant: the venue's
// market state, the quote's compact age with the provider's delay badge, and
// whether the quote is stale. Only a market in a session can be stale: a
// closed market's last quote is the close, however old it is.
struct QuoteFreshness
{
    std::optional<calendar::MarketState> state;   // none: no calendar for the symbol (index, FX)
    QString sessionText;
    QString ageText;
    bool stale = false;

    friend bool operator==(const QuoteFreshness &, const QuoteFreshness &) = default;
};

struct FreshnessInput
{
    std::optional<calendar::VenueId> venue;
    std::optional<qint64> quoteTimeMs;   // the provider's time of the last quote
    DataDelay delay;                     // the provider's, for this venue
    QString providerTitle;               // for the tool tips; empty when not known
    qint64 nowMs = 0;
};

// Older than this while the regular session runs (beyond the provider's delay): stale.
inline constexpr qint64 StaleInSessionMs = 2 * 60'000;
// Pre-market and after-hours trading is thin: a longer quiet is normal.
inline constexpr qint64 StaleInExtendedHoursMs = 15 * 60'000;

[[nodiscard]] QuoteFreshness quoteFreshness(const FreshnessInput &input);
// "3s", "2m", "4h", "2d" (translated units).
[[nodiscard]] QString compactAge(qint64 ageMs);
// Venue, exchange time, holiday, next open or close with the zone, the provider's delay.
[[nodiscard]] QString sessionToolTip(const FreshnessInput &input);
// The quote's time in the exchange's zone, its age, the provider's delay, and why it is (not) stale.
[[nodiscard]] QString ageToolTip(const FreshnessInput &input, const QuoteFreshness &freshness);

// One calendar per venue, built once (GUI thread only).
[[nodiscard]] const calendar::MarketCalendar &venueCalendar(calendar::VenueId id);

} // namespace tickerline
