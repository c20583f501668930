// Bitstamp: WebSocket v2 frames (trades, bts:* control events) and the
// /api/v2/ohlc body.

#include "StreamingParser.h"

#include <BitstampParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static BitstampParser parser({{QStringLiteral("btcusd"), QStringLiteral("BTC/USD")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);
    fuzz::checkResult(bitstamp::parseOhlc(frame.toByteArray(), QStringLiteral("BTC/USD"), 60'000));
    return 0;
}
