#include "FinnhubParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "WireValues.h"

#include <QJsonObject>

#include <cmath>

namespace tickerline {

namespace {

void readTrades(const json::Value &data, SymbolTable &symbols, const QString &provider, qint64 nowMs,
                ParseResult &result)
{
    simdjson::dom::array trades;
    if (data.get(trades) != simdjson::SUCCESS) {
        ++result.malformed;
        return;
    }
    result.ticks.reserve(qsizetype(trades.size()));
    for (simdjson::dom::element trade : trades) {
        const auto symbol = json::string(trade["s"]);
        const auto price = json::number(trade["p"]);
        const auto time = json::timeMs(trade["t"], TimeUnit::Milliseconds);
        // Finnhub leaves v out of some index and forex prints: no size, not a bad trade.
        const json::Value volume = trade["v"];
        const auto size = json::isMissingOrNull(volume) ? std::optional(0.0) : json::number(volume);
        if (!symbol || symbol->empty() || !price || !isValidPrice(*price) || !time || !size
            || !(*size >= 0.0) || !std::isfinite(*size)) {
            ++result.malformed;
            continue;
        }
        Tick tick;
        tick.symbol = symbols.resolve(*symbol);
        tick.provider = provider;
        tick.timeMs = *time;
        tick.price = *price;
        tick.size = *size;
        tick.receivedMs = nowMs;
        result.ticks.append(std::move(tick));
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
    : m_json(std::make_unique<JsonFrame>())
    , m_provider(finnhub::ProviderName.toString())
{
    m_symbols.setMap(symbols);
}

FinnhubParser::~FinnhubParser() = default;

void FinnhubParser::setSymbolMap(const SymbolMap &symbols)
{
    m_symbols.setMap(symbols);
}

ParseResult FinnhubParser::parseFrame(QByteArrayView frame, qint64 nowMs)
{
    m_json->load(frame);
    return parseLoaded(nowMs);
}

ParseResult FinnhubParser::parseFrame(QStringView frame, qint64 nowMs)
{
    m_json->load(frame);
    return parseLoaded(nowMs);
}

ParseResult FinnhubParser::parseLoaded(qint64 nowMs)
{
    ParseResult result;
    simdjson::dom::object root;
    std::string_view type;
    if (m_json->parse().get(root) != simdjson::SUCCESS || root["type"].get(type) != simdjson::SUCCESS) {
        ++result.malformed;
        return result;
    }
    if (type == "trade") {
        readTrades(root["data"], m_symbols, m_provider, nowMs, result);
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
    const QString provider = ProviderName.toString();
    if (*price == 0.0 && *time == 0) {
        ++result.ignored;   // Finnhub's "no data" quote: every field zero
        return result;
    }
    const auto timeMs = wire::toTimeMs(*time, TimeUnit::Seconds);
    if (!isValidPrice(*price) || !timeMs) {
        ++result.malformed;
        return result;
    }
    Tick tick;
    tick.symbol = symbol;
    tick.provider = provider;
    tick.timeMs = *timeMs;
    tick.price = *price;
    tick.receivedMs = nowMs;
    result.ticks.append(tick);
    if (const auto previous = wire::number(object->value(u"pc")); previous && isValidPrice(*previous)) {
        Instrument instrument = support::makeInstrument(symbol, provider, nowMs);
        instrument.previousClose = previous;
        result.instruments.append(instrument);
    }
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
