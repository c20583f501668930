#pragma once

#include "Tick.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tickerline {

// Ticks the store committed while its stream log was on (TickStore::
// setStreamLog), in commit order: the i-th tick has stream sequence
// firstSequence + i. Sequences grow by one per tick, are never reused, and
// survive restarts (the stream table), so "after N" means the same thing to
// a client before and after the collector restarted.
struct StreamBatch
{
    qint64 firstSequence = 0;
    TickBatch ticks;

    [[nodiscard]] qint64 lastSequence() const { return firstSequence + ticks.size() - 1; }
};

// Read committed stream ticks after a sequence (or from a receive time), for
// a client catching up. At most maxTicks are scanned per answer.
struct StreamRequest
{
    quint64 id = 0;
    qint64 afterSequence = 0;          // ticks with a larger sequence
    qint64 sinceReceivedMs = -1;       // >= 0: instead, from the first tick received at or after this time
    QStringList symbols;               // empty: every symbol
    qsizetype maxTicks = 20'000;
};

struct StreamResult
{
    quint64 id = 0;
    // The matching ticks, oldest first, each with its sequence.
    TickBatch ticks;
    QList<qint64> sequences;
    // Every sequence up to here has been looked at: the next page starts
    // after it, and a live batch's ticks at or below it were read already.
    qint64 coveredSequence = 0;
    bool complete = true;              // false: more rows after coveredSequence, ask again
    QString error;                     // empty on success
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::StreamBatch)
Q_DECLARE_METATYPE(tickerline::StreamRequest)
Q_DECLARE_METATYPE(tickerline::StreamResult)
