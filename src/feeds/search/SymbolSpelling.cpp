#include "SymbolSpelling.h"

#include "KrakenSymbols.h"

#include <QHash>

namespace tickerline::spelling {

QString cryptoPair(const QString &base, const QString &quote)
{
    return kraken::webSocketAsset(base.trimmed().toUpper()) + u'-' + kraken::webSocketAsset(quote.trimmed().toUpper());
}

QString shareClass(const QString &symbol)
{
    const QString upper = symbol.trimmed().toUpper();
    const qsizetype dot = upper.lastIndexOf(u'.');
    // One letter after the dot on an all-letter root is a share class
    // (BRK.B, BF.A); L and T are London and Tokyo suffixes, never classes.
    if (dot <= 0 || dot != upper.size() - 2)
        return upper;
    const QChar suffix = upper.back();
    if (suffix != u'A' && suffix != u'B' && suffix != u'C')
        return upper;
    for (qsizetype i = 0; i < dot; ++i) {
        if (!upper.at(i).isLetter())
            return upper;
    }
    return upper.left(dot) + u'-' + suffix;
}

QString withVenueSuffix(const QString &code, const QString &micCode)
{
    static const QHash<QString, QString> suffixes{
        {QStringLiteral("XLON"), QStringLiteral(".L")},  {QStringLiteral("XETR"), QStringLiteral(".DE")},
        {QStringLiteral("XFRA"), QStringLiteral(".F")},  {QStringLiteral("XPAR"), QStringLiteral(".PA")},
        {QStringLiteral("XAMS"), QStringLiteral(".AS")}, {QStringLiteral("XTKS"), QStringLiteral(".T")},
        {QStringLiteral("XHKG"), QStringLiteral(".HK")}, {QStringLiteral("XASX"), QStringLiteral(".AX")},
        {QStringLiteral("XTSE"), QStringLiteral(".TO")}, {QStringLiteral("XSWX"), QStringLiteral(".SW")},
    };
    const QString upper = code.trimmed().toUpper();
    const auto found = suffixes.constFind(micCode.trimmed().toUpper());
    if (found == suffixes.cend())
        return shareClass(upper);
    return upper.endsWith(*found) ? upper : upper + *found;
}

QString cryptoAssetName(const QString &asset)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("BTC"), QStringLiteral("Bitcoin")},   {QStringLiteral("ETH"), QStringLiteral("Ethereum")},
        {QStringLiteral("SOL"), QStringLiteral("Solana")},    {QStringLiteral("DOGE"), QStringLiteral("Dogecoin")},
        {QStringLiteral("XRP"), QStringLiteral("XRP")},       {QStringLiteral("ADA"), QStringLiteral("Cardano")},
        {QStringLiteral("LTC"), QStringLiteral("Litecoin")},  {QStringLiteral("DOT"), QStringLiteral("Polkadot")},
        {QStringLiteral("AVAX"), QStringLiteral("Avalanche")}, {QStringLiteral("LINK"), QStringLiteral("Chainlink")},
        {QStringLiteral("USDT"), QStringLiteral("Tether")},   {QStringLiteral("USDC"), QStringLiteral("USD Coin")},
        {QStringLiteral("BNB"), QStringLiteral("BNB")},
    };
    return names.value(kraken::webSocketAsset(asset.trimmed().toUpper()));
}

} // namespace tickerline::spelling
