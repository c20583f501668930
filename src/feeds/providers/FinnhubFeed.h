#pragma once

#include "ProviderSpec.h"

#include <memory>

namespace tickerline {

// Finnhub trades over wss://ws.finnhub.io?token=K (--endpoint replaces the
// URL; the token is appended): {"type":"subscribe","symbol":S} per symbol on
// every connect, trades in, pings ignored. REST facts (base
// https://finnhub.io/api/v1, with --endpoint its host): /stock/profile2
// (name, currency, logo URL), /stock/metric (52-week range), /quote
// (previous close), the key in the X-Finnhub-Token header, spaced by the
// spec's REST budget.
[[nodiscard]] std::unique_ptr<Feed> makeFinnhubFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                    const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
