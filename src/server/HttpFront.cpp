#include "HttpFront.h"

#include "Engine.h"
#include "Protocol.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace tickerline {

namespace {

constexpr int kHeadTimeoutMs = 10'000;
constexpr auto kDeadlineName = "tickerline-head-deadline";

QByteArray corsHeadersFor(const QByteArray &origin)
{
    if (origin.isEmpty())
        return {};
    return "Access-Control-Allow-Origin: " + origin + "\r\nVary: Origin\r\n";
}

} // namespace

HttpFront::HttpFront(Engine &engine, const ServerConfig &config, QObject *parent)
    : QObject(parent), m_engine(engine), m_config(config)
{
}

HttpFront::~HttpFront() = default;

void HttpFront::reply(QTcpSocket *socket, const QByteArray &response)
{
    socket->write(response);
    socket->disconnectFromHost();
}

void HttpFront::take(QTcpSocket *socket)
{
    socket->setParent(this);
    // Nothing past a head's bound is read until the request is routed.
    socket->setReadBufferSize(http::kMaxHeadBytes);
    auto *deadline = new QTimer(socket);
    deadline->setObjectName(QLatin1String(kDeadlineName));
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [this, socket] {
        if (socket->property(kDeadlineName).toBool()) {
            socket->abort();   // answered, and the answer is still not taken
            return;
        }
        refuse(socket, {408, QStringLiteral("no complete request head within %1 s").arg(kHeadTimeoutMs / 1000)});
    });
    deadline->start(kHeadTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { route(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [socket] { socket->deleteLater(); });
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        connect(tls, &QSslSocket::errorOccurred, this, [this, tls] {
            // After the handshake an error is the client's going; before it, a refusal.
            if (tls->isEncrypted())
                return;
            Q_EMIT refused();
            Q_EMIT notice(tr("TLS handshake with %1 failed (%2): a plain ws:// or http:// client, or one that does "
                             "not trust this certificate?")
                              .arg(tls->peerAddress().toString(), tls->errorString()));
        });
    }
    if (socket->bytesAvailable() > 0)
        route(socket);
}

void HttpFront::release(QTcpSocket *socket)
{
    disconnect(socket, nullptr, this, nullptr);
    socket->setReadBufferSize(0);
    delete socket->findChild<QTimer *>(QLatin1String(kDeadlineName), Qt::FindDirectChildrenOnly);
}

void HttpFront::refuse(QTcpSocket *socket, const http::Error &error, const QByteArray &extraHeaders)
{
    Q_EMIT refused();
    // Keep the deadline: a client that never reads its answer is dropped.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->setProperty(kDeadlineName, true);
    reply(socket, http::encodeError(error, extraHeaders));
}

void HttpFront::route(QTcpSocket *socket)
{
    const http::HeadParse parse = http::parseRequestHead(socket->peek(http::kMaxHeadBytes));
    if (std::holds_alternative<http::Incomplete>(parse))
        return;
    if (const auto *error = std::get_if<http::Error>(&parse)) {
        refuse(socket, *error);
        return;
    }
    const http::RequestHead &head = std::get<http::RequestHead>(parse);
    const QByteArray origin = head.header("origin");
    if (!origin.isEmpty() && !m_config.allowedOrigins.contains(QString::fromUtf8(origin))) {
        Q_EMIT notice(tr("refused a browser page from %1 (not in --allow-origin)").arg(QString::fromUtf8(origin.left(100))));
        refuse(socket, {403, QStringLiteral("origin %1 is not allowed here (serve --allow-origin ORIGIN)")
                                 .arg(QString::fromUtf8(origin.left(100)))});
        return;
    }
    if (head.isWebSocketUpgrade()) {
        release(socket);
        Q_EMIT webSocketArrived(socket);
        return;
    }
    const QByteArray cors = corsHeadersFor(origin);
    if (head.method != "GET") {
        refuse(socket, {405, QStringLiteral("only GET is served")}, "Allow: GET\r\n" + cors);
        return;
    }
    const bool events = head.path == QLatin1String(http::kEventsPath);
    const bool history = head.path == QLatin1String(http::kHistoryPath);
    if (head.path == QLatin1String(protocol::kStreamPath)) {
        refuse(socket, {426, QStringLiteral("/v1/stream is a WebSocket: send an Upgrade: websocket request")},
               "Upgrade: websocket\r\n" + cors);
        return;
    }
    if (!events && !history) {
        refuse(socket, {404, QStringLiteral("unknown path %1: the server has /v1/stream (WebSocket), /v1/events (SSE) "
                                            "and /v1/history")
                                 .arg(head.path.left(100))},
               cors);
        return;
    }
    const QByteArray token = bearerToken(head.header("authorization"));
    const Access access = accessFor(m_config.tokens, token, m_config.host.isLoopback());
    if (!access.authenticated || !access.canRead) {
        if (!access.authenticated)
            Q_EMIT notice(tr("refused a client from %1: bad token").arg(socket->peerAddress().toString()));
        refuse(socket,
               {401, access.authenticated ? QStringLiteral("unauthorized: this server needs the read token "
                                                           "(Authorization: Bearer ...)")
                                          : QStringLiteral("unauthorized: bad token")},
               "WWW-Authenticate: Bearer\r\n" + cors);
        return;
    }
    if (events) {
        const auto query = http::parseEventsQuery(head);
        if (const auto *error = std::get_if<http::Error>(&query)) {
            refuse(socket, *error, cors);
            return;
        }
        release(socket);
        socket->read(head.size);
        Q_EMIT eventsRequested(socket, access, std::get<http::EventsQuery>(query), cors);
        return;
    }
    const auto query = http::parseHistoryQuery(head);
    if (const auto *error = std::get_if<http::Error>(&query)) {
        refuse(socket, *error, cors);
        return;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->read(head.size);
    answerHistory(socket, std::get<http::HistoryQuery>(query), cors);
}

void HttpFront::answerHistory(QTcpSocket *socket, const http::HistoryQuery &query, const QByteArray &corsHeaders)
{
    // The store may take its time; the deadline is for the client's reading.
    auto *deadline = socket->findChild<QTimer *>(QLatin1String(kDeadlineName), Qt::FindDirectChildrenOnly);
    deadline->stop();
    socket->setProperty(kDeadlineName, true);
    HistoryRequest request;
    request.symbols = {query.symbol};
    request.fromMs = query.fromMs;
    request.toMs = query.toMs;
    // The store's reduction keeps four points (first, low, high, last) a bucket.
    request.maxPoints = query.buckets * 4;
    m_engine.requestHistory(request, socket, [socket, deadline, query, corsHeaders](const HistoryResult &result) {
        deadline->start(kHeadTimeoutMs);
        if (!result.error.isEmpty()) {
            reply(socket, http::encodeError({500, QStringLiteral("cannot read the stored history")}, corsHeaders));
            return;
        }
        reply(socket, http::encodeResponse(200, "application/json",
                                           http::encodeHistory(query, result.series.value(query.symbol)), corsHeaders));
    });
}

} // namespace tickerline
