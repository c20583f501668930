#include "AlertCenter.h"

#include "AlertLogModel.h"
#include "AlertNotifier.h"
#include "Engine.h"
#include "QuoteFormat.h"
#include "Symbol.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

AlertCenter::AlertCenter(Engine &engine, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(QDir(folder).filePath(u"alerts.json"_s))
    , m_log(QDir(folder).filePath(u"alerts-log.jsonl"_s))
    , m_logModel(new AlertLogModel(AlertLog::DefaultMaxEntries, this))
{
    m_logModel->setObjectName(u"alertLogModel"_s);
    QString error;
    m_rules = m_store.load(&error);
    if (!error.isEmpty()) {
        // Reported once the window can show it.
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT problemOccurred(tr("Could not read the alert rules: %1").arg(error));
        });
    }
    m_logModel->setEvents(m_log.load());
    connect(&m_engine, &Engine::alertFired, this, &AlertCenter::handleAlert);
    connect(&m_engine, &Engine::alertRuleRearmed, this, &AlertCenter::handleRearmed);
    m_engine.setAlertRules(m_rules);
}

QString AlertCenter::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void AlertCenter::setKnownSymbols(const QStringList &symbols)
{
    m_knownSymbols = symbols;
}

QString AlertCenter::saveRule(AlertRule rule)
{
    rule.symbol = rule.symbol.trimmed().toUpper();
    const QString problem = alertRuleProblem(rule, m_knownSymbols);
    if (!problem.isEmpty())
        return problem;
    if (rule.id.isEmpty())
        rule.id = newAlertRuleId();
    const auto existing = std::find_if(m_rules.begin(), m_rules.end(),
                                       [&rule](const AlertRule &r) { return r.id == rule.id; });
    if (existing == m_rules.end()) {
        rule.lastFiredMs = 0;
        m_rules.append(rule);
    } else {
        // An edited condition starts afresh; only switching it on or off keeps the history.
        AlertRule unchanged = rule;
        unchanged.enabled = existing->enabled;
        rule.lastFiredMs = unchanged.sameDefinition(*existing) ? existing->lastFiredMs : 0;
        *existing = rule;
    }
    publishRules();
    return {};
}

void AlertCenter::removeRule(const QString &id)
{
    if (m_rules.removeIf([&id](const AlertRule &r) { return r.id == id; }) > 0)
        publishRules();
}

QStringList AlertCenter::symbolsWithAlerts() const
{
    QStringList symbols;
    for (const AlertRule &rule : m_rules) {
        if (rule.enabled && !rule.symbol.isEmpty() && !symbols.contains(rule.symbol))
            symbols.append(rule.symbol);
    }
    return symbols;
}

void AlertCenter::setNotifier(AlertNotifier *notifier)
{
    m_notifier = notifier;
}

QString AlertCenter::notificationTitle(const AlertEvent &event)
{
    return event.symbol.isEmpty() ? tr("Alert") : tr("Alert: %1").arg(event.symbol);
}

QString AlertCenter::notificationMessage(const AlertEvent &event)
{
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.firedMs).toLocalTime().time(),
                                            u"HH:mm:ss"_s);
    if (event.kind == AlertKind::FeedStale || event.tick.price <= 0)
        return tr("%1 (%2)").arg(event.rule, time);
    return tr("%1 \u2014 last %2 at %3").arg(event.rule, formatPrice(event.tick.price), time);
}

void AlertCenter::handleRearmed(const QString &ruleId, qint64 atMs)
{
    // Kept, so that the next launch knows the rule may fire again at once.
    if (AlertRule *rule = findRule(ruleId)) {
        rule->rearmedMs = atMs;
        saveRules();
    }
}

void AlertCenter::handleAlert(const AlertEvent &event)
{
    if (AlertRule *rule = findRule(event.ruleId)) {
        rule->lastFiredMs = event.firedMs;
        saveRules();
        Q_EMIT rulesChanged();
    }
    QString error;
    if (!m_log.append(event, &error))
        Q_EMIT problemOccurred(tr("Could not write the alerts log: %1").arg(error));
    m_logModel->addEvent(event);
    if (m_notifier)
        m_notifier->notify(event, notificationTitle(event), notificationMessage(event));
    Q_EMIT alertShown(event);
}

void AlertCenter::publishRules()
{
    m_engine.setAlertRules(m_rules);
    saveRules();
    Q_EMIT rulesChanged();
}

AlertRule *AlertCenter::findRule(const QString &id)
{
    const auto rule = std::find_if(m_rules.begin(), m_rules.end(), [&id](const AlertRule &r) { return r.id == id; });
    return rule != m_rules.end() ? &*rule : nullptr;
}

void AlertCenter::saveRules()
{
    QString error;
    if (!m_store.save(m_rules, &error))
        Q_EMIT problemOccurred(tr("Could not save the alert rules: %1").arg(error));
}

} // namespace tickerline
