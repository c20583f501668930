// Kraken: WebSocket v2 frames (trade snapshots and updates, subscribe acks
// and errors, heartbeats, pongs, status) and the REST /0/public/OHLC body.

#include "StreamingParser.h"

#include <KrakenParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static KrakenParser parser({{QStringLiteral("BTC/USD"), QStringLiteral("XBTUSD")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);
    fuzz::checkResult(kraken::parseOhlc(frame.toByteArray(), QStringLiteral("XBTUSD"), 60));
    return 0;
}
