#include "ProviderFeeds.h"

#include "MisconfiguredFeed.h"
#include "PollingFeed.h"
#include "ProviderSpec.h"
#include "StreamingFeed.h"

#include <QCoreApplication>

namespace tickerline {

namespace {

// No endpoint (the provider's own URL) or a ws:// or wss:// one.
bool isWebSocketEndpoint(const FeedConfig &config)
{
    const QString scheme = config.endpoint.scheme();
    return config.endpoint.isEmpty() || scheme == u"ws" || scheme == u"wss";
}

// The spec's keep-alive, at the options' interval when they give one.
WebSocketOptions webSocketOptions(const ProviderSpec &spec, const ProviderOptions &options)
{
    WebSocketOptions webSocket = options.webSocket;
    if (!spec.limits.heartbeatMessage.isEmpty()) {
        webSocket.heartbeatMessage = spec.limits.heartbeatMessage;
        webSocket.heartbeatIntervalMs = options.heartbeatIntervalMs.value_or(spec.limits.heartbeatIntervalMs);
    }
    return webSocket;
}

} // namespace

ProviderParts providerParts(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                            const ProviderOptions &options, std::unique_ptr<MetadataAdapter> metadata)
{
    ProviderParts parts;
    // An optional key is checked by the server that wants it, not here.
    parts.keyVariable = requiresKey(spec) ? spec.keyVariable : QString();
    parts.logos = options.logos;
    if (metadata) {
        MetadataOptions metadataOptions;
        metadataOptions.http = options.metadataHttp;
        if (!metadataOptions.http.budget)
            metadataOptions.http.budget = spec.limits.restBudget;
        metadataOptions.intervalMs = options.metadataIntervalMs.value_or(metadataOptions.intervalMs);
        parts.metadata = std::make_unique<MetadataPoller>(config, clock, std::move(metadata), metadataOptions);
    }
    return parts;
}

std::unique_ptr<Feed> makeStreamingFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                        const ProviderOptions &options, std::unique_ptr<StreamingAdapter> adapter,
                                        std::unique_ptr<MetadataAdapter> metadata)
{
    if (!isWebSocketEndpoint(config))
        return std::make_unique<MisconfiguredFeed>(
            config, clock,
            QCoreApplication::translate("ProviderFeeds",
                                        "%1 streams over WebSocket: the endpoint must be a ws:// or wss:// URL.")
                .arg(spec.title));
    return std::make_unique<StreamingFeed>(config, clock, std::move(adapter), webSocketOptions(spec, options),
                                           providerParts(spec, config, clock, options, std::move(metadata)));
}

std::unique_ptr<Feed> makePollingFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                      const ProviderOptions &options, std::unique_ptr<PollingAdapter> adapter)
{
    PollingOptions polling = options.polling;
    if (!polling.http.budget)
        polling.http.budget = spec.limits.restBudget;
    return std::make_unique<PollingFeed>(config, clock, std::move(adapter), std::move(polling),
                                         providerParts(spec, config, clock, options));
}

} // namespace tickerline
