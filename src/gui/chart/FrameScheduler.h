#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace tickerline {

// At most one render per display frame, and no more latency than that: a
// request after an idle frame renders at the next event-loop turn (the hub
// already paced the data), one within a frame of the last render waits only
// for the rest of that frame.
class FrameScheduler final
{
    Q_DISABLE_COPY_MOVE(FrameScheduler)
public:
    static constexpr int FrameMs = 16;

    explicit FrameScheduler(std::function<void()> render);

    void schedule();
    // Renders at once (a change that must not blink) and drops a pending frame.
    void renderNow();
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

private:
    std::function<void()> m_render;
    QTimer m_timer;
    QElapsedTimer m_sinceRender;
};

} // namespace tickerline
