#pragma once

#include "Venue.h"

#include <QStringView>

#include <optional>

namespace tickerline::calendar {

// The venue a symbol trades on, from its spelling: Yahoo-style suffixes (.L LSE, .DE Xetra,
// .PA Euronext Paris, .T Tokyo, .HK Hong Kong, .AX ASX, .TO Toronto), crypto pairs
// (BTC-USD, ETH-EUR, BTCUSDT, ETHUSDC), and plain stock-like symbols (AAPL, BRK-B, BRK.B)
// → NYSE, whose calendar and hours Nasdaq shares. Nothing for indices (^GSPC), futures
// (ES=F), currency pairs (EURUSD=X, EUR/USD) and unknown suffixes.
[[nodiscard]] std::optional<VenueId> venueForSymbol(QStringView symbol);

// The venue a provider's exchange field names: Yahoo's fullExchangeName ("NasdaqGS", "NYSE",
// "LSE", "XETRA", "Paris", "Tokyo", "HKSE", "ASX", "Toronto", "CCC") and exchangeName codes
// ("NMS", "NYQ", "GER", "PAR", "JPX", "HKG", "TOR"), plus the longer names other providers
// use ("NASDAQ NMS - GLOBAL MARKET", "NEW YORK STOCK EXCHANGE, INC.", "LONDON STOCK EXCHANGE").
[[nodiscard]] std::optional<VenueId> venueForExchangeName(QStringView exchangeName);

// The exchange field when it names a venue, else the symbol's spelling.
[[nodiscard]] std::optional<VenueId> venueForInstrument(QStringView symbol, QStringView exchangeName);

} // namespace tickerline::calendar
