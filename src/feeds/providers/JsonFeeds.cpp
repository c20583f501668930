#include "JsonFeeds.h"

#include "MisconfiguredFeed.h"
#include "ProviderFeeds.h"
#include "SseFeed.h"

#include <QCoreApplication>

namespace tickerline {

namespace {

const QString SymbolPlaceholder = QStringLiteral("{symbol}");
const QString SymbolsPlaceholder = QStringLiteral("{symbols}");

QString tr(const char *text)
{
    // The context lupdate gives a tr() outside a class: its namespace.
    return QCoreApplication::translate("tickerline", text);
}

bool isWebSocketJson(const FeedConfig &config)
{
    return config.provider.compare(u"websocket-json", Qt::CaseInsensitive) == 0;
}

} // namespace

JsonMappingConfig effectiveJsonMapping(const FeedConfig &config)
{
    JsonMappingConfig mapping = config.json.mapping;
    mapping.provider = config.provider;
    if (!mapping.symbolPointer && mapping.fixedSymbol.isEmpty() && config.symbols.size() == 1)
        mapping.fixedSymbol = config.symbols.constFirst();
    return mapping;
}

std::optional<QString> jsonFeedProblem(const FeedConfig &config)
{
    const bool webSocket = isWebSocketJson(config);
    const QString scheme = config.endpoint.scheme();
    if (config.endpoint.isEmpty() || !config.endpoint.isValid())
        return webSocket ? tr("A WebSocket JSON feed needs an endpoint (ws:// or wss://).")
                         : tr("An SSE feed needs an endpoint (http:// or https://).");
    if (webSocket && scheme != u"ws" && scheme != u"wss")
        return tr("A WebSocket JSON feed needs a ws:// or wss:// endpoint.");
    if (!webSocket && scheme != u"http" && scheme != u"https")
        return tr("An SSE feed needs an http:// or https:// endpoint.");
    if (!webSocket && config.json.subscribeTemplate.contains(SymbolPlaceholder))
        return tr("An SSE feed has one stream: its subscribe template takes {symbols}, not {symbol}.");
    JsonMappingConfig mapping = effectiveJsonMapping(config);
    const bool hasSymbolSource = mapping.symbolPointer || !mapping.fixedSymbol.isEmpty();
    // A mistyped pointer is the likelier slip and the one to name first.
    if (!hasSymbolSource)
        mapping.fixedSymbol = QStringLiteral("?");
    if (const std::optional<QString> problem = JsonMapping::configProblem(mapping))
        return *problem;
    if (!hasSymbolSource)
        return tr("Give a symbol pointer, or exactly one symbol for a single-symbol feed.");
    return std::nullopt;
}

JsonSseAdapter::JsonSseAdapter(const FeedConfig &config)
    : m_mapping(effectiveJsonMapping(config))
{
}

QNetworkRequest JsonSseAdapter::request(const FeedConfig &config) const
{
    QUrl url = config.endpoint;
    const QString pattern = config.json.subscribeTemplate;
    if (!pattern.isEmpty()) {
        // Percent-encoded, so that a symbol can never add a query item of its own.
        const QString symbols = QString::fromLatin1(QUrl::toPercentEncoding(config.symbols.join(u','), ","));
        const QString extra = QString(pattern).replace(SymbolsPlaceholder, symbols);
        const QString query = url.query(QUrl::FullyEncoded);
        url.setQuery(query.isEmpty() ? extra : query + u'&' + extra, QUrl::TolerantMode);
    }
    return QNetworkRequest(url);
}

ParseResult JsonSseAdapter::parse(const Payload &payload)
{
    return m_mapping.parse(payload);
}

std::unique_ptr<Feed> makeWebSocketJsonFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                            const ProviderOptions &options)
{
    if (const std::optional<QString> problem = jsonFeedProblem(config))
        return std::make_unique<MisconfiguredFeed>(config, clock, *problem);
    // No default URL: jsonFeedProblem() insists on an endpoint.
    StreamTemplate stream;
    stream.subscribe = config.json.subscribeTemplate;
    stream.unsubscribe = config.json.unsubscribeTemplate;
    return makeStreamingFeed(
        spec, config, clock, options,
        std::make_unique<TemplateStreamAdapter>(stream, std::make_unique<JsonMapping>(effectiveJsonMapping(config))));
}

std::unique_ptr<Feed> makeSseJsonFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                      const ProviderOptions &options)
{
    if (const std::optional<QString> problem = jsonFeedProblem(config))
        return std::make_unique<MisconfiguredFeed>(config, clock, *problem);
    return std::make_unique<SseFeed>(config, clock, std::make_unique<JsonSseAdapter>(config), SseOptions{},
                                     providerParts(spec, config, clock, options));
}

} // namespace tickerline
