#include "BinanceFeed.h"

#include "ProviderFeeds.h"
#include "ProviderUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tickerline {

BinanceAdapter::BinanceAdapter(qint64 maxConnectionMs, std::optional<BudgetPolicy> backfillBudget)
    : BookedStreamingAdapter(std::make_unique<BinanceParser>(), &streamSymbol, backfillBudget)
    , m_maxConnectionMs(maxConnectionMs)
{
}

QString BinanceAdapter::streamSymbol(const QString &symbol)
{
    QString out;
    for (const QChar c : symbol) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QUrl BinanceAdapter::url(const FeedConfig &config) const
{
    if (config.endpoint.isEmpty())
        return QUrl(QStringLiteral("wss://stream.binance.com:9443/ws"));
    if (config.endpoint.path().isEmpty() || config.endpoint.path() == u"/")
        return withPath(config.endpoint, u"/ws");
    return config.endpoint;
}

QStringList BinanceAdapter::subscriptionMessages(bool subscribe, const QStringList &symbols)
{
    QJsonArray streams;
    for (const QString &symbol : symbols)
        streams.append(QString(streamSymbol(symbol) + u"@trade"));
    const QJsonObject message{
        {QStringLiteral("method"), QLatin1String(subscribe ? "SUBSCRIBE" : "UNSUBSCRIBE")},
        {QStringLiteral("params"), streams},
        {QStringLiteral("id"), m_nextRequestId++},
    };
    return {QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))};
}

ParseResult BinanceAdapter::parse(const Payload &payload)
{
    if (!payload.tag.isEmpty())
        return binance::parseKlines(payload.bytes.toByteArray(), payload.symbols.value(0));
    return book().screened(StreamingAdapter::parse(payload));
}

QList<PollRequest> BinanceAdapter::takeBackfillRequests(const FeedConfig &config)
{
    const QUrl rest = historyBaseUrl(config, QUrl(QStringLiteral("https://api.binance.com")));
    const QUrl base = withPath(rest, u"/api/v3/klines");
    // startTime matches klines opening at or after it: the one holding the last trade opens earlier,
    // which is why the book aligns each span to its minute.
    return book().takeBackfillRequests(
        {QStringLiteral("klines"), MsPerMinute, MaxKlinesPerRequest, MaxBackfillMs}, [&](const HistorySpan &piece) {
            QUrl url = withQueryItem(base, QStringLiteral("symbol"), streamSymbol(piece.symbol).toUpper());
            url = withQueryItem(url, QStringLiteral("interval"), QStringLiteral("1m"));
            url = withQueryItem(url, QStringLiteral("startTime"), QString::number(piece.fromMs));
            url = withQueryItem(url, QStringLiteral("endTime"), QString::number(piece.toMs));
            return withQueryItem(url, QStringLiteral("limit"), QString::number(MaxKlinesPerRequest));
        });
}

std::unique_ptr<Feed> makeBinanceFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                      const ProviderOptions &options)
{
    return makeStreamingFeed(spec, config, clock, options,
                             std::make_unique<BinanceAdapter>(spec.limits.maxConnectionMs, spec.limits.restBudget));
}

} // namespace tickerline
