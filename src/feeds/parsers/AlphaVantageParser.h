#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// Alpha Vantage REST bodies (https://www.alphavantage.co/query?function=…).
// Numbers arrive as strings. Errors arrive with HTTP 200: {"Information"|"Note":
// …} is the rate limit (RateLimited; Auth when it is about the key),
// {"Error Message": …} a bad symbol or call (UnknownSymbol; Auth when it is
// about the key). `symbol` is the user's symbol the request was for.
namespace alphavantage {

inline constexpr QStringView ProviderName = u"alphavantage";

// GLOBAL_QUOTE → one tick and the previous close. Size is 0: "06. volume" is
// the day's cumulative volume, not a trade. "07. latest trading day" has no
// time of day, so the tick is stamped at that day's 16:00 America/New_York
// close, or at nowMs when that is earlier (polled intraday): a quote polled
// again after the close keeps its time and deduplicates, and no tick is ever
// stamped in the future. An empty "Global Quote" means an unknown symbol.
[[nodiscard]] ParseResult parseGlobalQuote(const QByteArray &body, const QString &symbol, qint64 nowMs);

// OVERVIEW → name, currency, exchange, 52WeekHigh/52WeekLow when plausible
// ("None" reads as absent). {} (ETFs, unknown symbols) gives nothing.
[[nodiscard]] ParseResult parseOverview(const QByteArray &body, const QString &symbol, qint64 nowMs);

// TIME_SERIES_INTRADAY/DAILY/WEEKLY/MONTHLY (adjusted too) → bars ascending.
// Keys are local times in the "Time Zone" of "Meta Data" (US/Eastern); daily
// and longer bars start at midnight of their date there. Weekly and monthly
// intervals are nominal (7 and 30 days).
[[nodiscard]] ParseResult parseTimeSeries(const QByteArray &body, const QString &symbol);

} // namespace alphavantage
} // namespace tickerline
