#include "ProviderRegistry.h"

#include "AlphaVantageFeed.h"
#include "BinanceFeed.h"
#include "BitstampFeed.h"
#include "BybitFeed.h"
#include "CoinbaseFeed.h"
#include "FinnhubFeed.h"
#include "JsonFeeds.h"
#include "KrakenFeed.h"
#include "OkxFeed.h"
#include "ReplayFeed.h"
#include "SimulatedFeed.h"
#include "TickerlineFeed.h"
#include "TwelveDataFeed.h"
#include "YahooFeed.h"

#include <QCoreApplication>

#include <algorithm>

namespace tickerline {

namespace {

// Yahoo's US quotes are real-time; other venues as its list of exchanges and
// data providers says (most 15 min; London, Tokyo and Sydney 20).
DataDelay yahooDelay()
{
    using calendar::VenueId;
    DataDelay delay = DataDelay::realTime();
    delay.byVenue = {{VenueId::Lse, 20}, {VenueId::Xetra, 15}, {VenueId::EuronextParis, 15}, {VenueId::Tse, 20},
                     {VenueId::Hkex, 15}, {VenueId::Asx, 20}, {VenueId::Tsx, 15}};
    return delay;
}

// Only providers that really work are listed. Adding one is an entry here,
// its parser, its adapter file and its test (README: Adding a provider).
QList<ProviderSpec> makeSpecs()
{
    return {
        {{QStringLiteral("simulated"), QCoreApplication::translate("ProviderRegistry", "Simulated market"), QStringLiteral("simulated"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Built-in random-walk market for demos and tests; no network, no key."),
          DataDelay::realTime()},
         {},
         &makeSimulatedFeed},
        {{QStringLiteral("yahoo"), QCoreApplication::translate("ProviderRegistry", "Yahoo Finance"), QStringLiteral("REST poll"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Stocks, indices, funds, FX and crypto (AAPL, ^GSPC, VOD.L, EURUSD=X) every "
             "15 s; gaps backfilled from 1-minute bars; no key."),
          yahooDelay()},
         {.advisedPollIntervalMs = 15'000},
         &makeYahooFeed},
        {{QStringLiteral("finnhub"), QCoreApplication::translate("ProviderRegistry", "Finnhub"), QStringLiteral("WebSocket"), QStringLiteral("FINNHUB_API_KEY"),
          QCoreApplication::translate("ProviderRegistry", "Live US trades (IEX on the free plan) with sizes; names, logos and 52-week "
             "ranges over REST."),
          DataDelay::onlyVenue(QStringLiteral("IEX"))},
         // The free plan's 60 REST calls a minute.
         {.restBudget = BudgetPolicy{60, 60'000}},
         &makeFinnhubFeed},
        {{QStringLiteral("alphavantage"), QCoreApplication::translate("ProviderRegistry", "Alpha Vantage"), QStringLiteral("REST poll"),
          QStringLiteral("ALPHAVANTAGE_API_KEY"),
          QCoreApplication::translate("ProviderRegistry", "Delayed quotes; the free key's 25 requests a day are spread over the day."),
          DataDelay::delayed(15)},
         {.restBudget = AlphaVantageAdapter::DailyBudget},
         &makeAlphaVantageFeed},
        {{QStringLiteral("twelvedata"), QCoreApplication::translate("ProviderRegistry", "Twelve Data"), QStringLiteral("WebSocket"),
          QStringLiteral("TWELVEDATA_API_KEY"),
          QCoreApplication::translate("ProviderRegistry", "Live prices for stocks, FX (EUR/USD) and crypto; names and 52-week ranges "
             "over REST."),
          DataDelay::realTime()},
         // The free plan's 8 API credits a minute (a /quote costs one); the
         // server closes a link that sent no heartbeat for a while.
         {.restBudget = BudgetPolicy{8, 60'000}, .heartbeatMessage = QStringLiteral(R"({"action":"heartbeat"})"),
          .heartbeatIntervalMs = 10'000},
         &makeTwelveDataFeed},
        {{QStringLiteral("coinbase"), QCoreApplication::translate("ProviderRegistry", "Coinbase Exchange"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Crypto trades (ticker channel, BTC-USD); gaps and reconnects backfilled "
             "from 1-minute candles; no key."),
          DataDelay::realTime()},
         // Public endpoints allow about 10 requests a second per IP; half of it leaves room for other clients.
         {.restBudget = BudgetPolicy{5, 1000}},
         &makeCoinbaseFeed},
        {{QStringLiteral("binance"), QCoreApplication::translate("ProviderRegistry", "Binance"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Crypto trades (BTCUSDT); renewed before the 24 h limit, reconnects "
             "backfilled from 1-minute klines; not served in restricted locations; no key."),
          DataDelay::realTime()},
         // klines weigh 2 of the 6000 a minute an IP may spend; this stays far below.
         {.restBudget = BudgetPolicy{10, 1000}, .maxConnectionMs = BinanceAdapter::DefaultMaxConnectionMs},
         &makeBinanceFeed},
        {{QStringLiteral("kraken"), QCoreApplication::translate("ProviderRegistry", "Kraken"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Crypto trades over WebSocket v2 (BTC/USD; XBTUSD works too); reconnects "
             "backfilled from 1-minute OHLC; no key."),
          DataDelay::realTime()},
         // Public REST: about one call a second per IP. The ping is Kraken's liveness check, not a must.
         {.restBudget = BudgetPolicy{1, 1000}, .heartbeatMessage = QStringLiteral(R"({"method":"ping"})"),
          .heartbeatIntervalMs = KrakenAdapter::DefaultPingIntervalMs},
         &makeKrakenFeed},
        {{QStringLiteral("okx"), QCoreApplication::translate("ProviderRegistry", "OKX"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Crypto trades (BTC-USDT) over the v5 public WebSocket, kept open with a "
             "text ping; reconnects backfilled from 1-minute candles; no key."),
          DataDelay::realTime()},
         // history-candles: 20 requests per 2 s per IP; half of it. The server closes a link
         // that received nothing for 30 s (4004): "ping" goes out well before.
         {.restBudget = BudgetPolicy{10, 2000}, .heartbeatMessage = QStringLiteral("ping"),
          .heartbeatIntervalMs = OkxAdapter::PingIntervalMs},
         &makeOkxFeed},
        {{QStringLiteral("bybit"), QCoreApplication::translate("ProviderRegistry", "Bybit"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Crypto spot trades (BTCUSDT) over the v5 public WebSocket, kept open with "
             "its JSON ping; reconnects backfilled from 1-minute klines; no key."),
          DataDelay::realTime()},
         // Market data: 600 requests per 5 s per IP; far below. {"op":"ping"} every 20 s, as Bybit advises.
         {.restBudget = BudgetPolicy{10, 1000}, .heartbeatMessage = QStringLiteral(R"({"op":"ping"})"),
          .heartbeatIntervalMs = BybitAdapter::PingIntervalMs},
         &makeBybitFeed},
        {{QStringLiteral("bitstamp"), QCoreApplication::translate("ProviderRegistry", "Bitstamp"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Crypto trades (btcusd, BTC/USD) over WebSocket v2; moves to a new "
             "connection when asked; reconnects backfilled from 1-minute OHLC; no key."),
          DataDelay::realTime()},
         // Public REST: 400 requests a second per IP, 10,000 per 10 minutes; far below.
         {.restBudget = BudgetPolicy{5, 1000}},
         &makeBitstampFeed},
        {{QStringLiteral("tickerline"), QCoreApplication::translate("ProviderRegistry", "Tickerline server"), QStringLiteral("WebSocket"),
          QStringLiteral("TICKERLINE_TOKEN"),
          QCoreApplication::translate("ProviderRegistry", "Another Tickerline: a collector's `serve` (--endpoint ws://HOST:8765); "
             "ticks keep their provider, resumes without a gap; the read token only off this machine."),
          DataDelay::realTime(), KeyNeed::Optional},
         // The server closes a client silent for 3 of its heartbeats (15 s by default).
         {.heartbeatMessage = QStringLiteral(R"({"type":"ping"})"), .heartbeatIntervalMs = 5'000},
         &makeTickerlineFeed},
        {{QStringLiteral("websocket-json"), QCoreApplication::translate("ProviderRegistry", "WebSocket JSON feed"), QStringLiteral("WebSocket"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Any JSON WebSocket: --endpoint ws(s)://…, optional --subscribe template, "
             "JSON pointers for symbol, price, time and size."),
          DataDelay{}},
         {},
         &makeWebSocketJsonFeed},
        {{QStringLiteral("sse"), QCoreApplication::translate("ProviderRegistry", "Server-Sent Events JSON feed"), QStringLiteral("SSE"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Any JSON event stream: --endpoint http(s)://…, JSON pointers for symbol, "
             "price, time and size."),
          DataDelay{}},
         {},
         &makeSseJsonFeed},
        {{QStringLiteral("replay"), QCoreApplication::translate("ProviderRegistry", "Replay"), QStringLiteral("file"), QString(),
          QCoreApplication::translate("ProviderRegistry", "Plays a CSV recording (the export format) back at N\u00d7 speed: "
             "--replay FILE --speed N."),
          DataDelay{}},
         {},
         &makeReplayFeed},
    };
}

} // namespace

// Built on first use, so that titles and descriptions are translated with the
// translators installed by then, and find() can hand out stable pointers.
const QList<ProviderSpec> &ProviderRegistry::specs()
{
    static const QList<ProviderSpec> table = makeSpecs();
    return table;
}

QList<ProviderInfo> ProviderRegistry::providers()
{
    return {specs().cbegin(), specs().cend()};
}

const ProviderSpec *ProviderRegistry::find(const QString &name)
{
    const QList<ProviderSpec> &table = specs();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const ProviderSpec &spec) {
        return spec.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == table.cend() ? nullptr : &*it;
}

bool requiresKey(const ProviderInfo &provider)
{
    return !provider.keyVariable.isEmpty() && provider.keyNeed == KeyNeed::Required;
}

QString environmentKey(const ProviderInfo &provider)
{
    if (provider.keyVariable.isEmpty())
        return {};
    return qEnvironmentVariable(provider.keyVariable.toLatin1().constData());
}

QString ProviderRegistry::keyFromEnvironment(const QString &name)
{
    const ProviderSpec *spec = find(name);
    return spec ? environmentKey(*spec) : QString();
}

std::unique_ptr<Feed> ProviderRegistry::create(const FeedConfig &config, const Clock &clock,
                                               const ProviderOptions &options)
{
    const ProviderSpec *spec = find(config.provider);
    return spec ? spec->create(*spec, config, clock, options) : nullptr;
}

} // namespace tickerline
