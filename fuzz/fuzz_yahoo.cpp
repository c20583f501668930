// Yahoo v8 chart bodies.

#include "ParseChecks.h"

#include <YahooParser.h>

using namespace tickerline;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The request's interval and whether it named a symbol (else meta.symbol
    // is used) come from the input length, so the payload keeps all its bytes.
    static const QString intervals[] = {QStringLiteral("1m"), QStringLiteral("5m"), QStringLiteral("1d"),
                                        QStringLiteral("1mo"), QStringLiteral("bogus")};
    yahoo::ChartRequest request;
    request.symbol = size % 2 == 0 ? QStringLiteral("AAPL") : QString();
    request.interval = intervals[(size / 2) % std::size(intervals)];
    request.nowMs = fuzz::NowMs;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkResult(yahoo::parseChart(body, request));
    return 0;
}
