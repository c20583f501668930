#include "KrakenSymbols.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

namespace tickerline::kraken {

namespace {

// Assets whose REST code is not their common name.
constexpr std::array<std::pair<QLatin1StringView, QLatin1StringView>, 2> Renamed{{
    {QLatin1StringView("XBT"), QLatin1StringView("BTC")},
    {QLatin1StringView("XDG"), QLatin1StringView("DOGE")},
}};

// The legacy four-letter codes of the assets listed before Kraken's naming
// changed (X: crypto, Z: fiat), as REST result keys spell them ("XXBTZUSD").
constexpr std::array<QLatin1StringView, 19> Legacy{
    QLatin1StringView("XXBT"), QLatin1StringView("XXDG"), QLatin1StringView("XETH"), QLatin1StringView("XLTC"),
    QLatin1StringView("XXRP"), QLatin1StringView("XXLM"), QLatin1StringView("XETC"), QLatin1StringView("XZEC"),
    QLatin1StringView("XXMR"), QLatin1StringView("XREP"), QLatin1StringView("XMLN"), QLatin1StringView("ZUSD"),
    QLatin1StringView("ZEUR"), QLatin1StringView("ZGBP"), QLatin1StringView("ZJPY"), QLatin1StringView("ZCAD"),
    QLatin1StringView("ZAUD"), QLatin1StringView("ZCHF"), QLatin1StringView("XXTZ"),
};

// Quote currencies, longest first, to split a pair written without a separator.
constexpr std::array<QLatin1StringView, 13> Quotes{
    QLatin1StringView("USDT"), QLatin1StringView("USDC"), QLatin1StringView("ZUSD"), QLatin1StringView("ZEUR"),
    QLatin1StringView("ZGBP"), QLatin1StringView("USD"), QLatin1StringView("EUR"), QLatin1StringView("GBP"),
    QLatin1StringView("JPY"), QLatin1StringView("CAD"), QLatin1StringView("CHF"), QLatin1StringView("XBT"),
    QLatin1StringView("BTC"),
};

bool isLegacyCode(QStringView code)
{
    return std::find(Legacy.cbegin(), Legacy.cend(), code) != Legacy.cend();
}

std::pair<QString, QString> split(const QString &symbol)
{
    const QString upper = symbol.trimmed().toUpper();
    for (const QChar separator : {u'/', u'-', u'_', u':'}) {
        const qsizetype at = upper.indexOf(separator);
        if (at > 0 && at + 1 < upper.size())
            return {upper.left(at), upper.mid(at + 1)};
    }
    // Two legacy codes ("XXBTZJPY"): split between them whatever the quote.
    if (upper.size() == 8 && isLegacyCode(QStringView(upper).left(4)) && isLegacyCode(QStringView(upper).mid(4)))
        return {upper.left(4), upper.mid(4)};
    for (const QLatin1StringView quote : Quotes) {
        if (upper.size() > quote.size() && upper.endsWith(quote))
            return {upper.chopped(quote.size()), upper.right(quote.size())};
    }
    return {};
}

} // namespace

QString webSocketAsset(const QString &restAsset)
{
    QString asset = restAsset.toUpper();
    if (isLegacyCode(asset))
        asset = asset.mid(1);
    for (const auto &[rest, common] : Renamed) {
        if (asset == rest)
            return common;
    }
    return asset;
}

QString restAsset(const QString &webSocketAsset)
{
    const QString asset = webSocketAsset.toUpper();
    for (const auto &[rest, common] : Renamed) {
        if (asset == common)
            return rest;
    }
    return asset;
}

QString webSocketSymbol(const QString &symbol)
{
    const auto [base, quote] = split(symbol);
    if (base.isEmpty())
        return symbol.trimmed().toUpper();
    return webSocketAsset(base) + u'/' + webSocketAsset(quote);
}

QString restPair(const QString &symbol)
{
    const QString ws = webSocketSymbol(symbol);
    const QStringList parts = ws.split(u'/');
    if (parts.size() != 2)
        return ws;
    return restAsset(parts.at(0)) + restAsset(parts.at(1));
}

} // namespace tickerline::kraken
