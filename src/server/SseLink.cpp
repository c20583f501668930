#include "SseLink.h"

#include "HttpRequest.h"
#include "Protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace tickerline {

namespace {
constexpr int kLingerMs = 5'000;
} // namespace

SseLink::SseLink(QTcpSocket *socket, const QByteArray &extraHeaders, QObject *parent)
    : ClientLink(parent), m_socket(socket)
{
    m_socket->setParent(this);
    // The client has nothing to say on an event stream; whatever it sends is dropped.
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->readAll(); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { Q_EMIT written(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { Q_EMIT disconnected(); });
    m_lingerLimit.setSingleShot(true);
    m_lingerLimit.setInterval(kLingerMs);
    connect(&m_lingerLimit, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    write(http::encodeEventStreamHead(extraHeaders) + http::sseRetry(http::kSseRetryMs));
}

SseLink::~SseLink() = default;

void SseLink::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

void SseLink::sendMessage(const QByteArray &json)
{
    write(http::sseEvent(json));
}

void SseLink::sendTicks(const QByteArray &json, qint64 upTo)
{
    write(http::sseEvent(json, upTo));
}

void SseLink::sendHeartbeat(qint64 upTo, qint64 nowMs)
{
    const QByteArray text = "heartbeat upTo=" + QByteArray::number(upTo) + " serverTime=" + QByteArray::number(nowMs);
    write(http::sseComment(text));
}

void SseLink::close(quint16 code, const QString &reason)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (code == protocol::CloseSlowConsumer) {
        // Its queue is full already: nothing more would reach it.
        m_socket->abort();
        return;
    }
    write(http::sseEvent(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("closed")},
                                                   {QStringLiteral("code"), int(code)},
                                                   {QStringLiteral("reason"), reason}})
                             .toJson(QJsonDocument::Compact)));
    m_lingerLimit.start();
    m_socket->disconnectFromHost();
}

qint64 SseLink::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString SseLink::peer() const
{
    return QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
}

} // namespace tickerline
