#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace tickerline {

// The serving port: plain TCP, or TLS when given a configuration (Qt 6.4
// has no QSslServer): each connection a QSslSocket that starts server
// encryption at once; it reads nothing but decrypted bytes.
class Listener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)
public:
    explicit Listener(std::optional<QSslConfiguration> tls, QObject *parent = nullptr);
    ~Listener() override;

    [[nodiscard]] bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const std::optional<QSslConfiguration> m_tls;
};

} // namespace tickerline
