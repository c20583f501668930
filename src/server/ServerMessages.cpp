// Server → client messages of the /v1/stream protocol. Ticks are written by
// hand, once per tick however many clients get them; the rare messages go
// through QJsonDocument.

#include "Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tickerline::protocol {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double value)
{
    // Shortest form that reads back as the same double: prices are lossless.
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QJsonObject instrumentObject(const Instrument &instrument)
{
    QJsonObject object{{QStringLiteral("symbol"), instrument.symbol}, {QStringLiteral("provider"), instrument.provider}};
    const auto text = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    text("name", instrument.name);
    text("currency", instrument.currency);
    text("exchange", instrument.exchange);
    // Only a plausible band: providers have echoed the day range before.
    if (week52RangeIsPlausible(instrument)) {
        object.insert(QStringLiteral("week52High"), *instrument.week52High);
        object.insert(QStringLiteral("week52Low"), *instrument.week52Low);
    }
    if (instrument.previousClose)
        object.insert(QStringLiteral("previousClose"), *instrument.previousClose);
    if (instrument.logoUrl.isValid())
        object.insert(QStringLiteral("logoUrl"), instrument.logoUrl.toString(QUrl::FullyEncoded));
    return object;
}

QString stateName(FeedState state)
{
    switch (state) {
    case FeedState::Idle: return QStringLiteral("idle");
    case FeedState::Connecting: return QStringLiteral("connecting");
    case FeedState::Live: return QStringLiteral("live");
    case FeedState::Stale: return QStringLiteral("stale");
    case FeedState::BackingOff: return QStringLiteral("backing-off");
    case FeedState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("idle");
}

} // namespace

QByteArray encodeWelcome(const Welcome &welcome)
{
    QJsonArray roles;
    if (welcome.canRead)
        roles.append(QStringLiteral("read"));
    if (welcome.canPublish)
        roles.append(QStringLiteral("publish"));
    return compact({{QStringLiteral("type"), QStringLiteral("welcome")},
                    {QStringLiteral("version"), welcome.version},
                    {QStringLiteral("server"), QStringLiteral("tickerline")},
                    {QStringLiteral("roles"), roles},
                    {QStringLiteral("heartbeatMs"), welcome.heartbeatMs},
                    {QStringLiteral("maxMessageBytes"), welcome.maxMessageBytes},
                    {QStringLiteral("symbols"), QJsonArray::fromStringList(welcome.symbols)}});
}

QByteArray encodeSubscribed(const QString &id, const QStringList &symbols)
{
    return compact({{QStringLiteral("type"), QStringLiteral("subscribed")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}});
}

QByteArray encodeUnsubscribed(const QString &id, const QStringList &symbols)
{
    return compact({{QStringLiteral("type"), QStringLiteral("unsubscribed")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}});
}

QByteArray encodeRefused(const Refused &refused)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("refused")},
                       {QStringLiteral("id"), refused.id},
                       {QStringLiteral("reason"), refused.reason}};
    if (!refused.symbols.isEmpty())
        object.insert(QStringLiteral("symbols"), QJsonArray::fromStringList(refused.symbols));
    return compact(object);
}

QByteArray encodeAck(const Ack &ack)
{
    return compact({{QStringLiteral("type"), QStringLiteral("ack")},
                    {QStringLiteral("id"), ack.id},
                    {QStringLiteral("count"), qint64(ack.count)}});
}

QByteArray encodePong(qint64 timeMs, qint64 nowMs)
{
    return compact({{QStringLiteral("type"), QStringLiteral("pong")},
                    {QStringLiteral("time"), timeMs},
                    {QStringLiteral("serverTime"), nowMs}});
}

QByteArray encodeHeartbeat(qint64 upTo, qint64 nowMs)
{
    return compact({{QStringLiteral("type"), QStringLiteral("heartbeat")},
                    {QStringLiteral("upTo"), upTo},
                    {QStringLiteral("serverTime"), nowMs}});
}

QByteArray encodeTick(const ServedTick &served)
{
    const Tick &tick = *served.tick;
    QByteArray out;
    out.reserve(128);
    out += "{\"seq\":";
    out += QByteArray::number(served.sequence);
    out += ",\"symbol\":";
    appendString(out, tick.symbol);
    out += ",\"provider\":";
    appendString(out, tick.provider);
    out += ",\"time\":";
    out += QByteArray::number(tick.timeMs);
    out += ",\"price\":";
    appendNumber(out, tick.price);
    out += ",\"size\":";
    appendNumber(out, tick.size);
    if (tick.hasSequence()) {
        out += ",\"tradeId\":";
        out += QByteArray::number(tick.sequence);
    } else if (tick.occurrence > 0) {
        out += ",\"occurrence\":";
        out += QByteArray::number(tick.occurrence);
    }
    out += ",\"received\":";
    out += QByteArray::number(tick.receivedMs);
    out += '}';
    return out;
}

QByteArray encodeTicks(const QList<QByteArray> &encodedTicks, qint64 upTo, bool replay)
{
    qsizetype size = 64;
    for (const QByteArray &tick : encodedTicks)
        size += tick.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += replay ? "{\"type\":\"ticks\",\"replay\":true,\"upTo\":" : "{\"type\":\"ticks\",\"upTo\":";
    out += QByteArray::number(upTo);
    out += ",\"ticks\":[";
    for (qsizetype i = 0; i < encodedTicks.size(); ++i) {
        if (i > 0)
            out += ',';
        out += encodedTicks.at(i);
    }
    out += "]}";
    return out;
}

QByteArray encodeReplayed(const QString &id, qint64 upTo, qsizetype count)
{
    return compact({{QStringLiteral("type"), QStringLiteral("replayed")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("upTo"), upTo},
                    {QStringLiteral("count"), qint64(count)}});
}

QByteArray encodeInstruments(const InstrumentList &instruments)
{
    QJsonArray array;
    for (const Instrument &instrument : instruments)
        array.append(instrumentObject(instrument));
    return compact({{QStringLiteral("type"), QStringLiteral("instruments")}, {QStringLiteral("instruments"), array}});
}

QByteArray encodeStatus(const FeedStatus &status)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("status")},
                       {QStringLiteral("feed"), status.feed},
                       {QStringLiteral("state"), stateName(status.state)},
                       {QStringLiteral("ticksPerSecond"), status.ticksPerSecond},
                       {QStringLiteral("reconnects"), qint64(status.reconnects)}};
    if (!status.message.isEmpty())
        object.insert(QStringLiteral("message"), status.message);
    return compact(object);
}

ServerEvent decodeServerEvent(QByteArrayView text)
{
    ServerEvent event;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray());
    if (!document.isObject())
        return event;
    const QJsonObject object = document.object();
    event.type = object.value(QLatin1String("type")).toString();
    event.id = object.value(QLatin1String("id")).toString();
    event.reason = object.value(QLatin1String("reason")).toString();
    event.count = qsizetype(object.value(QLatin1String("count")).toInteger());
    event.upTo = object.value(QLatin1String("upTo")).toInteger();
    event.heartbeatMs = object.value(QLatin1String("heartbeatMs")).toInt();
    if (event.type != u"ticks")
        return event;
    const QJsonArray ticks = object.value(QLatin1String("ticks")).toArray();
    event.ticks.reserve(ticks.size());
    for (const QJsonValue &value : ticks) {
        const QJsonObject t = value.toObject();
        Tick tick;
        tick.symbol = t.value(QLatin1String("symbol")).toString();
        tick.provider = t.value(QLatin1String("provider")).toString();
        tick.timeMs = t.value(QLatin1String("time")).toInteger();
        tick.price = t.value(QLatin1String("price")).toDouble();
        tick.size = t.value(QLatin1String("size")).toDouble();
        tick.sequence = t.value(QLatin1String("tradeId")).toInteger(-1);
        tick.occurrence = quint32(t.value(QLatin1String("occurrence")).toInteger(0));
        tick.receivedMs = t.value(QLatin1String("received")).toInteger();
        event.ticks.append(tick);
        event.sequences.append(t.value(QLatin1String("seq")).toInteger());
    }
    return event;
}

} // namespace tickerline::protocol
