#pragma once

#include "ClientLink.h"

#include <QTimer>

class QTcpSocket;

namespace tickerline {

// A /v1/events client: the server's messages as Server-Sent Events on a
// plain (or TLS) HTTP response. Every message is one event whose data is the
// JSON the WebSocket would carry; a ticks event has `id:` = its upTo, so a
// reconnecting EventSource sends it back as Last-Event-ID. Heartbeats are
// comments. A close is a last `closed` event, then the connection ends.
class SseLink final : public ClientLink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseLink)
public:
    // Takes the socket (re-parented), whose request head was read; writes
    // the response head (with extraHeaders, each ending in \r\n) and retry:.
    SseLink(QTcpSocket *socket, const QByteArray &extraHeaders, QObject *parent = nullptr);
    ~SseLink() override;

    void sendMessage(const QByteArray &json) override;
    void sendTicks(const QByteArray &json, qint64 upTo) override;
    void sendHeartbeat(qint64 upTo, qint64 nowMs) override;
    void close(quint16 code, const QString &reason) override;
    [[nodiscard]] qint64 bytesToWrite() const override;
    [[nodiscard]] QString peer() const override;
    [[nodiscard]] bool talksBack() const override { return false; }

private:
    void write(const QByteArray &bytes);

    QTcpSocket *const m_socket;
    QTimer m_lingerLimit;   // a closing client that does not read its last bytes is dropped
};

} // namespace tickerline
