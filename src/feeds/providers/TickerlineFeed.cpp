#include "TickerlineFeed.h"

#include "MisconfiguredFeed.h"
#include "ProviderFeeds.h"
#include "StreamingFeed.h"
#include "TickerlineParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace tickerline {

namespace {

// The server's close code for a missing or wrong token (protocol::CloseUnauthorized).
constexpr int CloseUnauthorized = 4001;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString refusedTokenMessage()
{
    return QCoreApplication::translate("TickerlineFeed", "The server refused the token");
}

} // namespace

QUrl TickerlineAdapter::streamUrl(const QUrl &endpoint)
{
    QUrl url = endpoint.isEmpty() ? QUrl(QStringLiteral("ws://127.0.0.1:8765")) : endpoint;
    if (url.scheme() == u"http")
        url.setScheme(QStringLiteral("ws"));
    else if (url.scheme() == u"https")
        url.setScheme(QStringLiteral("wss"));
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(QStringLiteral("/v1/stream"));
    return url;
}

QUrl TickerlineAdapter::url(const FeedConfig &config) const
{
    return streamUrl(config.endpoint);
}

QString TickerlineAdapter::bearerToken(const FeedConfig &config) const
{
    return config.apiKey;
}

QString TickerlineAdapter::nextId()
{
    return QStringLiteral("s%1").arg(++m_nextId);
}

QStringList TickerlineAdapter::subscribeMessages(const QStringList &symbols)
{
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("subscribe")},
                        {QStringLiteral("id"), nextId()},
                        {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}};
    if (m_firstSubscribe && m_upTo >= 0)
        message.insert(QStringLiteral("resume"), QJsonObject{{QStringLiteral("after"), m_upTo}});
    m_firstSubscribe = false;
    return {compact(message)};
}

QStringList TickerlineAdapter::unsubscribeMessages(const QStringList &symbols)
{
    return {compact({{QStringLiteral("type"), QStringLiteral("unsubscribe")},
                     {QStringLiteral("id"), nextId()},
                     {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}})};
}

void TickerlineAdapter::noteConnected(qint64 nowMs)
{
    Q_UNUSED(nowMs);
    m_firstSubscribe = true;
}

ParseResult TickerlineAdapter::parse(const Payload &payload)
{
    const QByteArray utf8 = payload.isText() ? payload.text.toUtf8() : payload.bytes.toByteArray();
    TickerlineFrame frame = served::parseFrame(utf8, payload.nowMs);
    if (!frame.result.ticks.isEmpty()) {
        // Sequences only grow: one at or below what was accounted for came already.
        TickBatch fresh;
        fresh.reserve(frame.result.ticks.size());
        for (qsizetype i = 0; i < frame.result.ticks.size(); ++i) {
            if (frame.sequences.at(i) > m_upTo)
                fresh.append(frame.result.ticks.at(i));
        }
        frame.result.ticks = std::move(fresh);
    }
    if ((frame.type == u"ticks" || frame.type == u"heartbeat") && frame.upTo > m_upTo)
        m_upTo = frame.upTo;
    if (frame.result.error && frame.result.error->kind == ProviderError::Kind::Auth)
        frame.result.error->message = QStringLiteral("%1 (%2)").arg(refusedTokenMessage(), frame.result.error->message);
    return std::move(frame.result);
}

std::unique_ptr<Feed> makeTickerlineFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                         const ProviderOptions &options)
{
    FeedConfig served = config;
    served.endpoint = TickerlineAdapter::streamUrl(config.endpoint);
    const QString scheme = served.endpoint.scheme();
    if (!served.endpoint.isValid() || (scheme != u"ws" && scheme != u"wss"))
        return std::make_unique<MisconfiguredFeed>(
            config, clock,
            QCoreApplication::translate("TickerlineFeed",
                                        "Tickerline server: the URL must start with ws://, wss://, http:// or "
                                        "https:// (ws://127.0.0.1:8765)."));
    WebSocketOptions webSocket = options.webSocket;
    if (!config.caCertificatesFile.isEmpty()) {
        webSocket.extraCaCertificates = QSslCertificate::fromPath(config.caCertificatesFile, QSsl::Pem);
        if (webSocket.extraCaCertificates.isEmpty())
            return std::make_unique<MisconfiguredFeed>(
                config, clock,
                QCoreApplication::translate("TickerlineFeed", "Tickerline server: no PEM certificate in \u201c%1\u201d.")
                    .arg(config.caCertificatesFile));
    }
    webSocket.heartbeatMessage = spec.limits.heartbeatMessage;
    webSocket.heartbeatIntervalMs = options.heartbeatIntervalMs.value_or(spec.limits.heartbeatIntervalMs);
    webSocket.permanentCloses.insert(CloseUnauthorized, refusedTokenMessage());
    ProviderParts parts = providerParts(spec, served, clock, options);
    // Logos come with the server's instruments (logoUrl), not from its host.
    parts.logos.reset();
    return std::make_unique<StreamingFeed>(served, clock, std::make_unique<TickerlineAdapter>(), std::move(webSocket),
                                           std::move(parts));
}

} // namespace tickerline
