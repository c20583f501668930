#include "ProviderChains.h"

#include "ProviderRegistry.h"
#include "VenueLookup.h"

#include <QCoreApplication>

namespace tickerline {

namespace {

bool isMarketSource(const QString &provider)
{
    static const QStringList notSources = {QStringLiteral("simulated"), QStringLiteral("replay"), QStringLiteral("sse"),
                                           QStringLiteral("websocket-json")};
    return !notSources.contains(provider);
}

// "p1,p2" into names, or the reason it is no list.
QString parseList(const QString &text, QStringList &out)
{
    for (const QString &part : text.split(u',')) {
        const QString name = part.trimmed().toLower();
        if (name.isEmpty())
            return QCoreApplication::translate("ProviderChains", "an empty provider name in \u201c%1\u201d").arg(text);
        if (!ProviderRegistry::find(name))
            return QCoreApplication::translate("ProviderChains", "unknown provider \u201c%1\u201d (tickerline-collector providers lists them)").arg(name);
        if (!isMarketSource(name))
            return QCoreApplication::translate("ProviderChains", "\u201c%1\u201d is no market data provider and cannot take part in failover").arg(name);
        if (out.contains(name))
            return QCoreApplication::translate("ProviderChains", "\u201c%1\u201d is listed twice in \u201c%2\u201d").arg(name, text);
        out.append(name);
    }
    return {};
}

} // namespace

FailoverParse parseFailover(const QString &text)
{
    FailoverParse result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    result.options.enabled = true;
    bool everySymbolGiven = false;
    for (const QString &rawEntry : trimmed.split(u';', Qt::SkipEmptyParts)) {
        const QString entry = rawEntry.trimmed();
        if (entry.compare(u"auto", Qt::CaseInsensitive) == 0)
            continue;
        const qsizetype equals = entry.indexOf(u'=');
        QStringList list;
        const QString listText = equals < 0 ? entry : entry.sliced(equals + 1);
        if (QString error = parseList(listText, list); !error.isEmpty()) {
            result.error = error;
            return result;
        }
        if (equals < 0) {
            if (everySymbolGiven) {
                result.error = QCoreApplication::translate("ProviderChains", "more than one provider list for every symbol in \u201c%1\u201d").arg(trimmed);
                return result;
            }
            everySymbolGiven = true;
            result.options.providers = list;
            continue;
        }
        const QString symbol = entry.first(equals).trimmed();
        if (symbol.isEmpty()) {
            result.error = QCoreApplication::translate("ProviderChains", "no symbol before \u201c=\u201d in \u201c%1\u201d").arg(entry);
            return result;
        }
        result.options.perSymbol.insert(symbol, list);
    }
    return result;
}

QStringList defaultChain(const QString &symbol, const QStringList &keyed)
{
    if (calendar::venueForSymbol(symbol) == calendar::VenueId::Crypto)
        return {QStringLiteral("coinbase"), QStringLiteral("binance"), QStringLiteral("kraken")};
    QStringList chain;
    for (const QString &provider : {QStringLiteral("finnhub"), QStringLiteral("twelvedata"), QStringLiteral("alphavantage")}) {
        if (keyed.contains(provider))
            chain.append(provider);
    }
    chain.append(QStringLiteral("yahoo"));
    return chain;
}

QStringList providerChain(const QString &symbol, const FeedConfig::FailoverOptions &options)
{
    if (const auto own = options.perSymbol.constFind(symbol); own != options.perSymbol.cend())
        return *own;
    if (!options.providers.isEmpty())
        return options.providers;
    QStringList keyed;
    for (auto it = options.apiKeys.cbegin(); it != options.apiKeys.cend(); ++it) {
        if (!it.value().isEmpty())
            keyed.append(it.key());
    }
    return defaultChain(symbol, keyed);
}

} // namespace tickerline
