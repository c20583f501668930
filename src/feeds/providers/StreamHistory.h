#pragma once

#include "FeedConfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace tickerline {

// A span of one symbol's history that a stream missed, in UTC ms.
struct HistorySpan
{
    QString symbol;
    qint64 fromMs = 0;
    qint64 toMs = 0;

    friend bool operator==(const HistorySpan &, const HistorySpan &) = default;
};

// The REST base a streaming provider backfills from: config.historyEndpoint,
// else the origin of config.endpoint (a fixture or proxy serves both), else
// the provider's own.
[[nodiscard]] QUrl historyBaseUrl(const FeedConfig &config, const QUrl &providerBase);

// `span` cut into pieces of at most maxPieceMs, oldest first, keeping only
// its newest limitMs: a day-long outage is worth a few requests, not hundreds.
[[nodiscard]] QList<HistorySpan> splitSpan(const HistorySpan &span, qint64 maxPieceMs, qint64 limitMs);

// Up to when each symbol's stream is known to be complete, and the spans to
// backfill since. A streaming adapter reports ticks and verified moments
// (a heartbeat that matched); a gap or a reconnect turns the time since the
// last complete moment into a span. Feed thread only.
class GapTracker final
{
public:
    // Nothing of `symbol` is missing up to timeMs.
    void noteComplete(const QString &symbol, qint64 timeMs);
    // Something of `symbol` went missing since its last complete moment; the
    // backfill covers up to nowMs, so that becomes the complete moment.
    void noteMissing(const QString &symbol, qint64 nowMs);
    // A new connection: every symbol seen before misses the time in between.
    void noteReconnected(qint64 nowMs);
    void forget(const QString &symbol);
    [[nodiscard]] QList<HistorySpan> takeSpans();

private:
    QHash<QString, qint64> m_completeUntil;
    QList<HistorySpan> m_spans;
};

} // namespace tickerline
