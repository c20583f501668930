#pragma once

#include "AlertEvent.h"
#include "AlertRule.h"
#include "Instrument.h"
#include "Tick.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace tickerline {

class Clock;

// Evaluates the alert rules against every tick (not the GUI's coalesced
// frames) on the thread it lives on, and emits alertFired for each rule that
// fires. Per tick it costs one hash lookup per run of equal symbols in a batch
// and allocates nothing unless a rule fires. Silence (FeedStale) is measured
// with the clock: the time ticks arrive, not the provider's time stamps.
class AlertEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEngine)
public:
    static constexpr int StaleCheckIntervalMs = 500;

    explicit AlertEngine(const Clock &clock, QObject *parent = nullptr);
    ~AlertEngine() override;

public Q_SLOTS:
    // Replaces the rules; rules whose definition is unchanged keep their state
    // (armed or not, their time window). Disabled rules are not evaluated.
    void setRules(const tickerline::AlertRuleList &rules);
    void handleTicks(const tickerline::TickBatch &ticks);
    // 52-week highs and lows, used only where week52RangeIsPlausible().
    void handleInstruments(const tickerline::InstrumentList &instruments);
    // Fires the FeedStale rules whose silence has lasted long enough; a timer
    // calls it every StaleCheckIntervalMs while there are such rules.
    void checkStale();

Q_SIGNALS:
    void alertFired(const tickerline::AlertEvent &event);
    // A WhenFalse rule that had fired saw its condition false again at atMs.
    void ruleRearmed(const QString &ruleId, qint64 atMs);

private:
    struct RuleState;
    struct SymbolState;
    struct Week52
    {
        double low = 0.0;
        double high = 0.0;
    };

    void evaluate(SymbolState &state, const Tick &tick, qint64 nowMs);
    void step(RuleState &rule, bool holds, bool fires, qint64 nowMs, const Tick &tick);

    const Clock &m_clock;
    std::vector<std::unique_ptr<RuleState>> m_rules;
    QHash<QString, SymbolState> m_symbols;        // only symbols that have rules
    std::vector<RuleState *> m_feedRules;         // FeedStale rules without a symbol
    Tick m_lastFeedTick;
    qint64 m_feedLastSeenMs = 0;
    QHash<QString, Week52> m_week52;
    QTimer m_staleTimer;
};

} // namespace tickerline
