#pragma once

#include "ParseResult.h"
#include "PollingAdapter.h"
#include "StreamHistory.h"
#include "StreamingAdapter.h"
#include "SymbolTable.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tickerline {

// How a provider's history cuts a span into requests.
struct BackfillShape
{
    QString tag;                  // PollRequest::tag of every request ("klines", "candles")
    qint64 barMs = 60'000;        // spans start at the opening of the bar holding their first moment
    qint64 maxBarsPerRequest = 0;
    qint64 maxBackfillMs = 0;     // only the newest part of a longer outage is asked for
};

// What a streaming adapter with per-symbol continuity keeps about its
// subscriptions (Binance, Coinbase): the provider spelling of each user
// symbol, the symbols subscribed, the last sequence delivered per symbol,
// and the gap tracker that turns reconnects and proven losses into
// backfill requests. Feed thread only.
class SubscriptionBook final
{
public:
    // The provider's spelling of a user symbol ("btcusdt" for BTC-USDT).
    using Spelling = QString (*)(const QString &symbol);

    // What a provider's Tick::sequence says about order.
    enum class SequenceOrder {
        Rising,      // rises per symbol: one not above the last delivered is a repeat (trade ids, sequences)
        Unordered,   // opaque (a hashed string id): a repeat is one among the symbol's last RecentIds
    };
    static constexpr qsizetype RecentIds = 4096;

    explicit SubscriptionBook(Spelling spelling, SequenceOrder order = SequenceOrder::Rising);

    // Subscribed from now on; returns provider spelling → user symbol for the parser.
    [[nodiscard]] const SymbolMap &subscribe(const QStringList &symbols);
    // Forgotten: subscription, sequence and pending history.
    void unsubscribe(const QStringList &symbols);
    [[nodiscard]] bool isSubscribed(const QString &symbol) const { return m_subscribed.contains(symbol); }

    // Drops ticks of symbols no longer subscribed (still in flight when the
    // unsubscribe went out) and repeats (see SequenceOrder), counted as
    // ignored; every tick kept marks its symbol complete up to its time.
    [[nodiscard]] ParseResult screened(ParseResult result);
    [[nodiscard]] quint64 duplicatesDropped() const { return m_duplicates; }

    [[nodiscard]] GapTracker &history() { return m_history; }
    // The spans to backfill as requests, each piece's URL made by `url`.
    [[nodiscard]] QList<PollRequest> takeBackfillRequests(const BackfillShape &shape,
                                                          const std::function<QUrl(const HistorySpan &)> &url);

private:
    [[nodiscard]] bool accept(const Tick &tick);
    [[nodiscard]] bool isRepeat(const Tick &tick);

    // The last RecentIds sequences of a symbol, for SequenceOrder::Unordered.
    struct RecentSequences
    {
        QSet<qint64> seen;
        QList<qint64> order;   // oldest first
    };

    Spelling m_spelling;
    SequenceOrder m_order;
    SymbolMap m_spellings;   // provider spelling → user symbol
    QSet<QString> m_subscribed;
    QHash<QString, qint64> m_lastSequences;
    QHash<QString, RecentSequences> m_recent;
    GapTracker m_history;
    quint64 m_duplicates = 0;
};

// A streaming adapter whose subscriptions a SubscriptionBook keeps:
// subscribing hands the parser the spellings, unsubscribing forgets the
// symbols, every connect opens a span to backfill. What is left to the
// provider is its subscribe frame, its frames and its history requests.
class BookedStreamingAdapter : public StreamingAdapter
{
public:
    [[nodiscard]] QStringList subscribeMessages(const QStringList &symbols) final;
    [[nodiscard]] QStringList unsubscribeMessages(const QStringList &symbols) final;
    void noteConnected(qint64 nowMs) override;
    [[nodiscard]] std::optional<BudgetPolicy> backfillBudget() const final { return m_backfillBudget; }

    [[nodiscard]] quint64 duplicatesDropped() const { return m_book.duplicatesDropped(); }

protected:
    // backfillBudget: spacing of the history requests; none: unspaced.
    BookedStreamingAdapter(std::unique_ptr<StreamFrameParser> frames, SubscriptionBook::Spelling spelling,
                           std::optional<BudgetPolicy> backfillBudget,
                           SubscriptionBook::SequenceOrder order = SubscriptionBook::SequenceOrder::Rising);

    // The frames that subscribe to, or unsubscribe from, `symbols`: one for
    // all of them at most providers, one per channel at Bitstamp.
    [[nodiscard]] virtual QStringList subscriptionMessages(bool subscribe, const QStringList &symbols) = 0;
    // After the book forgot `symbols`: whatever else the adapter keeps of them.
    virtual void forget(const QStringList &symbols) { Q_UNUSED(symbols); }

    [[nodiscard]] SubscriptionBook &book() { return m_book; }
    [[nodiscard]] const SubscriptionBook &book() const { return m_book; }

private:
    SubscriptionBook m_book;
    std::optional<BudgetPolicy> m_backfillBudget;
};

} // namespace tickerline
