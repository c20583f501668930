// OKX: v5 public WebSocket frames (trades pushes, the bare "pong", subscribe
// acks, errors and notices) and the /api/v5/market/history-candles body.

#include "StreamingParser.h"

#include <OkxParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static OkxParser parser({{QStringLiteral("BTC-USDT"), QStringLiteral("btc/usdt")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);
    fuzz::checkResult(okx::parseCandles(frame.toByteArray(), QStringLiteral("BTC-USDT"), 60'000));
    return 0;
}
