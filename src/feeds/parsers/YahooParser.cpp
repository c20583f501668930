#include "YahooParser.h"

#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace tickerline::yahoo {

namespace {

ProviderError chartError(const QJsonObject &error, const QString &symbol)
{
    const QString code = error.value(u"code").toString();
    const QString description = error.value(u"description").toString();
    const QString message = description.isEmpty() ? code : code + QStringLiteral(": ") + description;
    if (code == QLatin1String("Not Found")) {
        ProviderError unknown = makeProviderError(message, ProviderError::Kind::UnknownSymbol);
        if (!symbol.isEmpty())   // a request that left the symbol to meta.symbol has none to name
            unknown.symbols = {symbol};
        return unknown;
    }
    if (code == QLatin1String("Unauthorized"))
        return makeProviderError(message, ProviderError::Kind::Auth);
    if (code == QLatin1String("Too Many Requests"))
        return makeProviderError(message, ProviderError::Kind::RateLimited);
    // "Bad Request" with "Invalid input - interval=…" and the like.
    return makeProviderError(message, ProviderError::Kind::Other);
}

Instrument readInstrument(const QJsonObject &meta, const QString &symbol, qint64 nowMs, ParseResult &result)
{
    Instrument instrument = support::makeInstrument(symbol, ProviderName.toString(), nowMs);
    instrument.name = meta.value(u"longName").toString();
    if (instrument.name.isEmpty())
        instrument.name = meta.value(u"shortName").toString();
    instrument.currency = meta.value(u"currency").toString();
    instrument.exchange = meta.value(u"fullExchangeName").toString();
    if (instrument.exchange.isEmpty())
        instrument.exchange = meta.value(u"exchangeName").toString();
    auto previous = wire::number(meta.value(u"previousClose"));
    if (!previous)
        previous = wire::number(meta.value(u"chartPreviousClose"));
    if (previous && isValidPrice(*previous))
        instrument.previousClose = previous;

    const auto high = wire::number(meta.value(u"fiftyTwoWeekHigh"));
    const auto low = wire::number(meta.value(u"fiftyTwoWeekLow"));
    // Yahoo has served the day's range as the 52-week range: an exact echo is not a 52-week range.
    const bool echoesDay = high && low && high == wire::number(meta.value(u"regularMarketDayHigh"))
        && low == wire::number(meta.value(u"regularMarketDayLow"));
    if (echoesDay || !support::setWeek52(instrument, high, low))
        ++result.malformed;
    return instrument;
}

struct Columns
{
    QJsonArray timestamps;
    QJsonArray open;
    QJsonArray high;
    QJsonArray low;
    QJsonArray close;
    QJsonArray volume;
};

Columns readColumns(const QJsonObject &chart)
{
    const QJsonObject quote = chart.value(u"indicators").toObject().value(u"quote").toArray().at(0).toObject();
    return {chart.value(u"timestamp").toArray(), quote.value(u"open").toArray(), quote.value(u"high").toArray(),
            quote.value(u"low").toArray(),       quote.value(u"close").toArray(), quote.value(u"volume").toArray()};
}

// Appends the bars; minutes without trades are ignored, not malformed.
void readBars(const Columns &columns, const QString &symbol, qint64 intervalMs, ParseResult &result)
{
    const QString provider = ProviderName.toString();
    for (qsizetype i = 0; i < columns.timestamps.size(); ++i) {
        const std::array<QJsonValue, 4> prices{columns.open.at(i), columns.high.at(i), columns.low.at(i),
                                               columns.close.at(i)};
        const auto absent = [](const QJsonValue &v) { return v.isNull() || v.isUndefined(); };
        if (std::all_of(prices.begin(), prices.end(), absent)) {
            ++result.ignored;
            continue;
        }
        const auto time = wire::timeMs(columns.timestamps.at(i), TimeUnit::Seconds);
        const auto open = wire::number(prices[0]);
        const auto high = wire::number(prices[1]);
        const auto low = wire::number(prices[2]);
        const auto close = wire::number(prices[3]);
        const QJsonValue volumeValue = columns.volume.at(i);
        const auto volume = absent(volumeValue) ? std::optional(0.0) : wire::number(volumeValue);
        if (!time || !open || !high || !low || !close || !support::isValidOhlc(*open, *high, *low, *close)
            || !support::isValidSize(volume)) {
            ++result.malformed;
            continue;
        }
        result.bars.append(Bar{symbol, provider, *time, intervalMs, *open, *high, *low, *close, *volume});
    }
}

} // namespace

ParseResult parseChart(const QByteArray &body, const ChartRequest &request)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject())
        return support::malformedPayload();
    ParseResult result;
    const QJsonObject chartEnvelope = root->toObject().value(u"chart").toObject();
    const QJsonObject chart = chartEnvelope.value(u"result").toArray().at(0).toObject();
    if (chart.isEmpty()) {
        if (const QJsonValue error = chartEnvelope.value(u"error"); error.isObject())
            result.error = chartError(error.toObject(), request.symbol);
        else
            ++result.malformed;
        return result;
    }
    const QJsonObject meta = chart.value(u"meta").toObject();
    const QString symbol = request.symbol.isEmpty() ? meta.value(u"symbol").toString() : request.symbol;
    if (symbol.isEmpty()) {
        ++result.malformed;
        return result;
    }
    const auto interval = intervalMs(request.interval);
    readBars(readColumns(chart), symbol, interval.value_or(0), result);
    support::sortBars(result.bars);
    const std::optional<Bar> lastBar = result.bars.isEmpty() ? std::nullopt : std::optional(result.bars.constLast());
    if (!interval)
        result.bars.clear();   // bars of unknown length would mislead the chart; their last close still counts

    const QString provider = ProviderName.toString();
    const QJsonValue priceValue = meta.value(u"regularMarketPrice");
    const auto price = wire::number(priceValue);
    const auto time = wire::timeMs(meta.value(u"regularMarketTime"), TimeUnit::Seconds);
    std::optional<qint64> metaTime;
    if (price && isValidPrice(*price) && time) {
        result.ticks.append(Tick{symbol, provider, *time, *price, 0.0, -1, request.nowMs});
        metaTime = time;
    } else if (!priceValue.isUndefined()) {
        ++result.malformed;
    }
    if (lastBar && (!metaTime || lastBar->timeMs > *metaTime))
        result.ticks.append(Tick{symbol, provider, lastBar->timeMs, lastBar->close, 0.0, -1, request.nowMs});

    if (!meta.isEmpty())
        result.instruments.append(readInstrument(meta, symbol, request.nowMs, result));
    return result;
}

std::optional<qint64> intervalMs(QStringView interval)
{
    // "mo" before "m": the longer suffix wins.
    static const std::array<support::IntervalUnit, 5> units{{{QLatin1String("mo"), 30 * MsPerDay},
                                                                 {QLatin1String("wk"), 7 * MsPerDay},
                                                                 {QLatin1String("m"), MsPerMinute},
                                                                 {QLatin1String("h"), MsPerHour},
                                                                 {QLatin1String("d"), MsPerDay}}};
    return support::intervalMs(interval, units);
}

bool isQuotedInMinorUnits(QStringView currency)
{
    // Case matters: "GBP" is pounds, "GBp" pence.
    return currency == u"GBp" || currency == u"GBX" || currency == u"ZAc" || currency == u"ILA";
}

} // namespace tickerline::yahoo
