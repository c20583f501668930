#include "WebSocketTransport.h"

#include "Redaction.h"

#include <QDebug>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QWebSocket>

#include <optional>
#include <utility>

namespace tickerline {

namespace {

// How long a closing socket may wait for the server's close frame.
constexpr int CloseGraceMs = 2000;

// Qt 6.4 reports a refused handshake only as text: "…Unhandled http status
// code: 401 (Unauthorized)." The status decides between retrying and Failed.
std::optional<int> handshakeStatus(const QString &errorString)
{
    static const QRegularExpression pattern(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = pattern.match(errorString);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString closeDescription(const QWebSocket &socket, const QString &lastError)
{
    const QString reason = socket.closeReason().simplified().left(200);
    // Without a close frame Qt still reports code 1000: the socket error tells a drop apart.
    if (reason.isEmpty() && !lastError.isEmpty())
        return QStringLiteral("Connection lost: %1").arg(lastError);
    if (reason.isEmpty())
        return QStringLiteral("Closed (%1)").arg(int(socket.closeCode()));
    return QStringLiteral("Closed (%1): %2").arg(int(socket.closeCode())).arg(reason);
}

} // namespace

WebSocketTransport::WebSocketTransport(WebSocketOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_supervisor(m_options.reconnect, clock, this)
{
    connect(&m_supervisor, &ConnectionSupervisor::connectRequested, this, &WebSocketTransport::connectNow);
    connect(&m_supervisor, &ConnectionSupervisor::staleDetected, this, &WebSocketTransport::handleStale);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (isConnected())
            m_socket->ping();
    });
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] { sendText(m_options.heartbeatMessage); });
}

WebSocketTransport::~WebSocketTransport()
{
    discardSocket();
}

void WebSocketTransport::open(const QUrl &url, const QString &bearerToken)
{
    m_url = url;
    m_bearerToken = bearerToken;
    m_supervisor.start();
}

void WebSocketTransport::close()
{
    m_pingTimer.stop();
    m_heartbeatTimer.stop();
    if (isConnected()) {
        // A polite goodbye: the close frame needs the socket alive until the server answers.
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(CloseGraceMs, socket, &QObject::deleteLater);
        socket->close();
    }
    discardSocket();
    m_supervisor.stop();
}

bool WebSocketTransport::sendText(const QString &message)
{
    if (!isConnected())
        return false;
    m_socket->sendTextMessage(message);
    return true;
}

void WebSocketTransport::fail(const QString &reason)
{
    const bool hadLink = m_socket != nullptr;
    m_pingTimer.stop();
    m_heartbeatTimer.stop();
    discardSocket();
    m_supervisor.fail(reason);
    if (hadLink)
        Q_EMIT disconnected(reason);
}

void WebSocketTransport::reconnectAfter(qint64 minDelayMs, const QString &reason)
{
    linkDown(reason, minDelayMs);
}

bool WebSocketTransport::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void WebSocketTransport::connectNow()
{
    discardSocket();
    m_lastError.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(m_options.maxMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(m_options.maxMessageBytes);
    m_socket->setOutgoingFrameSize(m_options.outgoingFrameBytes);
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        m_socket->setSslConfiguration(tls);
    }
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::handleConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::handleDisconnected);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, &WebSocketTransport::handleError);
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketTransport::handleError);
#endif
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        m_supervisor.noteActivity();
        Q_EMIT textReceived(message);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        m_supervisor.noteActivity();
        Q_EMIT binaryReceived(message);
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_supervisor.noteActivity(); });
    QNetworkRequest request(m_url);
    if (!m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    m_socket->open(request);
}

void WebSocketTransport::handleConnected()
{
    m_supervisor.noteConnected();
    if (m_options.pingIntervalMs > 0)
        m_pingTimer.start(std::chrono::milliseconds(m_options.pingIntervalMs));
    if (!m_options.heartbeatMessage.isEmpty() && m_options.heartbeatIntervalMs > 0)
        m_heartbeatTimer.start(std::chrono::milliseconds(m_options.heartbeatIntervalMs));
    Q_EMIT connected();
}

void WebSocketTransport::handleError()
{
    m_lastError = redactedMessage(m_socket->errorString(), m_url).simplified();
    const std::optional<int> status = handshakeStatus(m_lastError);
    if (status == 401 || status == 403) {
        fail(QStringLiteral("Handshake refused: %1").arg(m_lastError));
        return;
    }
    // Binance answers 451 to US addresses: retrying from the same place can never work.
    if (status == 451) {
        fail(QStringLiteral("Handshake refused with HTTP 451 (Unavailable For Legal Reasons): the provider does "
                            "not serve this location (restricted location)"));
        return;
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        linkDown(m_lastError);   // never connected: no disconnected() follows
    else
        m_socket->abort();       // handleDisconnected() follows
}

void WebSocketTransport::handleDisconnected()
{
    if (const auto permanent = m_options.permanentCloses.constFind(int(m_socket->closeCode()));
        permanent != m_options.permanentCloses.cend()) {
        const QString reason = m_socket->closeReason().simplified().left(200);
        fail(reason.isEmpty() ? *permanent : QStringLiteral("%1 (%2)").arg(*permanent, reason));
        return;
    }
    linkDown(closeDescription(*m_socket, m_lastError));
}

void WebSocketTransport::handleStale()
{
    linkDown(m_supervisor.state().message);
}

void WebSocketTransport::linkDown(const QString &reason, qint64 minDelayMs)
{
    if (!m_supervisor.isAttempting())
        return;
    m_pingTimer.stop();
    m_heartbeatTimer.stop();
    discardSocket();
    qDebug().noquote() << "WebSocketTransport:" << redactedUrl(m_url) << reason;
    Q_EMIT disconnected(reason);
    m_supervisor.noteDown(reason, minDelayMs);
}

void WebSocketTransport::discardSocket()
{
    if (!m_socket)
        return;
    // Detached first: its last signals describe a link we have already written off.
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace tickerline
