#include "AlphaVantageParser.h"

#include "ParserSupport.h"
#include "TimeUnits.h"
#include "WireValues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tickerline::alphavantage {

namespace {


// Alpha Vantage's in-band errors. Returns true when the body was one.
bool readError(const QJsonObject &object, const QString &symbol, ParseResult &result)
{
    for (const QStringView key : {QStringView(u"Information"), QStringView(u"Note")}) {
        if (const QJsonValue value = object.value(key); value.isString()) {
            const QString message = value.toString();
            const bool aboutKey = classifyErrorMessage(message) == ProviderError::Kind::Auth;
            result.error = makeProviderError(
                message, aboutKey ? ProviderError::Kind::Auth : ProviderError::Kind::RateLimited);
            return true;
        }
    }
    if (const QJsonValue value = object.value(u"Error Message"); value.isString()) {
        const QString message = value.toString();
        const bool aboutKey = classifyErrorMessage(message) == ProviderError::Kind::Auth;
        result.error = makeProviderError(
            message, aboutKey ? ProviderError::Kind::Auth : ProviderError::Kind::UnknownSymbol);
        if (!aboutKey)
            result.error->symbols = {symbol};
        return true;
    }
    return false;
}

std::optional<QJsonObject> readBody(const QByteArray &body, const QString &symbol, ParseResult &result)
{
    const auto root = wire::parseJson(body);
    if (!root || !root->isObject()) {
        ++result.malformed;
        return std::nullopt;
    }
    const QJsonObject object = root->toObject();
    if (readError(object, symbol, result))
        return std::nullopt;
    return object;
}

QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

std::optional<qint64> closeTimeMs(const QString &tradingDay, qint64 nowMs)
{
    const QDate day = QDate::fromString(tradingDay, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    const qint64 close = QDateTime(day, QTime(16, 0), newYork()).toMSecsSinceEpoch();
    const qint64 stamped = wire::isPlausibleTimeMs(nowMs) ? std::min(close, nowMs) : close;
    return wire::isPlausibleTimeMs(stamped) ? std::optional(stamped) : std::nullopt;
}

// "Time Series (5min)" → 5 min, "Time Series (Daily)" → 1 day, "Weekly …", "Monthly …".
std::optional<qint64> seriesIntervalMs(const QString &key)
{
    static const QRegularExpression minutes(QStringLiteral("\\((\\d+)min\\)"));
    if (const QRegularExpressionMatch match = minutes.match(key); match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        return count > 0 && count <= 1440 ? std::optional(count * MsPerMinute) : std::nullopt;
    }
    if (key.contains(QLatin1String("Daily")))
        return MsPerDay;
    if (key.startsWith(QLatin1String("Weekly")))
        return 7 * MsPerDay;
    if (key.startsWith(QLatin1String("Monthly")))
        return 30 * MsPerDay;
    return std::nullopt;
}

// Field names come numbered ("1. open", "5. adjusted close", "6. volume"): match on the name.
std::optional<double> field(const QJsonObject &values, QLatin1String name)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString key = it.key();
        const qsizetype dot = key.indexOf(QLatin1String(". "));
        if (QStringView(key).mid(dot < 0 ? 0 : dot + 2) == name)
            return wire::number(it.value());
    }
    return std::nullopt;
}

QTimeZone seriesZone(const QJsonObject &meta)
{
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.key().endsWith(QLatin1String("Time Zone"))) {
            const QTimeZone zone(it.value().toString().toLatin1());
            if (zone.isValid())
                return zone;
        }
    }
    return newYork();   // what Alpha Vantage uses for every US series
}

} // namespace

ParseResult parseGlobalQuote(const QByteArray &body, const QString &symbol, qint64 nowMs)
{
    ParseResult result;
    const auto object = readBody(body, symbol, result);
    if (!object)
        return result;
    const QJsonValue quoteValue = object->value(u"Global Quote");
    if (!quoteValue.isObject()) {
        ++result.malformed;
        return result;
    }
    const QJsonObject quote = quoteValue.toObject();
    if (quote.isEmpty()) {
        result.error = makeProviderError(QString(u"Alpha Vantage has no quote for " + symbol),
                                         ProviderError::Kind::UnknownSymbol);
        result.error->symbols = {symbol};
        return result;
    }
    const auto price = wire::number(quote.value(u"05. price"));
    const auto time = closeTimeMs(quote.value(u"07. latest trading day").toString(), nowMs);
    if (!price || !isValidPrice(*price) || !time) {
        ++result.malformed;
        return result;
    }
    support::appendQuote(result, support::makeTick(symbol, ProviderName.toString(), *time, *price, nowMs),
                         wire::number(quote.value(u"08. previous close")));
    return result;
}

ParseResult parseOverview(const QByteArray &body, const QString &symbol, qint64 nowMs)
{
    ParseResult result;
    const auto object = readBody(body, symbol, result);
    if (!object)
        return result;
    if (object->isEmpty()) {
        ++result.ignored;
        return result;
    }
    Instrument instrument = support::makeInstrument(symbol, ProviderName.toString(), nowMs);
    instrument.name = object->value(u"Name").toString();
    instrument.currency = object->value(u"Currency").toString();
    instrument.exchange = object->value(u"Exchange").toString();
    if (!support::setWeek52(instrument, wire::number(object->value(u"52WeekHigh")),
                            wire::number(object->value(u"52WeekLow"))))
        ++result.malformed;
    result.instruments.append(instrument);
    return result;
}

ParseResult parseTimeSeries(const QByteArray &body, const QString &symbol)
{
    ParseResult result;
    const auto object = readBody(body, symbol, result);
    if (!object)
        return result;
    auto series = object->constEnd();
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (it.key().contains(QLatin1String("Time Series")) && it.value().isObject())
            series = it;
    }
    const auto intervalMs = series == object->constEnd() ? std::nullopt : seriesIntervalMs(series.key());
    if (!intervalMs) {
        ++result.malformed;
        return result;
    }
    const QTimeZone zone = seriesZone(object->value(u"Meta Data").toObject());
    const QString provider = ProviderName.toString();
    const QJsonObject entries = series.value().toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject values = it.value().toObject();
        const auto time = wire::parseLocalTimeMs(it.key(), zone);
        const auto open = field(values, QLatin1String("open"));
        const auto high = field(values, QLatin1String("high"));
        const auto low = field(values, QLatin1String("low"));
        const auto close = field(values, QLatin1String("close"));
        const auto volume = field(values, QLatin1String("volume"));
        if (!time || !open || !high || !low || !close || !support::isValidOhlc(*open, *high, *low, *close)
            || (volume && !(*volume >= 0.0))
            || (volume && !std::isfinite(*volume))) {
            ++result.malformed;
            continue;
        }
        result.bars.append(Bar{symbol, provider, *time, *intervalMs, *open, *high, *low, *close,
                               volume.value_or(0.0)});
    }
    support::sortBars(result.bars);
    return result;
}

} // namespace tickerline::alphavantage
