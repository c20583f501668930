#pragma once

#include "AlertLog.h"
#include "AlertRule.h"
#include "AlertRuleStore.h"

#include <QObject>
#include <QStringList>

namespace tickerline {

class AlertLogModel;
class AlertNotifier;
class Engine;

// The GUI's side of alerts: keeps the rules (alerts.json) and gives them to
// the engine, which evaluates them on every tick; takes the alerts it fires
// into the log (alerts-log.jsonl and the log view's model) and tells the user
// through the notifier.
class AlertCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertCenter)
public:
    // Rules and log in folder (the app data folder in the app).
    AlertCenter(Engine &engine, const QString &folder, QObject *parent = nullptr);

    [[nodiscard]] const AlertRuleList &rules() const { return m_rules; }
    [[nodiscard]] QStringList knownSymbols() const { return m_knownSymbols; }
    // The watchlist: rules may be made for these symbols.
    void setKnownSymbols(const QStringList &symbols);
    // Adds the rule, or replaces the one with its id. Returns why it was
    // refused (translated), or an empty string when it was kept.
    QString saveRule(AlertRule rule);
    void removeRule(const QString &id);
    // Symbols that have an enabled rule.
    [[nodiscard]] QStringList symbolsWithAlerts() const;

    [[nodiscard]] AlertLogModel *logModel() const { return m_logModel; }
    // Not owned; nullptr: none.
    void setNotifier(AlertNotifier *notifier);

    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] static QString notificationTitle(const AlertEvent &event);
    [[nodiscard]] static QString notificationMessage(const AlertEvent &event);

Q_SIGNALS:
    void rulesChanged();
    void alertShown(const tickerline::AlertEvent &event);
    // Rules or log could not be read or written.
    void problemOccurred(const QString &message);

private:
    void handleAlert(const AlertEvent &event);
    void handleRearmed(const QString &ruleId, qint64 atMs);
    void publishRules();
    // nullptr: no rule has this id.
    [[nodiscard]] AlertRule *findRule(const QString &id);
    // Writes alerts.json; says so through problemOccurred when it cannot.
    void saveRules();

    Engine &m_engine;
    AlertRuleStore m_store;
    AlertLog m_log;
    AlertLogModel *m_logModel;
    AlertNotifier *m_notifier = nullptr;
    AlertRuleList m_rules;
    QStringList m_knownSymbols;
};

} // namespace tickerline
