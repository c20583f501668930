#include "FinnhubFeed.h"

#include "FinnhubParser.h"
#include "ProviderFeeds.h"
#include "ProviderUrls.h"
#include "TemplateAdapters.h"

namespace tickerline {

std::unique_ptr<Feed> makeFinnhubFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                      const ProviderOptions &options)
{
    StreamTemplate stream;
    stream.defaultUrl = QUrl(QStringLiteral("wss://ws.finnhub.io"));
    stream.keyQueryItem = QStringLiteral("token");
    stream.subscribe = QStringLiteral(R"({"type":"subscribe","symbol":"{symbol}"})");
    stream.unsubscribe = QStringLiteral(R"({"type":"unsubscribe","symbol":"{symbol}"})");
    const QUrl origin = config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://finnhub.io")) : httpOrigin(config.endpoint);
    // Profile first: its logo URL decides where the logo comes from.
    QList<MetadataEndpoint> facts{
        {QStringLiteral("profile2"), QStringLiteral("/stock/profile2"), {}, &finnhub::parseProfile},
        {QStringLiteral("metric"), QStringLiteral("/stock/metric"), {{QStringLiteral("metric"), QStringLiteral("all")}},
         &finnhub::parseMetric},
        {QStringLiteral("quote"), QStringLiteral("/quote"), {}, &finnhub::parseQuote},
    };
    return makeStreamingFeed(
        spec, config, clock, options,
        std::make_unique<TemplateStreamAdapter>(std::move(stream), std::make_unique<FinnhubParser>()),
        std::make_unique<RestMetadataAdapter>(withPath(origin, u"/api/v1"), "X-Finnhub-Token", config.apiKey.toUtf8(),
                                              std::move(facts)));
}

} // namespace tickerline
