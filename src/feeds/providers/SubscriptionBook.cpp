#include "SubscriptionBook.h"

#include <algorithm>

namespace tickerline {

SubscriptionBook::SubscriptionBook(Spelling spelling, SequenceOrder order)
    : m_spelling(spelling)
    , m_order(order)
{
}

const SymbolMap &SubscriptionBook::subscribe(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        m_spellings.insert(m_spelling(symbol), symbol);
        m_subscribed.insert(symbol);
    }
    return m_spellings;
}

void SubscriptionBook::unsubscribe(const QStringList &symbols)
{
    for (const QString &symbol : symbols) {
        m_subscribed.remove(symbol);
        m_lastSequences.remove(symbol);
        m_recent.remove(symbol);
        m_history.forget(symbol);
    }
}

ParseResult SubscriptionBook::screened(ParseResult result)
{
    const qsizetype before = result.ticks.size();
    result.ticks.removeIf([this](const Tick &tick) { return !accept(tick); });
    result.ignored += int(before - result.ticks.size());
    return result;
}

bool SubscriptionBook::accept(const Tick &tick)
{
    if (!m_subscribed.contains(tick.symbol))
        return false;
    if (tick.hasSequence() && isRepeat(tick)) {
        ++m_duplicates;
        return false;
    }
    m_history.noteComplete(tick.symbol, tick.timeMs);
    return true;
}

bool SubscriptionBook::isRepeat(const Tick &tick)
{
    if (m_order == SequenceOrder::Rising) {
        const qint64 last = m_lastSequences.value(tick.symbol, -1);
        if (tick.sequence <= last)
            return true;
        m_lastSequences.insert(tick.symbol, tick.sequence);
        return false;
    }
    RecentSequences &recent = m_recent[tick.symbol];
    if (recent.seen.contains(tick.sequence))
        return true;
    recent.seen.insert(tick.sequence);
    recent.order.append(tick.sequence);
    if (recent.order.size() > RecentIds)
        recent.seen.remove(recent.order.takeFirst());
    return false;
}

QList<PollRequest> SubscriptionBook::takeBackfillRequests(const BackfillShape &shape,
                                                          const std::function<QUrl(const HistorySpan &)> &url)
{
    QList<PollRequest> out;
    for (const HistorySpan &span : m_history.takeSpans()) {
        const HistorySpan aligned{span.symbol, span.fromMs - span.fromMs % shape.barMs, span.toMs};
        for (const HistorySpan &piece : splitSpan(aligned, shape.maxBarsPerRequest * shape.barMs, shape.maxBackfillMs))
            out.append({QNetworkRequest(url(piece)), shape.tag, {span.symbol}});
    }
    return out;
}

BookedStreamingAdapter::BookedStreamingAdapter(std::unique_ptr<StreamFrameParser> frames,
                                               SubscriptionBook::Spelling spelling,
                                               std::optional<BudgetPolicy> backfillBudget,
                                               SubscriptionBook::SequenceOrder order)
    : StreamingAdapter(std::move(frames))
    , m_book(spelling, order)
    , m_backfillBudget(backfillBudget)
{
}

QStringList BookedStreamingAdapter::subscribeMessages(const QStringList &symbols)
{
    frames().setSymbolMap(m_book.subscribe(symbols));
    return subscriptionMessages(true, symbols);
}

QStringList BookedStreamingAdapter::unsubscribeMessages(const QStringList &symbols)
{
    m_book.unsubscribe(symbols);
    forget(symbols);
    return subscriptionMessages(false, symbols);
}

void BookedStreamingAdapter::noteConnected(qint64 nowMs)
{
    m_book.history().noteReconnected(nowMs);
}

} // namespace tickerline
