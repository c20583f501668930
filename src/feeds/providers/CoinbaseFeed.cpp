#include "CoinbaseFeed.h"

#include "ProviderFeeds.h"
#include "ProviderUrls.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace tickerline {

namespace {

QString isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

CoinbaseAdapter::CoinbaseAdapter(std::optional<BudgetPolicy> backfillBudget)
    : BookedStreamingAdapter(std::make_unique<CoinbaseParser>(), &productId, backfillBudget)
{
}

QString CoinbaseAdapter::productId(const QString &symbol)
{
    return symbol.trimmed().toUpper();
}

QUrl CoinbaseAdapter::url(const FeedConfig &config) const
{
    return config.endpoint.isEmpty() ? QUrl(QStringLiteral("wss://ws-feed.exchange.coinbase.com")) : config.endpoint;
}

QStringList CoinbaseAdapter::subscriptionMessages(bool subscribe, const QStringList &symbols)
{
    QJsonArray products;
    for (const QString &symbol : symbols)
        products.append(productId(symbol));
    const QJsonObject message{
        {QStringLiteral("type"), QLatin1String(subscribe ? "subscribe" : "unsubscribe")},
        {QStringLiteral("product_ids"), products},
        {QStringLiteral("channels"), QJsonArray{QStringLiteral("ticker"), QStringLiteral("heartbeat")}},
    };
    return {QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact))};
}

void CoinbaseAdapter::forget(const QStringList &symbols)
{
    for (const QString &symbol : symbols)
        m_lastTradeIds.remove(symbol);
}

ParseResult CoinbaseAdapter::parse(const Payload &payload)
{
    if (!payload.tag.isEmpty())
        return coinbase::parseCandles(payload.bytes.toByteArray(), payload.symbols.value(0), CandleSeconds);
    ParseResult result = StreamingAdapter::parse(payload);
    if (result.control == ParseResult::Control::Heartbeat) {
        checkHeartbeat(result, payload.nowMs);
        return result;
    }
    result = book().screened(std::move(result));
    for (const Tick &tick : std::as_const(result.ticks)) {
        if (result.tradeId > m_lastTradeIds.value(tick.symbol, -1))
            m_lastTradeIds.insert(tick.symbol, result.tradeId);
    }
    return result;
}

void CoinbaseAdapter::checkHeartbeat(const ParseResult &result, qint64 nowMs)
{
    const QString symbol = result.controlSymbols.value(0);
    if (result.tradeId < 0 || !book().isSubscribed(symbol))
        return;
    const qint64 lastTradeId = m_lastTradeIds.value(symbol, -1);
    if (lastTradeId >= 0 && result.tradeId > lastTradeId) {
        ++m_gaps;
        qWarning().noquote() << "coinbase:" << symbol << "missed" << (result.tradeId - lastTradeId)
                             << "trade(s) after trade id" << lastTradeId << "- backfilling candles";
        book().history().noteMissing(symbol, nowMs);
    } else {
        book().history().noteComplete(symbol, nowMs);
    }
    m_lastTradeIds.insert(symbol, std::max(lastTradeId, result.tradeId));
}

void CoinbaseAdapter::noteConnected(qint64 nowMs)
{
    BookedStreamingAdapter::noteConnected(nowMs);
    m_lastTradeIds.clear();
}

QList<PollRequest> CoinbaseAdapter::takeBackfillRequests(const FeedConfig &config)
{
    const QUrl base = historyBaseUrl(config, QUrl(QStringLiteral("https://api.exchange.coinbase.com")));
    // From the start of the minute holding the last complete moment, so that its candle is included.
    return book().takeBackfillRequests(
        {QStringLiteral("candles"), CandleSeconds * MsPerSecond, MaxCandlesPerRequest, MaxBackfillMs},
        [&](const HistorySpan &piece) {
            QUrl url = withPath(base, QString(u"/products/" + pathSegment(productId(piece.symbol)) + u"/candles"));
            url = withQueryItem(url, QStringLiteral("granularity"), QString::number(CandleSeconds));
            url = withQueryItem(url, QStringLiteral("start"), isoSeconds(piece.fromMs));
            return withQueryItem(url, QStringLiteral("end"), isoSeconds(piece.toMs));
        });
}

std::unique_ptr<Feed> makeCoinbaseFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                       const ProviderOptions &options)
{
    return makeStreamingFeed(spec, config, clock, options, std::make_unique<CoinbaseAdapter>(spec.limits.restBudget));
}

} // namespace tickerline
