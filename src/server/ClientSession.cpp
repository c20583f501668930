#include "ClientSession.h"

#include "ClientLink.h"
#include "ServerConfig.h"

#include <QDateTime>
#include <QWebSocketProtocol>

namespace tickerline {

namespace {
constexpr int kIdleHeartbeats = 3;
} // namespace

ClientSession::ClientSession(std::unique_ptr<ClientLink> link, const Access &access, const ServerLimits &limits,
                             Handler handler, QObject *parent)
    : QObject(parent), m_link(link.release()), m_access(access), m_limits(limits), m_handler(std::move(handler))
{
    m_link->setParent(this);
    connect(m_link, &ClientLink::textReceived, this, &ClientSession::handleText);
    connect(m_link, &ClientLink::binaryReceived, this, &ClientSession::handleBinary);
    connect(m_link, &ClientLink::written, this, &ClientSession::handleBytesWritten);
    connect(m_link, &ClientLink::disconnected, this, [this] {
        m_closing = true;
        m_heartbeat.stop();
        m_idle.stop();
        Q_EMIT closed();
    });
    // Protocol-level pings count as life too (browsers cannot send their own).
    connect(m_link, &ClientLink::alive, this, [this] { m_idle.start(); });

    m_heartbeat.setInterval(limits.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_closing)
            return;
        const qint64 unsent = m_link->bytesToWrite();
        m_link->sendHeartbeat(m_cursor.covered(), QDateTime::currentMSecsSinceEpoch());
        sent(unsent);
    });
    m_heartbeat.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.heartbeatMs * kIdleHeartbeats);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        close(protocol::CloseHeartbeatTimeout,
              QStringLiteral("heartbeat timeout: nothing received for %1 ms").arg(m_idle.interval()));
    });
    if (m_link->talksBack())
        m_idle.start();
    m_budget = limits.publishTicksPerSecond;
    m_budgetClock.start();
}

ClientSession::~ClientSession() = default;

qint64 ClientSession::queuedBytes() const
{
    return m_link->bytesToWrite();
}

QString ClientSession::peer() const
{
    return m_link->peer();
}

bool ClientSession::send(const QByteArray &text)
{
    if (m_closing)
        return false;
    const qint64 unsent = m_link->bytesToWrite();
    m_link->sendMessage(text);
    return sent(unsent);
}

bool ClientSession::sendTicks(const QByteArray &text, qint64 upTo)
{
    if (m_closing)
        return false;
    const qint64 unsent = m_link->bytesToWrite();
    m_link->sendTicks(text, upTo);
    return sent(unsent);
}

bool ClientSession::sent(qint64 unsentBefore)
{
    // The bound is on what was still unsent when more came: one message
    // larger than the bound (a burst's batch) is not yet a slow client.
    m_wasFull = m_wasFull || m_link->bytesToWrite() > m_limits.sendQueueBytes / 2;
    if (unsentBefore <= m_limits.sendQueueBytes)
        return true;
    Q_EMIT slowConsumer();
    return false;
}

void ClientSession::close(quint16 code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_heartbeat.stop();
    m_idle.stop();
    m_link->close(code, reason);
}

bool ClientSession::takePublishBudget(qsizetype ticks)
{
    const double rate = m_limits.publishTicksPerSecond;
    m_budget = std::min(rate, m_budget + rate * double(m_budgetClock.restart()) / 1000.0);
    if (double(ticks) > m_budget)
        return false;
    m_budget -= double(ticks);
    return true;
}

void ClientSession::handleText(const QByteArray &text)
{
    if (m_closing)
        return;
    m_idle.start();
    const protocol::ClientMessage message = protocol::decodeClientMessage(text);
    m_handler(*this, message);
}

void ClientSession::handleBinary()
{
    close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
          QStringLiteral("binary frames are not part of the protocol: send JSON text"));
}

void ClientSession::handleBytesWritten()
{
    const bool full = m_link->bytesToWrite() > m_limits.sendQueueBytes / 2;
    if (m_wasFull && !full)
        Q_EMIT drained();
    m_wasFull = full;
}

} // namespace tickerline
