#include "BinanceFeed.h"

#include "MisconfiguredFeed.h"
#include "ProviderUrls.h"
#include "StreamingFeed.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tickerline {

namespace {

const QUrl &defaultUrl()
{
    static const QUrl url(QStringLiteral("wss://stream.binance.com:9443/ws"));
    return url;
}

const QUrl &defaultRestUrl()
{
    static const QUrl url(QStringLiteral("https://api.binance.com"));
    return url;
}

} // namespace

BinanceAdapter::BinanceAdapter(qint64 maxConnectionMs)
    : m_maxConnectionMs(maxConnectionMs)
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
        return defaultUrl();
    if (config.endpoint.path().isEmpty() || config.endpoint.path() == u"/")
        return withPath(config.endpoint, u"/ws");
    return config.endpoint;
}

QString BinanceAdapter::request(const QString &method, const QStringList &symbols)
{
    QJsonArray streams;
    for (const QString &symbol : symbols)
        streams.append(QString(streamSymbol(symbol) + u"@trade"));
    const QJsonObject message{
        {QStringLiteral("method"), method},
        {QStringLiteral("params"), streams},
        {QStringLiteral("id"), m_nextRequestId++},
    };
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

QStringList BinanceAdapter::subscribeMessages(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        m_spellings.insert(streamSymbol(symbol), symbol);
        m_subscribed.insert(symbol);
    }
    m_parser.setSymbolMap(m_spellings);
    return {request(QStringLiteral("SUBSCRIBE"), symbols)};
}

QStringList BinanceAdapter::unsubscribeMessages(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        m_subscribed.remove(symbol);
        m_lastTradeIds.remove(symbol);
        m_history.forget(symbol);
    }
    return {request(QStringLiteral("UNSUBSCRIBE"), symbols)};
}

ParseResult BinanceAdapter::parse(QByteArrayView frame, qint64 nowMs)
{
    return screened(m_parser.parseFrame(frame, nowMs));
}

ParseResult BinanceAdapter::parseText(QStringView frame, qint64 nowMs)
{
    return screened(m_parser.parseFrame(frame, nowMs));
}

ParseResult BinanceAdapter::screened(ParseResult result)
{
    const qsizetype before = result.ticks.size();
    result.ticks.removeIf([this](const Tick &tick) { return !acceptTick(tick); });
    result.ignored += int(before - result.ticks.size());
    return result;
}

bool BinanceAdapter::acceptTick(const Tick &tick)
{
    // Trades still in flight when an UNSUBSCRIBE went out.
    if (!m_subscribed.contains(tick.symbol))
        return false;
    const auto last = m_lastTradeIds.constFind(tick.symbol);
    if (last != m_lastTradeIds.cend() && tick.sequence <= *last) {
        ++m_duplicates;
        return false;
    }
    m_lastTradeIds.insert(tick.symbol, tick.sequence);
    m_history.noteComplete(tick.symbol, tick.timeMs);
    return true;
}

void BinanceAdapter::noteConnected(qint64 nowMs)
{
    m_history.noteReconnected(nowMs);
}

QList<PollRequest> BinanceAdapter::takeBackfillRequests(const FeedConfig &config)
{
    QList<PollRequest> out;
    const QList<HistorySpan> spans = m_history.takeSpans();
    if (spans.isEmpty())
        return out;
    const QUrl base = withPath(historyBaseUrl(config, defaultRestUrl()), u"/api/v3/klines");
    constexpr qint64 klineMs = 60'000;
    for (const HistorySpan &span : spans) {
        // startTime matches klines opening at or after it: the one holding the last trade opens earlier.
        const HistorySpan aligned{span.symbol, span.fromMs - span.fromMs % klineMs, span.toMs};
        for (const HistorySpan &piece : splitSpan(aligned, MaxKlinesPerRequest * klineMs, MaxBackfillMs)) {
            QUrl url = withQueryItem(base, QStringLiteral("symbol"), streamSymbol(span.symbol).toUpper());
            url = withQueryItem(url, QStringLiteral("interval"), QStringLiteral("1m"));
            url = withQueryItem(url, QStringLiteral("startTime"), QString::number(piece.fromMs));
            url = withQueryItem(url, QStringLiteral("endTime"), QString::number(piece.toMs));
            url = withQueryItem(url, QStringLiteral("limit"), QString::number(MaxKlinesPerRequest));
            out.append({QNetworkRequest(url), QStringLiteral("klines"), {span.symbol}});
        }
    }
    return out;
}

ParseResult BinanceAdapter::parseBackfill(const PollRequest &request, const HttpReply &reply)
{
    return binance::parseKlines(reply.body, request.symbols.value(0));
}

std::optional<BudgetPolicy> BinanceAdapter::backfillBudget() const
{
    // klines weigh 2 of the 6000 a minute an IP may spend; this stays far below.
    return BudgetPolicy{10, 1000};
}

std::unique_ptr<Feed> makeBinanceFeed(const FeedConfig &config, const Clock &clock, const WebSocketOptions &options)
{
    const QString scheme = config.endpoint.scheme();
    if (!config.endpoint.isEmpty() && scheme != u"ws" && scheme != u"wss")
        return std::make_unique<MisconfiguredFeed>(
            config, clock,
            QCoreApplication::translate("BinanceFeed", "Binance streams over WebSocket: the endpoint must be a "
                                                       "ws:// or wss:// URL."));
    return std::make_unique<StreamingFeed>(config, clock, std::make_unique<BinanceAdapter>(), options);
}

} // namespace tickerline
