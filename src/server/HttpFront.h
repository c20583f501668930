#pragma once

#include "AccessTokens.h"
#include "HttpRequest.h"

#include <QObject>

class QTcpSocket;

namespace tickerline {

class Engine;
struct ServerConfig;

// The first reader of every connection on the serving port: reads the
// request head (peeked, so a WebSocket handshake stays unread for
// QWebSocketServer), refuses browser pages whose Origin is not allowed (403),
// and routes: WebSocket upgrades on, /v1/events (once the read token is
// checked) to the stream server, /v1/history answered here from the store
// (Engine::requestHistory, on the store's thread), anything else an HTTP
// error with its reason. Bounded: a head larger than 16 KiB or slower than
// 10 s is refused.
class HttpFront final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFront)
public:
    HttpFront(Engine &engine, const ServerConfig &config, QObject *parent = nullptr);
    ~HttpFront() override;

    // Takes a new connection (re-parented until handed on).
    void take(QTcpSocket *socket);

    // Writes a whole response and ends the connection once it is sent.
    static void reply(QTcpSocket *socket, const QByteArray &response);

Q_SIGNALS:
    // The head is unread: for QWebSocketServer::handleConnection.
    void webSocketArrived(QTcpSocket *socket);
    // The head is read; corsHeaders are the response headers an allowed
    // browser Origin needs (each ending in \r\n).
    void eventsRequested(QTcpSocket *socket, const tickerline::Access &access,
                         const tickerline::http::EventsQuery &query, const QByteArray &corsHeaders);
    void refused();
    // A line worth logging; never holds a token.
    void notice(const QString &line);

private:
    void route(QTcpSocket *socket);
    void release(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const http::Error &error, const QByteArray &extraHeaders = {});
    void answerHistory(QTcpSocket *socket, const http::HistoryQuery &query, const QByteArray &corsHeaders);

    Engine &m_engine;
    const ServerConfig &m_config;
};

} // namespace tickerline
