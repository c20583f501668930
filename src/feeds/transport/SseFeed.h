#pragma once

#include "NetworkFeed.h"
#include "SseAdapter.h"
#include "SseTransport.h"

#include <memory>

namespace tickerline {

// A Server-Sent Events provider: an SseTransport driven by an SseAdapter.
// Symbols live in the request (query, path), so setSymbols() reconnects when
// the adapter's request changes (or after Failed: a new list is a new
// chance, one attempt per user action). config.staleTimeoutMs overrides
// options.reconnect.staleTimeoutMs.
class SseFeed final : public NetworkFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseFeed)
public:
    SseFeed(FeedConfig config, const Clock &clock, std::unique_ptr<SseAdapter> adapter, SseOptions options = {},
            ProviderParts parts = {}, QObject *parent = nullptr);
    ~SseFeed() override;

private:
    void startTransport() override;
    void stopTransport() override;
    void updateTransport(const QStringList &previousSymbols) override;
    void handleEvents(const QList<SseEvent> &events);

    std::unique_ptr<SseAdapter> m_adapter;
    SseTransport m_transport;
};

} // namespace tickerline
