#include "CoinbaseParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace tickerline {

namespace {

void readTicker(const simdjson::dom::object &ticker, SymbolTable &symbols, const QString &provider,
                qint64 nowMs, ParseResult &result)
{
    const auto product = json::string(ticker["product_id"]);
    const auto price = json::number(ticker["price"]);
    const auto time = json::timeMs(ticker["time"], TimeUnit::Iso8601);
    const json::Value sequenceValue = ticker["sequence"];
    const auto sequence = json::isMissingOrNull(sequenceValue) ? std::optional<qint64>(-1)
                                                               : json::integer(sequenceValue);
    const json::Value sizeValue = ticker["last_size"];
    const auto size = json::isMissingOrNull(sizeValue) ? std::optional(0.0) : json::number(sizeValue);
    if (!product || product->empty() || !price || !isValidPrice(*price) || !time || !sequence
        || *sequence < -1 || !support::isValidSize(size)) {
        ++result.malformed;
        return;
    }
    result.ticks.append(support::makeTick(symbols.resolve(*product), provider, *time, *price, nowMs, *size, *sequence));
    result.tradeId = json::integer(ticker["trade_id"]).value_or(-1);
}

void readSubscriptions(const simdjson::dom::object &frame, SymbolTable &symbols, ParseResult &result)
{
    result.control = ParseResult::Control::SubscribeAck;
    simdjson::dom::array channels;
    if (frame["channels"].get(channels) != simdjson::SUCCESS)
        return;
    for (simdjson::dom::element channel : channels) {
        simdjson::dom::array products;
        if (channel["product_ids"].get(products) != simdjson::SUCCESS)
            continue;   // older replies list channels as bare names
        for (simdjson::dom::element product : products) {
            const auto id = json::string(product);
            if (!id || id->empty())
                continue;
            const QString user = symbols.resolve(*id);
            if (!result.controlSymbols.contains(user))
                result.controlSymbols.append(user);
        }
    }
}

} // namespace

CoinbaseParser::CoinbaseParser(const SymbolMap &symbols)
    : StreamFrameParser(coinbase::ProviderName, symbols)
{
}

ParseResult CoinbaseParser::parseLoaded(qint64 nowMs)
{
    std::optional<JsonFrame::Typed> frame = json().parseTyped("type");
    if (!frame)
        return support::malformedPayload();
    auto &[root, type] = *frame;
    ParseResult result;
    if (type == "ticker") {
        readTicker(root, symbols(), provider(), nowMs, result);
    } else if (type == "heartbeat") {
        const auto product = json::string(root["product_id"]);
        const auto sequence = json::integer(root["sequence"]);
        if (!product || product->empty() || !sequence) {
            ++result.malformed;
            return result;
        }
        result.control = ParseResult::Control::Heartbeat;
        result.controlSymbols.append(symbols().resolve(*product));
        result.controlSequence = *sequence;
        result.tradeId = json::integer(root["last_trade_id"]).value_or(-1);
    } else if (type == "subscriptions") {
        readSubscriptions(root, symbols(), result);
    } else if (type == "error") {
        // {"type":"error","message":"Failed to subscribe","reason":"XYZ-USD is not a valid product"}
        const QString message = json::toQString(json::string(root["message"]).value_or("Coinbase error"));
        const auto reason = json::string(root["reason"]);
        result.error = makeProviderError(reason ? message + QStringLiteral(": ") + json::toQString(*reason)
                                                : message);
    } else {
        ++result.ignored;
    }
    return result;
}

namespace coinbase {

ParseResult parseCandles(const QByteArray &body, const QString &symbol, qint64 granularitySeconds)
{
    const auto root = wire::parseJson(body);
    if (!root)
        return support::malformedPayload();
    ParseResult result;
    if (root->isObject()) {
        // {"message":"NotFound"}, {"message":"Public rate limit exceeded"}, …
        const QString message = root->toObject().value(u"message").toString();
        if (message.isEmpty())
            ++result.malformed;
        else
            result.error = makeProviderError(message);
        return result;
    }
    if (granularitySeconds <= 0) {
        ++result.malformed;
        return result;
    }
    // [time, low, high, open, close, volume], time in s, newest first.
    support::appendCandles(result, root->toArray(),
                           {.time = 0, .timeUnit = TimeUnit::Seconds, .open = 3, .high = 2, .low = 1, .close = 4,
                            .volume = 5, .intervalMs = granularitySeconds * MsPerSecond},
                           symbol, ProviderName.toString());
    return result;
}

} // namespace coinbase
} // namespace tickerline
