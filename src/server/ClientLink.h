#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace tickerline {

// How a ClientSession's messages reach its client: a WebSocket (JSON text
// frames both ways) or a Server-Sent Events stream (server to client only).
// Writing never blocks; what is handed over and not yet written is
// bytesToWrite(), the session's send queue.
class ClientLink : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientLink)
public:
    using QObject::QObject;
    ~ClientLink() override = default;

    // Any server message (docs/server-protocol.md), compact JSON.
    virtual void sendMessage(const QByteArray &json) = 0;
    // A "ticks" message accounting for every sequence up to upTo (SSE: its id).
    virtual void sendTicks(const QByteArray &json, qint64 upTo) = 0;
    virtual void sendHeartbeat(qint64 upTo, qint64 nowMs) = 0;
    virtual void close(quint16 code, const QString &reason) = 0;
    [[nodiscard]] virtual qint64 bytesToWrite() const = 0;
    [[nodiscard]] virtual QString peer() const = 0;
    // False when the client cannot send (SSE): nothing to time out on but the connection.
    [[nodiscard]] virtual bool talksBack() const = 0;

Q_SIGNALS:
    void textReceived(const QByteArray &text);
    void binaryReceived();
    void written();
    // A sign of life other than a message (a WebSocket pong).
    void alive();
    void disconnected();
};

} // namespace tickerline
