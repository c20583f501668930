#include "TickerlineParser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline::served {

namespace {

std::optional<double> optionalNumber(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

void readTicks(const QJsonObject &object, qint64 nowMs, TickerlineFrame &frame)
{
    const QJsonArray ticks = object.value(QLatin1StringView("ticks")).toArray();
    frame.result.ticks.reserve(ticks.size());
    for (const QJsonValue &item : ticks) {
        const QJsonObject served = item.toObject();
        Tick tick;
        tick.symbol = served.value(QLatin1StringView("symbol")).toString();
        tick.provider = served.value(QLatin1StringView("provider")).toString();
        tick.timeMs = served.value(QLatin1StringView("time")).toInteger(-1);
        tick.price = served.value(QLatin1StringView("price")).toDouble();
        tick.size = served.value(QLatin1StringView("size")).toDouble();
        tick.sequence = served.value(QLatin1StringView("tradeId")).toInteger(-1);
        tick.occurrence = quint32(served.value(QLatin1StringView("occurrence")).toInteger(0));
        tick.receivedMs = nowMs;
        const qint64 sequence = served.value(QLatin1StringView("seq")).toInteger(-1);
        if (tick.symbol.isEmpty() || tick.provider.isEmpty() || tick.timeMs < 0 || !isValidPrice(tick.price)
            || tick.size < 0 || sequence < 0) {
            ++frame.result.malformed;
            continue;
        }
        frame.result.ticks.append(tick);
        frame.sequences.append(sequence);
    }
}

void readInstruments(const QJsonObject &object, qint64 nowMs, TickerlineFrame &frame)
{
    const QJsonArray list = object.value(QLatin1StringView("instruments")).toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject fields = item.toObject();
        Instrument instrument;
        instrument.symbol = fields.value(QLatin1StringView("symbol")).toString();
        instrument.provider = fields.value(QLatin1StringView("provider")).toString();
        instrument.name = fields.value(QLatin1StringView("name")).toString();
        instrument.currency = fields.value(QLatin1StringView("currency")).toString();
        instrument.exchange = fields.value(QLatin1StringView("exchange")).toString();
        instrument.week52High = optionalNumber(fields, QLatin1StringView("week52High"));
        instrument.week52Low = optionalNumber(fields, QLatin1StringView("week52Low"));
        instrument.previousClose = optionalNumber(fields, QLatin1StringView("previousClose"));
        instrument.logoUrl = QUrl(fields.value(QLatin1StringView("logoUrl")).toString());
        instrument.updatedMs = nowMs;
        if (instrument.symbol.isEmpty()) {
            ++frame.result.malformed;
            continue;
        }
        frame.result.instruments.append(instrument);
    }
}

// A refusal names its symbols when it is about them ("unknown symbol",
// "limit reached: …"): those go, with the server's words.
void readRefused(const QJsonObject &object, TickerlineFrame &frame)
{
    const QString reason = object.value(QLatin1StringView("reason")).toString();
    ProviderError error = makeProviderError(reason, ProviderError::Kind::Other);
    error.symbols = stringList(object.value(QLatin1StringView("symbols")));
    if (!error.symbols.isEmpty())
        error.kind = ProviderError::Kind::UnknownSymbol;
    else if (reason.contains(QLatin1StringView("token")))
        error.kind = ProviderError::Kind::Auth;
    frame.result.error = error;
}

std::optional<FeedState> stateNamed(const QString &name)
{
    static const QHash<QString, FeedState> states{
        {QStringLiteral("idle"), FeedState::Idle},       {QStringLiteral("connecting"), FeedState::Connecting},
        {QStringLiteral("live"), FeedState::Live},       {QStringLiteral("stale"), FeedState::Stale},
        {QStringLiteral("backing-off"), FeedState::BackingOff}, {QStringLiteral("failed"), FeedState::Failed},
    };
    const auto it = states.constFind(name);
    return it == states.cend() ? std::nullopt : std::optional(*it);
}

// The serving collector's own feed. A status without a feed name or with a
// state this version does not know (a newer server's) says nothing usable.
void readStatus(const QJsonObject &object, TickerlineFrame &frame)
{
    const QString feed = object.value(QLatin1StringView("feed")).toString().simplified().left(64);
    const std::optional<FeedState> state = stateNamed(object.value(QLatin1StringView("state")).toString());
    if (feed.isEmpty() || !state) {
        ++frame.result.ignored;
        return;
    }
    frame.result.upstream = UpstreamFeed{feed, *state,
                                         object.value(QLatin1StringView("message")).toString().simplified().left(200)};
    frame.result.control = ParseResult::Control::Heartbeat;
}

} // namespace

TickerlineFrame parseFrame(QByteArrayView utf8, qint64 nowMs)
{
    TickerlineFrame frame;
    frame.result.keysAssigned = true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (!document.isObject()) {
        frame.result.malformed = 1;
        return frame;
    }
    const QJsonObject object = document.object();
    frame.type = object.value(QLatin1StringView("type")).toString();
    frame.upTo = object.value(QLatin1StringView("upTo")).toInteger(-1);
    using Control = ParseResult::Control;
    if (frame.type == u"ticks") {
        readTicks(object, nowMs, frame);
    } else if (frame.type == u"heartbeat") {
        frame.result.control = Control::Heartbeat;
    } else if (frame.type == u"pong") {
        frame.result.control = Control::Ping;
    } else if (frame.type == u"welcome" || frame.type == u"subscribed" || frame.type == u"unsubscribed"
               || frame.type == u"replayed") {
        frame.result.control = Control::SubscribeAck;
        frame.result.controlSymbols = stringList(object.value(QLatin1StringView("symbols")));
    } else if (frame.type == u"instruments") {
        readInstruments(object, nowMs, frame);
    } else if (frame.type == u"refused") {
        readRefused(object, frame);
    } else if (frame.type == u"status") {
        readStatus(object, frame);
    } else {
        ++frame.result.ignored;
    }
    return frame;
}

} // namespace tickerline::served
