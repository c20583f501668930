#include "OkxParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tickerline {

namespace {

// OKX codes whose meaning the message text does not reliably carry.
ProviderError okxError(std::string_view code, const QString &message)
{
    if (code == "60018" || code == "51001")   // no such channel or instrument; no such instrument (REST)
        return makeProviderError(message, ProviderError::Kind::UnknownSymbol);
    if (code == "50011" || code == "60014")   // too many requests (REST); requests too frequent (WebSocket)
        return makeProviderError(message, ProviderError::Kind::RateLimited);
    return makeProviderError(message);
}

// "Wrong URL or channel:trades,instId:BTC-XYZ doesn't exist. …": the instrument named.
std::string_view namedInstrument(std::string_view message)
{
    constexpr std::string_view key = "instId:";
    const std::size_t at = message.find(key);
    if (at == std::string_view::npos)
        return {};
    const std::string_view rest = message.substr(at + key.size());
    return rest.substr(0, rest.find_first_of(" ,"));
}

void readTrades(const simdjson::dom::object &root, SymbolTable &symbols, const QString &provider, qint64 nowMs,
                ParseResult &result)
{
    simdjson::dom::array trades;
    if (root["data"].get(trades) != simdjson::SUCCESS) {
        ++result.malformed;
        return;
    }
    for (simdjson::dom::element element : trades) {
        simdjson::dom::object trade;
        if (element.get(trade) != simdjson::SUCCESS) {
            ++result.malformed;
            continue;
        }
        const auto symbol = json::string(trade["instId"]);
        const auto tradeId = json::integer(trade["tradeId"]);
        const auto price = json::number(trade["px"]);
        const auto size = json::number(trade["sz"]);
        const auto time = json::timeMs(trade["ts"], TimeUnit::Milliseconds);
        if (!symbol || symbol->empty() || !tradeId || *tradeId < 0 || !price || !isValidPrice(*price)
            || !support::isValidSize(size) || !time) {
            ++result.malformed;
            continue;
        }
        result.ticks.append(
            support::makeTick(symbols.resolve(*symbol), provider, *time, *price, nowMs, *size, *tradeId));
    }
}

void readEvent(const simdjson::dom::object &root, std::string_view event, SymbolTable &symbols, ParseResult &result)
{
    if (event == "subscribe") {
        result.control = ParseResult::Control::SubscribeAck;
        simdjson::dom::object arg;
        if (root["arg"].get(arg) == simdjson::SUCCESS) {
            if (const auto instrument = json::string(arg["instId"]); instrument && !instrument->empty())
                result.controlSymbols.append(symbols.resolve(*instrument));
        }
        result.ackId = json::integer(root["id"]).value_or(-1);
        return;
    }
    if (event == "error" || event == "notice") {
        const std::string_view message = json::string(root["msg"]).value_or("OKX error");
        const std::string_view code = json::string(root["code"]).value_or("");
        result.error = okxError(code, json::toQString(message));
        if (const std::string_view instrument = namedInstrument(message);
            result.error->kind == ProviderError::Kind::UnknownSymbol && !instrument.empty())
            result.error->symbols.append(symbols.resolve(instrument));
        return;
    }
    ++result.ignored;   // unsubscribe, channel-conn-count, …
}

} // namespace

OkxParser::OkxParser(const SymbolMap &symbols)
    : StreamFrameParser(okx::ProviderName, symbols)
{
}

ParseResult OkxParser::parseLoaded(qint64 nowMs)
{
    ParseResult result;
    // The answer to the client's "ping" is the bare text "pong", not JSON.
    if (json().text() == "pong") {
        result.control = ParseResult::Control::Heartbeat;
        return result;
    }
    simdjson::dom::object root;
    if (json().parse().get(root) != simdjson::SUCCESS)
        return support::malformedPayload();
    if (const auto event = json::string(root["event"])) {
        readEvent(root, *event, symbols(), result);
        return result;
    }
    simdjson::dom::object arg;
    if (root["arg"].get(arg) != simdjson::SUCCESS) {
        ++result.malformed;
        return result;
    }
    const auto channel = json::string(arg["channel"]);
    if (!channel)
        ++result.malformed;
    else if (*channel == "trades")
        readTrades(root, symbols(), provider(), nowMs, result);
    else
        ++result.ignored;   // channels this feed never asks for
    return result;
}

namespace okx {

ParseResult parseCandles(const QByteArray &body, const QString &symbol, qint64 intervalMs)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject() || intervalMs <= 0)
        return support::malformedPayload();
    const QJsonObject object = root->toObject();
    ParseResult result;
    const QString code = object.value(u"code").toString();
    if (code != u"0") {
        const QString message = object.value(u"msg").toString();
        if (code.isEmpty() && message.isEmpty())
            ++result.malformed;
        else
            result.error = okxError(code.toStdString(), message.isEmpty() ? QStringLiteral("OKX error %1").arg(code)
                                                                          : message);
        return result;
    }
    // [ts ms, open, high, low, close, vol, volCcy, volCcyQuote, confirm], newest first.
    support::appendCandles(result, object.value(u"data").toArray(),
                           {.time = 0, .timeUnit = TimeUnit::Milliseconds, .open = 1, .high = 2, .low = 3,
                            .close = 4, .volume = 5, .intervalMs = intervalMs},
                           symbol, ProviderName.toString());
    return result;
}

} // namespace okx
} // namespace tickerline
