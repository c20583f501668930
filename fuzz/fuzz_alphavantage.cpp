// Alpha Vantage: GLOBAL_QUOTE, OVERVIEW and TIME_SERIES_* bodies.

#include "ParseChecks.h"

#include <AlphaVantageParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString symbol = QStringLiteral("IBM");

    const ParseResult quote = alphavantage::parseGlobalQuote(body, symbol, fuzz::NowMs);
    fuzz::checkResult(quote);
    for (const Tick &tick : quote.ticks)
        FUZZ_CHECK(tick.timeMs <= fuzz::NowMs);   // never stamped in the future
    fuzz::checkResult(alphavantage::parseOverview(body, symbol, fuzz::NowMs));
    fuzz::checkResult(alphavantage::parseTimeSeries(body, symbol));
    return 0;
}
