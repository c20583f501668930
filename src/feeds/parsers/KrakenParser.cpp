#include "KrakenParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tickerline {

namespace {

// Kraken errors are "ECategory:Text" strings.
ProviderError krakenError(const QString &message)
{
    if (message.startsWith(u"EQuery:Unknown asset pair") || message.contains(u"Currency pair not supported"))
        return makeProviderError(message, ProviderError::Kind::UnknownSymbol);
    if (message.contains(u"Too many requests") || message.contains(u"Rate limit"))
        return makeProviderError(message, ProviderError::Kind::RateLimited);
    return makeProviderError(message);
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
        const auto symbol = json::string(trade["symbol"]);
        const auto price = json::number(trade["price"]);
        const auto size = json::number(trade["qty"]);
        const auto tradeId = json::integer(trade["trade_id"]);
        const auto time = json::timeMs(trade["timestamp"], TimeUnit::Iso8601);
        if (!symbol || symbol->empty() || !price || !isValidPrice(*price) || !support::isValidSize(size)
            || !tradeId || *tradeId < 0 || !time) {
            ++result.malformed;
            continue;
        }
        result.ticks.append(
            support::makeTick(symbols.resolve(*symbol), provider, *time, *price, nowMs, *size, *tradeId));
    }
}

void readMethodReply(const simdjson::dom::object &root, std::string_view method, SymbolTable &symbols,
                     ParseResult &result)
{
    if (method == "pong") {
        result.control = ParseResult::Control::Heartbeat;
        return;
    }
    // Unsubscribe replies, failed or not, change nothing: the symbol is gone already.
    if (method != "subscribe") {
        ++result.ignored;
        return;
    }
    bool success = false;
    if (root["success"].get(success) != simdjson::SUCCESS) {
        ++result.malformed;
        return;
    }
    // {"method":"subscribe","error":"Currency pair not supported DOGE/XYZ","success":false,"symbol":"DOGE/XYZ"}
    const auto symbol = json::string(root["symbol"]);
    simdjson::dom::object subscribed;
    const auto resultSymbol = root["result"].get(subscribed) == simdjson::SUCCESS
                                  ? json::string(subscribed["symbol"])
                                  : std::optional<std::string_view>();
    const auto named = resultSymbol ? resultSymbol : symbol;
    if (!success) {
        result.error = krakenError(json::toQString(json::string(root["error"]).value_or("Kraken error")));
        if (named && !named->empty())
            result.error->symbols.append(symbols.resolve(*named));
        return;
    }
    result.control = ParseResult::Control::SubscribeAck;
    if (named && !named->empty())
        result.controlSymbols.append(symbols.resolve(*named));
    result.ackId = json::integer(root["req_id"]).value_or(-1);
}

} // namespace

KrakenParser::KrakenParser(const SymbolMap &symbols)
    : StreamFrameParser(kraken::ProviderName, symbols)
{
}

ParseResult KrakenParser::parseLoaded(qint64 nowMs)
{
    simdjson::dom::object root;
    if (json().parse().get(root) != simdjson::SUCCESS)
        return support::malformedPayload();
    ParseResult result;
    if (const auto method = json::string(root["method"])) {
        readMethodReply(root, *method, symbols(), result);
        return result;
    }
    const auto channel = json::string(root["channel"]);
    if (!channel) {
        // A request the server could not read at all: {"error":"…","success":false}.
        if (const auto error = json::string(root["error"]))
            result.error = krakenError(json::toQString(*error));
        else
            ++result.malformed;
    } else if (*channel == "trade") {
        const auto type = json::string(root["type"]);
        if (type && (*type == "snapshot" || *type == "update"))
            readTrades(root, symbols(), provider(), nowMs, result);
        else
            ++result.malformed;
    } else if (*channel == "heartbeat") {
        result.control = ParseResult::Control::Heartbeat;
    } else {
        ++result.ignored;   // status, and channels this feed never asks for
    }
    return result;
}

namespace kraken {

ParseResult parseOhlc(const QByteArray &body, const QString &symbol, qint64 intervalSeconds)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject() || intervalSeconds <= 0)
        return support::malformedPayload();
    const QJsonObject object = root->toObject();
    ParseResult result;
    const QJsonArray errors = object.value(u"error").toArray();
    if (!errors.isEmpty()) {
        result.error = krakenError(errors.first().toString());
        return result;
    }
    // The one array in result is the pair's, under its legacy name ("XXBTZUSD"); "last" is a number.
    const QJsonObject pairs = object.value(u"result").toObject();
    for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
        if (!it.value().isArray())
            continue;
        support::appendCandles(result, it.value().toArray(),
                               {.time = 0, .timeUnit = TimeUnit::Seconds, .open = 1, .high = 2, .low = 3,
                                .close = 4, .volume = 6, .intervalMs = intervalSeconds * MsPerSecond},
                               symbol, ProviderName.toString());
        return result;
    }
    ++result.malformed;
    return result;
}

} // namespace kraken
} // namespace tickerline
