#include "AlphaVantageFeed.h"

#include "AlphaVantageParser.h"
#include "PollingFeed.h"
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

ParseResult AlphaVantageAdapter::parse(const PollRequest &request, const HttpReply &reply, qint64 nowMs)
{
    const QString symbol = request.symbols.value(0);
    ParseResult result = request.tag == OverviewTag ? alphavantage::parseOverview(reply.body, symbol, nowMs)
                                                    : alphavantage::parseGlobalQuote(reply.body, symbol, nowMs);
    if (result.error && result.error->kind == ProviderError::Kind::RateLimited && !result.error->retryAfterMs)
        result.error->retryAfterMs = RequestBudget(m_budget).spacingMs();
    return result;
}

std::unique_ptr<Feed> makeAlphaVantageFeed(const FeedConfig &config, const Clock &clock,
                                           const ProviderOptions &options)
{
    PollingOptions polling = options.polling;
    const BudgetPolicy budget = polling.http.budget.value_or(AlphaVantageAdapter::DailyBudget);
    polling.http.budget = budget;
    ProviderFeed::Parts parts;
    parts.keyVariable = QStringLiteral("ALPHAVANTAGE_API_KEY");
    parts.ticks = std::make_unique<PollingFeed>(config, clock, std::make_unique<AlphaVantageAdapter>(budget),
                                                std::move(polling));
    parts.logos = options.logos;
    return std::make_unique<ProviderFeed>(config, clock, std::move(parts));
}

} // namespace tickerline
