#pragma once

#include "ChartLayer.h"
#include "ChartTimeZone.h"
#include "ChartViewState.h"
#include "FrameScheduler.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QVBoxLayout;
QT_END_NAMESPACE

namespace tickerline {

class Clock;

struct ChartCanvasOptions
{
    bool scaledAxis = false;        // log and percent value axes
    bool timeLabels = true;         // false: a pane below carries them
    Qt::AlignmentFlag secondaryAlignment = Qt::AlignRight;
};

// One chart: a Qt Charts chart and view with the time range it shows (follow
// live, wheel/drag/box zoom and pan, double-click reset), the time axis in the
// chosen zone, the value axes fitted to what its layers draw, the light or dark
// theme of the palette, and its frames: at most one render per display frame,
// the first after an idle spell at the next event-loop turn. Concrete charts
// (price lines, candles) add layers; the range, follow and zone API is this one.
class ChartCanvas : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCanvas)
public:
    ~ChartCanvas() override;

    // Shows [fromMs, toMs] and stops following; viewRangeChanged at once.
    void setViewRange(qint64 fromMs, qint64 toMs);
    // The live window (default 7 days): follows the newest point; viewRangeChanged at once.
    void setWindowMs(qint64 windowMs);
    // On: the right edge tracks the newest point. Any pan or zoom turns it off.
    void setFollowLive(bool follow);
    [[nodiscard]] bool isFollowingLive() const;
    // Back to the live window.
    void resetView();
    [[nodiscard]] qint64 viewFromMs() const;
    [[nodiscard]] qint64 viewToMs() const;

    void setTimeZone(tickerline::ChartTimeZone zone);
    [[nodiscard]] tickerline::ChartTimeZone timeZone() const { return m_zoneChoice; }
    // Whose time "exchange time" is.
    void setExchange(const QString &exchange);
    [[nodiscard]] QString exchange() const { return m_exchange; }
    [[nodiscard]] QTimeZone displayTimeZone() const;
    // What "now" is while there is no data yet. The clock must outlive the
    // chart; the system clock by default.
    void setClock(const tickerline::Clock &clock);
    // A frame is scheduled and not drawn yet (tests wait for a settled chart).
    [[nodiscard]] bool isFramePending() const { return m_frames.isPending(); }

Q_SIGNALS:
    // The range changed and may need more history: at once when set through
    // this API, once per gesture (debounced) when the user zoomed or panned.
    void viewRangeChanged(qint64 fromMs, qint64 toMs);
    void followLiveChanged(bool following);
    // At once after each of the user's gestures (zoom, pan, box, reset).
    void rangeChangedByUser(qint64 fromMs, qint64 toMs);

protected:
    explicit ChartCanvas(ChartCanvasOptions options, QWidget *parent = nullptr);

    // Layers draw in the order added; not owned, they must outlive the canvas's frames.
    void addLayer(tickerline::ChartLayer *layer);
    [[nodiscard]] const tickerline::ChartSurface &surface() const { return m_surface; }
    // Where a chart adds widgets above or below the plot (the plot has stretch 3).
    [[nodiscard]] QVBoxLayout *canvasLayout() const { return m_layout; }
    // Another view whose gestures move this range (e.g. a pane below); its
    // vertical gestures are ignored.
    void followGestures(tickerline::ChartView *view);

    void scheduleFrame();
    // A frame at the live pace (FrameScheduler::LiveFrameMs), for what live ticks change.
    void scheduleLiveFrame();
    // New points: the live edge moves with them (before the frame, so that the range is current).
    void dataChanged();
    // The same for live ticks, drawn at the live pace (FrameScheduler::LiveFrameMs).
    void liveDataChanged();
    // While following, the range's end moves to the newest point now.
    void followLatest();
    // A frame now, every layer drawn afresh (a change that must not blink).
    void renderFrame();
    void redrawAll();
    void setPriceScale(tickerline::PriceScale scale);
    [[nodiscard]] tickerline::PriceScale priceScale() const { return m_surface.scale; }
    [[nodiscard]] const tickerline::ChartViewState &viewState() const { return m_viewState; }
    void setSecondaryAxisShown(bool shown);
    [[nodiscard]] bool isDark() const;
    [[nodiscard]] qint64 latestMs() const;

    // Before the layers draw a frame (e.g. a coarser candle interval for the range).
    virtual void prepareFrame(const tickerline::ChartFrame &frame) { Q_UNUSED(frame) }
    // After a frame, with its ticks (e.g. a pane below on the same range).
    virtual void frameRendered(const tickerline::ChartFrame &frame) { Q_UNUSED(frame) }

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectGestures(tickerline::ChartView *view, bool valuePane);
    void scheduleFrameIn(int frameMs);
    [[nodiscard]] bool isHiddenInItsWindow() const;
    void renderUnlessHidden();
    void applyTheme();
    void render();
    void fitValueAxes(const tickerline::ChartExtents &extents, double height);
    void userChangedRange();
    void programmaticRange();
    void noteFollowing();
    void zoomTimeTo(double fromFraction, double toFraction);
    [[nodiscard]] tickerline::PriceRange shownValues() const;

    ChartSurface m_surface;
    QVBoxLayout *m_layout;
    std::vector<ChartLayer *> m_layers;
    ChartViewState m_viewState;
    ChartTimeZone m_zoneChoice = ChartTimeZone::Local;
    QString m_exchange;
    const Clock *m_clock;
    std::optional<ChartFrame> m_lastFrame;   // none: every layer draws afresh
    bool m_wasFollowing = true;
    bool m_frameWhileHidden = false;   // a frame asked for while the user hid the chart
    FrameScheduler m_frames;
    // Long enough to fold a burst of wheel notches or a drag into one history request.
    QTimer m_rangeSignal;
};

} // namespace tickerline
