#include "WriteQueue.h"

#include "StorageLog.h"

#include <cmath>

namespace tickerline {

namespace {

bool isStorable(const Tick &tick)
{
    return !tick.symbol.isEmpty() && isValidPrice(tick.price) && std::isfinite(tick.size);
}

bool isStorable(const Bar &bar)
{
    return !bar.symbol.isEmpty() && bar.intervalMs > 0 && isValidPrice(bar.open) && isValidPrice(bar.high)
           && isValidPrice(bar.low) && isValidPrice(bar.close) && std::isfinite(bar.volume);
}

} // namespace

WriteQueue::WriteQueue(qsizetype maxTicks) : m_maxTicks(std::max<qsizetype>(1, maxTicks)) {}

qsizetype WriteQueue::addTicks(const TickBatch &ticks, StoreStatus &status)
{
    const qsizetype before = m_pending.ticks.size();
    quint64 dropped = 0;
    for (const Tick &tick : ticks) {
        if (!isStorable(tick))
            ++status.rejectedRows;
        else if (m_pending.ticks.size() >= m_maxTicks)
            ++dropped;
        else
            m_pending.ticks.append(tick);
    }
    status.droppedTicks += dropped;
    if (dropped > 0 && !m_dropping) {
        m_dropping = m_startedDropping = true;
        qCCritical(lcStorage).noquote()
            << QStringLiteral("The write queue of %1 is full (%2 ticks): dropping new ticks until the database"
                              " takes writes again. %3")
                   .arg(status.location)
                   .arg(m_maxTicks)
                   .arg(m_writeError);
    }
    return m_pending.ticks.size() - before;
}

qsizetype WriteQueue::addBars(const BarBatch &bars, StoreStatus &status)
{
    const qsizetype before = m_pending.bars.size();
    for (const Bar &bar : bars) {
        if (isStorable(bar))
            m_pending.bars.append(bar);
        else
            ++status.rejectedRows;
    }
    return m_pending.bars.size() - before;
}

void WriteQueue::addInstruments(const InstrumentList &instruments)
{
    for (const Instrument &instrument : instruments) {
        if (!instrument.symbol.isEmpty())
            m_pending.instruments.append(instrument);
    }
}

bool WriteQueue::noteLevel(StoreStatus &status)
{
    const qsizetype queued = m_pending.ticks.size();
    status.queuedTicks = queued;
    const bool high = queued * 5 >= m_maxTicks * 4;
    const bool crossed = high && !m_warned;
    if (crossed) {
        qCWarning(lcStorage).noquote()
            << QStringLiteral("The write queue of %1 is 80 % full (%2 of %3 ticks); new ticks will be dropped"
                              " when it is full. %4")
                   .arg(status.location)
                   .arg(queued)
                   .arg(m_maxTicks)
                   .arg(m_writeError);
    }
    if (!high)
        m_dropping = false;
    m_warned = high;
    QString queue;
    if (m_dropping) {
        queue = QStringLiteral("write queue full at %1 ticks: %2 new ticks dropped")
                    .arg(m_maxTicks)
                    .arg(status.droppedTicks);
    } else if (high) {
        queue = QStringLiteral("write queue %1 % full (%2 of %3 ticks)")
                    .arg(queued * 100 / m_maxTicks)
                    .arg(queued)
                    .arg(m_maxTicks);
    }
    status.message = m_writeError.isEmpty() || queue.isEmpty()
                         ? QString(m_writeError + queue)
                         : QString(m_writeError + QStringLiteral(" \u2014 ") + queue);
    return crossed || std::exchange(m_startedDropping, false);
}

} // namespace tickerline
