#include "FinnhubParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "WireValues.h"

#include <QJsonObject>

#include <cmath>

namespace tickerline {

namespace {

// Finnhub sends numbers as JSON numbers: read those directly, anything else
// through the general readers (which also take numbers as strings).
std::optional<double> number(const json::Element &element)
{
    double value = 0.0;
    if (element.is_number() && element.get_double().get(value) == simdjson::SUCCESS)
        return value;
    return json::number(element);
}

std::optional<qint64> timeMs(const json::Element &element)
{
    int64_t value = 0;
    if (element.get_int64().get(value) == simdjson::SUCCESS)
        return wire::toTimeMs(qint64(value), TimeUnit::Milliseconds);
    return json::timeMs(element, TimeUnit::Milliseconds);
}

// One trade, read in a single pass over its fields: a lookup per field would
// scan the object four times, the largest item in the profile after simdjson
// itself. As with a lookup, the first of repeated keys counts. False when the
// trade is unusable.
bool readTrade(const json::Element &element, SymbolTable &symbols, const QString &provider, qint64 nowMs,
               TickBatch &ticks)
{
    simdjson::dom::object object;
    if (element.get(object) != simdjson::SUCCESS)
        return false;
    std::optional<std::string_view> symbol;
    std::optional<double> price;
    std::optional<qint64> time;
    // Finnhub leaves v out of some index and forex prints: no size, not a bad trade.
    std::optional<double> size = 0.0;
    unsigned seen = 0;
    for (const simdjson::dom::key_value_pair field : object) {
        if (field.key.size() != 1)
            continue;
        const char key = field.key.front();
        const unsigned bit = key == 's' ? 1u : key == 'p' ? 2u : key == 't' ? 4u : key == 'v' ? 8u : 0u;
        if (bit == 0 || (seen & bit) != 0)
            continue;
        seen |= bit;
        switch (key) {
        case 's': symbol = json::string(field.value); break;
        case 'p': price = number(field.value); break;
        case 't': time = timeMs(field.value); break;
        default: size = field.value.is_null() ? std::optional(0.0) : number(field.value); break;
        }
    }
    if (!symbol || symbol->empty() || !price || !isValidPrice(*price) || !time
        || !support::isValidSize(size))
        return false;
    Tick &tick = ticks.emplaceBack();
    tick.symbol = symbols.resolve(*symbol);
    tick.provider = provider;
    tick.timeMs = *time;
    tick.price = *price;
    tick.size = *size;
    tick.receivedMs = nowMs;
    return true;
}

void readTrades(const json::Value &data, SymbolTable &symbols, const QString &provider, qint64 nowMs,
                ParseResult &result)
{
    simdjson::dom::array trades;
    if (data.get(trades) != simdjson::SUCCESS) {
        ++result.malformed;
        return;
    }
    result.ticks.reserve(qsizetype(trades.size()));
    for (const simdjson::dom::element trade : trades) {
        if (!readTrade(trade, symbols, provider, nowMs, result.ticks))
            ++result.malformed;
    }
}

std::optional<QJsonObject> restObject(const QByteArray &body, ParseResult &result)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject()) {
        ++result.malformed;
        return std::nullopt;
    }
    const QJsonObject object = root->toObject();
    // Finnhub REST errors: {"error":"Invalid API key"}, {"error":"API limit reached…"}.
    if (const QJsonValue error = object.value(u"error"); error.isString()) {
        result.error = makeProviderError(error.toString());
        return std::nullopt;
    }
    return object;
}

} // namespace

FinnhubParser::FinnhubParser(const SymbolMap &symbols)
    : StreamFrameParser(finnhub::ProviderName, symbols)
{
}

ParseResult FinnhubParser::parseLoaded(qint64 nowMs)
{
    std::optional<JsonFrame::Typed> frame = json().parseTyped("type");
    if (!frame)
        return support::malformedPayload();
    auto &[root, type] = *frame;
    ParseResult result;
    if (type == "trade") {
        readTrades(root["data"], symbols(), provider(), nowMs, result);
    } else if (type == "ping") {
        result.control = ParseResult::Control::Ping;
    } else if (type == "error") {
        const auto message = json::string(root["msg"]);
        result.error = makeProviderError(json::toQString(message.value_or("Finnhub error")));
    } else {
        ++result.ignored;   // e.g. "news" for premium subscriptions
    }
    return result;
}

namespace finnhub {

ParseResult parseQuote(const QByteArray &body, const QString &symbol, qint64 nowMs)
{
    ParseResult result;
    const auto object = restObject(body, result);
    if (!object)
        return result;
    const auto price = wire::number(object->value(u"c"));
    const auto time = wire::integer(object->value(u"t"));
    if (!price || !time) {
        ++result.malformed;
        return result;
    }
    if (*price == 0.0 && *time == 0) {
        ++result.ignored;   // Finnhub's "no data" quote: every field zero
        return result;
    }
    const auto timeMs = wire::toTimeMs(*time, TimeUnit::Seconds);
    if (!isValidPrice(*price) || !timeMs) {
        ++result.malformed;
        return result;
    }
    support::appendQuote(result, support::makeTick(symbol, ProviderName.toString(), *timeMs, *price, nowMs),
                         wire::number(object->value(u"pc")));
    return result;
}

ParseResult parseProfile(const QByteArray &body, const QString &symbol, qint64 nowMs)
{
    ParseResult result;
    const auto object = restObject(body, result);
    if (!object)
        return result;
    if (object->isEmpty()) {
        ++result.ignored;   // Finnhub's answer for symbols it has no profile for (crypto, forex, unknown)
        return result;
    }
    Instrument instrument = support::makeInstrument(symbol, ProviderName.toString(), nowMs);
    instrument.name = object->value(u"name").toString();
    instrument.currency = object->value(u"currency").toString();
    instrument.exchange = object->value(u"exchange").toString();
    instrument.logoUrl = support::httpUrl(object->value(u"logo").toString());
    result.instruments.append(instrument);
    return result;
}

ParseResult parseMetric(const QByteArray &body, const QString &symbol, qint64 nowMs)
{
    ParseResult result;
    const auto object = restObject(body, result);
    if (!object)
        return result;
    const QJsonValue metrics = object->value(u"metric");
    if (!metrics.isObject()) {
        // {} for unknown symbols; "metric": [] for symbols without fundamentals.
        ++(object->isEmpty() || metrics.isArray() ? result.ignored : result.malformed);
        return result;
    }
    const auto high = wire::number(metrics[u"52WeekHigh"]);
    const auto low = wire::number(metrics[u"52WeekLow"]);
    if (!high && !low) {
        ++result.ignored;
        return result;
    }
    Instrument instrument = support::makeInstrument(symbol, ProviderName.toString(), nowMs);
    if (!support::setWeek52(instrument, high, low)) {
        ++result.malformed;
        return result;
    }
    result.instruments.append(instrument);
    return result;
}

} // namespace finnhub
} // namespace tickerline
