#include "JsonFeeds.h"

#include "MisconfiguredFeed.h"
#include "SseFeed.h"
#include "StreamingFeed.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

// The text between the quotes of a JSON string holding `text`.
QString jsonEscaped(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);   // ["…"]
    return QString::fromUtf8(array.sliced(2, array.size() - 4));
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

QStringList expandSubscribeTemplate(const QString &pattern, const QStringList &symbols)
{
    if (pattern.isEmpty())
        return {};
    if (!pattern.contains(SymbolPlaceholder))
        return {QString(pattern).replace(SymbolsPlaceholder, jsonEscaped(symbols.join(u',')))};
    QStringList out;
    for (const QString &symbol : symbols) {
        const QString escaped = jsonEscaped(symbol);
        out.append(QString(pattern).replace(SymbolPlaceholder, escaped).replace(SymbolsPlaceholder, escaped));
    }
    return out;
}

JsonWebSocketAdapter::JsonWebSocketAdapter(const FeedConfig &config)
    : m_mapping(effectiveJsonMapping(config))
    , m_subscribe(config.json.subscribeTemplate)
    , m_unsubscribe(config.json.unsubscribeTemplate)
{
}

QUrl JsonWebSocketAdapter::url(const FeedConfig &config) const
{
    return config.endpoint;
}

QStringList JsonWebSocketAdapter::subscribeMessages(const QStringList &symbols)
{
    return expandSubscribeTemplate(m_subscribe, symbols);
}

QStringList JsonWebSocketAdapter::unsubscribeMessages(const QStringList &symbols)
{
    return expandSubscribeTemplate(m_unsubscribe, symbols);
}

ParseResult JsonWebSocketAdapter::parse(QByteArrayView frame, qint64 nowMs)
{
    return m_mapping.parse(frame, nowMs);
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

ParseResult JsonSseAdapter::parse(const SseEvent &event, qint64 nowMs)
{
    return m_mapping.parse(QStringView(event.data), nowMs);
}

std::unique_ptr<Feed> makeWebSocketJsonFeed(const FeedConfig &config, const Clock &clock,
                                            const WebSocketOptions &options)
{
    if (const std::optional<QString> problem = jsonFeedProblem(config))
        return std::make_unique<MisconfiguredFeed>(config, clock, *problem);
    return std::make_unique<StreamingFeed>(config, clock, std::make_unique<JsonWebSocketAdapter>(config), options);
}

std::unique_ptr<Feed> makeSseJsonFeed(const FeedConfig &config, const Clock &clock)
{
    if (const std::optional<QString> problem = jsonFeedProblem(config))
        return std::make_unique<MisconfiguredFeed>(config, clock, *problem);
    return std::make_unique<SseFeed>(config, clock, std::make_unique<JsonSseAdapter>(config));
}

} // namespace tickerline
