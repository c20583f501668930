#pragma once

#include "Bar.h"
#include "Instrument.h"
#include "SimulatedPath.h"
#include "SimulatedProfile.h"
#include "SimulatedRandom.h"
#include "Tick.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace tickerline {

// A deterministic market generator: no timers, no QObject, time is passed in.
// A symbol's price is a function of (seed, symbol, time) alone (a
// SimulatedPath), so every start with one seed shows one market: the same
// history, the same 52-week band, and prices that meet the ticks recorded by
// earlier runs. Trades arrive as a Poisson process with random sizes, drawn
// from the symbol's own random stream, so the ticks of one symbol depend only
// on the seed, the symbol and the times it was added or skipped — not on how
// the calls to advanceTo() are sliced or which other symbols are simulated.
// The market trades around the clock; "a year" is 365.25 calendar days.
class SimulatedMarket final
{
public:
    static constexpr int MaxHistoryDays = 31;

    // Rates are clamped to [0.001, 1e7] ticks per second; 0 or less: no ticks.
    SimulatedMarket(quint64 seed, const QStringList &symbols, double ticksPerSecondPerSymbol, qint64 nowMs);

    [[nodiscard]] static QString providerName();   // "simulated"

    // The active symbols in the order given. A symbol dropped earlier keeps its
    // state and resumes at the market's current time without catching up on
    // its absence. Returns the symbols that were never simulated before, i.e.
    // those that need history.
    QStringList setSymbols(const QStringList &symbols);
    [[nodiscard]] const QStringList &symbols() const { return m_symbols; }
    [[nodiscard]] qint64 nowMs() const { return m_nowMs; }
    [[nodiscard]] double ticksPerSecondPerSymbol() const { return m_ticksPerSecond; }
    // The price at nowMs(), rounded as ticks are.
    [[nodiscard]] std::optional<double> lastPrice(const QString &symbol) const;
    // The price at any time, rounded as ticks are: what a tick at that time
    // carries, in this run or any other with the same seed.
    [[nodiscard]] std::optional<double> priceAt(const QString &symbol, qint64 timeMs) const;

    // Every tick of the active symbols with a time in (nowMs(), nowMs], sorted
    // by time (ties: in the order the symbols were first added). Tick times
    // are whole milliseconds, so at high rates a symbol has several ticks in
    // one millisecond: its sequences, not its times, are strictly increasing. Sequences grow
    // with time, so a restarted market never reuses numbers stored earlier.
    [[nodiscard]] TickBatch advanceTo(qint64 nowMs);
    // Moves on to nowMs without producing ticks, for a feed that was away.
    void skipTo(qint64 nowMs);

    // One-minute bars of complete minutes for the last `days` days (at most
    // MaxHistoryDays) up to nowMs, from the same prices as the ticks: open and
    // close at the minute's ends, high and low of every 10 s. Volumes too are
    // a function of the minute, so any two histories agree where they overlap.
    [[nodiscard]] BarBatch history(qint64 nowMs, int days) const;
    [[nodiscard]] BarBatch history(const QStringList &symbols, qint64 nowMs, int days) const;

    // Name, the profile's currency and exchange, previous day's close, a 52-week band that
    // holds the last week of history and the current price, and a letter logo.
    // The band is sampled on a fixed grid from the start of the UTC day a
    // year ago: restarts within a day see the same band unless the price
    // has made a new extreme since.
    [[nodiscard]] InstrumentList instruments(qint64 nowMs) const;
    [[nodiscard]] InstrumentList instruments(const QStringList &symbols, qint64 nowMs) const;

private:
    struct SymbolState
    {
        QString symbol;
        SimulatedProfile profile;
        SimulatedRandom random;         // arrivals and sizes
        SimulatedPath path;             // prices
        quint64 volumeKey = 0;
        // The last event's time is eventBaseMs + eventFractionMs, split so
        // that sub-millisecond gaps keep their precision at epoch-sized times.
        qint64 eventBaseMs = 0;
        double eventFractionMs = 0.0;   // in [0, 1)
        double pendingGapMs = 0.0;      // the next arrival comes this long after the last event
        qint64 nextTickMs = 0;          // that arrival rounded up to a whole millisecond
        qint64 lastSequence = 0;
        bool active = true;
    };

    [[nodiscard]] SymbolState makeState(const QString &symbol, qint64 nowMs);
    [[nodiscard]] const SymbolState *findState(const QString &symbol) const;
    void scheduleNext(SymbolState &state);
    void jump(SymbolState &state, qint64 toMs);
    void emitTick(SymbolState &state, qint64 receivedMs, TickBatch &out);
    void appendHistory(const SymbolState &state, qint64 nowMs, int days, BarBatch &out) const;
    [[nodiscard]] Instrument instrument(const SymbolState &state, qint64 nowMs) const;

    quint64 m_seed;
    double m_ticksPerSecond;
    double m_meanGapMs;              // 0: no ticks at all
    qint64 m_nowMs;
    QString m_provider;
    QStringList m_symbols;
    std::vector<SymbolState> m_states;   // every symbol ever simulated, active or not
};

} // namespace tickerline
