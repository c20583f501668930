#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace tickerline {

// The serving port: plain TCP, or TLS when given a configuration (Qt 6.4
// has no QSslServer). With TLS, a connection's first byte is looked at
// before any is read: a TLS handshake (0x16) becomes a QSslSocket that starts
// server encryption and reads nothing but decrypted bytes; anything else (a
// plain http:// or ws:// client) gets a plain-text 400 that says so.
class Listener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)
public:
    explicit Listener(std::optional<QSslConfiguration> tls, QObject *parent = nullptr);
    ~Listener() override;

    [[nodiscard]] bool isTls() const { return m_tls.has_value(); }

Q_SIGNALS:
    // A connection to serve (a QSslSocket with TLS); the receiver takes it.
    void accepted(QTcpSocket *socket);
    // A plain-text client on the TLS port, refused.
    void plainClientRefused(const QString &peer);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void sniff(qintptr descriptor);
    void startTls(qintptr descriptor);
    void refusePlain(qintptr descriptor);

    const std::optional<QSslConfiguration> m_tls;
};

} // namespace tickerline
