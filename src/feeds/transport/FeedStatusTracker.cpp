#include "FeedStatusTracker.h"

#include "Clock.h"

#include <algorithm>

namespace tickerline {

FeedStatusTracker::FeedStatusTracker(const QString &feedName, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_status.feed = feedName;
    m_reported = m_status;
    m_reportTimer.setInterval(ReportIntervalMs);
    connect(&m_reportTimer, &QTimer::timeout, this, &FeedStatusTracker::report);
}

void FeedStatusTracker::start()
{
    m_windowStartMs = m_clock.nowMs();
    m_windowTicks = 0;
    m_wasLive = false;
    m_downSinceMs = -1;
    m_reportTimer.start();
}

void FeedStatusTracker::stop()
{
    m_reportTimer.stop();
    m_status.ticksPerSecond = 0.0;
    setState({});
}

void FeedStatusTracker::setState(const ConnectionState &state)
{
    const qint64 now = m_clock.nowMs();
    const bool live = state.state == FeedState::Live;
    if (live && m_downSinceMs >= 0) {
        accountOutage(now);
        m_downSinceMs = -1;
        ++m_status.reconnects;
    } else if (!live && m_wasLive && m_downSinceMs < 0 && state.state != FeedState::Idle) {
        m_downSinceMs = now;   // Stale counts: a silent link is no link
    } else if (state.state == FeedState::Idle) {
        accountOutage(now);
        m_downSinceMs = -1;    // stopped: not an outage any more
    }
    m_wasLive = m_wasLive || live;
    // Without the link, what the relay said of its feed no longer holds; it
    // says it again on the next connect. A stale link is still a link.
    if (state.state != FeedState::Live && state.state != FeedState::Stale)
        m_status.upstream.reset();
    m_status.state = state.state;
    m_status.message = state.message;
    m_status.nextRetryMs = state.nextRetryMs;
    m_status.failures = state.failures;
    if (m_status == m_reported)
        return;
    m_reported = m_status;
    Q_EMIT statusChanged(m_status);
}

void FeedStatusTracker::addTicks(qsizetype count)
{
    m_status.totalTicks += quint64(count);
    m_windowTicks += quint64(count);
}

void FeedStatusTracker::addMalformed(qsizetype count)
{
    m_status.malformedFrames += quint64(count);
}

void FeedStatusTracker::setNotice(const QString &notice)
{
    m_status.notice = notice;
    if (m_status == m_reported)
        return;
    m_reported = m_status;
    Q_EMIT statusChanged(m_status);
}

void FeedStatusTracker::setBudget(const BudgetState &budget)
{
    m_status.budget = budget;
    if (m_status == m_reported)
        return;
    m_reported = m_status;
    Q_EMIT statusChanged(m_status);
}

void FeedStatusTracker::setUpstream(const UpstreamFeed &upstream)
{
    m_status.upstream = upstream;
    if (m_status == m_reported)
        return;
    m_reported = m_status;
    Q_EMIT statusChanged(m_status);
}

void FeedStatusTracker::addRefused(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        if (!m_status.refusedSymbols.contains(symbol))
            m_status.refusedSymbols.append(symbol);
    }
    if (m_status == m_reported)
        return;
    m_reported = m_status;
    Q_EMIT statusChanged(m_status);
}

void FeedStatusTracker::accountOutage(qint64 nowMs)
{
    if (m_downSinceMs < 0)
        return;
    m_status.disconnectedMs += std::max<qint64>(0, nowMs - m_downSinceMs);
    m_downSinceMs = nowMs;
}

void FeedStatusTracker::report()
{
    const qint64 now = m_clock.nowMs();
    accountOutage(now);
    const qint64 elapsed = now - m_windowStartMs;
    if (elapsed > 0) {
        m_status.ticksPerSecond = double(m_windowTicks) * 1000.0 / double(elapsed);
        m_windowStartMs = now;
        m_windowTicks = 0;
    }
    if (m_status == m_reported)
        return;
    m_reported = m_status;
    Q_EMIT statusChanged(m_status);
}

} // namespace tickerline
