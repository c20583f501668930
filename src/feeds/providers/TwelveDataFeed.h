#pragma once

#include "MetadataPoller.h"
#include "ProviderFeed.h"
#include "StreamingAdapter.h"
#include "TwelveDataParser.h"

#include <memory>

namespace tickerline {

// Twelve Data prices over wss://ws.twelvedata.com/v1/quotes/price?apikey=K
// (--endpoint replaces the URL; the key is appended): one subscribe frame for
// all symbols on every connect, {"action":"heartbeat"} every 10 s, which the
// server wants or it closes the link. Symbols the subscribe-status lists as
// "fails" are dropped with its message; the feed fails when none remain.
class TwelveDataStreamAdapter final : public StreamingAdapter
{
public:
    explicit TwelveDataStreamAdapter(qint64 heartbeatIntervalMs = 10'000);

    [[nodiscard]] QUrl url(const FeedConfig &config) const override;
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) override;
    [[nodiscard]] ParseResult parse(QByteArrayView frame, qint64 nowMs) override;
    [[nodiscard]] ParseResult parseText(QStringView frame, qint64 nowMs) override;
    [[nodiscard]] QString heartbeatMessage() const override;
    [[nodiscard]] qint64 heartbeatIntervalMs() const override { return m_heartbeatIntervalMs; }

private:
    TwelveDataParser m_parser;
    qint64 m_heartbeatIntervalMs;
};

// Twelve Data REST facts (base https://api.twelvedata.com, with --endpoint
// its host): /quote gives name, currency, 52-week range and previous close.
// The key travels in the Authorization header ("apikey K"), not the URL.
class TwelveDataMetadataAdapter final : public MetadataAdapter
{
public:
    TwelveDataMetadataAdapter(QUrl base, QString apiKey);

    [[nodiscard]] QList<PollRequest> requests(const QString &symbol) const override;
    [[nodiscard]] ParseResult parse(const PollRequest &request, const HttpReply &reply, qint64 nowMs) override;

private:
    QUrl m_base;
    QString m_apiKey;
};

// The free plan's 8 API credits a minute; a /quote costs one.
inline constexpr BudgetPolicy TwelveDataRestBudget{8, 60'000};

[[nodiscard]] std::unique_ptr<Feed> makeTwelveDataFeed(const FeedConfig &config, const Clock &clock,
                                                       const ProviderOptions &options = {});

} // namespace tickerline
