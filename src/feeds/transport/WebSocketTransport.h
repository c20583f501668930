#pragma once

#include "ConnectionSupervisor.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace tickerline {

class Clock;

struct WebSocketOptions
{
    ReconnectPolicy reconnect;
    qint64 pingIntervalMs = 10'000;                 // WebSocket pings; QWebSocket sends none by itself; 0: none
    QString heartbeatMessage;                       // provider keep-alive text (ProviderLimits::heartbeatMessage); empty: none
    qint64 heartbeatIntervalMs = 10'000;
    quint64 maxMessageBytes = 16 * 1024 * 1024;     // larger messages close the link (1009) instead of eating memory
    quint64 outgoingFrameBytes = 64 * 1024;
    // Close codes that mean "do not come back" (a serving collector's 4001
    // for a bad token), with what the status says then; the server's reason
    // follows. Without: every close is retried.
    QHash<int, QString> permanentCloses;
    // wss://: certificates trusted besides the system's (a self-signed
    // server's, or a private CA). Verification stays on: a certificate they
    // do not vouch for is still refused.
    QList<QSslCertificate> extraCaCertificates;
};

// A WebSocket that keeps itself alive: opens the URL, reconnects with full
// jitter backoff after any close or error, declares the link dead after
// staleTimeoutMs without any frame (text, binary or pong) and replaces it.
// HTTP 401/403/451 on the handshake, or fail() from the adapter, end in
// Failed without retries. connected() fires on every (re)connect: subscribe there,
// since providers forget subscriptions with the connection.
class WebSocketTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTransport)
public:
    explicit WebSocketTransport(WebSocketOptions options, const Clock &clock, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    // bearerToken: sent as "Authorization: Bearer …" on every handshake
    // (a serving collector's read token), never in the URL and never logged.
    void open(const QUrl &url, const QString &bearerToken = {});
    void close();
    // False (and nothing sent) unless connected.
    bool sendText(const QString &message);
    // The provider said something permanent (bad key, every symbol unknown).
    void fail(const QString &reason);
    // Drop the link and come back no sooner than minDelayMs (a rate limit).
    void reconnectAfter(qint64 minDelayMs, const QString &reason);
    // The feed found valid provider data on this link: the failure run is over.
    void noteDelivered() { m_supervisor.noteDelivered(); }

    [[nodiscard]] const ConnectionState &state() const { return m_supervisor.state(); }
    // Its stateChanged() is the link's state: connect to it directly.
    [[nodiscard]] const ConnectionSupervisor &supervisor() const { return m_supervisor; }
    [[nodiscard]] bool isConnected() const;

Q_SIGNALS:
    void connected();
    void textReceived(const QString &message);
    void binaryReceived(const QByteArray &message);
    void disconnected(const QString &reason);

private:
    void connectNow();
    void handleConnected();
    void handleError();
    void handleDisconnected();
    void handleStale();
    void linkDown(const QString &reason, qint64 minDelayMs = 0);
    void discardSocket();

    WebSocketOptions m_options;
    ConnectionSupervisor m_supervisor;
    QUrl m_url;
    QString m_bearerToken;
    QWebSocket *m_socket = nullptr;   // a fresh child per attempt, so no state leaks between connections
    QString m_lastError;
    QTimer m_pingTimer{this};
    QTimer m_heartbeatTimer{this};
};

} // namespace tickerline
