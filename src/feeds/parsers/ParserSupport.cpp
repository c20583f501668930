#include "ParserSupport.h"

#include <algorithm>

namespace tickerline::support {

Instrument makeInstrument(const QString &symbol, const QString &provider, qint64 nowMs)
{
    Instrument instrument;
    instrument.symbol = symbol;
    instrument.provider = provider;
    instrument.updatedMs = nowMs;
    return instrument;
}

bool setWeek52(Instrument &instrument, std::optional<double> high, std::optional<double> low)
{
    if (!high && !low)
        return true;
    Instrument candidate;
    candidate.week52High = high;
    candidate.week52Low = low;
    if (!week52RangeIsPlausible(candidate))
        return false;
    instrument.week52High = high;
    instrument.week52Low = low;
    return true;
}

QUrl httpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url;
}

bool isValidOhlc(double open, double high, double low, double close)
{
    return isValidPrice(open) && isValidPrice(high) && isValidPrice(low) && isValidPrice(close)
        && low <= std::min(open, close) && std::max(open, close) <= high;
}

void sortBars(BarBatch &bars)
{
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.timeMs < b.timeMs; });
}

ParseResult malformedPayload()
{
    ParseResult result;
    result.malformed = 1;
    return result;
}

} // namespace tickerline::support
