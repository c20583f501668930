#include "WebSocketLink.h"

#include "Protocol.h"

#include <QWebSocket>

namespace tickerline {

WebSocketLink::WebSocketLink(QWebSocket *socket, qint64 maxMessageBytes, QObject *parent)
    : ClientLink(parent), m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(maxMessageBytes));
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { Q_EMIT textReceived(text.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] { Q_EMIT binaryReceived(); });
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] { Q_EMIT written(); });
    connect(m_socket, &QWebSocket::pong, this, [this] { Q_EMIT alive(); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] { Q_EMIT disconnected(); });
}

WebSocketLink::~WebSocketLink() = default;

void WebSocketLink::sendMessage(const QByteArray &json)
{
    m_socket->sendTextMessage(QString::fromUtf8(json));
    // Hand it to the kernel now (never blocks): what stays is the real backlog.
    m_socket->flush();
}

void WebSocketLink::sendTicks(const QByteArray &json, qint64)
{
    sendMessage(json);
}

void WebSocketLink::sendHeartbeat(qint64 upTo, qint64 nowMs)
{
    sendMessage(protocol::encodeHeartbeat(upTo, nowMs));
}

void WebSocketLink::close(quint16 code, const QString &reason)
{
    // A reason longer than a control frame allows (123 bytes) would be cut by Qt anyway.
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason.left(120));
}

qint64 WebSocketLink::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString WebSocketLink::peer() const
{
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

} // namespace tickerline
