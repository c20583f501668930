#include "FrameScheduler.h"

#include <algorithm>

namespace tickerline {

FrameScheduler::FrameScheduler(std::function<void()> render)
    : m_render(std::move(render))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { renderNow(); });
}

void FrameScheduler::schedule(int frameMs)
{
    const qint64 elapsed = m_sinceRender.isValid() ? m_sinceRender.elapsed() : qint64(frameMs);
    const int wait = int(std::max<qint64>(0, frameMs - elapsed));
    if (m_timer.isActive() && m_timer.remainingTime() <= wait)
        return;
    m_timer.start(wait);
}

void FrameScheduler::renderNow()
{
    m_timer.stop();
    m_sinceRender.start();
    m_render();
}

} // namespace tickerline
