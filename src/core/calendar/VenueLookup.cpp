#include "VenueLookup.h"

#include <QString>

#include <algorithm>
#include <array>
#include <utility>

namespace tickerline::calendar {

namespace {

bool isStockLike(QStringView text)
{
    if (text.isEmpty() || !text.front().isLetterOrNumber())
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

// Quote currencies of crypto pairs: dashed (Coinbase, Yahoo) or run together (Binance).
constexpr std::array<QStringView, 4> StableQuotes = {u"USDT", u"USDC", u"BUSD", u"FDUSD"};
constexpr std::array<QStringView, 10> DashedQuotes = {u"USD", u"EUR", u"GBP", u"USDT", u"USDC",
                                                      u"BTC", u"ETH", u"JPY", u"AUD", u"CAD"};

bool isCryptoPair(QStringView s)
{
    const qsizetype dash = s.indexOf(u'-');
    if (dash > 0) {
        const QStringView base = s.first(dash);
        const QStringView quote = s.sliced(dash + 1);
        // BRK-B and RDS-A are share classes: one letter after the dash.
        return base.size() >= 2 && std::find(DashedQuotes.begin(), DashedQuotes.end(), quote) != DashedQuotes.end();
    }
    for (const QStringView quote : StableQuotes) {
        if (s.size() > quote.size() + 1 && s.endsWith(quote))
            return true;
    }
    return false;
}

} // namespace

std::optional<VenueId> venueForSymbol(QStringView symbol)
{
    const QString s = symbol.trimmed().toString().toUpper();
    if (s.isEmpty())
        return std::nullopt;
    if (isCryptoPair(s))
        return VenueId::Crypto;
    if (!isStockLike(s))
        return std::nullopt;   // ^GSPC, ES=F, EURUSD=X, EUR/USD
    static const std::array<std::pair<QStringView, VenueId>, 7> suffixes = {{
        {u".L", VenueId::Lse},
        {u".DE", VenueId::Xetra},
        {u".PA", VenueId::EuronextParis},
        {u".T", VenueId::Tse},
        {u".HK", VenueId::Hkex},
        {u".AX", VenueId::Asx},
        {u".TO", VenueId::Tsx},
    }};
    const qsizetype dot = s.lastIndexOf(u'.');
    if (dot < 0)
        return s.front().isLetter() ? std::optional(VenueId::Nyse) : std::nullopt;   // 7203 alone is no US ticker
    const QStringView suffix = QStringView(s).sliced(dot);
    for (const auto &[known, id] : suffixes) {
        if (suffix == known)
            return id;
    }
    // BRK.B: a US share class.
    if (suffix.size() == 2 && suffix.back().isLetter() && s.front().isLetter())
        return VenueId::Nyse;
    return std::nullopt;
}

std::optional<VenueId> venueForExchangeName(QStringView exchangeName)
{
    QString key;
    for (const QChar c : exchangeName) {
        if (c.isLetterOrNumber())
            key.append(c.toUpper());
    }
    if (key.isEmpty())
        return std::nullopt;
    static const std::array<std::pair<QStringView, VenueId>, 24> exact = {{
        {u"NYSE", VenueId::Nyse},        {u"NYQ", VenueId::Nyse},          {u"NYSEARCA", VenueId::Nyse},
        {u"NYSEAMERICAN", VenueId::Nyse}, {u"NASDAQ", VenueId::Nasdaq},     {u"NMS", VenueId::Nasdaq},
        {u"NGM", VenueId::Nasdaq},       {u"NCM", VenueId::Nasdaq},        {u"LSE", VenueId::Lse},
        {u"IOB", VenueId::Lse},          {u"XETRA", VenueId::Xetra},       {u"XETR", VenueId::Xetra},
        {u"GER", VenueId::Xetra},        {u"PARIS", VenueId::EuronextParis}, {u"PAR", VenueId::EuronextParis},
        {u"TOKYO", VenueId::Tse},        {u"JPX", VenueId::Tse},           {u"TSE", VenueId::Tse},
        {u"HKSE", VenueId::Hkex},        {u"HKG", VenueId::Hkex},          {u"ASX", VenueId::Asx},
        {u"TORONTO", VenueId::Tsx},      {u"TOR", VenueId::Tsx},           {u"CCC", VenueId::Crypto},
    }};
    for (const auto &[name, id] : exact) {
        if (key == name)
            return id;
    }
    // Longer spellings ("NasdaqGS", "NASDAQ NMS - GLOBAL MARKET", "NEW YORK STOCK EXCHANGE, INC.").
    static const std::array<std::pair<QStringView, VenueId>, 10> prefixes = {{
        {u"NASDAQ", VenueId::Nasdaq},
        {u"NEWYORKSTOCKEXCHANGE", VenueId::Nyse},
        {u"LONDONSTOCKEXCHANGE", VenueId::Lse},
        {u"DEUTSCHEBOERSE", VenueId::Xetra},
        {u"EURONEXTPARIS", VenueId::EuronextParis},
        {u"TOKYOSTOCKEXCHANGE", VenueId::Tse},
        {u"HONGKONGEXCHANGES", VenueId::Hkex},
        {u"HONGKONGSTOCKEXCHANGE", VenueId::Hkex},
        {u"AUSTRALIANSECURITIESEXCHANGE", VenueId::Asx},
        {u"TORONTOSTOCKEXCHANGE", VenueId::Tsx},
    }};
    for (const auto &[prefix, id] : prefixes) {
        if (key.startsWith(prefix))
            return id;
    }
    return std::nullopt;
}

std::optional<VenueId> venueForInstrument(QStringView symbol, QStringView exchangeName)
{
    if (const auto named = venueForExchangeName(exchangeName))
        return named;
    return venueForSymbol(symbol);
}

} // namespace tickerline::calendar
