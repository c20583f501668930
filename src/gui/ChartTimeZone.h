#pragma once

#include <QString>
#include <QTimeZone>

namespace tickerline {

// The zone the chart's time axis and crosshair read in.
enum class ChartTimeZone { Local, Exchange, Utc };

// The IANA zone of an exchange, from a small table of the venues Tickerline's
// providers report (case-insensitive, also matching names that begin with a
// listed code, e.g. "NASDAQ NMS - GLOBAL MARKET"):
//   NASDAQ, NYSE, NYSE ARCA, AMEX, BATS, CBOE, US, OTC … America/New_York
//   TSX, TSXV … America/Toronto       LSE, LON … Europe/London
//   XETRA, XETR, FRA, GER, FWB … Europe/Berlin
//   EURONEXT, PAR, AMS, BRU … Europe/Paris    SIX, SWX … Europe/Zurich
//   TSE, JPX, TYO … Asia/Tokyo        HKEX, HKG … Asia/Hong_Kong
//   ASX … Australia/Sydney            NSE, BSE … Asia/Kolkata
//   crypto venues (COINBASE, BINANCE, KRAKEN, CRYPTO…) and anything unknown: UTC.
[[nodiscard]] QTimeZone exchangeTimeZone(const QString &exchange);

[[nodiscard]] QTimeZone displayTimeZone(ChartTimeZone choice, const QString &exchange);

// "local" | "exchange" | "utc", the spelling Settings keeps.
[[nodiscard]] QString chartTimeZoneKey(ChartTimeZone choice);
[[nodiscard]] ChartTimeZone chartTimeZoneFromKey(const QString &key);

} // namespace tickerline
