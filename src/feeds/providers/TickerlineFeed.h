#pragma once

#include "ProviderSpec.h"
#include "StreamingAdapter.h"

#include <memory>

namespace tickerline {

// Another Tickerline: a serving collector's /v1/stream
// (docs/server-protocol.md). The endpoint may be its ws://, wss://, http://
// or https:// base (ws://127.0.0.1:8765 by default); the read token
// (FeedConfig::apiKey, TICKERLINE_TOKEN headless) goes in the handshake's
// Authorization header. Served ticks keep the provider that sent them to the
// collector and their exactly-once keys, so storing them here stores each
// once and under its own provider. After a reconnect the first subscribe
// resumes after the last sequence seen: the server replays what was missed,
// nothing twice. Refusals drop the symbols they name with the server's reason;
// its status frames (its own feed) become FeedStatus::upstream.
// wss:// trusts the system's CAs and those in FeedConfig::caCertificatesFile
// (a self-signed server's); a certificate neither vouches for is refused.
class TickerlineAdapter final : public StreamingAdapter
{
public:
    [[nodiscard]] static QUrl streamUrl(const QUrl &endpoint);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    [[nodiscard]] QString bearerToken(const FeedConfig &config) const override;
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    void noteConnected(qint64 nowMs) override;

    // The last stream sequence accounted for; -1: none yet.
    [[nodiscard]] qint64 lastSequence() const { return m_upTo; }

private:
    [[nodiscard]] QString nextId();

    qint64 m_upTo = -1;
    bool m_firstSubscribe = true;   // a resume is allowed on a connection's first subscribe only
    quint64 m_nextId = 0;
};

[[nodiscard]] std::unique_ptr<Feed> makeTickerlineFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                       const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
