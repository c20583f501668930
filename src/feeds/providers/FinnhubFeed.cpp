#include "FinnhubFeed.h"

#include "ProviderUrls.h"
#include "StreamingFeed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tickerline {

namespace {

const QString ProfileTag = QStringLiteral("profile2");
const QString MetricTag = QStringLiteral("metric");
const QString QuoteTag = QStringLiteral("quote");

QStringList frames(const QString &type, const QStringList &symbols)
{
    QStringList out;
    for (const QString &symbol : symbols) {
        const QJsonObject frame{{QStringLiteral("type"), type}, {QStringLiteral("symbol"), symbol}};
        out.append(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    return out;
}

} // namespace

QUrl FinnhubStreamAdapter::url(const FeedConfig &config) const
{
    const QUrl base = config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://ws.finnhub.io")) : config.endpoint;
    return withQueryItem(base, QStringLiteral("token"), config.apiKey);
}

QStringList FinnhubStreamAdapter::subscribeMessages(const QStringList &symbols)
{
    return frames(QStringLiteral("subscribe"), symbols);
}

QStringList FinnhubStreamAdapter::unsubscribeMessages(const QStringList &symbols)
{
    return frames(QStringLiteral("unsubscribe"), symbols);
}

ParseResult FinnhubStreamAdapter::parse(QByteArrayView frame, qint64 nowMs)
{
    return m_parser.parseFrame(frame, nowMs);
}

ParseResult FinnhubStreamAdapter::parseText(QStringView frame, qint64 nowMs)
{
    return m_parser.parseFrame(frame, nowMs);
}

FinnhubMetadataAdapter::FinnhubMetadataAdapter(QUrl base, QString apiKey)
    : m_base(std::move(base))
    , m_apiKey(std::move(apiKey))
{
}

QList<PollRequest> FinnhubMetadataAdapter::requests(const QString &symbol) const
{
    const auto request = [&](const QString &tag, QStringView path, bool allMetrics = false) {
        QUrl url = withPath(m_base, path);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("symbol"), QString::fromLatin1(QUrl::toPercentEncoding(symbol)));
        if (allMetrics)
            query.addQueryItem(QStringLiteral("metric"), QStringLiteral("all"));
        url.setQuery(query);
        QNetworkRequest networkRequest(url);
        networkRequest.setRawHeader("X-Finnhub-Token", m_apiKey.toUtf8());
        return PollRequest{networkRequest, tag, {symbol}};
    };
    // Profile first: its logo URL decides where the logo comes from.
    return {request(ProfileTag, u"/stock/profile2"), request(MetricTag, u"/stock/metric", true),
            request(QuoteTag, u"/quote")};
}

ParseResult FinnhubMetadataAdapter::parse(const PollRequest &request, const HttpReply &reply, qint64 nowMs)
{
    const QString symbol = request.symbols.value(0);
    if (request.tag == ProfileTag)
        return finnhub::parseProfile(reply.body, symbol, nowMs);
    if (request.tag == MetricTag)
        return finnhub::parseMetric(reply.body, symbol, nowMs);
    return finnhub::parseQuote(reply.body, symbol, nowMs);
}

std::unique_ptr<Feed> makeFinnhubFeed(const FeedConfig &config, const Clock &clock, const ProviderOptions &options)
{
    const QUrl restBase = withPath(config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://finnhub.io"))
                                                             : httpOrigin(config.endpoint),
                                   u"/api/v1");
    MetadataOptions metadata;
    metadata.http = options.metadataHttp;
    metadata.http.budget = options.metadataHttp.budget.value_or(FinnhubRestBudget);
    metadata.intervalMs = options.metadataIntervalMs.value_or(metadata.intervalMs);

    ProviderFeed::Parts parts;
    parts.keyVariable = QStringLiteral("FINNHUB_API_KEY");
    parts.ticks = std::make_unique<StreamingFeed>(config, clock, std::make_unique<FinnhubStreamAdapter>(),
                                                  options.webSocket);
    parts.metadata = std::make_unique<MetadataPoller>(
        config, clock, std::make_unique<FinnhubMetadataAdapter>(restBase, config.apiKey), metadata);
    parts.logos = options.logos;
    return std::make_unique<ProviderFeed>(config, clock, std::move(parts));
}

} // namespace tickerline
