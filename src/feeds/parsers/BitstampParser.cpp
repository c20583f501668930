#include "BitstampParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tickerline {

namespace {

constexpr std::string_view TradesChannel = "live_trades_";

// "live_trades_btcusd" → "btcusd"; empty for other channels.
std::string_view channelPair(std::string_view channel)
{
    return channel.substr(0, TradesChannel.size()) == TradesChannel ? channel.substr(TradesChannel.size())
                                                                     : std::string_view();
}

void readTrade(const simdjson::dom::object &root, std::string_view pair, SymbolTable &symbols,
               const QString &provider, qint64 nowMs, ParseResult &result)
{
    simdjson::dom::object trade;
    if (pair.empty() || root["data"].get(trade) != simdjson::SUCCESS) {
        ++result.malformed;
        return;
    }
    const auto tradeId = json::integer(trade["id"]);
    const auto price = json::number(trade["price"]);
    const auto size = json::number(trade["amount"]);
    const json::Value micro = trade["microtimestamp"];
    const auto time = json::isMissingOrNull(micro) ? json::timeMs(trade["timestamp"], TimeUnit::Seconds)
                                                   : json::timeMs(micro, TimeUnit::Microseconds);
    if (!tradeId || *tradeId < 0 || !price || !isValidPrice(*price) || !support::isValidSize(size) || !time) {
        ++result.malformed;
        return;
    }
    result.ticks.append(support::makeTick(symbols.resolve(pair), provider, *time, *price, nowMs, *size, *tradeId));
}

} // namespace

BitstampParser::BitstampParser(const SymbolMap &symbols)
    : StreamFrameParser(bitstamp::ProviderName, symbols)
{
}

ParseResult BitstampParser::parseLoaded(qint64 nowMs)
{
    std::optional<JsonFrame::Typed> frame = json().parseTyped("event");
    if (!frame)
        return support::malformedPayload();
    auto &[root, event] = *frame;
    ParseResult result;
    const std::string_view pair = channelPair(json::string(root["channel"]).value_or(""));
    if (event == "trade") {
        readTrade(root, pair, symbols(), provider(), nowMs, result);
    } else if (event == "bts:subscription_succeeded") {
        result.control = ParseResult::Control::SubscribeAck;
        if (!pair.empty())
            result.controlSymbols.append(symbols().resolve(pair));
    } else if (event == "bts:heartbeat") {
        result.control = ParseResult::Control::Heartbeat;
    } else if (event == "bts:request_reconnect") {
        result.control = ParseResult::Control::Reconnect;
    } else if (event == "bts:error") {
        // {"event":"bts:error","channel":"","data":{"code":null,"message":"Bad subscription string."}}
        simdjson::dom::object data;
        const auto message = root["data"].get(data) == simdjson::SUCCESS ? json::string(data["message"])
                                                                         : std::optional<std::string_view>();
        result.error = makeProviderError(json::toQString(message.value_or("Bitstamp error")));
    } else {
        ++result.ignored;   // bts:unsubscription_succeeded, other channels' events
    }
    return result;
}

namespace bitstamp {

ParseResult parseOhlc(const QByteArray &body, const QString &symbol, qint64 intervalMs)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject() || intervalMs <= 0)
        return support::malformedPayload();
    const QJsonObject object = root->toObject();
    ParseResult result;
    const QJsonValue ohlc = object.value(u"data").toObject().value(u"ohlc");
    if (!ohlc.isArray()) {
        QString message = object.value(u"message").toString();
        if (message.isEmpty())
            message = object.value(u"errors").toArray().first().toObject().value(u"message").toString();
        if (message.isEmpty())
            ++result.malformed;
        else
            result.error = makeProviderError(message);
        return result;
    }
    // Objects, not rows: laid out as rows for the shared candle reader.
    QJsonArray rows;
    for (const QJsonValue &bar : ohlc.toArray()) {
        const QJsonObject fields = bar.toObject();
        rows.append(QJsonArray{fields.value(u"timestamp"), fields.value(u"open"), fields.value(u"high"),
                               fields.value(u"low"), fields.value(u"close"), fields.value(u"volume")});
    }
    support::appendCandles(result, rows,
                           {.time = 0, .timeUnit = TimeUnit::Seconds, .open = 1, .high = 2, .low = 3, .close = 4,
                            .volume = 5, .intervalMs = intervalMs},
                           symbol, ProviderName.toString());
    return result;
}

} // namespace bitstamp
} // namespace tickerline
