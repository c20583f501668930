#pragma once

#include "FinnhubParser.h"
#include "MetadataPoller.h"
#include "ProviderFeed.h"
#include "StreamingAdapter.h"

#include <memory>

namespace tickerline {

// Finnhub trades over wss://ws.finnhub.io?token=K (--endpoint replaces the
// URL; the token is appended): {"type":"subscribe","symbol":S} per symbol on
// every connect, trades in, pings ignored.
class FinnhubStreamAdapter final : public StreamingAdapter
{
public:
    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] ParseResult parse(QByteArrayView frame, qint64 nowMs) override;
    [[nodiscard]] ParseResult parseText(QStringView frame, qint64 nowMs) override;

private:
    FinnhubParser m_parser;
};

// Finnhub REST facts (base https://finnhub.io/api/v1, with --endpoint its
// host): /stock/profile2 (name, currency, logo URL), /stock/metric (52-week
// range), /quote (previous close). The key travels in the X-Finnhub-Token
// header, so no URL that reaches a log holds it.
class FinnhubMetadataAdapter final : public MetadataAdapter
{
public:
    FinnhubMetadataAdapter(QUrl base, QString apiKey);

    [[nodiscard]] QList<PollRequest> requests(const QString &symbol) const override;
    [[nodiscard]] ParseResult parse(const PollRequest &request, const HttpReply &reply, qint64 nowMs) override;

private:
    QUrl m_base;
    QString m_apiKey;
};

// Finnhub's free plan allows 60 REST calls a minute.
inline constexpr BudgetPolicy FinnhubRestBudget{60, 60'000};

[[nodiscard]] std::unique_ptr<Feed> makeFinnhubFeed(const FeedConfig &config, const Clock &clock,
                                                    const ProviderOptions &options = {});

} // namespace tickerline
