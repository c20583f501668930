#pragma once

#include "StreamFrameParser.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <string_view>

namespace tickerline {

// Bybit v5 public WebSocket frames (wss://stream.bybit.com/v5/public/spot):
// publicTrade.SYMBOL pushes {"topic","type","ts","data":[{"T"(ms),"s","S",
// "v"(→ size),"p","i"(trade id, a string),"BT"}]} with string numbers; op
// replies {"success","ret_msg","op"}: subscribe → SubscribeAck or, failed,
// an error naming the symbol; ping → Heartbeat (spot answers
// {"op":"ping","ret_msg":"pong"}, derivatives {"op":"pong"}). One per feed,
// not thread-safe.
//
// The trade id is a UUID on derivatives and a decimal string on spot; either
// way Tick::sequence is bybit::sequenceOf(i), a stable 63-bit hash: equal ids
// give equal sequences (a repeat is dropped), distinct ids distinct ones with
// a chance of about n²/2⁶⁴ of a collision among n ids (identical prints are
// kept). Hashes do not rise: the feed remembers recent ids instead of a
// high-water mark.
class BybitParser final : public StreamFrameParser
{
public:
    explicit BybitParser(const SymbolMap &symbols = {});

private:
    [[nodiscard]] ParseResult parseLoaded(qint64 nowMs) override;
};

namespace bybit {

inline constexpr QStringView ProviderName = u"bybit";

// FNV-1a (64 bit) of the id's bytes with the top bit cleared: never negative,
// the same on every platform and in every run.
[[nodiscard]] qint64 sequenceOf(std::string_view tradeId);

// GET /v5/market/kline?category=spot&symbol=BTCUSDT&interval=1: {"retCode":0,
// "result":{"list":[["start ms","open","high","low","close","volume","turnover"],…]}}
// newest first → bars of intervalMs, ascending; retCode 10001 → UnknownSymbol,
// 10006 → RateLimited.
[[nodiscard]] ParseResult parseKlines(const QByteArray &body, const QString &symbol, qint64 intervalMs);

} // namespace bybit
} // namespace tickerline
