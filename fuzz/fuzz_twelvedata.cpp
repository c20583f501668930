// Twelve Data: WebSocket frames and the /quote and /time_series bodies.

#include "StreamingParser.h"

#include <TwelveDataParser.h>

#include <QTimeZone>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static TwelveDataParser parser({{QStringLiteral("EUR/USD"), QStringLiteral("EURUSD")}});
    // UTC, and a zone with daylight saving (wall times that repeat or never happen).
    static const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("America/New_York")};
    const QByteArrayView frame(data, qsizetype(size));
    fuzz::fuzzFrame(parser, frame);

    const QByteArray body = frame.toByteArray();
    const QString symbol = QStringLiteral("AAPL");
    fuzz::checkResult(twelvedata::parseQuote(body, symbol, fuzz::NowMs));
    fuzz::checkResult(twelvedata::parseTimeSeries(body, symbol, fuzz::NowMs, zones[size % std::size(zones)]));
    return 0;
}
