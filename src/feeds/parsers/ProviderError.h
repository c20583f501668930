#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tickerline {

// A provider-level error carried by a payload (as opposed to a malformed
// payload): the transport reacts to its kind (back off, stop, drop a symbol).
struct ProviderError
{
    enum class Kind { RateLimited, Auth, UnknownSymbol, Other };

    Kind kind = Kind::Other;
    QString message;                       // the provider's words, one line, safe to log
    std::optional<qint64> retryAfterMs;    // set only when the payload says how long to wait
    QStringList symbols;                   // user symbols the error names (UnknownSymbol)

    friend bool operator==(const ProviderError &, const ProviderError &) = default;
};

// Providers report errors as free text; the keywords are taken from their real
// messages (Finnhub, Alpha Vantage, Twelve Data, Coinbase, Yahoo).
[[nodiscard]] ProviderError::Kind classifyErrorMessage(QStringView message);

// An error with the message flattened to one line and capped in length, since
// it reaches logs and the status bar verbatim. Without a kind, the message is
// classified.
[[nodiscard]] ProviderError makeProviderError(QStringView message,
                                              std::optional<ProviderError::Kind> kind = std::nullopt);

// An HTTP Retry-After value (delay-seconds or IMF-fixdate) as a delay in ms
// from nowMs; never negative, nullopt when unreadable.
[[nodiscard]] std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs);

} // namespace tickerline
