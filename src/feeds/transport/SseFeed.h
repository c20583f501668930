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
            QObject *parent = nullptr);
    ~SseFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

private:
    void handleEvents(const QList<SseEvent> &events);

    std::unique_ptr<SseAdapter> m_adapter;
    SseTransport m_transport;
};

} // namespace tickerline
