#include "ProviderError.h"

#include <QDateTime>
#include <QLatin1String>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <charconv>

namespace tickerline {

namespace {

constexpr qsizetype MaxMessageLength = 300;
// A day: longer hints are treated as the provider's daily quota, and the
// transport's own backoff is the better guide then.
constexpr qint64 MaxRetryAfterSeconds = 86'400;

template<std::size_t N>
bool containsAny(QStringView text, const std::array<QLatin1String, N> &needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](QLatin1String needle) { return text.contains(needle, Qt::CaseInsensitive); });
}

} // namespace

ProviderError::Kind classifyErrorMessage(QStringView message)
{
    // Rate limits first: Alpha Vantage's limit message also mentions premium plans.
    static const std::array rateLimited{
        QLatin1String("rate limit"),    QLatin1String("too many requests"), QLatin1String("api limit"),
        QLatin1String("limit reached"), QLatin1String("call frequency"),    QLatin1String("api credits"),
        QLatin1String("throttl"),
    };
    static const std::array auth{
        QLatin1String("api key"),       QLatin1String("apikey"),        QLatin1String("token"),
        QLatin1String("unauthori"),     QLatin1String("forbidden"),     QLatin1String("access denied"),
        QLatin1String("have access"),   QLatin1String("permission"),    QLatin1String("authenticat"),
        QLatin1String("invalid crumb"), QLatin1String("invalid cookie"), QLatin1String("premium endpoint"),
    };
    static const std::array unknownSymbol{
        QLatin1String("not found"),      QLatin1String("unknown symbol"), QLatin1String("invalid symbol"),
        QLatin1String("no such symbol"), QLatin1String("not a valid product"),
        QLatin1String("no data for symbol"), QLatin1String("notfound"),
    };
    if (containsAny(message, rateLimited))
        return ProviderError::Kind::RateLimited;
    if (containsAny(message, auth))
        return ProviderError::Kind::Auth;
    if (containsAny(message, unknownSymbol))
        return ProviderError::Kind::UnknownSymbol;
    return ProviderError::Kind::Other;
}

ProviderError makeProviderError(QStringView message, std::optional<ProviderError::Kind> kind)
{
    ProviderError error;
    error.kind = kind.value_or(classifyErrorMessage(message));
    error.message = message.left(MaxMessageLength).toString().simplified();
    return error;
}

std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs)
{
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 seconds = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (ec == std::errc::result_out_of_range)
            seconds = MaxRetryAfterSeconds;
        else if (ec != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return std::min(seconds, MaxRetryAfterSeconds) * 1000;
    }
    // IMF-fixdate, the only date form RFC 9110 asks senders to use.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text.data(), text.size()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp(when.toMSecsSinceEpoch() - nowMs, qint64(0), MaxRetryAfterSeconds * 1000);
}

} // namespace tickerline
