// Bybit: v5 public WebSocket frames (publicTrade pushes, op replies to
// subscribe and ping) and the /v5/market/kline body.

#include "StreamingParser.h"

#include <BybitParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static BybitParser parser({{QStringLiteral("BTCUSDT"), QStringLiteral("BTC-USDT")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);
    fuzz::checkResult(bybit::parseKlines(frame.toByteArray(), QStringLiteral("BTCUSDT"), 60'000));
    return 0;
}
