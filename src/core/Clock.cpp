#include "Clock.h"

#include <QDateTime>

namespace tickerline {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

OffsetClock::OffsetClock(qint64 startMs)
    : m_offsetMs(startMs - QDateTime::currentMSecsSinceEpoch())
{
}

qint64 OffsetClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

} // namespace tickerline
