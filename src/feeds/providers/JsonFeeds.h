#pragma once

#include "JsonMapping.h"
#include "SseAdapter.h"
#include "StreamingAdapter.h"
#include "WebSocketTransport.h"

#include <memory>
#include <optional>

namespace tickerline {

class Clock;
class Feed;

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

// Messages for `symbols` from a template: "{symbol}" gives one message per
// symbol, "{symbols}" one with all of them comma-joined; symbols are inserted
// JSON-string escaped. A template without placeholders is one message as is.
[[nodiscard]] QStringList expandSubscribeTemplate(const QString &pattern, const QStringList &symbols);

class JsonWebSocketAdapter final : public StreamingAdapter
{
public:
    explicit JsonWebSocketAdapter(const FeedConfig &config);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] ParseResult parse(QByteArrayView frame, qint64 nowMs) override;

private:
    JsonMapping m_mapping;
    QString m_subscribe;
    QString m_unsubscribe;
};

class JsonSseAdapter final : public SseAdapter
{
public:
    explicit JsonSseAdapter(const FeedConfig &config);

    [[nodiscard]] QNetworkRequest request(const FeedConfig &config) const override;
    [[nodiscard]] ParseResult parse(const SseEvent &event, qint64 nowMs) override;

private:
    JsonMapping m_mapping;
};

[[nodiscard]] std::unique_ptr<Feed> makeWebSocketJsonFeed(const FeedConfig &config, const Clock &clock,
                                                          const WebSocketOptions &options = {});
[[nodiscard]] std::unique_ptr<Feed> makeSseJsonFeed(const FeedConfig &config, const Clock &clock);

} // namespace tickerline
