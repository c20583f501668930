#include "AlertEngine.h"

#include "Clock.h"
#include "TimedWindow.h"

#include <algorithm>

namespace tickerline {

namespace {

struct PricePoint
{
    qint64 timeMs = 0;
    double price = 0.0;
};

} // namespace

struct AlertEngine::RuleState
{
    explicit RuleState(const AlertRule &r)
        : rule(r)
        // A rule that fired before (a previous run) waits for its re-arm,
        // unless its condition had been false again since.
        , armed(r.lastFiredMs == 0 || (r.rearm == AlertRearm::WhenFalse && r.rearmedMs > r.lastFiredMs))
        , window(qint64(r.windowSeconds) * 1000)
    {
    }

    AlertRule rule;
    bool armed;
    stream::TimedWindow<PricePoint> window;   // PercentMove only
};

struct AlertEngine::SymbolState
{
    std::vector<RuleState *> rules;
    std::optional<Week52> week52;
    Tick last;                 // the newest tick seen
    bool hasTick = false;
    qint64 lastSeenMs = 0;     // the clock when the last tick arrived (or when watching began)
};

AlertEngine::AlertEngine(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_staleTimer(this)
{
    m_staleTimer.setInterval(StaleCheckIntervalMs);
    connect(&m_staleTimer, &QTimer::timeout, this, &AlertEngine::checkStale);
}

AlertEngine::~AlertEngine() = default;

void AlertEngine::setRules(const AlertRuleList &rules)
{
    const qint64 now = m_clock.nowMs();
    std::vector<std::unique_ptr<RuleState>> previous = std::move(m_rules);
    QHash<QString, SymbolState> previousSymbols = std::move(m_symbols);
    m_rules.clear();
    m_symbols.clear();
    m_feedRules.clear();
    if (m_feedLastSeenMs == 0)
        m_feedLastSeenMs = now;

    bool watchesSilence = false;
    for (const AlertRule &rule : rules) {
        if (!rule.enabled)
            continue;
        const auto kept = std::find_if(previous.begin(), previous.end(), [&rule](const auto &state) {
            return state && state->rule.id == rule.id && state->rule.sameDefinition(rule);
        });
        std::unique_ptr<RuleState> state = kept != previous.end() ? std::move(*kept) : std::make_unique<RuleState>(rule);
        watchesSilence = watchesSilence || rule.kind == AlertKind::FeedStale;
        if (rule.symbol.isEmpty()) {
            if (rule.kind == AlertKind::FeedStale)
                m_feedRules.push_back(state.get());
        } else {
            auto it = m_symbols.find(rule.symbol);
            if (it == m_symbols.end()) {
                SymbolState symbol;
                if (const auto old = previousSymbols.constFind(rule.symbol); old != previousSymbols.cend()) {
                    symbol.last = old->last;
                    symbol.hasTick = old->hasTick;
                    symbol.lastSeenMs = old->lastSeenMs;
                } else {
                    symbol.lastSeenMs = now;
                }
                if (const auto facts = m_week52.constFind(rule.symbol); facts != m_week52.cend())
                    symbol.week52 = *facts;
                it = m_symbols.insert(rule.symbol, symbol);
            }
            it->rules.push_back(state.get());
        }
        m_rules.push_back(std::move(state));
    }
    if (watchesSilence)
        m_staleTimer.start();
    else
        m_staleTimer.stop();
}

void AlertEngine::handleTicks(const TickBatch &ticks)
{
    if (ticks.isEmpty() || m_rules.empty())
        return;
    const qint64 now = m_clock.nowMs();
    if (!m_feedRules.empty()) {
        m_lastFeedTick = ticks.constLast();
        m_feedLastSeenMs = now;
        for (RuleState *rule : m_feedRules)
            step(*rule, false, false, now, m_lastFeedTick);
    }
    if (m_symbols.isEmpty())
        return;
    // Feeds batch ticks by symbol more often than not: look each run up once.
    SymbolState *state = nullptr;
    const QString *symbol = nullptr;
    for (const Tick &tick : ticks) {
        if (!symbol || tick.symbol != *symbol) {
            symbol = &tick.symbol;
            const auto it = m_symbols.find(tick.symbol);
            state = it != m_symbols.end() ? &*it : nullptr;
        }
        if (state)
            evaluate(*state, tick, now);
    }
}

void AlertEngine::evaluate(SymbolState &state, const Tick &tick, qint64 nowMs)
{
    state.lastSeenMs = nowMs;
    // A late tick (backfill, replay) says nothing about the price now.
    if (state.hasTick && tick.timeMs < state.last.timeMs)
        return;
    const bool hadPrice = state.hasTick;
    const double previous = state.last.price;
    const double price = tick.price;
    for (RuleState *rule : state.rules) {
        switch (rule->rule.kind) {
        case AlertKind::PriceAbove: {
            const bool holds = price >= rule->rule.level;
            step(*rule, holds, holds, nowMs, tick);
            break;
        }
        case AlertKind::PriceBelow: {
            const bool holds = price <= rule->rule.level;
            step(*rule, holds, holds, nowMs, tick);
            break;
        }
        case AlertKind::PercentMove: {
            stream::TimedWindow<PricePoint> &window = rule->window;
            window.push(PricePoint{tick.timeMs, price});
            const double low = window.min();
            const double high = window.max();
            const double move = std::max(low > 0 ? (price - low) / low : 0.0, high > 0 ? (high - price) / high : 0.0);
            const bool holds = move * 100.0 >= rule->rule.percent;
            step(*rule, holds, holds, nowMs, tick);
            break;
        }
        case AlertKind::Week52High:
            if (state.week52) {
                const double high = state.week52->high;
                const bool above = price > high;
                step(*rule, above, above && hadPrice && previous <= high, nowMs, tick);
            }
            break;
        case AlertKind::Week52Low:
            if (state.week52) {
                const double low = state.week52->low;
                const bool below = price < low;
                step(*rule, below, below && hadPrice && previous >= low, nowMs, tick);
            }
            break;
        case AlertKind::FeedStale:
            step(*rule, false, false, nowMs, tick);
            break;
        }
    }
    state.last = tick;
    state.hasTick = true;
}

void AlertEngine::step(RuleState &rule, bool holds, bool fires, qint64 nowMs, const Tick &tick)
{
    if (!holds) {
        if (rule.rule.rearm == AlertRearm::WhenFalse && !rule.armed) {
            rule.armed = true;
            rule.rule.rearmedMs = nowMs;
            Q_EMIT ruleRearmed(rule.rule.id, nowMs);
        }
        return;
    }
    if (!fires)
        return;
    if (!rule.armed) {
        const bool cooledDown = rule.rule.rearm == AlertRearm::AfterCooldown
            && nowMs - rule.rule.lastFiredMs >= qint64(rule.rule.cooldownSeconds) * 1000;
        if (!cooledDown)
            return;
    }
    rule.armed = false;
    rule.rule.lastFiredMs = nowMs;
    AlertEvent event;
    event.ruleId = rule.rule.id;
    event.rule = describeAlertRule(rule.rule);
    event.kind = rule.rule.kind;
    event.symbol = rule.rule.symbol.isEmpty() ? tick.symbol : rule.rule.symbol;
    event.firedMs = nowMs;
    event.tick = tick;
    Q_EMIT alertFired(event);
}

void AlertEngine::handleInstruments(const InstrumentList &instruments)
{
    for (const Instrument &instrument : instruments) {
        std::optional<Week52> facts;
        if (week52RangeIsPlausible(instrument))
            facts = Week52{*instrument.week52Low, *instrument.week52High};
        if (facts)
            m_week52.insert(instrument.symbol, *facts);
        else
            m_week52.remove(instrument.symbol);
        if (const auto it = m_symbols.find(instrument.symbol); it != m_symbols.end())
            it->week52 = facts;
    }
}

void AlertEngine::checkStale()
{
    const qint64 now = m_clock.nowMs();
    for (RuleState *rule : m_feedRules) {
        const bool silent = now - m_feedLastSeenMs >= qint64(rule->rule.staleSeconds) * 1000;
        step(*rule, silent, silent, now, m_lastFeedTick);
    }
    for (auto it = m_symbols.begin(); it != m_symbols.end(); ++it) {
        for (RuleState *rule : it->rules) {
            if (rule->rule.kind != AlertKind::FeedStale)
                continue;
            const bool silent = now - it->lastSeenMs >= qint64(rule->rule.staleSeconds) * 1000;
            Tick last = it->last;
            last.symbol = it.key();
            step(*rule, silent, silent, now, last);
        }
    }
}

} // namespace tickerline
