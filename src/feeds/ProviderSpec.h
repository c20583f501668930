#pragma once

#include "DataDelay.h"
#include "FeedConfig.h"
#include "HttpPoller.h"
#include "LogoFetcher.h"
#include "PollingFeed.h"
#include "RequestBudget.h"
#include "WebSocketTransport.h"

#include <QString>

#include <memory>
#include <optional>

namespace tickerline {

class Clock;
class Feed;

// What a provider allows or demands, from its documentation; 0 or unset:
// no such limit. The factories hand these to the adapters, the settings
// dialog shows them.
struct ProviderLimits
{
    qint64 advisedPollIntervalMs = 0;          // REST quotes no faster than this (Yahoo ~15 s)
    std::optional<BudgetPolicy> restBudget;    // REST allowance: quotes, metadata or backfill
    // A keep-alive text the client sends every heartbeatIntervalMs, which
    // some servers demand or they close the link (Twelve Data
    // {"action":"heartbeat"}, OKX "ping"; Kraken's {"method":"ping"} is a
    // liveness check); empty: none. makeStreamingFeed() hands it to the
    // transport, so no adapter carries one.
    QString heartbeatMessage;
    qint64 heartbeatIntervalMs = 0;
    qint64 maxConnectionMs = 0;                // the feed renews its link before the provider cuts it (Binance)
};

// Tuning for tests and special setups. Unset values are the provider's own
// (its limits, its heartbeat).
struct ProviderOptions
{
    PollingOptions polling;                          // REST quote feeds
    WebSocketOptions webSocket;                      // streaming feeds
    HttpPollerOptions metadataHttp;                  // streaming feeds' REST metadata
    std::optional<qint64> advisedPollIntervalMs;
    std::optional<qint64> metadataIntervalMs;
    std::optional<qint64> heartbeatIntervalMs;       // instead of the spec's (tests)
    LogoOptions logos;
};

// Whether a provider with a keyVariable can work without its key.
enum class KeyNeed {
    Required,   // no key, no data (Finnhub, Alpha Vantage, …)
    Optional,   // asked for by some servers only (a Tickerline server off this machine)
};

// The descriptive part of a spec: what the command line, the status bar and
// the settings dialog show. A value type that code outside the feeds keeps.
struct ProviderInfo
{
    QString name;            // "simulated", "yahoo", … (CLI --provider value)
    QString title;           // display name
    QString transport;       // "simulated", "REST poll", "WebSocket", "SSE", "file"
    QString keyVariable;     // environment variable for the key; empty: no key needed
    QString description;     // one line, translated
    DataDelay delay;         // how late its prices are, from its documentation
    KeyNeed keyNeed = KeyNeed::Required;   // read with a keyVariable only
};

// A key must be there before the feed starts: a keyVariable, and not optional.
[[nodiscard]] bool requiresKey(const ProviderInfo &provider);

// The key from the provider's environment variable (keyVariable), for
// headless use; empty when the provider needs none or the variable is unset.
[[nodiscard]] QString environmentKey(const ProviderInfo &provider);

struct ProviderSpec;

// The one factory signature: every provider's feed is made from its spec.
using FeedFactory = std::unique_ptr<Feed> (*)(const ProviderSpec &spec, const FeedConfig &config,
                                              const Clock &clock, const ProviderOptions &options);

// One provider, declared once (ProviderRegistry.cpp) and read by the
// registry, the collector and the settings dialog.
struct ProviderSpec : ProviderInfo
{
    ProviderLimits limits;
    FeedFactory create = nullptr;
};

} // namespace tickerline
