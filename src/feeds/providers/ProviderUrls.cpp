#include "ProviderUrls.h"

#include <QUrlQuery>

namespace tickerline {

QUrl withPath(const QUrl &base, QStringView encodedPath)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(QUrl::FullyEncoded);
    // StripTrailingSlash keeps a lone "/", which would make "//v8/…".
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + encodedPath, QUrl::TolerantMode);
    return url;
}

QString pathSegment(const QString &symbol)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(symbol));
}

QUrl withQueryItem(const QUrl &url, const QString &name, const QString &value)
{
    QUrlQuery query(url);
    // QUrlQuery leaves '+' and '&' alone in values; a key containing them must
    // not turn into a space or a second item.
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl out = url;
    out.setQuery(query);
    return out;
}

QUrl httpOrigin(const QUrl &endpoint)
{
    QUrl origin;
    const QString scheme = endpoint.scheme();
    origin.setScheme(scheme == QLatin1String("wss") || scheme == QLatin1String("https") ? QStringLiteral("https")
                                                                                          : QStringLiteral("http"));
    origin.setHost(endpoint.host());
    origin.setPort(endpoint.port());
    return origin;
}

} // namespace tickerline
