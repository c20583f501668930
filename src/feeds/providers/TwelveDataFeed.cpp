#include "TwelveDataFeed.h"

#include "ProviderFeeds.h"
#include "ProviderUrls.h"
#include "TemplateAdapters.h"
#include "TwelveDataParser.h"

namespace tickerline {

std::unique_ptr<Feed> makeTwelveDataFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                         const ProviderOptions &options)
{
    const QUrl restBase = config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://api.twelvedata.com"))
                                                    : httpOrigin(config.endpoint);
    auto facts = std::make_unique<RestMetadataAdapter>(
        restBase, "Authorization", "apikey " + config.apiKey.toUtf8(),
        QList<MetadataEndpoint>{{QStringLiteral("quote"), QStringLiteral("/quote"), {}, &twelvedata::parseQuote}});
    const StreamTemplate stream{
        QUrl(QStringLiteral("wss://ws.twelvedata.com/v1/quotes/price")),
        QStringLiteral("apikey"),
        QStringLiteral(R"({"action":"subscribe","params":{"symbols":"{symbols}"}})"),
        QStringLiteral(R"({"action":"unsubscribe","params":{"symbols":"{symbols}"}})"),
    };
    return makeStreamingFeed(spec, config, clock, options,
                             std::make_unique<TemplateStreamAdapter>(stream, std::make_unique<TwelveDataParser>()),
                             std::move(facts));
}

} // namespace tickerline
