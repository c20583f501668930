#include "StreamHistory.h"

#include "ProviderUrls.h"

#include <algorithm>
#include <utility>

namespace tickerline {

QUrl historyBaseUrl(const FeedConfig &config, const QUrl &providerBase)
{
    if (config.historyEndpoint.isValid() && !config.historyEndpoint.isEmpty())
        return config.historyEndpoint;
    if (config.endpoint.isValid() && !config.endpoint.isEmpty())
        return httpOrigin(config.endpoint);
    return providerBase;
}

QList<HistorySpan> splitSpan(const HistorySpan &span, qint64 maxPieceMs, qint64 limitMs)
{
    QList<HistorySpan> out;
    if (span.toMs <= span.fromMs || maxPieceMs <= 0)
        return out;
    for (qint64 from = std::max(span.fromMs, span.toMs - limitMs); from < span.toMs; from += maxPieceMs)
        out.append({span.symbol, from, std::min(from + maxPieceMs, span.toMs)});
    return out;
}

void GapTracker::noteComplete(const QString &symbol, qint64 timeMs)
{
    qint64 &until = m_completeUntil[symbol];
    until = std::max(until, timeMs);
}

void GapTracker::noteMissing(const QString &symbol, qint64 nowMs)
{
    const auto it = m_completeUntil.find(symbol);
    if (it == m_completeUntil.end()) {
        // Never complete before: nothing is known to be missing, from now on it is.
        m_completeUntil.insert(symbol, nowMs);
        return;
    }
    if (*it < nowMs)
        m_spans.append({symbol, *it, nowMs});
    *it = std::max(*it, nowMs);
}

void GapTracker::noteReconnected(qint64 nowMs)
{
    const QList<QString> symbols = m_completeUntil.keys();
    for (const QString &symbol : symbols)
        noteMissing(symbol, nowMs);
}

void GapTracker::forget(const QString &symbol)
{
    m_completeUntil.remove(symbol);
    m_spans.removeIf([&](const HistorySpan &span) { return span.symbol == symbol; });
}

QList<HistorySpan> GapTracker::takeSpans()
{
    return std::exchange(m_spans, {});
}

} // namespace tickerline
