#include "ConnectionSupervisor.h"

#include "Clock.h"

#include <algorithm>

namespace tickerline {

ConnectionSupervisor::ConnectionSupervisor(const ReconnectPolicy &policy, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_clock(clock)
    , m_backoff(policy.backoff)
{
    m_staleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);   // a coarse timer may fire before a Retry-After ends
    connect(&m_staleTimer, &QTimer::timeout, this, &ConnectionSupervisor::handleStaleCheck);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionSupervisor::handleRetryDue);
}

bool ConnectionSupervisor::isAttempting() const
{
    return m_state.state == FeedState::Connecting || m_state.state == FeedState::Live
        || m_state.state == FeedState::Stale;
}

void ConnectionSupervisor::start()
{
    m_retryTimer.stop();
    m_backoff.reset();
    handleRetryDue();
}

void ConnectionSupervisor::stop()
{
    m_staleTimer.stop();
    m_retryTimer.stop();
    setState(FeedState::Idle);
}

void ConnectionSupervisor::noteConnected()
{
    m_sinceActivity.start();
    m_staleTimer.start(m_policy.staleTimeoutMs);
}

void ConnectionSupervisor::noteActivity()
{
    if (!isAttempting())
        return;
    // Frames can come at 10k/s: only a timestamp here; the stale timer re-arms itself.
    m_sinceActivity.start();
    if (m_state.state != FeedState::Live)
        setState(FeedState::Live);
}

void ConnectionSupervisor::noteDelivered()
{
    if (isAttempting())
        m_backoff.reset();
}

void ConnectionSupervisor::noteDown(const QString &reason, qint64 minDelayMs)
{
    if (!isAttempting())
        return;
    m_staleTimer.stop();
    const qint64 delay = std::max(m_backoff.nextDelayMs(), minDelayMs);
    m_retryTimer.start(std::chrono::milliseconds(delay));
    setState(FeedState::BackingOff, reason, m_clock.nowMs() + delay, m_backoff.attempts());
}

void ConnectionSupervisor::fail(const QString &reason)
{
    m_staleTimer.stop();
    m_retryTimer.stop();
    setState(FeedState::Failed, reason);
}

void ConnectionSupervisor::handleStaleCheck()
{
    const qint64 silentMs = m_sinceActivity.elapsed();
    if (silentMs < m_policy.staleTimeoutMs) {
        m_staleTimer.start(std::chrono::milliseconds(m_policy.staleTimeoutMs - silentMs));
        return;
    }
    setState(FeedState::Stale, tr("No data for %1 s").arg(double(silentMs) / 1000.0, 0, 'f', 1));
    Q_EMIT staleDetected();
}

void ConnectionSupervisor::handleRetryDue()
{
    // A connect that hangs (blackholed host, stuck proxy) counts as silence too.
    m_sinceActivity.start();
    m_staleTimer.start(std::chrono::milliseconds(m_policy.staleTimeoutMs));
    setState(FeedState::Connecting);
    Q_EMIT connectRequested();
}

void ConnectionSupervisor::setState(FeedState state, const QString &message, qint64 nextRetryMs, int failures)
{
    const ConnectionState next{state, message, nextRetryMs, failures};
    if (next == m_state)
        return;
    m_state = next;
    Q_EMIT stateChanged(m_state);
}

} // namespace tickerline
