#include "Listener.h"

#include <QSslSocket>

namespace tickerline {

Listener::Listener(std::optional<QSslConfiguration> tls, QObject *parent) : QTcpServer(parent), m_tls(std::move(tls))
{
}

Listener::~Listener() = default;

void Listener::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    socket->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace tickerline
