#include "AccessTokens.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace tickerline {

namespace {
constexpr qint64 kMaxTokenFileBytes = 4096;
constexpr qsizetype kMinTokenLength = 16;
} // namespace

bool tokensEqual(QByteArrayView a, QByteArrayView b)
{
    // Hash first, so that neither the length nor a common prefix shows in
    // the time taken; then compare every byte of the digests.
    const QByteArray x = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return difference == 0;
}

Access accessFor(const AccessTokens &tokens, QByteArrayView presented, bool publishAllowedWithoutToken)
{
    Access access;
    // Evaluate both comparisons whatever the first says.
    const bool isPublish = !tokens.publish.isEmpty() && !presented.isEmpty() && tokensEqual(presented, tokens.publish);
    const bool isRead = !tokens.read.isEmpty() && !presented.isEmpty() && tokensEqual(presented, tokens.read);
    if (!presented.isEmpty() && !isPublish && !isRead)
        return access;   // a wrong token is refused, even where none is needed
    access.authenticated = true;
    access.canPublish = isPublish || (tokens.publish.isEmpty() && publishAllowedWithoutToken);
    access.canRead = isPublish || isRead || tokens.read.isEmpty();
    return access;
}

QByteArray bearerToken(QByteArrayView authorization)
{
    const QByteArray value = authorization.toByteArray().trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return value.mid(scheme.size()).trimmed();
}

std::optional<QByteArray> readTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("tickerline", "cannot read the token file %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray contents = file.read(kMaxTokenFileBytes);
    const QByteArray token = contents.left(contents.indexOf('\n') < 0 ? contents.size() : contents.indexOf('\n'))
                                 .trimmed();
    if (token.size() < kMinTokenLength) {
        *error = QCoreApplication::translate("tickerline", "the token in %1 is shorter than %2 characters")
                     .arg(path)
                     .arg(kMinTokenLength);
        return std::nullopt;
    }
    return token;
}

} // namespace tickerline
