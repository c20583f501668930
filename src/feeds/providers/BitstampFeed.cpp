#include "BitstampFeed.h"

#include "ProviderFeeds.h"
#include "ProviderUrls.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tickerline {

BitstampAdapter::BitstampAdapter(std::optional<BudgetPolicy> backfillBudget)
    : BookedStreamingAdapter(std::make_unique<BitstampParser>(), &pair, backfillBudget)
{
}

QString BitstampAdapter::pair(const QString &symbol)
{
    QString out;
    for (const QChar c : symbol) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QUrl BitstampAdapter::url(const FeedConfig &config) const
{
    return config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://ws.bitstamp.net")) : config.endpoint;
}

QStringList BitstampAdapter::subscriptionMessages(bool subscribe, const QStringList &symbols)
{
    // One channel a message: Bitstamp takes no lists.
    QStringList out;
    for (const QString &symbol : symbols) {
        const QJsonObject message{
            {QStringLiteral("event"), QLatin1String(subscribe ? "bts:subscribe" : "bts:unsubscribe")},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("channel"), QString(u"live_trades_" + pair(symbol))}}},
        };
        out.append(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    return out;
}

ParseResult BitstampAdapter::parse(const Payload &payload)
{
    if (!payload.tag.isEmpty())
        return bitstamp::parseOhlc(payload.bytes.toByteArray(), payload.symbols.value(0), StepSeconds * MsPerSecond);
    return book().screened(StreamingAdapter::parse(payload));
}

QList<PollRequest> BitstampAdapter::takeBackfillRequests(const FeedConfig &config)
{
    const QUrl rest = historyBaseUrl(config, QUrl(QStringLiteral("https://www.bitstamp.net")));
    return book().takeBackfillRequests(
        {QStringLiteral("ohlc"), StepSeconds * MsPerSecond, MaxBarsPerRequest, MaxBackfillMs},
        [&](const HistorySpan &piece) {
            QUrl url = withPath(rest, QString(u"/api/v2/ohlc/" + pathSegment(pair(piece.symbol)) + u'/'));
            url = withQueryItem(url, QStringLiteral("step"), QString::number(StepSeconds));
            url = withQueryItem(url, QStringLiteral("start"), QString::number(piece.fromMs / MsPerSecond));
            url = withQueryItem(url, QStringLiteral("end"), QString::number(piece.toMs / MsPerSecond));
            return withQueryItem(url, QStringLiteral("limit"), QString::number(MaxBarsPerRequest));
        });
}

std::unique_ptr<Feed> makeBitstampFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                       const ProviderOptions &options)
{
    return makeStreamingFeed(spec, config, clock, options, std::make_unique<BitstampAdapter>(spec.limits.restBudget));
}

} // namespace tickerline
