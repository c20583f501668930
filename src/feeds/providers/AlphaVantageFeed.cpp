#include "AlphaVantageFeed.h"

#include "AlphaVantageParser.h"
#include "ProviderFeeds.h"
#include "ProviderUrls.h"
#include "RequestBudget.h"

#include <QUrlQuery>

namespace tickerline {

namespace {

const QString QuoteTag = QStringLiteral("GLOBAL_QUOTE");
const QString OverviewTag = QStringLiteral("OVERVIEW");

PollRequest queryRequest(const QString &function, const QString &symbol, const FeedConfig &config)
{
    const QUrl base = config.endpoint.isEmpty() ? QUrl(QStringLiteral("https://www.alphavantage.co")) : config.endpoint;
    QUrl url = withPath(base, u"/query");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("function"), function);
    query.addQueryItem(QStringLiteral("symbol"), QString::fromLatin1(QUrl::toPercentEncoding(symbol)));
    url.setQuery(query);
    return {QNetworkRequest(withQueryItem(url, QStringLiteral("apikey"), config.apiKey)), function, {symbol}};
}

} // namespace

AlphaVantageAdapter::AlphaVantageAdapter(BudgetPolicy budget)
    : m_budget(budget)
{
}

PollRequest AlphaVantageAdapter::quoteRequest(const QStringList &batch, const FeedConfig &config) const
{
    return queryRequest(QuoteTag, batch.value(0), config);
}

QList<PollRequest> AlphaVantageAdapter::metadataRequests(const QString &symbol, const FeedConfig &config) const
{
    return {queryRequest(OverviewTag, symbol, config)};
}

ParseResult AlphaVantageAdapter::parse(const Payload &payload)
{
    const QString symbol = payload.symbols.value(0);
    const QByteArray body = payload.bytes.toByteArray();
    ParseResult result = payload.tag == OverviewTag ? alphavantage::parseOverview(body, symbol, payload.nowMs)
                                                    : alphavantage::parseGlobalQuote(body, symbol, payload.nowMs);
    if (result.error && result.error->kind == ProviderError::Kind::RateLimited && !result.error->retryAfterMs)
        result.error->retryAfterMs = RequestBudget(m_budget).spacingMs();
    return result;
}

std::unique_ptr<Feed> makeAlphaVantageFeed(const ProviderSpec &spec, const FeedConfig &config, const Clock &clock,
                                           const ProviderOptions &options)
{
    // The adapter's rate-limit wait is the spacing of the budget the feed really spends.
    const BudgetPolicy budget = options.polling.http.budget.value_or(spec.limits.restBudget.value_or(
        AlphaVantageAdapter::DailyBudget));
    return makePollingFeed(spec, config, clock, options, std::make_unique<AlphaVantageAdapter>(budget));
}

} // namespace tickerline
