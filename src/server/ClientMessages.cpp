// Client → server messages of the /v1/stream protocol: decoding (strict:
// whatever is not understood is named) and encoding (for push and tests).

#include "Protocol.h"

#include "Symbol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace tickerline::protocol {

namespace {

constexpr qsizetype kMaxIdLength = 64;
constexpr qint64 kMaxOccurrence = 1'000'000;
// Integers a double carries exactly: larger ones have lost digits already.
constexpr double kMaxExactInteger = 9007199254740992.0;

std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > kMaxExactInteger)
        return std::nullopt;
    const qint64 whole = value.toInteger(qint64(number));
    if (whole < minimum)
        return std::nullopt;
    return whole;
}

// A message id is the client's: a short string, or absent.
std::optional<QString> messageId(const QJsonObject &object, QString *problem)
{
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isUndefined())
        return QString();
    if (!id.isString() || id.toString().size() > kMaxIdLength) {
        *problem = QStringLiteral("\"id\" must be a string of at most %1 characters").arg(kMaxIdLength);
        return std::nullopt;
    }
    return id.toString();
}

std::optional<QStringList> symbolList(const QJsonObject &object, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String("symbols"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        *problem = QStringLiteral("\"symbols\" must be a non-empty array of strings");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxSymbolsPerMessage) {
        *problem = QStringLiteral("at most %1 symbols per message").arg(kMaxSymbolsPerMessage);
        return std::nullopt;
    }
    QStringList symbols;
    for (const QJsonValue &item : array) {
        const SymbolCheck check = Symbol::check(item.toString());
        if (!item.isString() || !check.ok) {
            *problem = QStringLiteral("invalid symbol");
            return std::nullopt;
        }
        if (!symbols.contains(check.normalized))
            symbols.append(check.normalized);
    }
    return symbols;
}

ClientMessage decodeSubscribe(const QJsonObject &object, const QString &id)
{
    QString problem;
    const std::optional<QStringList> symbols = symbolList(object, &problem);
    if (!symbols)
        return Malformed{problem, id};
    Subscribe subscribe{id, *symbols, std::nullopt, std::nullopt};
    const QJsonValue resume = object.value(QLatin1String("resume"));
    if (resume.isUndefined())
        return subscribe;
    const QJsonObject from = resume.toObject();
    const std::optional<qint64> after = wholeNumber(from.value(QLatin1String("after")), 0);
    const std::optional<qint64> since = wholeNumber(from.value(QLatin1String("since")), 0);
    if (!resume.isObject() || (after.has_value() == since.has_value()))
        return Malformed{QStringLiteral("\"resume\" must be {\"after\": sequence} or {\"since\": UTC milliseconds}"),
                         id};
    subscribe.resumeAfter = after;
    subscribe.resumeSinceMs = since;
    return subscribe;
}

ClientMessage decodeUnsubscribe(const QJsonObject &object, const QString &id)
{
    QString problem;
    const std::optional<QStringList> symbols = symbolList(object, &problem);
    if (!symbols)
        return Malformed{problem, id};
    return Unsubscribe{id, *symbols};
}

std::optional<Tick> decodeTick(const QJsonValue &value, const QString &provider, QString *problem)
{
    const QJsonObject object = value.toObject();
    const SymbolCheck symbol = Symbol::check(object.value(QLatin1String("symbol")).toString());
    const std::optional<qint64> time = wholeNumber(object.value(QLatin1String("time")), 1);
    const QJsonValue price = object.value(QLatin1String("price"));
    const QJsonValue size = object.value(QLatin1String("size"));
    const QJsonValue tradeId = object.value(QLatin1String("tradeId"));
    const QJsonValue occurrence = object.value(QLatin1String("occurrence"));
    Tick tick;
    tick.provider = provider;
    tick.symbol = symbol.normalized;
    tick.timeMs = time.value_or(0);
    tick.price = price.toDouble();
    tick.size = size.isUndefined() ? 0.0 : size.toDouble(-1.0);
    if (!value.isObject() || !symbol.ok || !time || !price.isDouble() || !isValidPrice(tick.price)
        || !std::isfinite(tick.size) || tick.size < 0) {
        *problem = QStringLiteral("a tick needs symbol, time (UTC ms), a positive price and a size of 0 or more");
        return std::nullopt;
    }
    if (!tradeId.isUndefined()) {
        const std::optional<qint64> id = wholeNumber(tradeId, 0);
        if (!id) {
            *problem = QStringLiteral("\"tradeId\" must be a whole number of 0 or more");
            return std::nullopt;
        }
        tick.sequence = *id;
    }
    if (!occurrence.isUndefined()) {
        const std::optional<qint64> n = wholeNumber(occurrence, 0);
        if (!n || *n > kMaxOccurrence || tick.hasSequence()) {
            *problem = QStringLiteral("\"occurrence\" must be a whole number from 0 to %1, without \"tradeId\"")
                           .arg(kMaxOccurrence);
            return std::nullopt;
        }
        tick.occurrence = quint32(*n);
    }
    return tick;
}

ClientMessage decodePublish(const QJsonObject &object, const QString &id)
{
    static const QRegularExpression providerName(QStringLiteral("^[a-z0-9_-]{1,32}$"));
    const QJsonValue providerValue = object.value(QLatin1String("provider"));
    const QString provider =
        providerValue.isUndefined() ? QString::fromLatin1(kDefaultPublishProvider) : providerValue.toString();
    if (!providerName.match(provider).hasMatch())
        return Malformed{QStringLiteral("\"provider\" must be 1 to 32 of a-z 0-9 _ -"), id};
    const QJsonArray array = object.value(QLatin1String("ticks")).toArray();
    if (array.isEmpty() || array.size() > kMaxTicksPerPublish)
        return Malformed{QStringLiteral("\"ticks\" must be an array of 1 to %1 ticks").arg(kMaxTicksPerPublish), id};
    Publish publish{id, {}};
    publish.ticks.reserve(array.size());
    QString problem;
    for (const QJsonValue &value : array) {
        std::optional<Tick> tick = decodeTick(value, provider, &problem);
        if (!tick)
            return Malformed{problem, id};
        publish.ticks.append(std::move(*tick));
    }
    return publish;
}

QJsonArray symbolArray(const QStringList &symbols)
{
    return QJsonArray::fromStringList(symbols);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ClientMessage decodeClientMessage(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Malformed{QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset),
                         {}};
    if (!document.isObject())
        return Malformed{QStringLiteral("not a JSON object"), {}};
    const QJsonObject object = document.object();
    QString problem;
    const std::optional<QString> id = messageId(object, &problem);
    if (!id)
        return Malformed{problem, {}};
    const QJsonValue version = object.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) != kVersion)
        return Malformed{QStringLiteral("unsupported protocol version (this server speaks %1)").arg(kVersion), *id};
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == u"subscribe")
        return decodeSubscribe(object, *id);
    if (type == u"unsubscribe")
        return decodeUnsubscribe(object, *id);
    if (type == u"publish")
        return decodePublish(object, *id);
    if (type == u"ping")
        return Ping{object.value(QLatin1String("time")).toInteger(0)};
    if (type.isEmpty())
        return Malformed{QStringLiteral("no \"type\""), *id};
    return Malformed{QStringLiteral("unknown message type \"%1\"").arg(type.left(32)), *id};
}

QByteArray encodeSubscribe(const Subscribe &message)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("subscribe")},
                       {QStringLiteral("id"), message.id},
                       {QStringLiteral("symbols"), symbolArray(message.symbols)}};
    if (message.resumeAfter)
        object.insert(QStringLiteral("resume"), QJsonObject{{QStringLiteral("after"), *message.resumeAfter}});
    else if (message.resumeSinceMs)
        object.insert(QStringLiteral("resume"), QJsonObject{{QStringLiteral("since"), *message.resumeSinceMs}});
    return compact(object);
}

QByteArray encodeUnsubscribe(const Unsubscribe &message)
{
    return compact({{QStringLiteral("type"), QStringLiteral("unsubscribe")},
                    {QStringLiteral("id"), message.id},
                    {QStringLiteral("symbols"), symbolArray(message.symbols)}});
}

QByteArray encodePublish(const Publish &message)
{
    QJsonArray ticks;
    QString provider = QString::fromLatin1(kDefaultPublishProvider);
    for (const Tick &tick : message.ticks) {
        QJsonObject object{{QStringLiteral("symbol"), tick.symbol},
                           {QStringLiteral("time"), tick.timeMs},
                           {QStringLiteral("price"), tick.price},
                           {QStringLiteral("size"), tick.size}};
        if (tick.hasSequence())
            object.insert(QStringLiteral("tradeId"), tick.sequence);
        else if (tick.occurrence > 0)
            object.insert(QStringLiteral("occurrence"), qint64(tick.occurrence));
        if (!tick.provider.isEmpty())
            provider = tick.provider;
        ticks.append(object);
    }
    return compact({{QStringLiteral("type"), QStringLiteral("publish")},
                    {QStringLiteral("id"), message.id},
                    {QStringLiteral("provider"), provider},
                    {QStringLiteral("ticks"), ticks}});
}

QByteArray encodePing(qint64 timeMs)
{
    return compact({{QStringLiteral("type"), QStringLiteral("ping")}, {QStringLiteral("time"), timeMs}});
}

} // namespace tickerline::protocol
