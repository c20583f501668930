#include "ProviderRegistry.h"

#include "AlphaVantageFeed.h"
#include "BinanceFeed.h"
#include "CoinbaseFeed.h"
#include "FinnhubFeed.h"
#include "JsonFeeds.h"
#include "ReplayFeed.h"
#include "SimulatedFeed.h"
#include "TwelveDataFeed.h"
#include "YahooFeed.h"

#include <QCoreApplication>

#include <algorithm>

namespace tickerline {

namespace {

using FeedFactory = std::unique_ptr<Feed> (*)(const FeedConfig &, const Clock &);

struct ProviderEntry
{
    ProviderInfo info;
    FeedFactory create;
};

template<typename FeedType>
std::unique_ptr<Feed> makeFeed(const FeedConfig &config, const Clock &clock)
{
    return std::make_unique<FeedType>(config, clock);
}

// Only providers that really work are listed: adding one is one entry here
// plus its adapter files.
QList<ProviderEntry> makeEntries()
{
    return {
        {{QStringLiteral("simulated"),
          QCoreApplication::translate("ProviderRegistry", "Simulated market"),
          QStringLiteral("simulated"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Built-in random-walk market for demos and tests; no network, no key.")},
         &makeFeed<SimulatedFeed>},
        {{QStringLiteral("yahoo"),
          QCoreApplication::translate("ProviderRegistry", "Yahoo Finance"),
          QStringLiteral("REST poll"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Stocks, indices, funds, FX and crypto (AAPL, ^GSPC, VOD.L, EURUSD=X) every "
                                      "15 s; gaps backfilled from 1-minute bars; no key.")},
         [](const FeedConfig &config, const Clock &clock) { return makeYahooFeed(config, clock); }},
        {{QStringLiteral("finnhub"),
          QCoreApplication::translate("ProviderRegistry", "Finnhub"),
          QStringLiteral("WebSocket"),
          QStringLiteral("FINNHUB_API_KEY"),
          QCoreApplication::translate("ProviderRegistry",
                                      "Live US trades (IEX on the free plan) with sizes; names, logos and 52-week "
                                      "ranges over REST.")},
         [](const FeedConfig &config, const Clock &clock) { return makeFinnhubFeed(config, clock); }},
        {{QStringLiteral("alphavantage"),
          QCoreApplication::translate("ProviderRegistry", "Alpha Vantage"),
          QStringLiteral("REST poll"),
          QStringLiteral("ALPHAVANTAGE_API_KEY"),
          QCoreApplication::translate("ProviderRegistry",
                                      "Delayed quotes; the free key's 25 requests a day are spread over the day.")},
         [](const FeedConfig &config, const Clock &clock) { return makeAlphaVantageFeed(config, clock); }},
        {{QStringLiteral("twelvedata"),
          QCoreApplication::translate("ProviderRegistry", "Twelve Data"),
          QStringLiteral("WebSocket"),
          QStringLiteral("TWELVEDATA_API_KEY"),
          QCoreApplication::translate("ProviderRegistry",
                                      "Live prices for stocks, FX (EUR/USD) and crypto; names and 52-week ranges "
                                      "over REST.")},
         [](const FeedConfig &config, const Clock &clock) { return makeTwelveDataFeed(config, clock); }},
        {{QStringLiteral("coinbase"),
          QCoreApplication::translate("ProviderRegistry", "Coinbase Exchange"),
          QStringLiteral("WebSocket"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Crypto trades (ticker channel, BTC-USD); gaps and reconnects backfilled "
                                      "from 1-minute candles; no key.")},
         [](const FeedConfig &config, const Clock &clock) { return makeCoinbaseFeed(config, clock); }},
        {{QStringLiteral("binance"),
          QCoreApplication::translate("ProviderRegistry", "Binance"),
          QStringLiteral("WebSocket"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Crypto trades (BTCUSDT); renewed before the 24 h limit, reconnects "
                                      "backfilled from 1-minute klines; not served in restricted locations; no key.")},
         [](const FeedConfig &config, const Clock &clock) { return makeBinanceFeed(config, clock); }},
        {{QStringLiteral("websocket-json"),
          QCoreApplication::translate("ProviderRegistry", "WebSocket JSON feed"),
          QStringLiteral("WebSocket"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Any JSON WebSocket: --endpoint ws(s)://…, optional --subscribe template, "
                                      "JSON pointers for symbol, price, time and size.")},
         [](const FeedConfig &config, const Clock &clock) { return makeWebSocketJsonFeed(config, clock); }},
        {{QStringLiteral("sse"),
          QCoreApplication::translate("ProviderRegistry", "Server-Sent Events JSON feed"),
          QStringLiteral("SSE"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Any JSON event stream: --endpoint http(s)://…, JSON pointers for symbol, "
                                      "price, time and size.")},
         &makeSseJsonFeed},
        {{QStringLiteral("replay"),
          QCoreApplication::translate("ProviderRegistry", "Replay"),
          QStringLiteral("file"),
          QString(),
          QCoreApplication::translate("ProviderRegistry",
                                      "Plays a CSV recording (the export format) back at N\u00d7 speed: "
                                      "--replay FILE --speed N.")},
         &makeReplayFeed},
    };
}

// Built on first use, so that titles and descriptions are translated with the
// translators installed by then, and find() can hand out stable pointers.
const QList<ProviderEntry> &entries()
{
    static const QList<ProviderEntry> table = makeEntries();
    return table;
}

const ProviderEntry *findEntry(const QString &name)
{
    const QList<ProviderEntry> &table = entries();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const ProviderEntry &entry) {
        return entry.info.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == table.cend() ? nullptr : &*it;
}

} // namespace

QList<ProviderInfo> ProviderRegistry::providers()
{
    QList<ProviderInfo> out;
    for (const ProviderEntry &entry : entries())
        out.append(entry.info);
    return out;
}

const ProviderInfo *ProviderRegistry::find(const QString &name)
{
    const ProviderEntry *entry = findEntry(name);
    return entry ? &entry->info : nullptr;
}

QString ProviderRegistry::keyFromEnvironment(const QString &name)
{
    const ProviderInfo *info = find(name);
    if (!info || info->keyVariable.isEmpty())
        return {};
    return qEnvironmentVariable(info->keyVariable.toLatin1().constData());
}

std::unique_ptr<Feed> ProviderRegistry::create(const FeedConfig &config, const Clock &clock)
{
    const ProviderEntry *entry = findEntry(config.provider);
    return entry ? entry->create(config, clock) : nullptr;
}

} // namespace tickerline
