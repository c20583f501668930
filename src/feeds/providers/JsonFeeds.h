#pragma once

#include "JsonMapping.h"
#include "ProviderSpec.h"
#include "SseAdapter.h"
#include "TemplateAdapters.h"

#include <memory>
#include <optional>

namespace tickerline {

// The generic JSON feeds, configured by FeedConfig::json instead of code:
// "websocket-json" (a ws:// or wss:// endpoint; the subscribe template is
// sent on every connect) and "sse" (an http:// or https:// event stream; the
// expanded subscribe template, if any, is appended to the URL's query, e.g.
// "symbols={symbols}"). Every frame or event's data goes through JsonMapping.

// The mapping a feed of this configuration uses: the provider name set, and
// a single configured symbol as the fixed symbol when there is no symbol pointer.
[[nodiscard]] JsonMappingConfig effectiveJsonMapping(const FeedConfig &config);

// Why this configuration cannot work as an "sse" or "websocket-json" feed
// (no endpoint or the wrong scheme, a bad pointer, no symbol source), one
// line for a status or a command line; nullopt when it can.
[[nodiscard]] std::optional<QString> jsonFeedProblem(const FeedConfig &config);

// "websocket-json" is a TemplateStreamAdapter over JsonMapping; "sse" this.
class JsonSseAdapter final : public SseAdapter
{
public:
    explicit JsonSseAdapter(const FeedConfig &config);

    [[nodiscard]] QNetworkRequest request(const FeedConfig &config) const override;
    [[nodiscard]] ParseResult parse(const Payload &payload) override;

private:
    JsonMapping m_mapping;
};

[[nodiscard]] std::unique_ptr<Feed> makeWebSocketJsonFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                          const Clock &clock, const ProviderOptions &options);
[[nodiscard]] std::unique_ptr<Feed> makeSseJsonFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                    const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
