#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace tickerline {

// At most one render per display frame, and no more latency than that: a
// request after an idle frame renders at the next event-loop turn (the hub
// already paced the data), one within a frame of the last render waits only
// for the rest of that frame. Live ticks ask for a slower pace: a price read
// by eye needs no more than LiveFrameMs, and every live frame re-strokes the
// lines it moved; what the user does (pan, zoom, hover) still gets FrameMs.
class FrameScheduler final
{
    Q_DISABLE_COPY_MOVE(FrameScheduler)
public:
    static constexpr int FrameMs = 16;
    static constexpr int LiveFrameMs = 100;

    explicit FrameScheduler(std::function<void()> render);

    // A render no sooner than `frameMs` after the last one (an earlier
    // pending one stays).
    void schedule(int frameMs = FrameMs);
    // Renders at once (a change that must not blink) and drops a pending frame.
    void renderNow();
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

private:
    std::function<void()> m_render;
    QTimer m_timer;
    QElapsedTimer m_sinceRender;
};

} // namespace tickerline
