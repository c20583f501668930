#include "TickBatcher.h"

#include <utility>

namespace tickerline {

TickBatcher::TickBatcher(QObject *parent)
    : QObject(parent)
{
}

TickBatcher::~TickBatcher() = default;

void TickBatcher::handleTicks(const TickBatch &ticks)
{
    if (ticks.isEmpty())
        return;
    if (m_pending.isEmpty())
        m_pending = ticks;   // shared, not copied, while one batch makes the burst
    else
        m_pending += ticks;
    if (m_pending.size() >= MaxTicks) {
        flush();
        return;
    }
    if (!m_flushPosted) {
        // A queued call runs once the event being handled (the socket read
        // that delivered these frames) is done.
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &TickBatcher::flush, Qt::QueuedConnection);
    }
}

void TickBatcher::flush()
{
    m_flushPosted = false;
    if (m_pending.isEmpty())
        return;
    const TickBatch batch = std::exchange(m_pending, TickBatch{});
    Q_EMIT ticksReady(batch);
}

} // namespace tickerline
