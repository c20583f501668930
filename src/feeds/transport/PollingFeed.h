#pragma once

#include "Backoff.h"
#include "HttpPoller.h"
#include "NetworkFeed.h"
#include "PollingAdapter.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

namespace tickerline {

struct PollingOptions
{
    HttpPollerOptions http;   // http.budget defaults to the adapter's budget()
    BackoffPolicy backoff;
};

// A REST provider: an HttpPoller driven by a PollingAdapter. Quotes are
// polled every config.pollIntervalMs, as asked even when that is below the
// adapter's advised minimum (the feed's notice then says so, once), in
// batches of the adapter's size; a batch still queued or in flight is not
// asked again, so a tight budget never piles requests up. A polled quote
// becomes a tick only when its provider time or price changed since the last
// one emitted for that symbol. Metadata runs on its own slow cycle, and its
// failures never touch the feed's state. Network errors and rate limits back
// off (honouring Retry-After); bad keys and all-unknown symbols end in Failed.
class PollingFeed final : public NetworkFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollingFeed)
public:
    PollingFeed(FeedConfig config, const Clock &clock, std::unique_ptr<PollingAdapter> adapter,
                PollingOptions options = {}, ProviderParts parts = {}, QObject *parent = nullptr);
    ~PollingFeed() override;

    // One quote cycle now; the poll timer calls it, a "refresh" action may too.
    void pollNow();
    // One metadata cycle now; the metadata timer calls it.
    void refreshMetadata();
    [[nodiscard]] qint64 pollIntervalMs() const;
    // Why the interval asked for will not be what the user sees, or is
    // against the provider's advice; empty when neither.
    [[nodiscard]] QString noticeText() const;

private:
    struct Pending
    {
        PollRequest request;
        QString batchKey;   // empty for metadata
    };
    struct LastQuote
    {
        qint64 timeMs = 0;
        double price = 0.0;
    };

    void startTransport() override;
    void stopTransport() override;
    void updateTransport(const QStringList &previousSymbols) override;
    [[nodiscard]] bool isPolling() const;
    void handleReply(quint64 id, const HttpReply &reply);
    void handleQuoteReply(const Pending &pending, const HttpReply &reply);
    void handleMetadataReply(const Pending &pending, const HttpReply &reply);
    void handleRetryDue();
    void reportBudget();
    void noteHealthy();
    void updateNotice();
    void backOff(const QString &reason, qint64 minDelayMs = 0);
    void failFeed(const QString &reason);
    void setState(FeedState state, const QString &message = {}, qint64 nextRetryMs = 0, int failures = 0);
    [[nodiscard]] TickBatch changedQuotes(TickBatch ticks);

    std::unique_ptr<PollingAdapter> m_adapter;
    HttpPoller m_poller;
    Backoff m_backoff;
    ConnectionState m_state;
    QTimer m_pollTimer{this};
    QTimer m_metadataTimer{this};
    QTimer m_retryTimer{this};
    QHash<quint64, Pending> m_pending;
    QSet<QString> m_batchesInFlight;
    QHash<QString, LastQuote> m_lastQuotes;   // by symbol: the hash-dedupe
};

} // namespace tickerline
