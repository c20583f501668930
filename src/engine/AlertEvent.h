#pragma once

#include "AlertRule.h"
#include "Tick.h"

#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace tickerline {

// A rule that fired, with the tick that fired it (for a stale feed: the last
// tick seen before the silence, or only its symbol when none came).
struct AlertEvent
{
    QString ruleId;
    QString rule;            // the rule's description when it fired
    AlertKind kind = AlertKind::PriceAbove;
    QString symbol;
    qint64 firedMs = 0;      // local time it fired (the engine's clock)
    Tick tick;

    friend bool operator==(const AlertEvent &, const AlertEvent &) = default;
};

using AlertEventList = QList<AlertEvent>;

[[nodiscard]] QJsonObject alertEventToJson(const AlertEvent &event);
[[nodiscard]] std::optional<AlertEvent> alertEventFromJson(const QJsonObject &object);

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::AlertEvent)
