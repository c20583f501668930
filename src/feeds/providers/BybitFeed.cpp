#include "BybitFeed.h"

#include "ProviderFeeds.h"
#include "ProviderUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

BybitAdapter::BybitAdapter(std::optional<BudgetPolicy> backfillBudget)
    : BookedStreamingAdapter(std::make_unique<BybitParser>(), &bybitSymbol, backfillBudget,
                             SubscriptionBook::SequenceOrder::Unordered)
{
}

QString BybitAdapter::bybitSymbol(const QString &symbol)
{
    QString out;
    for (const QChar c : symbol) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

QUrl BybitAdapter::url(const FeedConfig &config) const
{
    return config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://stream.bybit.com/v5/public/spot"))
                                     : config.endpoint;
}

QStringList BybitAdapter::subscriptionMessages(bool subscribe, const QStringList &symbols)
{
    QJsonArray topics;
    for (const QString &symbol : symbols)
        topics.append(QString(u"publicTrade." + bybitSymbol(symbol)));
    const QJsonObject message{
        {QStringLiteral("op"), QLatin1String(subscribe ? "subscribe" : "unsubscribe")},
        {QStringLiteral("args"), topics},
    };
    return {QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))};
}

ParseResult BybitAdapter::parse(const Payload &payload)
{
    if (!payload.tag.isEmpty())
        return bybit::parseKlines(payload.bytes.toByteArray(), payload.symbols.value(0), MsPerMinute);
    return book().screened(StreamingAdapter::parse(payload));
}

QList<PollRequest> BybitAdapter::takeBackfillRequests(const FeedConfig &config)
{
    const QUrl base = withPath(historyBaseUrl(config, QUrl(QStringLiteral("https://api.bybit.com"))),
                               u"/v5/market/kline");
    return book().takeBackfillRequests(
        {QStringLiteral("klines"), MsPerMinute, MaxKlinesPerRequest, MaxBackfillMs}, [&](const HistorySpan &piece) {
            QUrl url = withQueryItem(base, QStringLiteral("category"), QStringLiteral("spot"));
            url = withQueryItem(url, QStringLiteral("symbol"), bybitSymbol(piece.symbol));
            url = withQueryItem(url, QStringLiteral("interval"), QStringLiteral("1"));
            url = withQueryItem(url, QStringLiteral("start"), QString::number(piece.fromMs));
            url = withQueryItem(url, QStringLiteral("end"), QString::number(piece.toMs));
            return withQueryItem(url, QStringLiteral("limit"), QString::number(MaxKlinesPerRequest));
        });
}

std::unique_ptr<Feed> makeBybitFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                    const ProviderOptions &options)
{
    return makeStreamingFeed(spec, config, clock, options, std::make_unique<BybitAdapter>(spec.limits.restBudget));
}

} // namespace tickerline
