#pragma once

#include "ProviderSpec.h"

#include <memory>

namespace tickerline {

// Twelve Data prices over wss://ws.twelvedata.com/v1/quotes/price?apikey=K
// (--endpoint replaces the URL; the key is appended): one subscribe frame for
// all symbols on every connect, {"action":"heartbeat"} at the spec's
// interval, which the server wants or it closes the link. Symbols the
// subscribe-status lists as "fails" are dropped with its message; the feed
// fails when none remain. REST facts: /quote (base https://api.twelvedata.com,
// with --endpoint its host) gives name, currency, 52-week range and previous
// close; the key travels in the Authorization header ("apikey K").
[[nodiscard]] std::unique_ptr<Feed> makeTwelveDataFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                       const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
