#pragma once

#include "SymbolMatch.h"

#include <optional>

namespace tickerline {

// The instruments the simulated market knows by name: the default watchlist
// plus well-known equities on several venues and a few crypto pairs, so a
// demo search can add something new. Any other symbol is still simulated,
// under a made-up name.
struct CatalogueEntry
{
    QString symbol;
    QString name;
    double level = 0.0;        // the median price, in `currency`
    double volatility = 0.0;   // annual sigma of log returns
    QString exchange;          // Yahoo's exchange codes, as SimulatedProfile::exchange
    QString currency;
    SymbolMatch::Kind kind = SymbolMatch::Kind::Equity;
};

[[nodiscard]] std::optional<CatalogueEntry> simulatedCatalogueEntry(const QString &symbol);

// Every catalogue entry as a search match of the "simulated" provider.
[[nodiscard]] SymbolMatchList simulatedCatalogue();

} // namespace tickerline
