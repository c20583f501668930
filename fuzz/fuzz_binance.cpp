// Binance: WebSocket frames (raw and combined streams, acks, errors) and the
// /api/v3/klines body.

#include "StreamingParser.h"

#include <BinanceParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static BinanceParser parser({{QStringLiteral("btcusdt"), QStringLiteral("BTCUSD")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);
    fuzz::checkResult(binance::parseKlines(frame.toByteArray(), QStringLiteral("BTCUSD")));
    return 0;
}
