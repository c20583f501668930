#pragma once

#include "PollingAdapter.h"
#include "ProviderSpec.h"

#include <memory>

namespace tickerline {

// Alpha Vantage REST (base https://www.alphavantage.co, --endpoint replaces
// it): GET /query?function=GLOBAL_QUOTE&symbol=S&apikey=K for quotes,
// function=OVERVIEW once a day for name, currency and 52-week range. The
// free key allows 25 requests a day, quotes and overviews together: they are
// spaced over the day rather than spent in the first minute. Rate limits
// arrive as HTTP 200 {"Information": …}; the wait then is the budget's
// spacing, since that is when the next request may go anyway. The key can
// only travel in the URL, which is why every logged URL is redacted.
class AlphaVantageAdapter final : public PollingAdapter
{
public:
    static constexpr BudgetPolicy DailyBudget{25, 86'400'000};

    explicit AlphaVantageAdapter(BudgetPolicy budget = DailyBudget);

    [[nodiscard]] PollRequest quoteRequest(const QStringList &batch, const FeedConfig &config) const override;
    [[nodiscard]] ParseResult parse(const Payload &payload) override;
    [[nodiscard]] std::optional<BudgetPolicy> budget() const override { return m_budget; }
    [[nodiscard]] QList<PollRequest> metadataRequests(const QString &symbol, const FeedConfig &config) const override;
    [[nodiscard]] qint64 metadataIntervalMs() const override { return 86'400'000; }

private:
    BudgetPolicy m_budget;
};

[[nodiscard]] std::unique_ptr<Feed> makeAlphaVantageFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                         const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
