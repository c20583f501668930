#include "TwelveDataParser.h"

#include "JsonFrame.h"
#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace tickerline {

namespace {

QStringList symbolsOf(const simdjson::dom::element &list, SymbolTable &symbols)
{
    QStringList out;
    simdjson::dom::array entries;
    if (list.get(entries) != simdjson::SUCCESS)
        return out;
    for (simdjson::dom::element entry : entries) {
        // Entries are {"symbol":…,…}; older replies list bare strings.
        auto symbol = json::string(entry["symbol"]);
        if (!symbol)
            symbol = json::string(entry);
        if (symbol && !symbol->empty())
            out.append(symbols.resolve(*symbol));
    }
    return out;
}

QString joinedMessages(const json::Value &messages)
{
    QStringList texts;
    simdjson::dom::array list;
    if (messages.get(list) == simdjson::SUCCESS) {
        for (simdjson::dom::element entry : list) {
            if (const auto text = json::string(entry))
                texts.append(json::toQString(*text));
        }
    } else if (const auto text = json::string(messages)) {
        texts.append(json::toQString(*text));
    }
    return texts.join(u"; ");
}

void readSubscribeStatus(const simdjson::dom::object &frame, SymbolTable &symbols, ParseResult &result)
{
    simdjson::dom::element success;
    simdjson::dom::element fails;
    const QStringList subscribed = frame["success"].get(success) == simdjson::SUCCESS ? symbolsOf(success, symbols)
                                                                                     : QStringList();
    const QStringList failed = frame["fails"].get(fails) == simdjson::SUCCESS ? symbolsOf(fails, symbols)
                                                                             : QStringList();
    result.control = ParseResult::Control::SubscribeAck;
    result.controlSymbols = subscribed;
    if (!failed.isEmpty()) {
        result.error = makeProviderError(QString(u"Twelve Data could not subscribe: " + failed.join(u", ")),
                                         ProviderError::Kind::UnknownSymbol);
        result.error->symbols = failed;
    } else if (json::string(frame["status"]) == std::optional<std::string_view>("error")) {
        const QString message = joinedMessages(frame["messages"]);
        result.error = makeProviderError(message.isEmpty() ? QStringLiteral("Twelve Data subscription failed")
                                                           : message);
    }
}

void readPrice(const simdjson::dom::object &event, SymbolTable &symbols, const QString &provider, qint64 nowMs,
               ParseResult &result)
{
    const auto symbol = json::string(event["symbol"]);
    const auto price = json::number(event["price"]);
    const auto time = json::timeMs(event["timestamp"], TimeUnit::Seconds);
    if (!symbol || symbol->empty() || !price || !isValidPrice(*price) || !time) {
        ++result.malformed;
        return;
    }
    result.ticks.append(support::makeTick(symbols.resolve(*symbol), provider, *time, *price, nowMs));
}

std::optional<QJsonObject> restObject(const QByteArray &body, const QString &symbol, qint64 nowMs,
                                      ParseResult &result)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject()) {
        ++result.malformed;
        return std::nullopt;
    }
    const QJsonObject object = root->toObject();
    if (object.value(u"status").toString() != QLatin1String("error"))
        return object;
    const QString message = object.value(u"message").toString();
    switch (wire::integer(object.value(u"code")).value_or(0)) {
    case 401:
    case 403:
        result.error = makeProviderError(message, ProviderError::Kind::Auth);
        break;
    case 404:
        result.error = makeProviderError(message, ProviderError::Kind::UnknownSymbol);
        break;
    case 429:
        // Credits are counted per minute: the next minute has fresh ones.
        result.error = makeProviderError(message, ProviderError::Kind::RateLimited);
        result.error->retryAfterMs = MsPerMinute - (nowMs % MsPerMinute + MsPerMinute) % MsPerMinute;
        break;
    default:   // 400 carries both bad symbols ("**symbol** not found") and bad parameters
        result.error = makeProviderError(message);
        break;
    }
    if (result.error->kind == ProviderError::Kind::UnknownSymbol)
        result.error->symbols = {symbol};
    return std::nullopt;
}

} // namespace

TwelveDataParser::TwelveDataParser(const SymbolMap &symbols)
    : StreamFrameParser(twelvedata::ProviderName, symbols)
{
}

ParseResult TwelveDataParser::parseLoaded(qint64 nowMs)
{
    std::optional<JsonFrame::Typed> frame = json().parseTyped("event");
    if (!frame)
        return support::malformedPayload();
    auto &[root, event] = *frame;
    ParseResult result;
    const bool failed = json::string(root["status"]) == std::optional<std::string_view>("error");
    if (event == "price") {
        readPrice(root, symbols(), provider(), nowMs, result);
    } else if (event == "subscribe-status") {
        readSubscribeStatus(root, symbols(), result);
    } else if (event == "heartbeat" && !failed) {
        result.control = ParseResult::Control::Heartbeat;
    } else if (failed) {
        // Any other event can fail too (heartbeat, unsubscribe, reset, a bad key at connect).
        QString message = joinedMessages(root["messages"]);
        if (message.isEmpty())
            message = joinedMessages(root["message"]);
        result.error = makeProviderError(message.isEmpty() ? json::toQString(event) + QStringLiteral(" failed")
                                                           : message);
    } else {
        ++result.ignored;   // unsubscribe-status, reset-status
    }
    return result;
}

namespace twelvedata {

ParseResult parseQuote(const QByteArray &body, const QString &symbol, qint64 nowMs)
{
    ParseResult result;
    const auto object = restObject(body, symbol, nowMs, result);
    if (!object)
        return result;
    const QString provider = ProviderName.toString();
    const auto price = wire::number(object->value(u"close"));
    auto time = wire::timeMs(object->value(u"last_quote_at"), TimeUnit::Seconds);
    if (!time)
        time = wire::timeMs(object->value(u"timestamp"), TimeUnit::Seconds);
    if (price && isValidPrice(*price) && time)
        result.ticks.append(Tick{symbol, provider, *time, *price, 0.0, -1, nowMs});
    else
        ++result.malformed;

    Instrument instrument = support::makeInstrument(symbol, provider, nowMs);
    instrument.name = object->value(u"name").toString();
    instrument.currency = object->value(u"currency").toString();
    instrument.exchange = object->value(u"exchange").toString();
    if (const auto previous = wire::number(object->value(u"previous_close")); previous && isValidPrice(*previous))
        instrument.previousClose = previous;
    const QJsonObject week52 = object->value(u"fifty_two_week").toObject();
    if (!support::setWeek52(instrument, wire::number(week52.value(u"high")), wire::number(week52.value(u"low"))))
        ++result.malformed;
    result.instruments.append(instrument);
    return result;
}

ParseResult parseTimeSeries(const QByteArray &body, const QString &symbol, qint64 nowMs, const QTimeZone &zone)
{
    ParseResult result;
    const auto object = restObject(body, symbol, nowMs, result);
    if (!object)
        return result;
    const auto interval = intervalMs(object->value(u"meta").toObject().value(u"interval").toString());
    const QJsonValue valuesValue = object->value(u"values");
    if (!interval || !valuesValue.isArray()) {
        ++result.malformed;
        return result;
    }
    const QString provider = ProviderName.toString();
    const QJsonArray values = valuesValue.toArray();
    result.bars.reserve(values.size());
    for (const QJsonValue &entryValue : values) {
        const QJsonObject entry = entryValue.toObject();
        const auto time = wire::parseLocalTimeMs(entry.value(u"datetime").toString(), zone);
        const auto open = wire::number(entry.value(u"open"));
        const auto high = wire::number(entry.value(u"high"));
        const auto low = wire::number(entry.value(u"low"));
        const auto close = wire::number(entry.value(u"close"));
        const QJsonValue volumeValue = entry.value(u"volume");   // absent for forex
        const auto volume = volumeValue.isUndefined() ? std::optional(0.0) : wire::number(volumeValue);
        if (!time || !open || !high || !low || !close || !support::isValidOhlc(*open, *high, *low, *close)
            || !support::isValidSize(volume)) {
            ++result.malformed;
            continue;
        }
        result.bars.append(Bar{symbol, provider, *time, *interval, *open, *high, *low, *close, *volume});
    }
    support::sortBars(result.bars);
    return result;
}

std::optional<qint64> intervalMs(QStringView interval)
{
    // "month" before "h", which it ends with.
    static const std::array<support::IntervalUnit, 5> units{{{QLatin1String("month"), 30 * MsPerDay},
                                                                 {QLatin1String("week"), 7 * MsPerDay},
                                                                 {QLatin1String("day"), MsPerDay},
                                                                 {QLatin1String("min"), MsPerMinute},
                                                                 {QLatin1String("h"), MsPerHour}}};
    return support::intervalMs(interval, units);
}

} // namespace twelvedata
} // namespace tickerline
