#pragma once

#include "Choices.h"

#include <QString>
#include <QTimeZone>

namespace tickerline {

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

} // namespace tickerline
