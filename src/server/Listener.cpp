#include "Listener.h"

#include "HttpRequest.h"

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tickerline {

namespace {

constexpr int kFirstByteTimeoutMs = 10'000;
constexpr char kTlsHandshakeRecord = 0x16;

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

} // namespace

Listener::Listener(std::optional<QSslConfiguration> tls, QObject *parent) : QTcpServer(parent), m_tls(std::move(tls))
{
}

Listener::~Listener() = default;

void Listener::incomingConnection(qintptr descriptor)
{
    if (m_tls) {
        sniff(descriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        closeDescriptor(descriptor);
        return;
    }
    Q_EMIT accepted(socket);
}

void Listener::sniff(qintptr descriptor)
{
    // Peeked, not read: the TLS socket that takes over reads the handshake itself.
    auto *notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    auto *deadline = new QTimer(notifier);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, notifier, [notifier, descriptor] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        closeDescriptor(descriptor);
    });
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, descriptor] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        char first = 0;
        const auto peeked = ::recv(descriptor, &first, 1, MSG_PEEK);
        if (peeked <= 0)
            closeDescriptor(descriptor);
        else if (first == kTlsHandshakeRecord)
            startTls(descriptor);
        else
            refusePlain(descriptor);
    });
    deadline->start(kFirstByteTimeoutMs);
}

void Listener::startTls(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        closeDescriptor(descriptor);
        return;
    }
    socket->setSslConfiguration(*m_tls);
    socket->startServerEncryption();
    Q_EMIT accepted(socket);
}

void Listener::refusePlain(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        closeDescriptor(descriptor);
        return;
    }
    Q_EMIT plainClientRefused(socket->peerAddress().toString());
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kFirstByteTimeoutMs, socket, &QTcpSocket::abort);
    // Answered once its request is read: closing on unread bytes would reset
    // the connection, and the client would never see why.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        socket->readAll();
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        socket->write(http::encodeError(
            {400, QStringLiteral("this server speaks TLS only: use https:// or wss:// (push --tls or --ca FILE)")}));
        socket->disconnectFromHost();
    });
}

} // namespace tickerline
