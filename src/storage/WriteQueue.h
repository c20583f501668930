#pragma once

#include "StoreTypes.h"
#include "StoreWriter.h"

#include <QString>

namespace tickerline {

// Everything waiting for the next commit, bounded: past 80 % of maxTicks it
// warns once in the log and in the status message; at the limit new ticks
// are dropped and counted, never silently. Rows that cannot be stored
// (no symbol, a non-finite price) are refused and counted as rejected.
class WriteQueue final
{
public:
    explicit WriteQueue(qsizetype maxTicks);

    // Each returns how many rows it took.
    qsizetype addTicks(const TickBatch &ticks, StoreStatus &status);
    qsizetype addBars(const BarBatch &bars, StoreStatus &status);
    void addInstruments(const InstrumentList &instruments);

    [[nodiscard]] const PendingWrites &pending() const { return m_pending; }
    [[nodiscard]] bool isEmpty() const { return m_pending.isEmpty(); }
    [[nodiscard]] qsizetype tickCount() const { return m_pending.ticks.size(); }
    void clear() { m_pending = {}; }

    // Why the last commit failed; empty once one succeeds. Part of the status message.
    void setWriteError(const QString &error) { m_writeError = error; }
    [[nodiscard]] const QString &writeError() const { return m_writeError; }

    // Sets status.queuedTicks and status.message from the queue's level and
    // the write error; true when the queue just crossed into warning, or
    // addTicks() just started dropping (the status is news then).
    bool noteLevel(StoreStatus &status);

private:
    PendingWrites m_pending;
    QString m_writeError;
    const qsizetype m_maxTicks;
    bool m_warned = false;     // at or past 80 %
    bool m_dropping = false;   // dropping since the queue was last below 80 %
    bool m_startedDropping = false;
};

} // namespace tickerline
