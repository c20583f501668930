#pragma once

#include "Backoff.h"
#include "FeedStatus.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

namespace tickerline {

class Clock;

// The reconnect and staleness policy every streaming transport shares.
struct ReconnectPolicy
{
    BackoffPolicy backoff;            // full jitter over consecutive failures; reset by noteDelivered()
    qint64 staleTimeoutMs = 30'000;   // no frame at all for this long (connecting included): the link is dead
};

// Where a connection stands, as the transport reports it to its feed.
struct ConnectionState
{
    FeedState state = FeedState::Idle;
    QString message;          // why (Stale, BackingOff, Failed); redacted, safe to log
    qint64 nextRetryMs = 0;   // wall-clock ms of the next attempt while BackingOff, else 0
    int failures = 0;         // consecutive failed attempts while BackingOff (1: the link just dropped), else 0

    friend bool operator==(const ConnectionState &, const ConnectionState &) = default;
};

// The state machine behind a self-healing connection, free of any socket:
//
//   start() → Connecting ─(first frame)→ Live ─(silence)→ Stale
//                 ↑                                          │ (the transport drops the link)
//                 └──── retry timer ←── BackingOff ←── noteDown()
//   fail() → Failed (no retries)        stop() → Idle
//
// The transport opens a link on connectRequested(), reports frames with
// noteActivity(), drops the link on staleDetected() and reports every lost
// link with noteDown(). Its feed reports valid provider data with
// noteDelivered(): that ends a run of failures, so the next drop reconnects
// after a short draw (backoff floor … base) instead of an ever longer one.
// Refused connections, failed handshakes and links that die silent or with
// nothing usable count as consecutive failures. Lives on the feed thread
// with its transport.
class ConnectionSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSupervisor)
public:
    ConnectionSupervisor(const ReconnectPolicy &policy, const Clock &clock, QObject *parent = nullptr);

    void start();                  // emits connectRequested() at once
    void stop();
    void noteConnected();          // the link is up (handshake done); Live comes with the first frame
    void noteActivity();           // any frame, pong or comment: proof of life
    void noteDelivered();          // the provider sent valid data (ticks, an ack, a heartbeat) on this link
    // The link is gone; the next attempt waits a backoff draw, but at least minDelayMs
    // (Retry-After, SSE retry:). Ignored unless an attempt was under way.
    void noteDown(const QString &reason, qint64 minDelayMs = 0);
    void fail(const QString &reason);   // permanent: bad key, HTTP 401/403, every symbol unknown

    [[nodiscard]] const ConnectionState &state() const { return m_state; }
    // Connecting, Live or Stale: a link exists or is being opened.
    [[nodiscard]] bool isAttempting() const;

Q_SIGNALS:
    void connectRequested();
    void staleDetected();
    void stateChanged(const tickerline::ConnectionState &state);

private:
    void handleStaleCheck();
    void handleRetryDue();
    void setState(FeedState state, const QString &message = {}, qint64 nextRetryMs = 0, int failures = 0);

    ReconnectPolicy m_policy;
    const Clock &m_clock;
    Backoff m_backoff;
    ConnectionState m_state;
    QTimer m_staleTimer{this};
    QTimer m_retryTimer{this};
    QElapsedTimer m_sinceActivity;    // monotonic: a wall-clock jump must not fake silence
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::ConnectionState)
