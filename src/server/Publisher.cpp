#include "Publisher.h"

#include "Protocol.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QSslError>
#include <QWebSocket>

namespace tickerline {

namespace {
constexpr BackoffPolicy kReconnectPolicy{.baseMs = 100, .factor = 2.0, .capMs = 2'000, .floorMs = 100};

// Why an attempt did not get in, in words a user can act on: a plain
// client at a TLS port only hears that the handshake went wrong.
QString failureOf(const QWebSocket &socket, const QString &reason, const QUrl &url)
{
    const bool reached = socket.error() != QAbstractSocket::ConnectionRefusedError
                         && socket.error() != QAbstractSocket::HostNotFoundError
                         && socket.error() != QAbstractSocket::SocketTimeoutError;
    if (url.scheme() != u"ws" || !reached || socket.closeCode() != QWebSocketProtocol::CloseCodeNormal)
        return reason;
    return Publisher::tr("the server did not complete the WebSocket handshake (%1); if it serves TLS, connect with "
                         "TLS (push --tls, or --ca FILE for a self-signed certificate)")
        .arg(reason);
}
} // namespace

Publisher::Publisher(PublisherConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_backoff(kReconnectPolicy)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &Publisher::connectNow);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_socket && m_ready)
            m_socket->sendTextMessage(QString::fromUtf8(protocol::encodePing(QDateTime::currentMSecsSinceEpoch())));
    });
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(int(m_config.giveUpMs));
    connect(&m_giveUp, &QTimer::timeout, this, [this] {
        if (m_pending.isEmpty() && !m_inputDone)
            return m_giveUp.start();   // waiting for input, not for the server
        const QString waited = tr("no acknowledgement for %1 s").arg(double(m_config.giveUpMs) / 1000.0);
        finish(false, m_lastFailure.isEmpty() ? waited : tr("%1 (last connection attempt: %2)").arg(waited, m_lastFailure));
    });
}

Publisher::~Publisher() = default;

void Publisher::start()
{
    m_giveUp.start();
    connectNow();
}

qsizetype Publisher::unackedTicks() const
{
    qsizetype ticks = 0;
    for (const Message &message : m_pending)
        ticks += message.ticks.size();
    return ticks;
}

void Publisher::enqueue(const TickBatch &ticks)
{
    if (ticks.isEmpty())
        return;
    m_pending.append({QStringLiteral("p%1").arg(m_nextId++), ticks, false});
    sendMore();
}

void Publisher::endOfInput()
{
    m_inputDone = true;
    checkDone();
}

void Publisher::connectNow()
{
    if (m_finished)
        return;
    m_ready = false;
    m_socket = std::make_unique<QWebSocket>();
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &Publisher::handleText);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &Publisher::handleDisconnected);
    connect(m_socket.get(), &QWebSocket::sslErrors, this, &Publisher::handleSslErrors);
    if (m_config.tls)
        m_socket->setSslConfiguration(*m_config.tls);
    QNetworkRequest request(m_config.url);
    if (!m_config.token.isEmpty())
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_config.token);
    m_socket->open(request);
}

void Publisher::sendMore()
{
    if (!m_socket || !m_ready)
        return;
    int inFlight = 0;
    for (Message &message : m_pending) {
        if (message.inFlight) {
            ++inFlight;
            continue;
        }
        if (inFlight >= m_config.maxInFlight)
            break;
        m_socket->sendTextMessage(QString::fromUtf8(protocol::encodePublish({message.id, message.ticks})));
        message.inFlight = true;
        ++inFlight;
    }
}

void Publisher::handleText(const QString &text)
{
    const protocol::ServerEvent event = protocol::decodeServerEvent(text.toUtf8());
    if (event.type == u"welcome") {
        m_ready = true;
        m_backoff.reset();
        if (event.heartbeatMs > 0)
            m_ping.start(std::max(1000, event.heartbeatMs / 2));
        Q_EMIT connectionChanged(true, {});
        sendMore();
        return;
    }
    if (event.type != u"ack" && event.type != u"refused")
        return;
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [&event](const Message &message) { return message.id == event.id; });
    if (it == m_pending.end())
        return;   // a repeat's answer: acknowledged already
    const qsizetype ticks = it->ticks.size();
    m_pending.erase(it);
    m_giveUp.start();
    if (event.type == u"ack") {
        Q_EMIT acknowledged(event.id, ticks);
    } else {
        m_refusedTicks += ticks;
        Q_EMIT refused(event.id, event.reason);
    }
    sendMore();
    checkDone();
}

void Publisher::handleDisconnected()
{
    if (!m_socket)
        return;
    const auto code = m_socket->closeCode();
    const QString reason = m_socket->closeReason().isEmpty() ? m_socket->errorString() : m_socket->closeReason();
    const QString failure = failureOf(*m_socket, reason, m_config.url);
    m_socket.release()->deleteLater();
    m_ping.stop();
    const bool wasReady = std::exchange(m_ready, false);
    for (Message &message : m_pending)
        message.inFlight = false;
    if (m_finished)
        return;
    if (quint16(code) == protocol::CloseUnauthorized) {
        finish(false, tr("the server refused the token: %1").arg(reason));
        return;
    }
    if (wasReady)
        Q_EMIT connectionChanged(false, reason);
    else
        m_lastFailure = failure;
    m_reconnect.start(int(m_backoff.nextDelayMs()));
}

void Publisher::handleSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: a certificate that is not trusted now will not be on the next attempt either.
    QStringList problems;
    for (const QSslError &error : errors)
        problems.append(error.errorString());
    problems.removeDuplicates();
    finish(false, tr("TLS: the server's certificate is not trusted: %1").arg(problems.join(QStringLiteral("; "))));
}

void Publisher::checkDone()
{
    if (m_inputDone && m_pending.isEmpty())
        finish(m_refusedTicks == 0, m_refusedTicks == 0 ? QString() : tr("%1 ticks refused").arg(m_refusedTicks));
}

void Publisher::finish(bool ok, const QString &reason)
{
    if (std::exchange(m_finished, true))
        return;
    m_reconnect.stop();
    m_ping.stop();
    m_giveUp.stop();
    if (m_socket)
        m_socket->close();
    Q_EMIT finished(ok, reason);
}

} // namespace tickerline
