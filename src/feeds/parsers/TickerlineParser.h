#pragma once

#include "ParseResult.h"

#include <QByteArrayView>

namespace tickerline {

// Server → client frames of a serving collector's /v1/stream
// (docs/server-protocol.md), as the app's "tickerline" provider reads them.
// Served ticks keep the provider that sent them to the collector and their
// exactly-once keys (tradeId as Tick::sequence, or occurrence): the result is
// marked keysAssigned so nobody numbers them again. A status frame, the
// server's own feed, becomes result.upstream.
struct TickerlineFrame
{
    ParseResult result;
    QString type;               // "ticks", "heartbeat", "refused", …; empty when unreadable
    qint64 upTo = -1;           // ticks and heartbeat: every sequence up to here was sent
    QList<qint64> sequences;    // ticks: the stream sequence of each tick of result.ticks
};

namespace served {

[[nodiscard]] TickerlineFrame parseFrame(QByteArrayView utf8, qint64 nowMs);

} // namespace served

} // namespace tickerline
