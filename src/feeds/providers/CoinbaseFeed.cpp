#include "CoinbaseFeed.h"

#include "MisconfiguredFeed.h"
#include "ProviderUrls.h"
#include "StreamingFeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace tickerline {

namespace {

const QUrl &defaultUrl()
{
    static const QUrl url(QStringLiteral("wss://ws-feed.exchange.coinbase.com"));
    return url;
}

const QUrl &defaultRestUrl()
{
    static const QUrl url(QStringLiteral("https://api.exchange.coinbase.com"));
    return url;
}

QString isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

QString CoinbaseAdapter::productId(const QString &symbol)
{
    return symbol.trimmed().toUpper();
}

QUrl CoinbaseAdapter::url(const FeedConfig &config) const
{
    return config.endpoint.isEmpty() ? defaultUrl() : config.endpoint;
}

QString CoinbaseAdapter::channelMessage(const QString &type, const QStringList &symbols)
{
    QJsonArray products;
    for (const QString &symbol : symbols)
        products.append(productId(symbol));
    const QJsonObject message{
        {QStringLiteral("type"), type},
        {QStringLiteral("product_ids"), products},
        {QStringLiteral("channels"), QJsonArray{QStringLiteral("ticker"), QStringLiteral("heartbeat")}},
    };
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

QStringList CoinbaseAdapter::subscribeMessages(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        m_spellings.insert(productId(symbol), symbol);
        m_subscribed.insert(symbol);
    }
    m_parser.setSymbolMap(m_spellings);
    return {channelMessage(QStringLiteral("subscribe"), symbols)};
}

QStringList CoinbaseAdapter::unsubscribeMessages(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        m_subscribed.remove(symbol);
        m_continuity.remove(symbol);
        m_history.forget(symbol);
    }
    return {channelMessage(QStringLiteral("unsubscribe"), symbols)};
}

ParseResult CoinbaseAdapter::parse(QByteArrayView frame, qint64 nowMs)
{
    return screened(m_parser.parseFrame(frame, nowMs), nowMs);
}

ParseResult CoinbaseAdapter::parseText(QStringView frame, qint64 nowMs)
{
    return screened(m_parser.parseFrame(frame, nowMs), nowMs);
}

ParseResult CoinbaseAdapter::screened(ParseResult result, qint64 nowMs)
{
    if (result.control == ParseResult::Control::Heartbeat) {
        checkHeartbeat(result, nowMs);
        return result;
    }
    const qsizetype before = result.ticks.size();
    result.ticks.removeIf([&](const Tick &tick) { return !acceptTick(tick, result.tradeId); });
    result.ignored += int(before - result.ticks.size());
    return result;
}

bool CoinbaseAdapter::acceptTick(const Tick &tick, qint64 tradeId)
{
    // Tickers still in flight when an unsubscribe went out.
    if (!m_subscribed.contains(tick.symbol))
        return false;
    Continuity &continuity = m_continuity[tick.symbol];
    if (tick.hasSequence() && tick.sequence <= continuity.lastSequence) {
        ++m_duplicates;
        return false;
    }
    continuity.lastSequence = std::max(continuity.lastSequence, tick.sequence);
    continuity.lastTradeId = std::max(continuity.lastTradeId, tradeId);
    m_history.noteComplete(tick.symbol, tick.timeMs);
    return true;
}

void CoinbaseAdapter::checkHeartbeat(const ParseResult &result, qint64 nowMs)
{
    const QString symbol = result.controlSymbols.value(0);
    if (result.tradeId < 0 || !m_subscribed.contains(symbol))
        return;
    Continuity &continuity = m_continuity[symbol];
    if (continuity.lastTradeId >= 0 && result.tradeId > continuity.lastTradeId) {
        ++m_gaps;
        qWarning().noquote() << "coinbase:" << symbol << "missed" << (result.tradeId - continuity.lastTradeId)
                             << "trade(s) after trade id" << continuity.lastTradeId << "- backfilling candles";
        m_history.noteMissing(symbol, nowMs);
    } else {
        m_history.noteComplete(symbol, nowMs);
    }
    continuity.lastTradeId = std::max(continuity.lastTradeId, result.tradeId);
}

void CoinbaseAdapter::noteConnected(qint64 nowMs)
{
    m_history.noteReconnected(nowMs);
    for (Continuity &continuity : m_continuity)
        continuity.lastTradeId = -1;
}

QList<PollRequest> CoinbaseAdapter::takeBackfillRequests(const FeedConfig &config)
{
    QList<PollRequest> out;
    const QList<HistorySpan> spans = m_history.takeSpans();
    if (spans.isEmpty())
        return out;
    const QUrl base = historyBaseUrl(config, defaultRestUrl());
    constexpr qint64 candleMs = CandleSeconds * 1000;
    for (const HistorySpan &span : spans) {
        // From the start of the minute holding the last complete moment, so that its candle is included.
        const HistorySpan aligned{span.symbol, span.fromMs - span.fromMs % candleMs, span.toMs};
        for (const HistorySpan &piece : splitSpan(aligned, MaxCandlesPerRequest * candleMs, MaxBackfillMs)) {
            QUrl url = withPath(base, QString(u"/products/" + pathSegment(productId(span.symbol)) + u"/candles"));
            url = withQueryItem(url, QStringLiteral("granularity"), QString::number(CandleSeconds));
            url = withQueryItem(url, QStringLiteral("start"), isoSeconds(piece.fromMs));
            url = withQueryItem(url, QStringLiteral("end"), isoSeconds(piece.toMs));
            out.append({QNetworkRequest(url), QStringLiteral("candles"), {span.symbol}});
        }
    }
    return out;
}

ParseResult CoinbaseAdapter::parseBackfill(const PollRequest &request, const HttpReply &reply)
{
    return coinbase::parseCandles(reply.body, request.symbols.value(0), CandleSeconds);
}

std::optional<BudgetPolicy> CoinbaseAdapter::backfillBudget() const
{
    // Public endpoints allow about 10 requests a second per IP; half of it leaves room for other clients.
    return BudgetPolicy{5, 1000};
}

std::unique_ptr<Feed> makeCoinbaseFeed(const FeedConfig &config, const Clock &clock, const WebSocketOptions &options)
{
    const QString scheme = config.endpoint.scheme();
    if (!config.endpoint.isEmpty() && scheme != u"ws" && scheme != u"wss")
        return std::make_unique<MisconfiguredFeed>(
            config, clock,
            QCoreApplication::translate("CoinbaseFeed", "Coinbase streams over WebSocket: the endpoint must be a "
                                                        "ws:// or wss:// URL."));
    return std::make_unique<StreamingFeed>(config, clock, std::make_unique<CoinbaseAdapter>(), options);
}

} // namespace tickerline
