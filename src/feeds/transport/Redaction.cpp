#include "Redaction.h"

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

} // namespace

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setFragment(QString());   // fragments never go to a server, and may hold OAuth tokens
    if (copy.hasQuery()) {
        QUrlQuery masked;
        // Pretty decoding turns "api%5Fkey" into "api_key", so an escaped name cannot slip through.
        const auto items = QUrlQuery(copy).queryItems();
        for (const auto &[name, value] : items)
            masked.addQueryItem(name, isSecretName(name) ? Mask : value);
        copy.setQuery(masked);
    }
    return copy.toDisplayString();   // which also drops any password
}

QString redactedMessage(QStringView text, const QUrl &url)
{
    QString out = text.toString();
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    for (const auto &[name, value] : items) {
        if (!isSecretName(QUrl::fromPercentEncoding(name.toUtf8())) || value.isEmpty())
            continue;
        // Both spellings: error strings show URLs encoded or decoded.
        out.replace(value, Mask);
        out.replace(QUrl::fromPercentEncoding(value.toUtf8()), Mask);
    }
    return out;
}

QString redactedText(QStringView text, QStringView secret)
{
    QString out = text.toString();
    if (!secret.isEmpty())
        out.replace(secret.toString(), Mask);
    return out;
}

} // namespace tickerline
