// Coinbase Exchange: WebSocket frames and the /products/{id}/candles body.

#include "StreamingParser.h"

#include <CoinbaseParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static CoinbaseParser parser({{QStringLiteral("BTC-USD"), QStringLiteral("BTCUSD")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);

    // Granularities Coinbase accepts; the input length picks one without
    // taking bytes away from the payload.
    static constexpr qint64 granularities[] = {60, 300, 900, 3600, 21600, 86400};
    const qint64 granularity = granularities[size % std::size(granularities)];
    fuzz::checkResult(coinbase::parseCandles(frame.toByteArray(), QStringLiteral("BTCUSD"), granularity));
    return 0;
}
