#pragma once

#include "SymbolMatch.h"

#include <QByteArray>

namespace tickerline::symbolsearch {

// Pure parsers of the providers' search and instrument-list answers. Every
// match carries Tickerline's spelling (SymbolSpelling.h) and the provider's
// name; a body that is not the documented shape gives an error sentence,
// never a crash and never a partial guess. Entries missing their symbol are
// skipped; an answer of only such entries is still an answer (no matches).

// Yahoo GET /v1/finance/search?q=… → {"quotes":[{"symbol","shortname","longname",
// "exchange","exchDisp","quoteType","typeDisp"}…]} (no currency in this answer).
[[nodiscard]] SymbolSearchParse parseYahoo(const QByteArray &body);

// Finnhub GET /api/v1/search?q=… → {"count":n,"result":[{"description",
// "displaySymbol","symbol","type"}…]}; errors as {"error":"…"}.
[[nodiscard]] SymbolSearchParse parseFinnhub(const QByteArray &body);

// Twelve Data GET /symbol_search?symbol=… → {"data":[{"symbol","instrument_name",
// "exchange","mic_code","instrument_type","country","currency"}…],"status":"ok"};
// errors as {"code":401,"message":"…","status":"error"}.
[[nodiscard]] SymbolSearchParse parseTwelveData(const QByteArray &body);

// Whole instrument lists, filtered by the caller:
// Coinbase Exchange GET /products → [{"id":"BTC-USD","base_currency","quote_currency",
// "display_name","status","trading_disabled"}…]; offline and delisted ones are left out.
[[nodiscard]] SymbolSearchParse parseCoinbaseProducts(const QByteArray &body);
// Binance GET /api/v3/exchangeInfo → {"symbols":[{"symbol":"BTCUSDT","status":"TRADING",
// "baseAsset","quoteAsset"}…]}; pairs not TRADING are left out.
[[nodiscard]] SymbolSearchParse parseBinanceExchangeInfo(const QByteArray &body);
// Kraken GET /0/public/AssetPairs → {"error":[],"result":{"XXBTZUSD":{"altname":"XBTUSD",
// "wsname":"XBT/USD","base":"XXBT","quote":"ZUSD"}…}}; dark-pool ".d" pairs left out.
[[nodiscard]] SymbolSearchParse parseKrakenAssetPairs(const QByteArray &body);

} // namespace tickerline::symbolsearch
