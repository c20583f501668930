#include "TemplateAdapters.h"

#include "ProviderUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace tickerline {

namespace {

const QString SymbolPlaceholder = QStringLiteral("{symbol}");
const QString SymbolsPlaceholder = QStringLiteral("{symbols}");

// The text between the quotes of a JSON string holding `text`.
QString jsonEscaped(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);   // ["…"]
    return QString::fromUtf8(array.sliced(2, array.size() - 4));
}

} // namespace

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

TemplateStreamAdapter::TemplateStreamAdapter(StreamTemplate stream, std::unique_ptr<StreamFrameParser> frames)
    : StreamingAdapter(std::move(frames))
    , m_stream(std::move(stream))
{
}

QUrl TemplateStreamAdapter::url(const FeedConfig &config) const
{
    const QUrl base = config.endpoint.isEmpty() ? m_stream.defaultUrl : config.endpoint;
    return m_stream.keyQueryItem.isEmpty() ? base : withQueryItem(base, m_stream.keyQueryItem, config.apiKey);
}

QStringList TemplateStreamAdapter::subscribeMessages(const QStringList &symbols)
{
    return expandSubscribeTemplate(m_stream.subscribe, symbols);
}

QStringList TemplateStreamAdapter::unsubscribeMessages(const QStringList &symbols)
{
    return expandSubscribeTemplate(m_stream.unsubscribe, symbols);
}

RestMetadataAdapter::RestMetadataAdapter(QUrl base, QByteArray keyHeader, QByteArray keyValue,
                                         QList<MetadataEndpoint> endpoints)
    : m_base(std::move(base))
    , m_keyHeader(std::move(keyHeader))
    , m_keyValue(std::move(keyValue))
    , m_endpoints(std::move(endpoints))
{
}

QList<PollRequest> RestMetadataAdapter::requests(const QString &symbol) const
{
    QList<PollRequest> out;
    for (const MetadataEndpoint &endpoint : m_endpoints) {
        QUrl url = withPath(m_base, endpoint.path);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("symbol"), QString::fromLatin1(QUrl::toPercentEncoding(symbol)));
        for (const auto &[name, value] : endpoint.query)
            query.addQueryItem(name, value);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader(m_keyHeader, m_keyValue);
        out.append({request, endpoint.tag, {symbol}});
    }
    return out;
}

ParseResult RestMetadataAdapter::parse(const Payload &payload)
{
    const auto endpoint = std::find_if(m_endpoints.cbegin(), m_endpoints.cend(),
                                       [&](const MetadataEndpoint &candidate) { return candidate.tag == payload.tag; });
    if (endpoint == m_endpoints.cend())
        return {};
    return endpoint->parse(payload.bytes.toByteArray(), payload.symbols.value(0), payload.nowMs);
}

} // namespace tickerline
