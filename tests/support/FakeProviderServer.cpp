#include "FakeProviderServer.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <utility>

namespace tickerline::test {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;

// Self-signed for 127.0.0.1, valid until 2126: clients must refuse it.
constexpr char SelfSignedKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg8G9/82+9zfCsdDLK
s/aHkORcGX+W3a1PAm1y5/dtAeqhRANCAAQjoCqL+Jn2wIR7GyvwGmjlDZRg3U+5
rVMOrw1KiddIAex9nLWO3b7akUBEI4oC5BZDjHm5JVcjBpTDAokhs6nq
-----END PRIVATE KEY-----
)";
constexpr char SelfSignedCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBmzCCAUGgAwIBAgIUDVupTG1ptjxGGrXPGG8EOdi3UuUwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNDA2MzYxMloYDzIxMjYxMDMx
MDYzNjEyWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAQjoCqL+Jn2wIR7GyvwGmjlDZRg3U+5rVMOrw1KiddIAex9nLWO3b7a
kUBEI4oC5BZDjHm5JVcjBpTDAokhs6nqo28wbTAdBgNVHQ4EFgQU4FCJtL/W/+qZ
iPXkIbMLXCXui6kwHwYDVR0jBBgwFoAU4FCJtL/W/+qZiPXkIbMLXCXui6kwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI
zj0EAwIDSAAwRQIgSbgKdyCofy+KGkUt2mUHPmxcvf+S61qg1A6MNKPlKLICIQDK
duu4D8MnQykFtHmUITuu+U5mgn2ZJWEtpuJKh2k3Pg==
-----END CERTIFICATE-----
)";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool hasHeader(const FakeResponse &response, QByteArrayView name)
{
    return std::any_of(response.headers.cbegin(), response.headers.cend(),
                       [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray head(const FakeResponse &response, const QByteArray &defaultType, const QByteArray &framing)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!hasHeader(response, "Content-Type"))
        out += "Content-Type: " + defaultType + "\r\n";
    out += framing;
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

QByteArray chunk(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
}

} // namespace

FakeResponse FakeResponse::json(QByteArray body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

void FakeProviderServer::setSymbolSearchRoute(const QString &provider, const FakeResponse &response)
{
    setRoute(symbolSearchPath(provider), response);
}

QString FakeProviderServer::symbolSearchPath(const QString &provider)
{
    static const QHash<QString, QString> paths{
        {QStringLiteral("yahoo"), QStringLiteral("/v1/finance/search")},
        {QStringLiteral("finnhub"), QStringLiteral("/api/v1/search")},
        {QStringLiteral("twelvedata"), QStringLiteral("/symbol_search")},
        {QStringLiteral("coinbase"), QStringLiteral("/products")},
        {QStringLiteral("binance"), QStringLiteral("/api/v3/exchangeInfo")},
        {QStringLiteral("kraken"), QStringLiteral("/0/public/AssetPairs")},
    };
    return paths.value(provider);
}

FakeResponse FakeResponse::eventStream(Kind kind)
{
    FakeResponse response;
    response.kind = kind;
    return response;
}

FakeResponse FakeResponse::withHeader(QByteArray name, QByteArray value) const
{
    FakeResponse copy = *this;
    copy.headers.append({std::move(name), std::move(value)});
    return copy;
}

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QObject(parent)
    , m_webSockets(QStringLiteral("FakeProviderServer"), QWebSocketServer::NonSecureMode)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            accept(socket);
    });
    // QSslServer offers a connection only after a successful handshake.
    connect(&m_tlsServer, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_tlsServer.nextPendingConnection())
            accept(socket);
    });
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &FakeProviderServer::handleWebSocketConnection);
}

FakeProviderServer::~FakeProviderServer()
{
    // Clients first: their disconnected() must not reach a half-destroyed fixture.
    for (QWebSocket *client : m_clients + m_silentClients) {
        client->disconnect(this);
        delete client;
    }
}

bool FakeProviderServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void FakeProviderServer::close()
{
    m_server.close();
}

bool FakeProviderServer::listenTls()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(QByteArray(SelfSignedCertificate)));
    tls.setPrivateKey(QSslKey(QByteArray(SelfSignedKey), QSsl::Ec));
    m_tlsServer.setSslConfiguration(tls);
    return m_tlsServer.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeProviderServer::url(const QString &scheme, quint16 port, const QString &pathAndQuery) const
{
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(port) + pathAndQuery);
}

QUrl FakeProviderServer::httpUrl(const QString &pathAndQuery) const
{
    return url(QStringLiteral("http"), m_server.serverPort(), pathAndQuery);
}

QUrl FakeProviderServer::httpsUrl(const QString &pathAndQuery) const
{
    return url(QStringLiteral("https"), m_tlsServer.serverPort(), pathAndQuery);
}

QUrl FakeProviderServer::wsUrl(const QString &pathAndQuery) const
{
    return url(QStringLiteral("ws"), m_server.serverPort(), pathAndQuery);
}

void FakeProviderServer::setRoute(const QString &path, const FakeResponse &response)
{
    m_routes.insert(path, {response});
}

void FakeProviderServer::setRoute(const QString &path, const QList<FakeResponse> &responses)
{
    m_routes.insert(path, responses);
}

QList<FakeRequest> FakeProviderServer::requests(const QString &path) const
{
    QList<FakeRequest> out;
    for (const FakeRequest &request : m_requests) {
        if (path.isEmpty() || request.path == path)
            out.append(request);
    }
    return out;
}

void FakeProviderServer::accept(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
}

void FakeProviderServer::handleReadyRead(QTcpSocket *socket)
{
    // Peeked, not read: a WebSocket upgrade hands the untouched bytes to QWebSocketServer.
    const QByteArray bytes = socket->peek(socket->bytesAvailable());
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        if (bytes.size() > MaxHeaderBytes)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    const QString target = QString::fromUtf8(requestLine.at(1));
    FakeRequest request;
    request.path = target.section(u'?', 0, 0);
    request.query = target.section(u'?', 1);
    request.receivedMs = m_clock.elapsed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    m_requests.append(request);
    Q_EMIT requestReceived(request.path, request.headers);

    socket->disconnect(this);
    if (request.headers.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        upgrade(socket);
        return;
    }
    socket->skip(end + 4);
    const QList<FakeResponse> responses = m_routes.value(request.path);
    if (responses.isEmpty()) {
        writeBody(socket, FakeResponse::json(R"({"error":"no such route"})", 404));
        return;
    }
    if (responses.size() > 1)
        m_routes[request.path].removeFirst();
    const FakeResponse response = responses.first();
    auto answer = [this, socket, request, response] {
        if (response.kind == FakeResponse::Kind::Body)
            writeBody(socket, response);
        else
            openStream(socket, request, response);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, answer);
    else
        answer();
}

void FakeProviderServer::writeBody(QTcpSocket *socket, const FakeResponse &response)
{
    socket->write(head(response, "application/json",
                       "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n"));
    if (response.trickleIntervalMs <= 0 || response.body.isEmpty()) {
        socket->write(response.body);
        socket->disconnectFromHost();
        return;
    }
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body = response.body, sent = qsizetype(0)]() mutable {
        socket->write(body.mid(sent++, 1));
        if (sent == body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(std::chrono::milliseconds(response.trickleIntervalMs));
}

void FakeProviderServer::openStream(QTcpSocket *socket, const FakeRequest &request, const FakeResponse &response)
{
    const bool chunked = response.kind == FakeResponse::Kind::EventStream;
    socket->write(head(response, "text/event-stream",
                       chunked ? "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n"
                               : "Cache-Control: no-cache\r\nConnection: close\r\n"));
    if (!response.body.isEmpty())
        socket->write(chunked ? chunk(response.body) : response.body);
    m_streams.append({socket, chunked});
    Q_EMIT clientConnected(request.path);
}

QByteArray FakeProviderServer::sseEvent(const QByteArray &data, const QByteArray &id, const QByteArray &type)
{
    QByteArray out;
    if (!type.isEmpty())
        out += "event: " + type + '\n';
    if (!id.isEmpty())
        out += "id: " + id + '\n';
    for (const QByteArray &line : data.split('\n'))
        out += "data: " + line + '\n';
    return out + '\n';
}

void FakeProviderServer::sendEvents(const QByteArray &bytes)
{
    for (const Stream &stream : std::as_const(m_streams)) {
        if (stream.socket)
            stream.socket->write(stream.chunked ? chunk(bytes) : bytes);
    }
}

void FakeProviderServer::endEventStreams()
{
    for (const Stream &stream : std::exchange(m_streams, {})) {
        if (!stream.socket)
            continue;
        if (stream.chunked)
            stream.socket->write("0\r\n\r\n");
        stream.socket->disconnectFromHost();
    }
}

void FakeProviderServer::dropEventStreams()
{
    for (const Stream &stream : std::exchange(m_streams, {})) {
        if (stream.socket)
            stream.socket->abort();
    }
}

int FakeProviderServer::eventStreamCount() const
{
    return int(std::count_if(m_streams.cbegin(), m_streams.cend(), [](const Stream &stream) {
        return stream.socket && stream.socket->state() == QAbstractSocket::ConnectedState;
    }));
}

void FakeProviderServer::refuseHandshakes(int status, const QByteArray &body)
{
    m_refuseStatus = status;
    m_refuseBody = body;
}

void FakeProviderServer::upgrade(QTcpSocket *socket)
{
    if (m_refuseStatus != 0) {
        ++m_refusedHandshakes;
        socket->skip(socket->bytesAvailable());
        writeBody(socket, FakeResponse::json(m_refuseBody, m_refuseStatus));
        return;
    }
    // From here QWebSocket owns the socket.
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_upgradedSockets.append(socket);
    m_webSockets.handleConnection(socket);
}

void FakeProviderServer::handleWebSocketConnection()
{
    while (QWebSocket *client = m_webSockets.nextPendingConnection()) {
        ++m_webSocketConnections;
        m_clients.append(client);
        connect(client, &QWebSocket::textMessageReceived, this,
                [this, client](const QString &message) { noteClientText(client, message); });
        connect(client, &QWebSocket::disconnected, this, [this, client] { forgetClient(client); });
        armKeepAlive(client);
        Q_EMIT clientConnected(client->requestUrl().path());
    }
}

void FakeProviderServer::noteClientText(QWebSocket *client, const QString &message)
{
    m_messages.append(message);
    if (m_keepAlive && message == m_keepAlive->text) {
        armKeepAlive(client);
        if (!m_keepAlive->reply.isEmpty() && m_clients.contains(client))
            client->sendTextMessage(m_keepAlive->reply);
    }
    Q_EMIT messageReceived(message);
}

void FakeProviderServer::expectKeepAlive(const FakeKeepAlive &keepAlive)
{
    m_keepAlive = keepAlive;
    for (QWebSocket *client : m_clients + m_silentClients)
        armKeepAlive(client);
}

void FakeProviderServer::armKeepAlive(QWebSocket *client)
{
    if (!m_keepAlive)
        return;
    // One timer per client, its child: it dies with the client.
    auto *timer = client->findChild<QTimer *>(QStringLiteral("keepAlive"), Qt::FindDirectChildrenOnly);
    if (!timer) {
        timer = new QTimer(client);
        timer->setObjectName(QStringLiteral("keepAlive"));
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, client] {
            ++m_keepAliveClosures;
            client->close(QWebSocketProtocol::CloseCode(m_keepAlive->closeCode), m_keepAlive->closeReason);
        });
    }
    timer->start(std::chrono::milliseconds(m_keepAlive->withinMs));
}

void FakeProviderServer::forgetClient(QWebSocket *client)
{
    m_clients.removeAll(client);
    m_silentClients.removeAll(client);
    client->deleteLater();
}

void FakeProviderServer::sendText(const QString &message)
{
    for (QWebSocket *client : std::as_const(m_clients))
        client->sendTextMessage(message);
}

void FakeProviderServer::sendBinary(const QByteArray &message)
{
    for (QWebSocket *client : std::as_const(m_clients))
        client->sendBinaryMessage(message);
}

void FakeProviderServer::goSilent()
{
    // QWebSocket answers pings by itself; only a socket that no longer reads
    // stays silent like a dead NAT mapping or a hung server.
    for (const QPointer<QTcpSocket> &socket : std::exchange(m_upgradedSockets, {})) {
        if (socket)
            disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    }
    m_silentClients += std::exchange(m_clients, {});
}

void FakeProviderServer::abortClients()
{
    for (QWebSocket *client : m_clients + m_silentClients)
        client->abort();
}

void FakeProviderServer::closeClients(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    for (QWebSocket *client : m_clients + m_silentClients)
        client->close(code, reason);
}

} // namespace tickerline::test
