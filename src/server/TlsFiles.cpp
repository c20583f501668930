#include "TlsFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace tickerline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline", text);
}

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool tlsAvailable(QString *error)
{
    if (QSslSocket::supportsSsl())
        return true;
    *error = tr("this build has no TLS backend (Qt found no OpenSSL)");
    return false;
}

} // namespace

std::optional<QSslConfiguration> serverTlsConfiguration(const QString &certificateFile, const QString &keyFile,
                                                        QString *error)
{
    if (!tlsAvailable(error))
        return std::nullopt;
    const std::optional<QByteArray> certificates = readAll(certificateFile, error);
    if (!certificates)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificates, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = tr("%1 holds no PEM certificate").arg(certificateFile);
        return std::nullopt;
    }
    const std::optional<QByteArray> keyBytes = readAll(keyFile, error);
    if (!keyBytes)
        return std::nullopt;
    QSslKey key(*keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM private key (RSA or EC)").arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Clients present no certificate: the tokens say who they are.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

std::optional<QList<QSslCertificate>> readCaFile(const QString &path, QString *error)
{
    if (!tlsAvailable(error))
        return std::nullopt;
    const std::optional<QByteArray> bytes = readAll(path, error);
    if (!bytes)
        return std::nullopt;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(*bytes, QSsl::Pem);
    if (certificates.isEmpty() || certificates.constFirst().isNull()) {
        *error = tr("%1 holds no PEM certificate").arg(path);
        return std::nullopt;
    }
    return certificates;
}

QSslConfiguration clientTlsConfiguration(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.addCaCertificates(extraCas);
    return configuration;
}

} // namespace tickerline
