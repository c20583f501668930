#include "BybitParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tickerline {

namespace {

constexpr std::string_view TradeTopic = "publicTrade.";

// Bybit return codes whose meaning the message text does not reliably carry.
ProviderError bybitError(qint64 code, const QString &message)
{
    switch (code) {
    case 10001:   // params error: an unknown or unsupported symbol
        return makeProviderError(message, ProviderError::Kind::UnknownSymbol);
    case 10006:   // too many visits
    case 10018:   // IP rate limit
        return makeProviderError(message, ProviderError::Kind::RateLimited);
    default:
        return makeProviderError(message);
    }
}

// "Invalid symbol :[publicTrade.BTCXYZ]": the symbol the failed subscribe named.
std::string_view namedSymbol(std::string_view message)
{
    const std::size_t at = message.find(TradeTopic);
    if (at == std::string_view::npos)
        return {};
    const std::string_view rest = message.substr(at + TradeTopic.size());
    return rest.substr(0, rest.find_first_of("], "));
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
        const auto symbol = json::string(trade["s"]);
        const auto tradeId = json::string(trade["i"]);
        const auto price = json::number(trade["p"]);
        const auto size = json::number(trade["v"]);
        const auto time = json::timeMs(trade["T"], TimeUnit::Milliseconds);
        if (!symbol || symbol->empty() || !tradeId || tradeId->empty() || !price || !isValidPrice(*price)
            || !support::isValidSize(size) || !time) {
            ++result.malformed;
            continue;
        }
        result.ticks.append(support::makeTick(symbols.resolve(*symbol), provider, *time, *price, nowMs, *size,
                                              bybit::sequenceOf(*tradeId)));
    }
}

void readReply(const simdjson::dom::object &root, std::string_view op, SymbolTable &symbols, ParseResult &result)
{
    if (op == "ping" || op == "pong") {
        result.control = ParseResult::Control::Heartbeat;
        return;
    }
    if (op != "subscribe") {
        ++result.ignored;   // unsubscribe replies change nothing: the symbol is gone already
        return;
    }
    bool success = false;
    if (root["success"].get(success) != simdjson::SUCCESS) {
        ++result.malformed;
        return;
    }
    if (success) {
        result.control = ParseResult::Control::SubscribeAck;
        return;
    }
    const std::string_view message = json::string(root["ret_msg"]).value_or("Bybit error");
    result.error = makeProviderError(json::toQString(message));
    if (const std::string_view symbol = namedSymbol(message); !symbol.empty()) {
        result.error->kind = ProviderError::Kind::UnknownSymbol;
        result.error->symbols.append(symbols.resolve(symbol));
    }
}

} // namespace

BybitParser::BybitParser(const SymbolMap &symbols)
    : StreamFrameParser(bybit::ProviderName, symbols, SymbolTable::Fold::Upper)
{
}

ParseResult BybitParser::parseLoaded(qint64 nowMs)
{
    simdjson::dom::object root;
    if (json().parse().get(root) != simdjson::SUCCESS)
        return support::malformedPayload();
    ParseResult result;
    if (const auto op = json::string(root["op"])) {
        readReply(root, *op, symbols(), result);
        return result;
    }
    const auto topic = json::string(root["topic"]);
    if (!topic)
        ++result.malformed;
    else if (topic->substr(0, TradeTopic.size()) == TradeTopic)
        readTrades(root, symbols(), provider(), nowMs, result);
    else
        ++result.ignored;   // topics this feed never asks for
    return result;
}

namespace bybit {

qint64 sequenceOf(std::string_view tradeId)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : tradeId) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return qint64(hash & 0x7fffffffffffffffULL);
}

ParseResult parseKlines(const QByteArray &body, const QString &symbol, qint64 intervalMs)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject() || intervalMs <= 0)
        return support::malformedPayload();
    const QJsonObject object = root->toObject();
    ParseResult result;
    const std::optional<qint64> code = wire::integer(object.value(u"retCode"));
    if (!code) {
        ++result.malformed;
        return result;
    }
    if (*code != 0) {
        const QString message = object.value(u"retMsg").toString();
        result.error = bybitError(*code, message.isEmpty() ? QStringLiteral("Bybit error %1").arg(*code) : message);
        return result;
    }
    // [start ms, open, high, low, close, volume, turnover], newest first.
    support::appendCandles(result, object.value(u"result").toObject().value(u"list").toArray(),
                           {.time = 0, .timeUnit = TimeUnit::Milliseconds, .open = 1, .high = 2, .low = 3,
                            .close = 4, .volume = 5, .intervalMs = intervalMs},
                           symbol, ProviderName.toString());
    return result;
}

} // namespace bybit
} // namespace tickerline
