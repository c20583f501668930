// Finnhub: WebSocket frames and the /quote, /stock/profile2 and /stock/metric bodies.

#include "StreamingParser.h"

#include <FinnhubParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FinnhubParser parser({{QStringLiteral("BINANCE:BTCUSDT"), QStringLiteral("BTCUSDT")}});
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);

    const QByteArray body = frame.toByteArray();
    const QString symbol = QStringLiteral("AAPL");
    fuzz::checkResult(finnhub::parseQuote(body, symbol, fuzz::NowMs));
    fuzz::checkResult(finnhub::parseProfile(body, symbol, fuzz::NowMs));
    fuzz::checkResult(finnhub::parseMetric(body, symbol, fuzz::NowMs));
    return 0;
}
