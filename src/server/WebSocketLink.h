#pragma once

#include "ClientLink.h"

class QWebSocket;

namespace tickerline {

// A /v1/stream client: one JSON text frame per message.
class WebSocketLink final : public ClientLink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketLink)
public:
    // Takes the socket (re-parented); refuses larger incoming messages than maxMessageBytes.
    WebSocketLink(QWebSocket *socket, qint64 maxMessageBytes, QObject *parent = nullptr);
    ~WebSocketLink() override;

    void sendMessage(const QByteArray &json) override;
    void sendTicks(const QByteArray &json, qint64 upTo) override;
    void sendHeartbeat(qint64 upTo, qint64 nowMs) override;
    void close(quint16 code, const QString &reason) override;
    [[nodiscard]] qint64 bytesToWrite() const override;
    [[nodiscard]] QString peer() const override;
    [[nodiscard]] bool talksBack() const override { return true; }

private:
    QWebSocket *const m_socket;
};

} // namespace tickerline
