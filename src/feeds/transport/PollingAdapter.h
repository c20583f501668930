#pragma once

#include "FeedConfig.h"
#include "HttpReply.h"
#include "ParseResult.h"
#include "Payload.h"
#include "RequestBudget.h"

#include <QNetworkRequest>
#include <QString>
#include <QStringList>

#include <optional>

namespace tickerline {

// One request an adapter wants made; parse() gets its tag and symbols back
// with the reply body.
struct PollRequest
{
    QNetworkRequest request;
    QString tag;            // the adapter's own label ("quote", "profile2", "metric")
    QStringList symbols;    // the user symbols it is for
};

// The reply to `request` as the adapter's parse() reads it.
[[nodiscard]] inline Payload replyPayload(const PollRequest &request, const HttpReply &reply, qint64 nowMs)
{
    return {reply.body, {}, request.tag, request.symbols, nowMs};
}

// One REST provider's URLs and payloads, for PollingFeed. Pure where it can
// be: no network, no timers, no clock.
class PollingAdapter : public PayloadParser
{
public:
    // The quote request for one batch of at most maxSymbolsPerRequest() symbols.
    // Base URL: config.endpoint when set. Keys go into the URL or headers here.
    [[nodiscard]] virtual PollRequest quoteRequest(const QStringList &batch, const FeedConfig &config) const = 0;
    // parse() reads one reply (replyPayload()) into ticks, bars, instruments
    // or a provider error. Called for 2xx and 4xx replies (error bodies carry
    // the provider's reason); network failures, timeouts and 429/503 are
    // handled by the feed. Quote replies may repeat earlier quotes: the feed
    // drops unchanged ones.

    // Symbols per quote request where the provider takes a list (Twelve Data "A,B").
    [[nodiscard]] virtual int maxSymbolsPerRequest() const { return 1; }
    // The shortest interval the provider advises (Yahoo: ~15 s). A shorter
    // config.pollIntervalMs is honoured; the feed says so once, naming this.
    [[nodiscard]] virtual qint64 advisedPollIntervalMs() const { return 1'000; }
    // The provider's allowance, shared by quote and metadata requests.
    [[nodiscard]] virtual std::optional<BudgetPolicy> budget() const { return std::nullopt; }
    // Slow-cycle requests for one symbol: name, currency, 52-week range, logo URL.
    // Their failures are logged and never stop the ticks.
    [[nodiscard]] virtual QList<PollRequest> metadataRequests(const QString &symbol, const FeedConfig &config) const
    {
        Q_UNUSED(symbol);
        Q_UNUSED(config);
        return {};
    }
    [[nodiscard]] virtual qint64 metadataIntervalMs() const { return 6 * 3'600'000; }
};

} // namespace tickerline
