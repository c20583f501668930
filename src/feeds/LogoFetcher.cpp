#include "LogoFetcher.h"

#include "Clock.h"
#include "ProviderUrls.h"
#include "Redaction.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>

namespace tickerline {

namespace {

HttpPollerOptions httpOptions(const LogoOptions &options)
{
    HttpPollerOptions http;
    http.deadlineMs = options.deadlineMs;
    http.maxBodyBytes = options.maxBytes;
    return http;
}

// "image/png; charset=binary" → "image/png".
QString mimeTypeOf(const HttpReply &reply)
{
    return QString::fromLatin1(reply.header("Content-Type").split(';').constFirst().trimmed()).toLower();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    // All or nothing: a crash mid-write must not leave half a logo behind.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

LogoFetcher::LogoFetcher(QString provider, const Clock &clock, LogoOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_poller(httpOptions(m_options), clock, this)
{
    if (m_options.symbolBase.isEmpty())
        m_options.symbolBase = QUrl(QStringLiteral("https://assets.parqet.com/logos/symbol"));
    if (m_options.cacheDir.isEmpty())
        m_options.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/logos");
    connect(&m_poller, &HttpPoller::finished, this, &LogoFetcher::handleReply);
}

LogoFetcher::~LogoFetcher() = default;

void LogoFetcher::request(const QString &symbol, const QUrl &url)
{
    const qint64 now = m_clock.nowMs();
    const auto known = m_known.constFind(symbol);
    QUrl source = url;
    if (source.isEmpty())
        source = known != m_known.cend() && !known->url.isEmpty() ? known->url : symbolUrl(symbol);
    if (known != m_known.cend() && known->url == source && (known->inFlight || now < known->nextAttemptMs))
        return;
    if (!isHttpUrl(source)) {
        qWarning().noquote() << QStringLiteral("%1 logo for %2 refused: only http and https URLs are fetched (%3)")
                                    .arg(m_provider, symbol, redactedUrl(source));
        settle(symbol, source, now + m_options.expiryMs);
        return;
    }
    const std::optional<Cached> cached = readCache(source);
    if (cached && now - cached->fetchedMs < m_options.expiryMs) {
        publish(symbol, source, *cached);
        settle(symbol, source, cached->fetchedMs + m_options.expiryMs);
        return;
    }
    m_known.insert(symbol, {source, 0, true});
    m_pending.insert(m_poller.get(QNetworkRequest(source)), {symbol, source});
}

void LogoFetcher::cancelAll()
{
    m_poller.cancelAll();
    for (const auto &[symbol, url] : std::as_const(m_pending))
        m_known.remove(symbol);   // never fetched: the next request tries again
    m_pending.clear();
}

void LogoFetcher::handleReply(quint64 id, const HttpReply &reply)
{
    const auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    const auto [symbol, url] = *pending;
    m_pending.erase(pending);
    // A newer request (the provider's own logo) took over: its answer counts, not this one.
    if (m_known.value(symbol).url != url)
        return;

    const qint64 now = m_clock.nowMs();
    const QString mimeType = mimeTypeOf(reply);
    if (reply.isOk() && mimeType.startsWith(QLatin1String("image/")) && !reply.body.isEmpty()
        && reply.body.size() <= m_options.maxBytes) {
        const Cached logo{reply.body, mimeType, now};
        writeCache(url, logo);
        publish(symbol, url, logo);
        settle(symbol, url, now + m_options.expiryMs);
        return;
    }
    const QString reason = reply.isOk() ? QStringLiteral("not an image (%1): %2")
                                              .arg(mimeType.isEmpty() ? QStringLiteral("no content type") : mimeType,
                                                   redactedUrl(url))
                                        : reply.message;
    const QString line = QStringLiteral("%1 logo for %2 failed: %3").arg(m_provider, symbol, reason);
    // Most symbols outside the big markets have no logo anywhere: that is news only when debugging.
    if (reply.status == 404)
        qInfo().noquote() << line;
    else
        qWarning().noquote() << line;
    // An old logo beats a letter mark.
    if (const std::optional<Cached> stale = readCache(url))
        publish(symbol, url, *stale);
    settle(symbol, url, now + m_options.retryMs);
}

void LogoFetcher::publish(const QString &symbol, const QUrl &url, const Cached &logo)
{
    Instrument instrument;
    instrument.symbol = symbol;
    instrument.provider = m_provider;
    instrument.logoUrl = url;
    instrument.logo = logo.bytes;
    instrument.logoMimeType = logo.mimeType;
    instrument.updatedMs = m_clock.nowMs();
    Q_EMIT instrumentsArrived({instrument});
}

void LogoFetcher::settle(const QString &symbol, const QUrl &url, qint64 nextAttemptMs)
{
    m_known.insert(symbol, {url, nextAttemptMs, false});
}

QUrl LogoFetcher::symbolUrl(const QString &symbol) const
{
    QUrl url = withPath(m_options.symbolBase, QString(u'/' + pathSegment(symbol)));
    url.setQuery(QStringLiteral("format=png&size=96"));
    return url;
}

QString LogoFetcher::cachePath(const QUrl &url, QStringView suffix) const
{
    // Named after a hash of the URL: symbols and URLs may hold '/' or "..".
    const QByteArray key = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex();
    return m_options.cacheDir + u'/' + QString::fromLatin1(key) + suffix;
}

std::optional<LogoFetcher::Cached> LogoFetcher::readCache(const QUrl &url) const
{
    QFile metaFile(cachePath(url, u".json"));
    QFile imageFile(cachePath(url, u".img"));
    if (!metaFile.open(QIODevice::ReadOnly) || !imageFile.open(QIODevice::ReadOnly)
        || imageFile.size() > m_options.maxBytes)
        return std::nullopt;
    const QJsonObject meta = QJsonDocument::fromJson(metaFile.read(64 * 1024)).object();
    Cached cached{imageFile.readAll(), meta.value(u"mimeType").toString(),
                  qint64(meta.value(u"fetchedMs").toDouble())};
    // The pair is written image first: a size mismatch means a write was cut short.
    if (meta.value(u"url").toString() != url.toString(QUrl::FullyEncoded)
        || qint64(meta.value(u"bytes").toDouble()) != cached.bytes.size() || cached.bytes.isEmpty()
        || !cached.mimeType.startsWith(QLatin1String("image/")))
        return std::nullopt;
    return cached;
}

void LogoFetcher::writeCache(const QUrl &url, const Cached &logo) const
{
    const QJsonObject meta{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                           {QStringLiteral("mimeType"), logo.mimeType},
                           {QStringLiteral("fetchedMs"), double(logo.fetchedMs)},
                           {QStringLiteral("bytes"), double(logo.bytes.size())}};
    if (!QDir().mkpath(m_options.cacheDir) || !writeFile(cachePath(url, u".img"), logo.bytes)
        || !writeFile(cachePath(url, u".json"), QJsonDocument(meta).toJson(QJsonDocument::Compact)))
        qWarning().noquote() << m_provider << "could not cache the logo in" << m_options.cacheDir;
}

} // namespace tickerline
