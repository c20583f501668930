#include "ChartCanvas.h"

#include "CategoryTimeAxis.h"
#include "ChartAxes.h"
#include "ChartItemCache.h"
#include "ChartView.h"
#include "Clock.h"
#include "GridColor.h"

#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>
#include <QVBoxLayout>

#include <utility>

namespace tickerline {

namespace {
constexpr int RangeSignalDelayMs = 200;
// Roughly one label per this many pixels.
constexpr double TimeLabelPixels = 110.0;
constexpr double ScaleLabelPixels = 48.0;
constexpr int PlotStretch = 3;

void setValueRange(QValueAxis *axis, ValueSpan span, double heightPixels)
{
    const double step = priceAxisStep(span.high - span.low, heightPixels);
    // Interval first: a wide range with the previous small interval would
    // briefly ask for thousands of ticks.
    axis->setTickInterval(step);
    axis->setLabelFormat(priceLabelFormat(step));
    axis->setRange(span.low, span.high);
}

void tickAtRoundValues(QValueAxis *axis)
{
    axis->setTickAnchor(0.0);
    axis->setTickInterval(1.0);
    axis->setTickType(QValueAxis::TicksDynamic);
}
} // namespace

QValueAxis *ChartSurface::valueAxis() const
{
    return scale == PriceScale::Linear || !scaled ? price : scaled;
}

ChartCanvas::ChartCanvas(ChartCanvasOptions options, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_clock(&SystemClock::instance())
    , m_frames([this] { renderUnlessHidden(); })
{
    m_surface.chart = new QChart;
    m_surface.view = new ChartView(m_surface.chart, this);
    m_surface.time = new QCategoryAxis;
    m_surface.x = new QValueAxis;
    m_surface.price = new QValueAxis;
    m_surface.secondary = new QValueAxis;
    QChart *chart = m_surface.chart;
    chart->setBackgroundRoundness(0);
    // QChart insets its background by the layout's margins; the widget should
    // not look like a card inside a frame.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    // Axis numbers in the user's locale (decimal comma and all), like the watchlist.
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    chart->addAxis(m_surface.time, Qt::AlignBottom);
    chart->addAxis(m_surface.x, Qt::AlignBottom);
    m_surface.x->setVisible(false);
    m_surface.time->setLabelsVisible(options.timeLabels);
    // All vertical axes stay in the chart and only the ones in use are shown:
    // an axis removed from a QChart leaves its labels drawn (Qt 6.4).
    chart->addAxis(m_surface.price, Qt::AlignRight);
    if (options.scaledAxis) {
        m_surface.scaled = new QCategoryAxis;
        chart->addAxis(m_surface.scaled, Qt::AlignRight);
        m_surface.scaled->setVisible(false);
        m_surface.scaled->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    }
    chart->addAxis(m_surface.secondary, options.secondaryAlignment);
    m_surface.secondary->setVisible(false);
    // Ticks at round values (multiples of the interval), not at range fractions.
    tickAtRoundValues(m_surface.price);
    tickAtRoundValues(m_surface.secondary);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_surface.view, PlotStretch);

    m_rangeSignal.setSingleShot(true);
    m_rangeSignal.setInterval(RangeSignalDelayMs);
    connect(&m_rangeSignal, &QTimer::timeout, this,
            [this] { Q_EMIT viewRangeChanged(viewFromMs(), viewToMs()); });
    // Pixel columns and positions in the plot depend on its size.
    connect(chart, &QChart::plotAreaChanged, this, [this] { scheduleFrame(); });
    connectGestures(m_surface.view, true);
    applyTheme();
    m_viewState.follow(latestMs());
}

ChartCanvas::~ChartCanvas() = default;

void ChartCanvas::connectGestures(ChartView *view, bool valuePane)
{
    connect(view, &ChartView::zoomRequested, this, [this, valuePane](Qt::Orientation o, double factor, double anchor) {
        if (o == Qt::Horizontal) {
            m_viewState.zoomTime(factor, anchor);
            userChangedRange();
        } else if (valuePane) {
            // The value range is not history's business: no signal.
            m_viewState.zoomPrice(factor, anchor, shownValues());
            scheduleFrame();
        }
    });
    connect(view, &ChartView::panRequested, this, [this, valuePane](QPointF delta) {
        m_viewState.pan(valuePane ? delta : QPointF(delta.x(), 0.0));
        userChangedRange();
    });
    connect(view, &ChartView::boxZoomRequested, this, [this, valuePane](QRectF box) {
        if (valuePane)
            m_viewState.zoomToBox(box, shownValues());
        else
            zoomTimeTo(box.left(), box.right());
        userChangedRange();
    });
    connect(view, &ChartView::resetRequested, this, [this] {
        m_viewState.goLive(latestMs());
        userChangedRange();
    });
}

void ChartCanvas::followGestures(ChartView *view)
{
    connectGestures(view, false);
}

void ChartCanvas::addLayer(ChartLayer *layer)
{
    m_layers.push_back(layer);
    layer->applyTheme(isDark(), font());
    redrawAll();
}

bool ChartCanvas::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

qint64 ChartCanvas::latestMs() const
{
    std::optional<qint64> latest;
    for (const ChartLayer *layer : m_layers) {
        if (const auto ms = layer->latestMs())
            latest = std::max(latest.value_or(*ms), *ms);
    }
    return latest ? *latest : m_clock->nowMs();
}

PriceRange ChartCanvas::shownValues() const
{
    return {m_surface.valueAxis()->min(), m_surface.valueAxis()->max()};
}

void ChartCanvas::applyTheme()
{
    const bool dark = isDark();
    QChart *chart = m_surface.chart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets fonts and series colours; the text follows the
    // widget's font and the layers take their colours back.
    const QFont font = this->font();
    const QColor labels = m_surface.price->labelsBrush().color();
    const QColor grid = softGridColor(*chart, m_surface.price->gridLineColor(), dark);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        axis->setLabelsColor(labels);
        axis->setGridLineColor(grid);
    }
    chart->legend()->setFont(font);
    for (ChartLayer *layer : m_layers)
        layer->applyTheme(dark, font);
    scheduleFrame();
}

void ChartCanvas::scheduleFrame()
{
    scheduleFrameIn(FrameScheduler::FrameMs);
}

void ChartCanvas::scheduleLiveFrame()
{
    scheduleFrameIn(FrameScheduler::LiveFrameMs);
}

void ChartCanvas::scheduleFrameIn(int frameMs)
{
    // A chart the user hid (not one whose window is still to be shown)
    // draws nothing until it is shown again.
    if (isHiddenInItsWindow()) {
        m_frameWhileHidden = true;
        return;
    }
    m_frames.schedule(frameMs);
}

void ChartCanvas::renderUnlessHidden()
{
    // Also a frame asked for before the chart was hidden.
    if (isHiddenInItsWindow())
        m_frameWhileHidden = true;
    else
        render();
}

bool ChartCanvas::isHiddenInItsWindow() const
{
    for (const QWidget *w = this; w && !w->isWindow(); w = w->parentWidget()) {
        if (w->isHidden())
            return true;
    }
    return false;
}

void ChartCanvas::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_frameWhileHidden, false))
        redrawAll();
}

void ChartCanvas::dataChanged()
{
    followLatest();
    scheduleFrame();
}

void ChartCanvas::liveDataChanged()
{
    followLatest();
    scheduleLiveFrame();
}

void ChartCanvas::followLatest()
{
    m_viewState.follow(latestMs());
}

void ChartCanvas::renderFrame()
{
    m_frames.renderNow();
}

void ChartCanvas::redrawAll()
{
    m_lastFrame.reset();
    scheduleFrame();
}

void ChartCanvas::render()
{
    m_viewState.follow(latestMs());
    noteFollowing();
    ChartFrame frame;
    frame.fromX = m_viewState.fromX();
    frame.toX = m_viewState.toX();
    const QRectF plot = m_surface.chart->plotArea();
    // Before the first layout the plot has no size; the view's is close.
    frame.width = plot.width() > 1.0 ? plot.width() : double(std::max(m_surface.view->width(), 100));
    frame.height = plot.height() > 1.0 ? plot.height() : double(std::max(m_surface.view->height(), 100));
    frame.columns = std::max(1, int(std::ceil(frame.width)));
    frame.scale = m_surface.scale;
    frame.viewChanged = !m_lastFrame || m_lastFrame->fromX != frame.fromX || m_lastFrame->toX != frame.toX
        || m_lastFrame->columns != frame.columns;
    frame.zone = displayTimeZone();
    frame.ticks = timeTicks(qint64(frame.fromX), qint64(frame.toX), frame.width, TimeLabelPixels, frame.zone,
                            locale());
    showTimeTicks(m_surface.time, qint64(frame.fromX), qint64(frame.toX), frame.ticks);
    m_surface.x->setRange(frame.fromX, frame.toX);
    prepareFrame(frame);

    ChartExtents extents;
    for (ChartLayer *layer : m_layers)
        layer->render(frame, extents);
    fitValueAxes(extents, frame.height);
    for (ChartLayer *layer : m_layers)
        layer->place(frame);
    m_lastFrame = frame;
    cacheChartItems(m_surface.chart);
    frameRendered(frame);
}

void ChartCanvas::fitValueAxes(const ChartExtents &extents, double height)
{
    ValueSpan primary = extents.primary;
    const bool linear = m_surface.valueAxis() == m_surface.price;
    if (const auto manual = m_viewState.manualPrice())
        primary = {manual->low, manual->high};
    else if (!primary.isEmpty())
        primary = primary.padded(linear ? std::abs(primary.high) * 0.005 : 0.005);
    if (!primary.isEmpty() && linear) {
        setValueRange(m_surface.price, primary, height);
    } else if (!primary.isEmpty()) {
        showScaleTicks(m_surface.scaled, primary.low, primary.high,
                       scaleTicks(m_surface.scale, primary.low, primary.high, height, ScaleLabelPixels, locale()));
    }
    const ValueSpan &secondary = extents.secondary;
    if (!secondary.isEmpty() && m_surface.secondary->isVisible())
        setValueRange(m_surface.secondary, secondary.padded(std::abs(secondary.high) * 0.005), height);
}

void ChartCanvas::setPriceScale(PriceScale scale)
{
    m_surface.scale = scale;
    m_viewState.clearManualPrice();
    QValueAxis *wanted = m_surface.valueAxis();
    m_surface.price->setVisible(wanted == m_surface.price);
    if (m_surface.scaled)
        m_surface.scaled->setVisible(wanted == m_surface.scaled);
}

void ChartCanvas::setSecondaryAxisShown(bool shown)
{
    m_surface.secondary->setVisible(shown);
}

void ChartCanvas::noteFollowing()
{
    if (m_viewState.isFollowing() != m_wasFollowing) {
        m_wasFollowing = m_viewState.isFollowing();
        Q_EMIT followLiveChanged(m_wasFollowing);
    }
}

void ChartCanvas::userChangedRange()
{
    if (!m_viewState.isFollowing()) {
        const double span = m_viewState.toX() - m_viewState.fromX();
        m_viewState.keepEndBefore(double(liveWindowEnd(latestMs(), qint64(span))));
    }
    noteFollowing();
    scheduleFrame();
    m_rangeSignal.start();
    Q_EMIT rangeChangedByUser(viewFromMs(), viewToMs());
}

void ChartCanvas::programmaticRange()
{
    noteFollowing();
    m_rangeSignal.stop();
    renderFrame();
    Q_EMIT viewRangeChanged(viewFromMs(), viewToMs());
}

void ChartCanvas::zoomTimeTo(double fromFraction, double toFraction)
{
    const double span = m_viewState.toX() - m_viewState.fromX();
    const double from = m_viewState.fromX() + fromFraction * span;
    const double to = m_viewState.fromX() + toFraction * span;
    // ChartViewState moves by gestures: zoom to the new span at the left
    // edge, then pan the left edge to its place.
    m_viewState.zoomTime((to - from) / span, 0.0);
    m_viewState.pan({(from - m_viewState.fromX()) / (to - from), 0.0});
}

void ChartCanvas::setViewRange(qint64 fromMs, qint64 toMs)
{
    const double span = m_viewState.toX() - m_viewState.fromX();
    if (toMs <= fromMs || span <= 0.0)
        return;
    zoomTimeTo((double(fromMs) - m_viewState.fromX()) / span, (double(toMs) - m_viewState.fromX()) / span);
    programmaticRange();
}

void ChartCanvas::setWindowMs(qint64 windowMs)
{
    m_viewState.setWindowMs(windowMs);
    m_viewState.goLive(latestMs());
    programmaticRange();
}

void ChartCanvas::setFollowLive(bool follow)
{
    if (follow == m_viewState.isFollowing())
        return;
    if (follow) {
        m_viewState.goLive(latestMs());
        programmaticRange();
    } else {
        m_viewState.stopFollowing();
        noteFollowing();
    }
}

bool ChartCanvas::isFollowingLive() const
{
    return m_viewState.isFollowing();
}

void ChartCanvas::resetView()
{
    m_viewState.goLive(latestMs());
    programmaticRange();
}

qint64 ChartCanvas::viewFromMs() const
{
    return qint64(m_viewState.fromX());
}

qint64 ChartCanvas::viewToMs() const
{
    return qint64(m_viewState.toX());
}

void ChartCanvas::setTimeZone(ChartTimeZone zone)
{
    m_zoneChoice = zone;
    scheduleFrame();
}

void ChartCanvas::setExchange(const QString &exchange)
{
    if (exchange == m_exchange)
        return;
    m_exchange = exchange;
    scheduleFrame();
}

QTimeZone ChartCanvas::displayTimeZone() const
{
    return tickerline::displayTimeZone(m_zoneChoice, m_exchange);
}

void ChartCanvas::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_viewState.follow(latestMs());
    scheduleFrame();
}

void ChartCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace tickerline
