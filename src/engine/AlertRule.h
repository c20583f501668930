#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace tickerline {

enum class AlertKind : quint8 {
    PriceAbove,    // last price at or above level
    PriceBelow,    // last price at or below level
    PercentMove,   // the price moved by percent or more (up or down) within windowSeconds
    Week52High,    // the price crosses above the instrument's 52-week high
    Week52Low,     // the price crosses below the instrument's 52-week low
    FeedStale,     // no tick for staleSeconds (for symbol, or for the whole feed when symbol is empty)
};

// When a rule that fired may fire again.
enum class AlertRearm : quint8 {
    Once,            // never again (until the rule is edited)
    WhenFalse,       // once its condition has been false again (hysteresis)
    AfterCooldown,   // cooldownSeconds after it fired, if the condition holds then
};

// One alert rule as the user defines it; the engine keeps its live state apart.
struct AlertRule
{
    QString id;                  // stable and unique
    QString symbol;              // empty only for a feed-wide FeedStale rule
    AlertKind kind = AlertKind::PriceAbove;
    double level = 0.0;          // PriceAbove, PriceBelow
    double percent = 0.0;        // PercentMove
    int windowSeconds = 0;       // PercentMove
    int staleSeconds = 0;        // FeedStale
    AlertRearm rearm = AlertRearm::WhenFalse;
    int cooldownSeconds = 0;     // AfterCooldown
    bool enabled = true;
    qint64 lastFiredMs = 0;      // 0: never
    // WhenFalse: when its condition was seen false again after it fired (0: not
    // since), kept so that a rule still true at the next launch stays quiet.
    qint64 rearmedMs = 0;

    // The same condition and policy (the firing history aside).
    [[nodiscard]] bool sameDefinition(const AlertRule &other) const;
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

using AlertRuleList = QList<AlertRule>;

// Why the rule cannot be kept (translated), or empty when it can. knownSymbols
// are the symbols the app watches; an alert on any other would never fire.
[[nodiscard]] QString alertRuleProblem(const AlertRule &rule, const QStringList &knownSymbols);

// "AAPL at or above 190", "TSLA ±2 % within 300 s" … (translated).
[[nodiscard]] QString describeAlertRule(const AlertRule &rule);
[[nodiscard]] QString alertKindName(AlertKind kind);       // translated, for lists
[[nodiscard]] QString alertRearmName(AlertRearm rearm);    // translated, for lists

// The kind as files spell it ("priceAbove"), and back.
[[nodiscard]] QString alertKindKey(AlertKind kind);
[[nodiscard]] std::optional<AlertKind> alertKindFromKey(const QString &key);

[[nodiscard]] QJsonObject alertRuleToJson(const AlertRule &rule);
// nullopt when the object is not a rule (unknown kind, missing id …).
[[nodiscard]] std::optional<AlertRule> alertRuleFromJson(const QJsonObject &object);

// A fresh id for a new rule.
[[nodiscard]] QString newAlertRuleId();

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::AlertRule)
Q_DECLARE_METATYPE(tickerline::AlertRuleList)
