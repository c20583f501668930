#include "KrakenFeed.h"

#include "KrakenSymbols.h"
#include "ProviderFeeds.h"
#include "ProviderUrls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tickerline {

KrakenAdapter::KrakenAdapter(std::optional<BudgetPolicy> backfillBudget)
    : BookedStreamingAdapter(std::make_unique<KrakenParser>(), &kraken::webSocketSymbol, backfillBudget)
{
}

QUrl KrakenAdapter::url(const FeedConfig &config) const
{
    return config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://ws.kraken.com/v2")) : config.endpoint;
}

QStringList KrakenAdapter::subscriptionMessages(bool subscribe, const QStringList &symbols)
{
    QJsonArray pairs;
    for (const QString &symbol : symbols)
        pairs.append(kraken::webSocketSymbol(symbol));
    const QJsonObject message{
        {QStringLiteral("method"), QLatin1String(subscribe ? "subscribe" : "unsubscribe")},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("trade")},
                                               {QStringLiteral("symbol"), pairs}}},
        {QStringLiteral("req_id"), m_nextRequestId++},
    };
    return {QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))};
}

ParseResult KrakenAdapter::parse(const Payload &payload)
{
    if (!payload.tag.isEmpty())
        return kraken::parseOhlc(payload.bytes.toByteArray(), payload.symbols.value(0), OhlcMinutes * 60);
    ParseResult result = StreamingAdapter::parse(payload);
    // A snapshot's order is not promised: by id, so that the repeat check sees each trade in turn.
    std::stable_sort(result.ticks.begin(), result.ticks.end(),
                     [](const Tick &a, const Tick &b) { return a.sequence < b.sequence; });
    return book().screened(std::move(result));
}

QList<PollRequest> KrakenAdapter::takeBackfillRequests(const FeedConfig &config)
{
    const QUrl base = withPath(historyBaseUrl(config, QUrl(QStringLiteral("https://api.kraken.com"))),
                               u"/0/public/OHLC");
    return book().takeBackfillRequests(
        {QStringLiteral("ohlc"), OhlcMinutes * MsPerMinute, MaxBarsPerRequest, MaxBackfillMs}, [&](const HistorySpan &piece) {
            QUrl url = withQueryItem(base, QStringLiteral("pair"), kraken::restPair(piece.symbol));
            url = withQueryItem(url, QStringLiteral("interval"), QString::number(OhlcMinutes));
            // since is in seconds and has no end: a second before the span's first bar opens keeps
            // that bar in whether Kraken reads it as inclusive or not; the reply runs up to now.
            return withQueryItem(url, QStringLiteral("since"), QString::number(piece.fromMs / MsPerSecond - 1));
        });
}

std::unique_ptr<Feed> makeKrakenFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                     const ProviderOptions &options)
{
    return makeStreamingFeed(spec, config, clock, options, std::make_unique<KrakenAdapter>(spec.limits.restBudget));
}

} // namespace tickerline
