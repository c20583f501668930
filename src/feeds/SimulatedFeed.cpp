#include "SimulatedFeed.h"

#include "Clock.h"
#include "Symbol.h"

#include <QHash>

#include <algorithm>

namespace tickerline {

namespace {

constexpr qint64 StatusIntervalMs = 1000;

// The simulation accepts what a user could type, in canonical spelling, once.
QStringList canonicalSymbols(const QStringList &symbols)
{
    QStringList out;
    for (const QString &symbol : symbols) {
        const SymbolCheck check = Symbol::check(symbol);
        if (check.ok && !out.contains(check.normalized))
            out.append(check.normalized);
    }
    return out;
}

} // namespace

SimulatedFeed::SimulatedFeed(FeedConfig config, const Clock &clock, QObject *parent)
    : Feed(std::move(config), clock, parent)
{
    m_config.symbols = canonicalSymbols(m_config.symbols);
    m_status.feed = SimulatedMarket::providerName();
    if (m_config.simulatedSessions)
        m_sessions.emplace();
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SimulatedFeed::pump);
}

SimulatedFeed::~SimulatedFeed() = default;

void SimulatedFeed::start()
{
    if (isRunning())
        return;
    publishState(FeedState::Connecting);
    const qint64 now = clock().nowMs();
    if (!m_market) {
        const quint64 seed = m_config.seed != 0 ? m_config.seed : BuiltInSeed;
        m_market.emplace(seed, m_config.symbols, m_config.ticksPerSecondPerSymbol, now);
        Q_EMIT instrumentsArrived(m_market->instruments(now));
        sendBars(m_market->history(now, m_config.historyDays));
    } else {
        // A stopped feed has no ticks for the time it was stopped.
        m_market->skipTo(now);
        const QStringList fresh = m_market->setSymbols(m_config.symbols);
        Q_EMIT instrumentsArrived(m_market->instruments(now));
        if (!fresh.isEmpty())
            sendBars(m_market->history(fresh, now, m_config.historyDays));
    }
    m_rateWindowStartMs = now;
    m_rateWindowTicks = 0;
    m_pollTimer.start();
    publishState(FeedState::Live);
}

void SimulatedFeed::stop()
{
    if (!isRunning())
        return;
    // Every tick due until now leaves before the feed does: a recording that
    // stops at its --duration holds the whole span, even when laying out the
    // history at start (seconds in a sanitizer build) delayed the first pump.
    pump();
    m_pollTimer.stop();
    m_status.ticksPerSecond = 0.0;
    publishState(FeedState::Idle);
}

void SimulatedFeed::setSymbols(const QStringList &symbols)
{
    m_config.symbols = canonicalSymbols(symbols);
    if (!isRunning())
        return;
    pump();   // the symbols already there reach now first, so new ones start at now
    const QStringList before = m_market->symbols();
    const QStringList fresh = m_market->setSymbols(m_config.symbols);
    QStringList added;
    for (const QString &symbol : std::as_const(m_config.symbols)) {
        if (!before.contains(symbol))
            added.append(symbol);
    }
    const qint64 now = m_market->nowMs();
    if (!added.isEmpty())
        Q_EMIT instrumentsArrived(m_market->instruments(added, now));
    // A symbol that comes back continues its old path: the history sent then still holds.
    if (!fresh.isEmpty())
        sendBars(m_market->history(fresh, now, m_config.historyDays));
}

void SimulatedFeed::pump()
{
    if (!isRunning())
        return;
    const qint64 now = clock().nowMs();
    const qint64 window = catchUpWindowMs();
    if (now - m_market->nowMs() > window)
        m_market->skipTo(now - window);
    TickBatch ticks = m_market->advanceTo(now);
    if (m_sessions)
        m_sessions->filter(ticks);
    if (!ticks.isEmpty()) {
        m_status.totalTicks += quint64(ticks.size());
        m_rateWindowTicks += quint64(ticks.size());
        Q_EMIT ticksArrived(ticks);
    }
    const qint64 elapsed = now - m_rateWindowStartMs;
    if (elapsed >= StatusIntervalMs) {
        m_status.ticksPerSecond = double(m_rateWindowTicks) * 1000.0 / double(elapsed);
        m_rateWindowStartMs = now;
        m_rateWindowTicks = 0;
        Q_EMIT statusChanged(m_status);
    }
}

qint64 SimulatedFeed::catchUpWindowMs() const
{
    // Bounded in ticks too, so a benchmark rate cannot turn a stall into gigabytes.
    const double ticksPerMs = m_market->ticksPerSecondPerSymbol() / 1000.0
        * double(std::max<qsizetype>(m_market->symbols().size(), 1));
    if (ticksPerMs <= 0.0)
        return MaxCatchUpMs;
    return std::clamp(qint64(MaxCatchUpTicks / ticksPerMs), qint64(PollIntervalMs), MaxCatchUpMs);
}

void SimulatedFeed::sendBars(BarBatch bars)
{
    if (m_sessions)
        m_sessions->filter(bars);
    Q_EMIT barsArrived(bars);
    if (m_sessions)
        sendClosingPrints(bars);
}

void SimulatedFeed::sendClosingPrints(const BarBatch &bars)
{
    // A stock whose market is shut has no live tick to show a price with: its
    // last bar's close stands in, as a real provider's quote out of hours is the
    // close. Without a sequence and the same on every start, a repeat adds nothing.
    const qint64 now = m_market->nowMs();
    QHash<QString, Bar> last;
    for (const Bar &bar : bars) {
        const auto it = last.constFind(bar.symbol);
        if (it == last.cend() || it->timeMs < bar.timeMs)
            last.insert(bar.symbol, bar);
    }
    TickBatch prints;
    for (const Bar &bar : std::as_const(last)) {
        if (m_sessions->trades(bar.symbol, now))
            continue;
        Tick tick;
        tick.symbol = bar.symbol;
        tick.provider = bar.provider;
        tick.timeMs = bar.timeMs + bar.intervalMs - 1;
        tick.price = bar.close;
        tick.receivedMs = now;
        prints.append(tick);
    }
    if (!prints.isEmpty())
        Q_EMIT ticksArrived(prints);
}

void SimulatedFeed::publishState(FeedState state)
{
    m_status.state = state;
    Q_EMIT statusChanged(m_status);
}

std::unique_ptr<Feed> makeSimulatedFeed(const ProviderSpec &, const FeedConfig &config, const Clock &clock,
                                        const ProviderOptions &)
{
    return std::make_unique<SimulatedFeed>(config, clock);
}

} // namespace tickerline
