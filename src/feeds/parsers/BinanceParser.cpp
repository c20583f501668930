#include "BinanceParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace tickerline {

namespace {

// Binance error codes whose meaning the message text does not reliably carry.
ProviderError binanceError(qint64 code, const QString &message)
{
    switch (code) {
    case -1003:   // too much request weight
    case -1015:   // too many orders
        return makeProviderError(message, ProviderError::Kind::RateLimited);
    case -1121:   // invalid symbol
        return makeProviderError(message, ProviderError::Kind::UnknownSymbol);
    case -2014:   // API-key format invalid
    case -2015:   // invalid API-key, IP, or permissions
        return makeProviderError(message, ProviderError::Kind::Auth);
    default:
        return makeProviderError(message);
    }
}

void readTrade(const simdjson::dom::object &trade, SymbolTable &symbols, const QString &provider,
               qint64 nowMs, ParseResult &result)
{
    const auto symbol = json::string(trade["s"]);
    const auto tradeId = json::integer(trade["t"]);
    const auto price = json::number(trade["p"]);
    const auto size = json::number(trade["q"]);
    const auto time = json::timeMs(trade["T"], TimeUnit::Milliseconds);
    if (!symbol || symbol->empty() || !tradeId || *tradeId < 0 || !price || !isValidPrice(*price)
        || !support::isValidSize(size) || !time) {
        ++result.malformed;
        return;
    }
    result.ticks.append(support::makeTick(symbols.resolve(*symbol), provider, *time, *price, nowMs, *size, *tradeId));
}

// Frames without an event type: acks and errors of requests sent on the socket.
void readReply(const simdjson::dom::object &frame, ParseResult &result)
{
    simdjson::dom::element error;
    if (frame["error"].get(error) == simdjson::SUCCESS && error.is_object()) {
        const auto message = json::string(error["msg"]);
        result.error = binanceError(json::integer(error["code"]).value_or(0),
                                    json::toQString(message.value_or("Binance error")));
        return;
    }
    if (const auto message = json::string(frame["msg"])) {
        result.error = binanceError(json::integer(frame["code"]).value_or(0), json::toQString(*message));
        return;
    }
    if (frame["result"].error() == simdjson::SUCCESS && frame["id"].error() == simdjson::SUCCESS) {
        result.control = ParseResult::Control::SubscribeAck;
        result.ackId = json::integer(frame["id"]).value_or(-1);
        return;
    }
    ++result.ignored;
}

} // namespace

BinanceParser::BinanceParser(const SymbolMap &symbols)
    : StreamFrameParser(binance::ProviderName, symbols, SymbolTable::Fold::Upper)
{
}

ParseResult BinanceParser::parseLoaded(qint64 nowMs)
{
    ParseResult result;
    simdjson::dom::object root;
    if (json().parse().get(root) != simdjson::SUCCESS) {
        ++result.malformed;
        return result;
    }
    simdjson::dom::object payload = root;
    if (root["stream"].error() == simdjson::SUCCESS && root["data"].get(payload) != simdjson::SUCCESS) {
        ++result.malformed;
        return result;
    }
    const json::Value eventValue = payload["e"];
    if (eventValue.error() == simdjson::NO_SUCH_FIELD) {
        readReply(payload, result);
        return result;
    }
    const auto event = json::string(eventValue);
    if (!event)
        ++result.malformed;
    else if (*event == "trade")
        readTrade(payload, symbols(), provider(), nowMs, result);
    else
        ++result.ignored;   // other streams on a shared connection (aggTrade, kline, …)
    return result;
}

namespace binance {

ParseResult parseKlines(const QByteArray &body, const QString &symbol)
{
    const auto root = wire::parseJson(body);
    if (!root)
        return support::malformedPayload();
    ParseResult result;
    if (root->isObject()) {
        const QJsonObject object = root->toObject();
        const QString message = object.value(u"msg").toString();
        if (message.isEmpty())
            ++result.malformed;
        else
            result.error = binanceError(wire::integer(object.value(u"code")).value_or(0), message);
        return result;
    }
    // [openTime, open, high, low, close, volume, closeTime, …], times in ms.
    support::appendCandles(result, root->toArray(),
                           {.time = 0, .timeUnit = TimeUnit::Milliseconds, .open = 1, .high = 2, .low = 3, .close = 4,
                            .volume = 5, .closeTime = 6},
                           symbol, ProviderName.toString());
    return result;
}

} // namespace binance
} // namespace tickerline
