#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace tickerline {

// TLS for the serving port (serve --cert/--key) and its clients (push --ca):
// PEM files read once at start, TLS 1.2 or later on both sides, the system's
// CAs plus any given; nothing here ever ignores a certificate error.

// The server's certificate (chain: leaf first) and its unencrypted RSA or
// EC key; nullopt with *error naming the file and what is wrong.
[[nodiscard]] std::optional<QSslConfiguration> serverTlsConfiguration(const QString &certificateFile,
                                                                      const QString &keyFile, QString *error);

// The CA certificates in a PEM file (at least one).
[[nodiscard]] std::optional<QList<QSslCertificate>> readCaFile(const QString &path, QString *error);

// A client's: the system's CAs and these, TLS 1.2 or later, the peer verified.
[[nodiscard]] QSslConfiguration clientTlsConfiguration(const QList<QSslCertificate> &extraCas);

} // namespace tickerline
