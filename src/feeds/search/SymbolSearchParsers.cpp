#include "SymbolSearchParsers.h"

#include "SymbolSpelling.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace tickerline::symbolsearch {

namespace {

// lupdate files tr() in this namespace under its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline::symbolsearch", text);
}

struct Root
{
    QJsonDocument document;
    QString error;
};

Root readJson(const QByteArray &body)
{
    QJsonParseError parseError;
    Root root{QJsonDocument::fromJson(body, &parseError), {}};
    if (parseError.error != QJsonParseError::NoError || root.document.isNull())
        root.error = tr("The answer is not JSON.");
    return root;
}

SymbolSearchParse failure(const QString &error)
{
    return {{}, error};
}

SymbolSearchParse unexpected()
{
    return failure(tr("The answer is not in the expected format."));
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString().trimmed();
}

SymbolMatch::Kind yahooKind(const QString &quoteType)
{
    const QString type = quoteType.toUpper();
    if (type == u"EQUITY")
        return SymbolMatch::Kind::Equity;
    if (type == u"ETF")
        return SymbolMatch::Kind::Etf;
    if (type == u"MUTUALFUND")
        return SymbolMatch::Kind::Fund;
    if (type == u"INDEX")
        return SymbolMatch::Kind::Index;
    if (type == u"CRYPTOCURRENCY")
        return SymbolMatch::Kind::Crypto;
    if (type == u"CURRENCY")
        return SymbolMatch::Kind::Forex;
    if (type == u"FUTURE")
        return SymbolMatch::Kind::Future;
    return SymbolMatch::Kind::Other;
}

SymbolMatch::Kind describedKind(const QString &description)
{
    const QString type = description.toLower();
    if (type.contains(u"etf") || type.contains(u"etp"))
        return SymbolMatch::Kind::Etf;
    if (type.contains(u"fund"))
        return SymbolMatch::Kind::Fund;
    if (type.contains(u"index"))
        return SymbolMatch::Kind::Index;
    if (type.contains(u"digital currency") || type.contains(u"crypto"))
        return SymbolMatch::Kind::Crypto;
    if (type.contains(u"physical currency") || type.contains(u"forex"))
        return SymbolMatch::Kind::Forex;
    if (type.contains(u"stock") || type.contains(u"share") || type.contains(u"adr") || type.contains(u"reit"))
        return SymbolMatch::Kind::Equity;
    return SymbolMatch::Kind::Other;
}

SymbolMatch cryptoMatch(const QString &provider, const QString &providerSymbol, const QString &base,
                        const QString &quote, const QString &venue)
{
    SymbolMatch match;
    match.symbol = spelling::cryptoPair(base, quote);
    match.providerSymbol = providerSymbol;
    const QString baseName = spelling::cryptoAssetName(base);
    const QString pair = match.symbol;
    match.name = baseName.isEmpty() ? pair : baseName + u" / " + spelling::cryptoPair(base, quote).section(u'-', 1);
    match.venue = venue;
    match.currency = match.symbol.section(u'-', 1);
    match.kind = SymbolMatch::Kind::Crypto;
    match.providers = {provider};
    return match;
}

} // namespace

SymbolSearchParse parseYahoo(const QByteArray &body)
{
    const Root root = readJson(body);
    if (!root.error.isEmpty())
        return failure(root.error);
    const QJsonObject object = root.document.object();
    if (!object.value(QLatin1StringView("quotes")).isArray()) {
        const QJsonObject finance = object.value(QLatin1StringView("finance")).toObject();
        const QString description = text(finance.value(QLatin1StringView("error")).toObject(), QLatin1StringView("description"));
        return description.isEmpty() ? unexpected() : failure(description);
    }
    SymbolSearchParse result;
    for (const QJsonValue &value : object.value(QLatin1StringView("quotes")).toArray()) {
        const QJsonObject quote = value.toObject();
        const QString symbol = text(quote, QLatin1StringView("symbol")).toUpper();
        if (symbol.isEmpty())
            continue;   // news and navigation entries have no symbol
        SymbolMatch match;
        match.symbol = symbol;
        match.providerSymbol = symbol;
        match.name = text(quote, QLatin1StringView("longname"));
        if (match.name.isEmpty())
            match.name = text(quote, QLatin1StringView("shortname"));
        match.venue = text(quote, QLatin1StringView("exchDisp"));
        if (match.venue.isEmpty())
            match.venue = text(quote, QLatin1StringView("exchange"));
        match.kind = yahooKind(text(quote, QLatin1StringView("quoteType")));
        if (match.kind == SymbolMatch::Kind::Crypto && symbol.contains(u'-'))
            match.currency = symbol.section(u'-', 1);
        match.providers = {QStringLiteral("yahoo")};
        result.matches.append(match);
    }
    return result;
}

SymbolSearchParse parseFinnhub(const QByteArray &body)
{
    const Root root = readJson(body);
    if (!root.error.isEmpty())
        return failure(root.error);
    const QJsonObject object = root.document.object();
    if (const QString error = text(object, QLatin1StringView("error")); !error.isEmpty())
        return failure(error);
    if (!object.value(QLatin1StringView("result")).isArray())
        return unexpected();
    SymbolSearchParse result;
    for (const QJsonValue &value : object.value(QLatin1StringView("result")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString symbol = text(entry, QLatin1StringView("symbol"));
        if (symbol.isEmpty())
            continue;
        SymbolMatch match;
        match.symbol = spelling::shareClass(symbol);
        match.providerSymbol = symbol;
        match.name = text(entry, QLatin1StringView("description"));
        match.kind = describedKind(text(entry, QLatin1StringView("type")));
        match.providers = {QStringLiteral("finnhub")};
        result.matches.append(match);
    }
    return result;
}

SymbolSearchParse parseTwelveData(const QByteArray &body)
{
    const Root root = readJson(body);
    if (!root.error.isEmpty())
        return failure(root.error);
    const QJsonObject object = root.document.object();
    if (text(object, QLatin1StringView("status")) == u"error") {
        const QString message = text(object, QLatin1StringView("message"));
        return message.isEmpty() ? unexpected() : failure(message);
    }
    if (!object.value(QLatin1StringView("data")).isArray())
        return unexpected();
    SymbolSearchParse result;
    for (const QJsonValue &value : object.value(QLatin1StringView("data")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString symbol = text(entry, QLatin1StringView("symbol"));
        if (symbol.isEmpty())
            continue;
        const QString type = text(entry, QLatin1StringView("instrument_type"));
        SymbolMatch match;
        match.kind = describedKind(type);
        match.providerSymbol = symbol;
        if (match.kind == SymbolMatch::Kind::Crypto && symbol.contains(u'/'))
            match.symbol = spelling::cryptoPair(symbol.section(u'/', 0, 0), symbol.section(u'/', 1));
        else if (match.kind == SymbolMatch::Kind::Forex)
            match.symbol = symbol.toUpper();
        else
            match.symbol = spelling::withVenueSuffix(symbol, text(entry, QLatin1StringView("mic_code")));
        match.name = text(entry, QLatin1StringView("instrument_name"));
        match.venue = text(entry, QLatin1StringView("exchange"));
        match.currency = text(entry, QLatin1StringView("currency"));
        match.providers = {QStringLiteral("twelvedata")};
        result.matches.append(match);
    }
    return result;
}

SymbolSearchParse parseCoinbaseProducts(const QByteArray &body)
{
    const Root root = readJson(body);
    if (!root.error.isEmpty())
        return failure(root.error);
    if (!root.document.isArray()) {
        const QString message = text(root.document.object(), QLatin1StringView("message"));
        return message.isEmpty() ? unexpected() : failure(message);
    }
    SymbolSearchParse result;
    for (const QJsonValue &value : root.document.array()) {
        const QJsonObject product = value.toObject();
        const QString id = text(product, QLatin1StringView("id"));
        const QString base = text(product, QLatin1StringView("base_currency"));
        const QString quote = text(product, QLatin1StringView("quote_currency"));
        if (id.isEmpty() || base.isEmpty() || quote.isEmpty())
            continue;
        const QString status = text(product, QLatin1StringView("status"));
        if ((!status.isEmpty() && status != u"online") || product.value(QLatin1StringView("trading_disabled")).toBool())
            continue;
        result.matches.append(cryptoMatch(QStringLiteral("coinbase"), id, base, quote, QStringLiteral("Coinbase")));
    }
    return result;
}

SymbolSearchParse parseBinanceExchangeInfo(const QByteArray &body)
{
    const Root root = readJson(body);
    if (!root.error.isEmpty())
        return failure(root.error);
    const QJsonObject object = root.document.object();
    if (!object.value(QLatin1StringView("symbols")).isArray()) {
        const QString message = text(object, QLatin1StringView("msg"));
        return message.isEmpty() ? unexpected() : failure(message);
    }
    SymbolSearchParse result;
    for (const QJsonValue &value : object.value(QLatin1StringView("symbols")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString symbol = text(entry, QLatin1StringView("symbol"));
        const QString base = text(entry, QLatin1StringView("baseAsset"));
        const QString quote = text(entry, QLatin1StringView("quoteAsset"));
        if (symbol.isEmpty() || base.isEmpty() || quote.isEmpty())
            continue;
        if (text(entry, QLatin1StringView("status")) != u"TRADING")
            continue;
        result.matches.append(cryptoMatch(QStringLiteral("binance"), symbol, base, quote, QStringLiteral("Binance")));
    }
    return result;
}

SymbolSearchParse parseKrakenAssetPairs(const QByteArray &body)
{
    const Root root = readJson(body);
    if (!root.error.isEmpty())
        return failure(root.error);
    const QJsonObject object = root.document.object();
    const QJsonArray errors = object.value(QLatin1StringView("error")).toArray();
    if (!errors.isEmpty())
        return failure(errors.first().toString());
    if (!object.value(QLatin1StringView("result")).isObject())
        return unexpected();
    SymbolSearchParse result;
    const QJsonObject pairs = object.value(QLatin1StringView("result")).toObject();
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        if (it.key().endsWith(u".d"))
            continue;
        const QJsonObject pair = it.value().toObject();
        const QString wsname = text(pair, QLatin1StringView("wsname"));
        QString base = wsname.section(u'/', 0, 0);
        QString quote = wsname.section(u'/', 1);
        if (base.isEmpty() || quote.isEmpty()) {
            base = text(pair, QLatin1StringView("base"));
            quote = text(pair, QLatin1StringView("quote"));
        }
        if (base.isEmpty() || quote.isEmpty())
            continue;
        const QString altname = text(pair, QLatin1StringView("altname"));
        result.matches.append(cryptoMatch(QStringLiteral("kraken"), wsname.isEmpty() ? altname : wsname, base, quote,
                                          QStringLiteral("Kraken")));
    }
    return result;
}

} // namespace tickerline::symbolsearch
