#include "ChartTimeZone.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// Longest codes first where one is a prefix of another (NYSE ARCA before NYSE).
constexpr std::array<std::pair<QLatin1StringView, const char *>, 33> ExchangeZones{{
    {"NASDAQ"_L1, "America/New_York"}, {"NYSE"_L1, "America/New_York"},
    {"AMEX"_L1, "America/New_York"}, {"BATS"_L1, "America/New_York"},
    {"CBOE"_L1, "America/New_York"}, {"OTC"_L1, "America/New_York"},
    {"US"_L1, "America/New_York"}, {"NMS"_L1, "America/New_York"},
    {"TSXV"_L1, "America/Toronto"}, {"TSX"_L1, "America/Toronto"},
    {"LSE"_L1, "Europe/London"}, {"LON"_L1, "Europe/London"},
    {"XETRA"_L1, "Europe/Berlin"}, {"XETR"_L1, "Europe/Berlin"}, {"FWB"_L1, "Europe/Berlin"},
    {"FRA"_L1, "Europe/Berlin"}, {"GER"_L1, "Europe/Berlin"},
    {"EURONEXT"_L1, "Europe/Paris"}, {"PAR"_L1, "Europe/Paris"}, {"AMS"_L1, "Europe/Amsterdam"},
    {"BRU"_L1, "Europe/Brussels"}, {"SIX"_L1, "Europe/Zurich"}, {"SWX"_L1, "Europe/Zurich"},
    {"JPX"_L1, "Asia/Tokyo"}, {"TSE"_L1, "Asia/Tokyo"}, {"TYO"_L1, "Asia/Tokyo"},
    {"HKEX"_L1, "Asia/Hong_Kong"}, {"HKG"_L1, "Asia/Hong_Kong"},
    {"ASX"_L1, "Australia/Sydney"}, {"NSE"_L1, "Asia/Kolkata"}, {"BSE"_L1, "Asia/Kolkata"},
    {"SSE"_L1, "Asia/Shanghai"}, {"SZSE"_L1, "Asia/Shanghai"},
}};

} // namespace

QTimeZone exchangeTimeZone(const QString &exchange)
{
    const QString code = exchange.trimmed().toUpper();
    for (const auto &[prefix, zone] : ExchangeZones) {
        // A code, or a code followed by a space or dash ("NASDAQ NMS - GLOBAL MARKET").
        if (code == prefix || (code.startsWith(prefix) && code.size() > prefix.size()
                               && (code.at(prefix.size()) == u' ' || code.at(prefix.size()) == u'-'))) {
            const QTimeZone tz(zone);
            if (tz.isValid())
                return tz;
        }
    }
    return QTimeZone::utc();
}

QTimeZone displayTimeZone(ChartTimeZone choice, const QString &exchange)
{
    switch (choice) {
    case ChartTimeZone::Local:
        return QTimeZone::systemTimeZone();
    case ChartTimeZone::Exchange:
        return exchangeTimeZone(exchange);
    case ChartTimeZone::Utc:
        break;
    }
    return QTimeZone::utc();
}

} // namespace tickerline
