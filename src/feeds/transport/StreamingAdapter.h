#pragma once

#include "FeedConfig.h"
#include "HttpReply.h"
#include "ParseResult.h"
#include "Payload.h"
#include "PollingAdapter.h"
#include "RequestBudget.h"
#include "StreamFrameParser.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace tickerline {

// One WebSocket provider's wire format, for StreamingFeed. Pure where it can
// be: no sockets, no timers, no clock; one instance per feed, used on the
// feed thread only.
class StreamingAdapter : public PayloadParser
{
public:
    // Adapters that read every frame themselves.
    StreamingAdapter() = default;
    // Adapters whose frames `frames` reads: parse() hands frames to it.
    explicit StreamingAdapter(std::unique_ptr<StreamFrameParser> frames);
    ~StreamingAdapter() override;
    Q_DISABLE_COPY_MOVE(StreamingAdapter)

    // Where to connect: config.endpoint when set, else the provider's URL; the
    // key goes in here (Finnhub `token=`), and StreamingFeed never logs it unredacted.
    [[nodiscard]] virtual QUrl url(const FeedConfig &config) const = 0;
    // A token for the handshake's "Authorization: Bearer" header (a serving
    // collector's read token); empty: none.
    [[nodiscard]] virtual QString bearerToken(const FeedConfig &config) const
    {
        Q_UNUSED(config);
        return {};
    }
    // Frames that subscribe to / unsubscribe from `symbols` (user spellings).
    // Sent after every (re)connect for all symbols, and live on setSymbols()
    // for the difference. Non-const so the adapter can remember the provider
    // spellings it asked for and map them back in parse().
    [[nodiscard]] virtual QStringList subscribeMessages(const QStringList &symbols) = 0;
    [[nodiscard]] virtual QStringList unsubscribeMessages(const QStringList &symbols) = 0;
    // parse() gets every text or binary frame (no tag), and the replies to
    // backfill requests (the request's tag and symbols). A frame's
    // ParseResult::error decides what happens: Auth → Failed; UnknownSymbol →
    // those symbols are dropped (Failed when none remain); RateLimited →
    // reconnect after retryAfterMs; Other → logged.
    [[nodiscard]] ParseResult parse(const Payload &payload) override;

    // Frames to send back for a control frame (an application-level ping that
    // wants a pong). WebSocket pings are answered by Qt; Finnhub's
    // {"type":"ping"} needs nothing.
    [[nodiscard]] virtual QStringList repliesTo(const ParseResult &result)
    {
        Q_UNUSED(result);
        return {};
    }

    // Providers that cut every connection after a while (Binance: 24 h): the
    // feed replaces the link before that, and the reconnect backfills. 0: never.
    [[nodiscard]] virtual qint64 maxConnectionMs() const { return 0; }

    // History for what the stream missed (Coinbase candles, Binance klines),
    // all optional. noteConnected() runs on every connect, before the
    // subscriptions: an adapter that saw ticks before knows the span since
    // then is lost. After every connect and every frame the feed takes the
    // adapter's pending requests, makes them (spaced by backfillBudget()) and
    // hands 2xx/4xx replies to parse() for bars. Their failures are logged
    // and never touch the connection.
    virtual void noteConnected(qint64 nowMs) { Q_UNUSED(nowMs); }
    [[nodiscard]] virtual QList<PollRequest> takeBackfillRequests(const FeedConfig &config)
    {
        Q_UNUSED(config);
        return {};
    }
    [[nodiscard]] virtual std::optional<BudgetPolicy> backfillBudget() const { return std::nullopt; }

protected:
    [[nodiscard]] StreamFrameParser &frames() { return *m_frames; }

private:
    std::unique_ptr<StreamFrameParser> m_frames;
};

} // namespace tickerline
