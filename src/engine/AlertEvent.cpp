#include "AlertEvent.h"

using namespace Qt::StringLiterals;

namespace tickerline {

QJsonObject alertEventToJson(const AlertEvent &event)
{
    QJsonObject tick{
        {u"provider"_s, event.tick.provider},
        {u"timeMs"_s, event.tick.timeMs},
        {u"price"_s, event.tick.price},
        {u"size"_s, event.tick.size},
        {u"receivedMs"_s, event.tick.receivedMs},
    };
    if (event.tick.hasSequence())
        tick.insert(u"sequence"_s, event.tick.sequence);
    return QJsonObject{
        {u"ruleId"_s, event.ruleId},
        {u"rule"_s, event.rule},
        {u"kind"_s, alertKindKey(event.kind)},
        {u"symbol"_s, event.symbol},
        {u"firedMs"_s, event.firedMs},
        {u"tick"_s, tick},
    };
}

std::optional<AlertEvent> alertEventFromJson(const QJsonObject &object)
{
    const std::optional<AlertKind> kind = alertKindFromKey(object.value(u"kind"_s).toString());
    const qint64 firedMs = object.value(u"firedMs"_s).toInteger();
    if (!kind || firedMs <= 0)
        return std::nullopt;
    AlertEvent event;
    event.ruleId = object.value(u"ruleId"_s).toString();
    event.rule = object.value(u"rule"_s).toString();
    event.kind = *kind;
    event.symbol = object.value(u"symbol"_s).toString();
    event.firedMs = firedMs;
    const QJsonObject tick = object.value(u"tick"_s).toObject();
    event.tick.symbol = event.symbol;
    event.tick.provider = tick.value(u"provider"_s).toString();
    event.tick.timeMs = tick.value(u"timeMs"_s).toInteger();
    event.tick.price = tick.value(u"price"_s).toDouble();
    event.tick.size = tick.value(u"size"_s).toDouble();
    event.tick.receivedMs = tick.value(u"receivedMs"_s).toInteger();
    event.tick.sequence = tick.value(u"sequence"_s).toInteger(-1);
    return event;
}

} // namespace tickerline
