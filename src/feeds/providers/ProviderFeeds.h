#pragma once

#include "MetadataPoller.h"
#include "NetworkFeed.h"
#include "PollingAdapter.h"
#include "ProviderSpec.h"
#include "StreamingAdapter.h"

#include <memory>

namespace tickerline {

// How every provider's feed is put together, so that each adapter file's
// factory only names its adapters: the spec's key variable, its limits and
// the logo fetcher go into every one the same way.

// The key check, the REST metadata cycle (when the provider has one) and the logos.
[[nodiscard]] ProviderParts providerParts(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                          const ProviderOptions &options,
                                          std::unique_ptr<MetadataAdapter> metadata = {});

// A WebSocket provider (refused out loud when the endpoint is not ws:// or
// wss://), sending the spec's keep-alive; `metadata` reads its REST facts on
// a slow cycle spaced by spec.limits.restBudget.
[[nodiscard]] std::unique_ptr<Feed> makeStreamingFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                      const Clock &clock, const ProviderOptions &options,
                                                      std::unique_ptr<StreamingAdapter> adapter,
                                                      std::unique_ptr<MetadataAdapter> metadata = {});

// A REST provider, its requests spaced by spec.limits.restBudget unless the options say otherwise.
[[nodiscard]] std::unique_ptr<Feed> makePollingFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                    const Clock &clock, const ProviderOptions &options,
                                                    std::unique_ptr<PollingAdapter> adapter);

} // namespace tickerline
