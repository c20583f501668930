#include "StreamCursor.h"

#include <algorithm>

namespace tickerline {

qsizetype StreamCursor::firstNew(const StreamBatch &batch) const
{
    const qint64 skip = m_covered + 1 - batch.firstSequence;
    return qsizetype(std::clamp<qint64>(skip, 0, batch.ticks.size()));
}

std::optional<qsizetype> StreamCursor::live(const SharedStreamBatch &batch)
{
    if (!batch || batch->ticks.isEmpty())
        return qsizetype(0);
    if (m_replaying) {
        m_held.append(batch);
        m_heldTicks += batch->ticks.size();
        return std::nullopt;
    }
    const qsizetype from = firstNew(*batch);
    m_covered = std::max(m_covered, batch->lastSequence());
    return from;
}

QList<StreamCursor::Release> StreamCursor::replayed(qint64 covered, bool complete)
{
    m_covered = std::max(m_covered, covered);
    QList<Release> released;
    if (!complete)
        return released;
    m_replaying = false;
    for (const SharedStreamBatch &batch : std::exchange(m_held, {})) {
        const qsizetype from = firstNew(*batch);
        if (from < batch->ticks.size())
            released.append({batch, from});
        m_covered = std::max(m_covered, batch->lastSequence());
    }
    m_heldTicks = 0;
    return released;
}

} // namespace tickerline
