#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace tickerline {

// OKX v5 public WebSocket frames (wss://ws.okx.com:8443/ws/v5/public): the
// trades channel's pushes {"arg":{"channel":"trades","instId"},"data":[{
// "instId","tradeId"(→ Tick.sequence),"px","sz"(→ size),"ts"(ms),"count"}]}
// with every number a string; the text "pong" that answers the client's
// "ping" (→ Heartbeat); {"event":"subscribe","arg":{…}} acks (→ SubscribeAck);
// {"event":"error","code","msg"} errors (60018, an instrument that does not
// exist → UnknownSymbol naming it); notices (→ logged). One per feed, not thread-safe.
//
// The trades channel folds the matches of one taker order at one price into
// one push: sz is their total, count how many they were, tradeId the last of
// them. Ids still rise per instrument, so a repeat is one not above the last.
class OkxParser final : public StreamFrameParser
{
public:
    explicit OkxParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

namespace okx {

inline constexpr QStringView ProviderName = u"okx";

// GET /api/v5/market/history-candles?instId=BTC-USDT&bar=1m: {"code":"0","msg":"",
// "data":[[ts ms,"o","h","l","c","vol","volCcy","volCcyQuote","confirm"],…]}
// newest first → bars of intervalMs, ascending; {"code":"51001","msg":"Instrument
// ID does not exist."} → UnknownSymbol, 50011 → RateLimited.
[[nodiscard]] ParseResult parseCandles(const QByteArray &body, const QString &symbol, qint64 intervalMs);

} // namespace okx
} // namespace tickerline
