#include "ClientSession.h"

#include "ServerConfig.h"

#include <QDateTime>
#include <QWebSocket>

namespace tickerline {

namespace {
constexpr int kIdleHeartbeats = 3;
} // namespace

ClientSession::ClientSession(QWebSocket *socket, const Access &access, const ServerLimits &limits, Handler handler,
                             QObject *parent)
    : QObject(parent), m_socket(socket), m_access(access), m_limits(limits), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(limits.maxMessageBytes));
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientSession::handleText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientSession::handleBinary);
    connect(m_socket, &QWebSocket::bytesWritten, this, &ClientSession::handleBytesWritten);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_heartbeat.stop();
        m_idle.stop();
        Q_EMIT closed();
    });
    // Protocol-level pings count as life too (browsers cannot send their own).
    connect(m_socket, &QWebSocket::pong, this, [this] { m_idle.start(); });

    m_heartbeat.setInterval(limits.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        send(protocol::encodeHeartbeat(m_cursor.covered(), QDateTime::currentMSecsSinceEpoch()));
    });
    m_heartbeat.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(limits.heartbeatMs * kIdleHeartbeats);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        close(protocol::CloseHeartbeatTimeout,
              QStringLiteral("heartbeat timeout: nothing received for %1 ms").arg(m_idle.interval()));
    });
    m_idle.start();
    m_budget = limits.publishTicksPerSecond;
    m_budgetClock.start();
}

ClientSession::~ClientSession() = default;

qint64 ClientSession::queuedBytes() const
{
    return m_socket->bytesToWrite();
}

QString ClientSession::peer() const
{
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

bool ClientSession::send(const QByteArray &text)
{
    if (m_closing)
        return false;
    // The bound is on what is still unsent when more comes: one message
    // larger than the bound (a burst's batch) is not yet a slow client.
    const qint64 unsent = m_socket->bytesToWrite();
    m_socket->sendTextMessage(QString::fromUtf8(text));
    // Hand it to the kernel now (never blocks): what stays is the real backlog.
    m_socket->flush();
    m_wasFull = m_wasFull || m_socket->bytesToWrite() > m_limits.sendQueueBytes / 2;
    if (unsent <= m_limits.sendQueueBytes)
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
    // A reason longer than a control frame allows (123 bytes) would be cut by Qt anyway.
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason.left(120));
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

void ClientSession::handleText(const QString &text)
{
    if (m_closing)
        return;
    m_idle.start();
    const protocol::ClientMessage message = protocol::decodeClientMessage(text.toUtf8());
    m_handler(*this, message);
}

void ClientSession::handleBinary(const QByteArray &)
{
    close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
          QStringLiteral("binary frames are not part of the protocol: send JSON text"));
}

void ClientSession::handleBytesWritten()
{
    const bool full = m_socket->bytesToWrite() > m_limits.sendQueueBytes / 2;
    if (m_wasFull && !full)
        Q_EMIT drained();
    m_wasFull = full;
}

} // namespace tickerline
