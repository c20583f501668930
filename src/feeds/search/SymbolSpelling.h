#pragma once

#include <QString>

namespace tickerline::spelling {

// Providers spell one instrument differently; a search result must carry the
// spelling Tickerline's feeds understand. These map provider spellings to it.

// A crypto pair as BASE-QUOTE, Kraken's asset codes translated:
// ("XBT", "USD") → "BTC-USD", ("BTC", "USDT") → "BTC-USDT", ("XDG", "EUR") → "DOGE-EUR".
[[nodiscard]] QString cryptoPair(const QString &base, const QString &quote);

// A US share class written with a dot (Finnhub, Twelve Data: BRK.B) in the
// dash form Yahoo and the feeds use (BRK-B). Exchange suffixes stay
// (VOD.L, 7203.T, SAP.DE, 0700.HK).
[[nodiscard]] QString shareClass(const QString &symbol);

// A listing outside the US given as a bare code plus its exchange (Twelve
// Data: "VOD" on "LSE", MIC XLON) with the venue suffix the feeds use:
// "VOD.L". US venues and unknown ones leave the code alone.
[[nodiscard]] QString withVenueSuffix(const QString &code, const QString &micCode);

// A readable name for a well-known crypto asset ("BTC" → "Bitcoin"); empty when unknown.
[[nodiscard]] QString cryptoAssetName(const QString &asset);

} // namespace tickerline::spelling
