#pragma once

#include "NetworkFeed.h"
#include "StreamingAdapter.h"
#include "WebSocketTransport.h"

#include <QByteArrayView>

#include <memory>

namespace tickerline {

// A WebSocket provider: a WebSocketTransport driven by a StreamingAdapter.
// Subscribes every symbol on each (re)connect, resubscribes live on
// setSymbols() (unsubscribe the removed, subscribe the added, no reconnect),
// sends the adapter's heartbeat, and turns provider errors into statuses.
// config.staleTimeoutMs overrides options.reconnect.staleTimeoutMs.
class StreamingFeed final : public NetworkFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingFeed)
public:
    StreamingFeed(FeedConfig config, const Clock &clock, std::unique_ptr<StreamingAdapter> adapter,
                  WebSocketOptions options = {}, QObject *parent = nullptr);
    ~StreamingFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

private:
    void handleConnected();
    void handleFrame(QByteArrayView frame);
    void sendAll(const QStringList &messages);

    std::unique_ptr<StreamingAdapter> m_adapter;
    WebSocketTransport m_transport;
};

} // namespace tickerline
