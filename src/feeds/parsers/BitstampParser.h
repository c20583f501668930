#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// Bitstamp WebSocket v2 frames (wss://ws.bitstamp.net): {"event":"trade",
// "channel":"live_trades_btcusd","data":{"id"(→ Tick.sequence),"amount"(→
// size),"price","microtimestamp"(µs; "timestamp" in s as a fallback)}};
// bts:subscription_succeeded (→ SubscribeAck for the channel's pair),
// bts:heartbeat (→ Heartbeat), bts:request_reconnect (→ Reconnect: the
// server is about to go away), bts:error (→ error). The pair is the
// channel's suffix ("btcusd"), mapped to user symbols. One per feed, not
// thread-safe.
class BitstampParser final : public StreamFrameParser
{
public:
    explicit BitstampParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

namespace bitstamp {

inline constexpr QStringView ProviderName = u"bitstamp";

// GET /api/v2/ohlc/btcusd/?step=60&limit=1000: {"data":{"pair":"BTC/USD",
// "ohlc":[{"timestamp":"s","open","high","low","close","volume"},…]}}
// ascending → bars of intervalMs; {"errors":[{"message":…}]} or
// {"code":…,"message":…} → error.
[[nodiscard]] ParseResult parseOhlc(const QByteArray &body, const QString &symbol, qint64 intervalMs);

} // namespace bitstamp
} // namespace tickerline
