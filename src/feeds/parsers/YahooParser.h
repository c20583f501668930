#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace tickerline {

// Yahoo v8 chart bodies: GET {base}/v8/finance/chart/{SYM}?range=…&interval=…
namespace yahoo {

inline constexpr QStringView ProviderName = u"yahoo";

struct ChartRequest
{
    QString symbol;                               // the user's symbol; empty: meta.symbol
    QString interval = QStringLiteral("1m");      // the request's interval: the bars' length
    qint64 nowMs = 0;                             // receive time
};

// One body → ticks, bars and one instrument.
// * Ticks: meta.regularMarketPrice at regularMarketTime; plus the last
//   non-null close when its bar starts later (pre/post-market with
//   includePrePost=true), or alone when meta has no usable price. Size 0:
//   Yahoo gives cumulative volumes, not trades.
// * Bars: timestamp[] with indicators.quote[0]; minutes without trades (null
//   open/high/low/close) are skipped and counted as ignored.
// * Instrument: longName (else shortName), currency as quoted (GBp stays GBp:
//   see isQuotedInMinorUnits), fullExchangeName (else exchangeName), previous
//   close (meta.previousClose, else chartPreviousClose, which is the previous
//   close only for range=1d), and 52-week high/low unless implausible or an
//   echo of the day's range.
// * {"chart":{"error":{"code":"Not Found",…}}} → UnknownSymbol.
// A non-JSON body (Yahoo's 429 page) counts as malformed: rate limits come
// from the HTTP status and Retry-After (parseRetryAfter).
[[nodiscard]] ParseResult parseChart(const QByteArray &body, const ChartRequest &request);

// "1m" "2m" "5m" "15m" "30m" "60m" "90m" "1h" "1d" "5d" "1wk" "1mo" "3mo";
// months are nominal 30 days.
[[nodiscard]] std::optional<qint64> intervalMs(QStringView interval);

// Currencies quoted in hundredths of the ISO unit (GBp/GBX pence, ZAc, ILA):
// prices stay as quoted; a display converting to pounds divides by 100.
[[nodiscard]] bool isQuotedInMinorUnits(QStringView currency);

} // namespace yahoo
} // namespace tickerline
