#pragma once

#include "HttpPoller.h"
#include "NetworkFeed.h"
#include "StreamingAdapter.h"
#include "WebSocketTransport.h"

#include <QHash>
#include <QTimer>

#include <memory>

namespace tickerline {

// A WebSocket provider: a WebSocketTransport driven by a StreamingAdapter,
// with the provider's parts (key check, metadata, logos) beside it.
// Subscribes every symbol on each (re)connect, resubscribes live on
// setSymbols() (unsubscribe the removed, subscribe the added, no reconnect),
// sends the keep-alive its options carry, and turns provider errors into statuses.
// config.staleTimeoutMs overrides options.reconnect.staleTimeoutMs. A frame
// whose result is Control::Reconnect moves the feed to a new link at once.
// Adapters with a REST history get their backfill requests made here, and
// links of providers with a connection time limit are replaced before it.
class StreamingFeed final : public NetworkFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamingFeed)
public:
    StreamingFeed(FeedConfig config, const Clock &clock, std::unique_ptr<StreamingAdapter> adapter,
                  WebSocketOptions options = {}, ProviderParts parts = {}, QObject *parent = nullptr);
    ~StreamingFeed() override;

private:
    struct Backfill
    {
        PollRequest request;
        int attempts = 1;
    };

    void startTransport() override;
    void stopTransport() override;
    void updateTransport(const QStringList &previousSymbols) override;
    void handleConnected();
    void handleResult(const ParseResult &result);
    void sendAll(const QStringList &messages);
    void requestBackfill();
    void handleBackfillReply(quint64 id, const HttpReply &reply);
    void handleConnectionAged();

    std::unique_ptr<StreamingAdapter> m_adapter;
    WebSocketTransport m_transport;
    HttpPoller m_history;   // its network manager is made on the first backfill only
    QHash<quint64, Backfill> m_backfills;
    QTimer m_connectionAge{this};
};

} // namespace tickerline
