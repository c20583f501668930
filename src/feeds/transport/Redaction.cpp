#include "Redaction.h"

#include <QMutex>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace tickerline {

namespace {

const QString Mask = QStringLiteral("***");

bool isSecretName(const QString &name)
{
    static const std::array names{
        QLatin1String("token"), QLatin1String("apikey"),       QLatin1String("api_key"),
        QLatin1String("key"),   QLatin1String("access_token"), QLatin1String("secret"),
    };
    return std::any_of(names.begin(), names.end(),
                       [&](QLatin1String secret) { return name.compare(secret, Qt::CaseInsensitive) == 0; });
}

constexpr qsizetype kShortestSecret = 4;

// Written when a feed starts, read by every log line of every feed thread.
QMutex secretsMutex;
QStringList &secrets()
{
    static QStringList list;
    return list;
}

// Each key as typed and as it appears percent-encoded in a URL's text.
QString maskedKnownSecrets(QString text)
{
    const QMutexLocker lock(&secretsMutex);
    for (const QString &secret : std::as_const(secrets())) {
        text.replace(secret, Mask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, Mask);
    }
    return text;
}

QString maskedValue(QString text, const QString &value)
{
    if (value.isEmpty())
        return text;
    text.replace(value, Mask);
    text.replace(QUrl::fromPercentEncoding(value.toUtf8()), Mask);
    return text;
}

} // namespace

void redactEverywhere(const QString &secret)
{
    if (secret.size() < kShortestSecret)
        return;
    const QMutexLocker lock(&secretsMutex);
    if (!secrets().contains(secret))
        secrets().append(secret);
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    if (!copy.userInfo().isEmpty())
        copy.setUserInfo(Mask);   // a user name can be the key itself
    copy.setFragment(QString());   // fragments never go to a server, and may hold OAuth tokens
    // Decoded, so that a key matches however much of it the URL escapes.
    copy.setPath(maskedKnownSecrets(copy.path(QUrl::FullyDecoded)), QUrl::DecodedMode);
    if (copy.hasQuery()) {
        QUrlQuery masked;
        // Pretty decoding turns "api%5Fkey" into "api_key", so an escaped name cannot slip through.
        const auto items = QUrlQuery(copy).queryItems();
        for (const auto &[name, value] : items) {
            const QString decoded = QUrl::fromPercentEncoding(value.toUtf8());
            const QString shown = maskedKnownSecrets(decoded) == decoded ? value : maskedKnownSecrets(decoded);
            masked.addQueryItem(name, isSecretName(name) ? Mask : shown);
        }
        copy.setQuery(masked);
    }
    return maskedKnownSecrets(copy.toDisplayString());
}

QString redactedMessage(QStringView text, const QUrl &url)
{
    QString out = text.toString();
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    for (const auto &[name, value] : items) {
        // Both spellings: error strings show URLs encoded or decoded.
        if (isSecretName(QUrl::fromPercentEncoding(name.toUtf8())))
            out = maskedValue(out, value);
    }
    out = maskedValue(out, url.userInfo(QUrl::FullyEncoded));
    out = maskedValue(out, url.password(QUrl::FullyEncoded));
    return maskedKnownSecrets(out);
}

QString redactedText(QStringView text, QStringView secret)
{
    QString out = text.toString();
    if (!secret.isEmpty())
        out.replace(secret.toString(), Mask);
    return maskedKnownSecrets(out);
}

} // namespace tickerline
