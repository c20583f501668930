#pragma once

#include "FeedConfig.h"

#include <QString>
#include <QStringList>

namespace tickerline {

// A failover setting read from text (the collector's --failover, the
// Settings key feed/failover): `error` says what is wrong, in one line.
struct FailoverParse
{
    FeedConfig::FailoverOptions options;
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

// Accepts "auto" (defaults per asset class), "coinbase,binance" (that order
// for every symbol), and entries joined by ';' where "SYM=p1,p2" gives one
// symbol its own list: "auto;AAPL=finnhub,yahoo". Empty text: failover off.
// Unknown providers, repeats and providers that are no market data source
// (simulated, replay, the generic JSON feeds) are refused, never skipped.
[[nodiscard]] FailoverParse parseFailover(const QString &text);

// The defaults per asset class: crypto pairs coinbase → binance → kraken;
// everything else the providers with a key in `keyed` (finnhub, twelvedata,
// alphavantage, in that order), then yahoo. Never the simulated market: a
// list that runs out leaves the symbol without a provider.
[[nodiscard]] QStringList defaultChain(const QString &symbol, const QStringList &keyed);

// The symbol's list: its own, else the one for every symbol, else the default.
[[nodiscard]] QStringList providerChain(const QString &symbol, const FeedConfig::FailoverOptions &options);

} // namespace tickerline
