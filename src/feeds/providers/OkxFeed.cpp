#include "OkxFeed.h"

#include "ProviderFeeds.h"
#include "ProviderUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

OkxAdapter::OkxAdapter(std::optional<BudgetPolicy> backfillBudget)
    : BookedStreamingAdapter(std::make_unique<OkxParser>(), &instrumentId, backfillBudget)
{
}

QString OkxAdapter::instrumentId(const QString &symbol)
{
    QString id = symbol.trimmed().toUpper();
    id.replace(u'/', u'-');
    id.replace(u'_', u'-');
    return id;
}

QUrl OkxAdapter::url(const FeedConfig &config) const
{
    return config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://ws.okx.com:8443/ws/v5/public")) : config.endpoint;
}

QStringList OkxAdapter::subscriptionMessages(bool subscribe, const QStringList &symbols)
{
    QJsonArray args;
    for (const QString &symbol : symbols)
        args.append(QJsonObject{{QStringLiteral("channel"), QStringLiteral("trades")},
                                {QStringLiteral("instId"), instrumentId(symbol)}});
    const QJsonObject message{
        {QStringLiteral("op"), QLatin1String(subscribe ? "subscribe" : "unsubscribe")},
        {QStringLiteral("args"), args},
    };
    return {QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))};
}

ParseResult OkxAdapter::parse(const Payload &payload)
{
    if (!payload.tag.isEmpty())
        return okx::parseCandles(payload.bytes.toByteArray(), payload.symbols.value(0), MsPerMinute);
    return book().screened(StreamingAdapter::parse(payload));
}

QList<PollRequest> OkxAdapter::takeBackfillRequests(const FeedConfig &config)
{
    const QUrl base = withPath(historyBaseUrl(config, QUrl(QStringLiteral("https://www.okx.com"))),
                               u"/api/v5/market/history-candles");
    return book().takeBackfillRequests(
        {QStringLiteral("candles"), MsPerMinute, MaxCandlesPerRequest, MaxBackfillMs}, [&](const HistorySpan &piece) {
            QUrl url = withQueryItem(base, QStringLiteral("instId"), instrumentId(piece.symbol));
            url = withQueryItem(url, QStringLiteral("bar"), QStringLiteral("1m"));
            // Both bounds are exclusive (after: older than, before: newer than; ms): a piece of
            // MaxCandlesPerRequest minutes holds that many bars, the first one included.
            url = withQueryItem(url, QStringLiteral("after"), QString::number(piece.toMs));
            url = withQueryItem(url, QStringLiteral("before"), QString::number(piece.fromMs - 1));
            return withQueryItem(url, QStringLiteral("limit"), QString::number(MaxCandlesPerRequest));
        });
}

std::unique_ptr<Feed> makeOkxFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                  const ProviderOptions &options)
{
    return makeStreamingFeed(spec, config, clock, options, std::make_unique<OkxAdapter>(spec.limits.restBudget));
}

} // namespace tickerline
