#include "ParserSupport.h"

#include "WireValues.h"

#include <algorithm>
#include <cmath>

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

Tick makeTick(const QString &symbol, const QString &provider, qint64 timeMs, double price, qint64 nowMs, double size,
              qint64 sequence)
{
    Tick tick;
    tick.symbol = symbol;
    tick.provider = provider;
    tick.timeMs = timeMs;
    tick.price = price;
    tick.size = size;
    tick.sequence = sequence;
    tick.receivedMs = nowMs;
    return tick;
}

void appendQuote(ParseResult &result, const Tick &tick, std::optional<double> previousClose)
{
    result.ticks.append(tick);
    if (previousClose && isValidPrice(*previousClose)) {
        Instrument instrument = makeInstrument(tick.symbol, tick.provider, tick.receivedMs);
        instrument.previousClose = previousClose;
        result.instruments.append(instrument);
    }
}

void appendCandles(ParseResult &result, const QJsonArray &rows, const CandleColumns &columns, const QString &symbol,
                   const QString &provider)
{
    const int width = 1 + std::max({columns.time, columns.open, columns.high, columns.low, columns.close,
                                    columns.volume, columns.closeTime});
    result.bars.reserve(result.bars.size() + rows.size());
    for (const QJsonValue &rowValue : rows) {
        const QJsonArray row = rowValue.toArray();
        const auto openMs = wire::timeMs(row.at(columns.time), columns.timeUnit);
        const auto closeMs = columns.closeTime < 0 ? std::optional<qint64>()
                                                   : wire::timeMs(row.at(columns.closeTime), columns.timeUnit);
        const auto open = wire::number(row.at(columns.open));
        const auto high = wire::number(row.at(columns.high));
        const auto low = wire::number(row.at(columns.low));
        const auto close = wire::number(row.at(columns.close));
        const auto volume = wire::number(row.at(columns.volume));
        const bool spanOk = columns.closeTime < 0 || (closeMs && openMs && *closeMs >= *openMs);
        if (row.size() < width || !openMs || !spanOk || !open || !high || !low || !close
            || !isValidOhlc(*open, *high, *low, *close) || !isValidSize(volume)) {
            ++result.malformed;
            continue;
        }
        const qint64 spanMs = columns.closeTime < 0 ? columns.intervalMs : *closeMs - *openMs + 1;
        result.bars.append(Bar{symbol, provider, *openMs, spanMs, *open, *high, *low, *close, *volume});
    }
    sortBars(result.bars);
}

std::optional<qint64> intervalMs(QStringView interval, std::span<const IntervalUnit> units)
{
    for (const IntervalUnit &unit : units) {
        if (!interval.endsWith(unit.suffix))
            continue;
        bool ok = false;
        const qint64 count = interval.chopped(unit.suffix.size()).toLongLong(&ok);
        if (!ok || count <= 0 || count > 1000)
            return std::nullopt;
        return count * unit.ms;
    }
    return std::nullopt;
}

} // namespace tickerline::support
