#include "AlertRule.h"

#include "Symbol.h"

#include <QCoreApplication>
#include <QUuid>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline", text);
}

// Names in the rules file; never translated, never reordered.
constexpr std::array KindNames{
    std::pair{AlertKind::PriceAbove, "priceAbove"},
    std::pair{AlertKind::PriceBelow, "priceBelow"},
    std::pair{AlertKind::PercentMove, "percentMove"},
    std::pair{AlertKind::Week52High, "week52High"},
    std::pair{AlertKind::Week52Low, "week52Low"},
    std::pair{AlertKind::FeedStale, "feedStale"},
};
constexpr std::array RearmNames{
    std::pair{AlertRearm::Once, "once"},
    std::pair{AlertRearm::WhenFalse, "whenFalse"},
    std::pair{AlertRearm::AfterCooldown, "afterCooldown"},
};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[e, name] : names) {
        if (text == QLatin1StringView(name))
            return e;
    }
    return std::nullopt;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

bool AlertRule::sameDefinition(const AlertRule &other) const
{
    AlertRule a = *this;
    AlertRule b = other;
    a.lastFiredMs = b.lastFiredMs = 0;
    a.rearmedMs = b.rearmedMs = 0;
    return a == b;
}

QString alertRuleProblem(const AlertRule &rule, const QStringList &knownSymbols)
{
    if (rule.symbol.isEmpty()) {
        if (rule.kind != AlertKind::FeedStale)
            return tr("Choose a symbol.");
    } else {
        const SymbolCheck check = Symbol::check(rule.symbol);
        if (!check.ok)
            return check.reason;
        if (!knownSymbols.contains(check.normalized))
            return tr("\u201c%1\u201d is not on the watchlist; add it in Settings first.").arg(check.normalized);
    }
    switch (rule.kind) {
    case AlertKind::PriceAbove:
    case AlertKind::PriceBelow:
        if (!std::isfinite(rule.level) || rule.level <= 0.0)
            return tr("The price level must be above zero.");
        break;
    case AlertKind::PercentMove:
        if (!std::isfinite(rule.percent) || rule.percent <= 0.0)
            return tr("The move must be more than 0 %.");
        if (rule.windowSeconds <= 0)
            return tr("The time window must be longer than 0 seconds.");
        break;
    case AlertKind::FeedStale:
        if (rule.staleSeconds <= 0)
            return tr("The silence must be longer than 0 seconds.");
        break;
    case AlertKind::Week52High:
    case AlertKind::Week52Low:
        break;
    }
    if (rule.rearm == AlertRearm::AfterCooldown && rule.cooldownSeconds <= 0)
        return tr("The cool-down must be longer than 0 seconds.");
    return {};
}

QString describeAlertRule(const AlertRule &rule)
{
    switch (rule.kind) {
    case AlertKind::PriceAbove:
        return tr("%1 at or above %2").arg(rule.symbol, number(rule.level));
    case AlertKind::PriceBelow:
        return tr("%1 at or below %2").arg(rule.symbol, number(rule.level));
    case AlertKind::PercentMove:
        return tr("%1 moves \u00b1%2 % within %3 s").arg(rule.symbol, number(rule.percent)).arg(rule.windowSeconds);
    case AlertKind::Week52High:
        return tr("%1 crosses its 52-week high").arg(rule.symbol);
    case AlertKind::Week52Low:
        return tr("%1 crosses its 52-week low").arg(rule.symbol);
    case AlertKind::FeedStale:
        if (rule.symbol.isEmpty())
            return tr("No tick from the feed for %1 s").arg(rule.staleSeconds);
        return tr("No tick for %1 for %2 s").arg(rule.symbol).arg(rule.staleSeconds);
    }
    return {};
}

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::PriceAbove: return tr("Price at or above");
    case AlertKind::PriceBelow: return tr("Price at or below");
    case AlertKind::PercentMove: return tr("Move within a time window");
    case AlertKind::Week52High: return tr("Crosses the 52-week high");
    case AlertKind::Week52Low: return tr("Crosses the 52-week low");
    case AlertKind::FeedStale: return tr("No ticks (stale feed)");
    }
    return {};
}

QString alertRearmName(AlertRearm rearm)
{
    switch (rearm) {
    case AlertRearm::Once: return tr("Once");
    case AlertRearm::WhenFalse: return tr("Again once the condition was false");
    case AlertRearm::AfterCooldown: return tr("Again after a cool-down");
    }
    return {};
}

QString alertKindKey(AlertKind kind)
{
    return nameOf(KindNames, kind);
}

std::optional<AlertKind> alertKindFromKey(const QString &key)
{
    return valueOf(KindNames, key);
}

QJsonObject alertRuleToJson(const AlertRule &rule)
{
    QJsonObject object{
        {u"id"_s, rule.id},
        {u"symbol"_s, rule.symbol},
        {u"kind"_s, nameOf(KindNames, rule.kind)},
        {u"rearm"_s, nameOf(RearmNames, rule.rearm)},
        {u"enabled"_s, rule.enabled},
    };
    switch (rule.kind) {
    case AlertKind::PriceAbove:
    case AlertKind::PriceBelow:
        object.insert(u"level"_s, rule.level);
        break;
    case AlertKind::PercentMove:
        object.insert(u"percent"_s, rule.percent);
        object.insert(u"windowSeconds"_s, rule.windowSeconds);
        break;
    case AlertKind::FeedStale:
        object.insert(u"staleSeconds"_s, rule.staleSeconds);
        break;
    case AlertKind::Week52High:
    case AlertKind::Week52Low:
        break;
    }
    if (rule.rearm == AlertRearm::AfterCooldown)
        object.insert(u"cooldownSeconds"_s, rule.cooldownSeconds);
    if (rule.lastFiredMs > 0)
        object.insert(u"lastFiredMs"_s, rule.lastFiredMs);
    if (rule.rearmedMs > 0)
        object.insert(u"rearmedMs"_s, rule.rearmedMs);
    return object;
}

std::optional<AlertRule> alertRuleFromJson(const QJsonObject &object)
{
    const std::optional<AlertKind> kind = valueOf(KindNames, object.value(u"kind"_s).toString());
    const std::optional<AlertRearm> rearm = valueOf(RearmNames, object.value(u"rearm"_s).toString());
    AlertRule rule;
    rule.id = object.value(u"id"_s).toString();
    if (!kind || !rearm || rule.id.isEmpty())
        return std::nullopt;
    rule.kind = *kind;
    rule.rearm = *rearm;
    rule.symbol = object.value(u"symbol"_s).toString();
    rule.level = object.value(u"level"_s).toDouble();
    rule.percent = object.value(u"percent"_s).toDouble();
    rule.windowSeconds = object.value(u"windowSeconds"_s).toInt();
    rule.staleSeconds = object.value(u"staleSeconds"_s).toInt();
    rule.cooldownSeconds = object.value(u"cooldownSeconds"_s).toInt();
    rule.enabled = object.value(u"enabled"_s).toBool(true);
    rule.lastFiredMs = object.value(u"lastFiredMs"_s).toInteger();
    rule.rearmedMs = object.value(u"rearmedMs"_s).toInteger();
    return rule;
}

QString newAlertRuleId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tickerline
