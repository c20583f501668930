#include "TwelveDataFeed.h"

#include "ProviderUrls.h"
#include "StreamingFeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tickerline {

namespace {

QStringList actionFrame(const QString &action, const QStringList &symbols)
{
    if (symbols.isEmpty())
        return {};
    const QJsonObject params{{QStringLiteral("symbols"), symbols.join(u',')}};
    const QJsonObject frame{{QStringLiteral("action"), action}, {QStringLiteral("params"), params}};
    return {QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact))};
}

} // namespace

TwelveDataStreamAdapter::TwelveDataStreamAdapter(qint64 heartbeatIntervalMs)
    : m_heartbeatIntervalMs(heartbeatIntervalMs)
{
}

QUrl TwelveDataStreamAdapter::url(const FeedConfig &config) const
{
    const QUrl base = config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://ws.twelvedata.com/v1/quotes/price"))
                                                : config.endpoint;
    return withQueryItem(base, QStringLiteral("apikey"), config.apiKey);
}

QStringList TwelveDataStreamAdapter::subscribeMessages(const QStringList &symbols)
{
    return actionFrame(QStringLiteral("subscribe"), symbols);
}

QStringList TwelveDataStreamAdapter::unsubscribeMessages(const QStringList &symbols)
{
    return actionFrame(QStringLiteral("unsubscribe"), symbols);
}

ParseResult TwelveDataStreamAdapter::parse(QByteArrayView frame, qint64 nowMs)
{
    return m_parser.parseFrame(frame, nowMs);
}

ParseResult TwelveDataStreamAdapter::parseText(QStringView frame, qint64 nowMs)
{
    return m_parser.parseFrame(frame, nowMs);
}

QString TwelveDataStreamAdapter::heartbeatMessage() const
{
    return QStringLiteral(R"({"action":"heartbeat"})");
}

TwelveDataMetadataAdapter::TwelveDataMetadataAdapter(QUrl base, QString apiKey)
    : m_base(std::move(base))
    , m_apiKey(std::move(apiKey))
{
}

QList<PollRequest> TwelveDataMetadataAdapter::requests(const QString &symbol) const
{
    QUrl url = withPath(m_base, u"/quote");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("symbol"), QString::fromLatin1(QUrl::toPercentEncoding(symbol)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "apikey " + m_apiKey.toUtf8());
    return {{request, QStringLiteral("quote"), {symbol}}};
}

ParseResult TwelveDataMetadataAdapter::parse(const PollRequest &request, const HttpReply &reply, qint64 nowMs)
{
    return twelvedata::parseQuote(reply.body, request.symbols.value(0), nowMs);
}

std::unique_ptr<Feed> makeTwelveDataFeed(const FeedConfig &config, const Clock &clock,
                                         const ProviderOptions &options)
{
    const QUrl restBase = config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://api.twelvedata.com"))
                                                    : httpOrigin(config.endpoint);
    MetadataOptions metadata;
    metadata.http = options.metadataHttp;
    metadata.http.budget = options.metadataHttp.budget.value_or(TwelveDataRestBudget);
    metadata.intervalMs = options.metadataIntervalMs.value_or(metadata.intervalMs);

    ProviderFeed::Parts parts;
    parts.keyVariable = QStringLiteral("TWELVEDATA_API_KEY");
    parts.ticks = std::make_unique<StreamingFeed>(
        config, clock, std::make_unique<TwelveDataStreamAdapter>(options.heartbeatIntervalMs.value_or(10'000)),
        options.webSocket);
    parts.metadata = std::make_unique<MetadataPoller>(
        config, clock, std::make_unique<TwelveDataMetadataAdapter>(restBase, config.apiKey), metadata);
    parts.logos = options.logos;
    return std::make_unique<ProviderFeed>(config, clock, std::move(parts));
}

} // namespace tickerline
