#pragma once

#include <QString>

namespace tickerline::kraken {

// Kraken spells one pair two ways. WebSocket v2 says "BTC/USD", "DOGE/USD";
// REST (AssetPairs, OHLC) still says "XBTUSD", "XDGUSD" (altname) and, as the
// key of its results, "XXBTZUSD", "XXDGZUSD" (the legacy X/Z-prefixed asset
// codes). Both directions, for what users type and what REST answers.

// The v2 spelling of any of them: "XBTUSD", "XXBTZUSD", "xbt/usd", "BTC-USD"
// → "BTC/USD". Text it cannot split into base and quote is upper-cased and kept.
[[nodiscard]] QString webSocketSymbol(const QString &symbol);

// The REST altname of a pair in any spelling: "BTC/USD" → "XBTUSD", "DOGE/EUR" → "XDGEUR".
[[nodiscard]] QString restPair(const QString &symbol);

// One asset: REST code → v2 ("XBT", "XXBT" → "BTC"; "ZUSD" → "USD"), and back ("BTC" → "XBT").
[[nodiscard]] QString webSocketAsset(const QString &restAsset);
[[nodiscard]] QString restAsset(const QString &webSocketAsset);

} // namespace tickerline::kraken
