#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tickerline {

// The two secrets a serving collector may hold: one to read (subscribe),
// one to publish (which may read too). Never logged, never echoed; compared
// in constant time.
struct AccessTokens
{
    QByteArray read;       // empty: reading needs no token
    QByteArray publish;    // empty: publishing needs no token (loopback only)
};

struct Access
{
    bool authenticated = false;   // false: a token was presented and matched neither
    bool canRead = false;
    bool canPublish = false;
};

// What a client presenting `presented` (empty: none) may do.
[[nodiscard]] Access accessFor(const AccessTokens &tokens, QByteArrayView presented, bool publishAllowedWithoutToken);

// Equal contents, in time that depends on neither's contents.
[[nodiscard]] bool tokensEqual(QByteArrayView a, QByteArrayView b);

// The token of an `Authorization: Bearer …` header value; empty otherwise.
[[nodiscard]] QByteArray bearerToken(QByteArrayView authorization);

// A token file holds the token on its first line (trailing whitespace
// trimmed). nullopt with *error set (naming the file, never the contents).
[[nodiscard]] std::optional<QByteArray> readTokenFile(const QString &path, QString *error);

} // namespace tickerline
