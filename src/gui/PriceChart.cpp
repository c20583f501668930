#include "PriceChart.h"

#include "ChartAxes.h"
#include "ChartLogo.h"
#include "ChartTrack.h"
#include "ChartView.h"
#include "ChartViewState.h"
#include "Clock.h"
#include "PixelDecimation.h"
#include "PointBuffer.h"
#include "SeriesPalette.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsPixmapItem>
#include <QLegend>
#include <QLineSeries>
#include <QSet>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tickerline {

namespace {
constexpr int FrameMs = 16;
// Long enough to fold a burst of wheel notches or a drag into one history request.
constexpr int RangeSignalDelayMs = 200;
constexpr double PriceMarginFraction = 0.06;
// Roughly one label per this many pixels.
constexpr double TimeLabelPixels = 110.0;
constexpr double PriceLabelPixels = 48.0;

struct PriceSpan
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void include(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    [[nodiscard]] bool isEmpty() const { return !(high >= low); }
};

// What the lines were last reduced for.
struct DrawnView
{
    double fromX = 0.0;
    double toX = 0.0;
    int columns = 0;
    friend bool operator==(const DrawnView &, const DrawnView &) = default;
};
} // namespace

struct PriceChart::Private
{
    explicit Private(PriceChart *owner);

    void rebuildTracks();
    void applyTheme();
    void scheduleFrame();
    void renderFrame();
    void setPriceRange(PriceSpan span);
    void placeLogos();
    void userChangedRange();
    void zoom(Qt::Orientation orientation, double factor, double anchor);
    void goLive();
    void dataChanged();
    [[nodiscard]] qint64 latestMs() const;
    [[nodiscard]] PriceRange shownPrice() const;
    [[nodiscard]] bool isDark() const;
    [[nodiscard]] const ChartTrack *track(const QString &symbol) const;

    PriceChart *q;
    QChart *chart = new QChart;
    QDateTimeAxis *timeAxis = new QDateTimeAxis;
    QValueAxis *priceAxis = new QValueAxis;
    ChartView *view;
    QStringList symbols;
    QStringList hidden;
    QHash<QString, Instrument> instruments;
    QHash<QString, PointBuffer> buffers;
    QSet<QString> dirty;               // symbols with new points since the last frame
    std::optional<DrawnView> drawnView; // none: every line needs drawing
    // Destroyed before the view (and so the chart) in ~PriceChart.
    std::vector<std::unique_ptr<ChartTrack>> tracks;
    const Clock *clock = &SystemClock::instance();
    ChartViewState viewState;
    QTimer frameTimer;
    QTimer rangeSignalTimer;
};

PriceChart::Private::Private(PriceChart *owner)
    : q(owner)
    , view(new ChartView(chart, owner))
{
    chart->setBackgroundRoundness(0);
    // QChart insets its background by the layout's margins; the widget should
    // not look like a card inside a frame.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(priceAxis, Qt::AlignRight);
    // Ticks at round prices (multiples of the interval), not at range fractions.
    priceAxis->setTickAnchor(0.0);
    priceAxis->setTickInterval(1.0);
    priceAxis->setTickType(QValueAxis::TicksDynamic);
    priceAxis->setTitleText(priceAxisTitle({}));
    // Axis numbers in the user's locale (decimal comma and all), like the watchlist.
    chart->setLocalizeNumbers(true);

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);

    frameTimer.setSingleShot(true);
    frameTimer.setInterval(FrameMs);
    QObject::connect(&frameTimer, &QTimer::timeout, q, [this] { renderFrame(); });
    rangeSignalTimer.setSingleShot(true);
    rangeSignalTimer.setInterval(RangeSignalDelayMs);
    QObject::connect(&rangeSignalTimer, &QTimer::timeout, q, [this] {
        Q_EMIT q->viewRangeChanged(qint64(viewState.fromX()), qint64(viewState.toX()));
    });
    // Pixel columns and logo positions depend on the plot's size.
    QObject::connect(chart, &QChart::plotAreaChanged, q, [this] { scheduleFrame(); });
    QObject::connect(view, &ChartView::zoomRequested, q,
                     [this](Qt::Orientation o, double factor, double anchor) { zoom(o, factor, anchor); });
    QObject::connect(view, &ChartView::panRequested, q, [this](QPointF delta) {
        viewState.pan(delta);
        userChangedRange();
    });
    QObject::connect(view, &ChartView::boxZoomRequested, q, [this](QRectF box) {
        viewState.zoomToBox(box, shownPrice());
        userChangedRange();
    });
    QObject::connect(view, &ChartView::resetRequested, q, [this] { goLive(); });

    applyTheme();
    dataChanged();
}

bool PriceChart::Private::isDark() const
{
    return q->palette().color(QPalette::Window).lightness() < 128;
}

const ChartTrack *PriceChart::Private::track(const QString &symbol) const
{
    const auto it = std::find_if(tracks.cbegin(), tracks.cend(),
                                 [&](const auto &t) { return t->symbol() == symbol; });
    return it == tracks.cend() ? nullptr : it->get();
}

// Symbols and instruments change rarely: building the series afresh keeps
// every band behind every line and the legend in watchlist order.
void PriceChart::Private::rebuildTracks()
{
    tracks.clear();
    QStringList currencies;
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const QString &symbol = symbols.at(i);
        if (hidden.contains(symbol))
            continue;
        const auto it = instruments.constFind(symbol);
        const Instrument *instrument = it == instruments.cend() ? nullptr : &*it;
        currencies.append(instrument ? instrument->currency : QString());
        tracks.push_back(std::make_unique<ChartTrack>(chart, symbol, seriesColor(int(i)), instrument,
                                                      q->devicePixelRatioF()));
    }
    for (const auto &t : tracks)
        t->attachBand(timeAxis, priceAxis);
    for (const auto &t : tracks)
        t->attachLine(timeAxis, priceAxis);
    const bool dark = isDark();
    for (const auto &t : tracks)
        t->applyStyle(dark);
    priceAxis->setTitleText(priceAxisTitle(currencies));
    // Draw now: new series shown empty until the next frame would blink.
    drawnView.reset();
    viewState.follow(latestMs());
    renderFrame();
}

void PriceChart::Private::applyTheme()
{
    const bool dark = isDark();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets fonts and series colours; the lines keep their
    // watchlist colours and the text follows the widget's font.
    const QFont font = q->font();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(timeAxis), static_cast<QAbstractAxis *>(priceAxis)}) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        QColor grid = axis->gridLineColor();
        grid.setAlpha(dark ? 70 : 110);
        axis->setGridLineColor(grid);
    }
    chart->legend()->setFont(font);
    for (const auto &t : tracks)
        t->applyStyle(dark);
    scheduleFrame();
}

void PriceChart::Private::scheduleFrame()
{
    if (!frameTimer.isActive())
        frameTimer.start();
}

void PriceChart::Private::renderFrame()
{
    viewState.follow(latestMs());
    const double fromX = viewState.fromX();
    const double toX = viewState.toX();
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(fromX)),
                       QDateTime::fromMSecsSinceEpoch(qint64(toX)));
    timeAxis->setFormat(timeLabelFormat(qint64(toX - fromX)));

    const QRectF plot = chart->plotArea();
    // Before the first layout the plot has no size; the view's width is close.
    const double width = plot.width() > 1.0 ? plot.width() : double(std::max(view->width(), 100));
    timeAxis->setTickCount(timeTickCount(qint64(toX - fromX), width, TimeLabelPixels));
    const int columns = std::max(1, int(std::ceil(width)));

    // A new view redraws every line; otherwise only those with new points.
    const DrawnView drawn{fromX, toX, columns};
    const bool viewChanged = drawn != drawnView;
    drawnView = drawn;
    PriceSpan span;
    for (const auto &t : tracks) {
        if (viewChanged || dirty.contains(t->symbol())) {
            const auto buffer = buffers.constFind(t->symbol());
            t->setViewPoints(buffer == buffers.cend()
                                 ? QList<QPointF>()
                                 : reduceToPixelColumns(buffer->points(), fromX, toX, columns),
                             fromX, toX);
        }
        if (const auto extent = t->viewExtent()) {
            span.include(extent->first);
            span.include(extent->second);
        }
        // Bands are what traders read the line against: always in view.
        if (t->hasBand()) {
            span.include(t->bandLow());
            span.include(t->bandHigh());
        }
    }
    dirty.clear();
    setPriceRange(span);
    placeLogos();
}

void PriceChart::Private::setPriceRange(PriceSpan span)
{
    if (const auto manual = viewState.manualPrice()) {
        span = {manual->low, manual->high};
    } else if (!span.isEmpty()) {
        // A flat line still gets a readable range around it.
        const double pad = std::max((span.high - span.low) * PriceMarginFraction,
                                    std::max(std::abs(span.high) * 0.005, 1e-6));
        span = {span.low - pad, span.high + pad};
    } else {
        return;
    }
    const QRectF plot = chart->plotArea();
    const double height = plot.height() > 1.0 ? plot.height() : double(std::max(view->height(), 100));
    const double step = niceStep((span.high - span.low) / std::max(2.0, height / PriceLabelPixels));
    // Interval first: a wide range with the previous small interval would
    // briefly ask for thousands of ticks.
    priceAxis->setTickInterval(step);
    priceAxis->setLabelFormat(priceLabelFormat(step));
    priceAxis->setRange(span.low, span.high);
}

void PriceChart::Private::placeLogos()
{
    QList<QPointF> anchors;
    QList<QGraphicsPixmapItem *> logos;
    QSizeF size;
    for (const auto &t : tracks) {
        const auto start = t->viewStart();
        if (!start) {
            t->logo()->hide();
            continue;
        }
        anchors.append(chart->mapToPosition(*start, t->line()));
        logos.append(t->logo());
        size = t->logo()->boundingRect().size();
    }
    const QList<QRectF> rects = layoutBadges(anchors, size, chart->plotArea());
    for (qsizetype i = 0; i < logos.size(); ++i) {
        logos[i]->setPos(rects[i].topLeft());
        logos[i]->show();
    }
}

qint64 PriceChart::Private::latestMs() const
{
    double latest = -std::numeric_limits<double>::infinity();
    for (const auto &t : tracks) {
        const auto buffer = buffers.constFind(t->symbol());
        if (buffer != buffers.cend() && !buffer->isEmpty())
            latest = std::max(latest, buffer->lastX());
    }
    return std::isfinite(latest) ? qint64(latest) : clock->nowMs();
}

PriceRange PriceChart::Private::shownPrice() const
{
    return {priceAxis->min(), priceAxis->max()};
}

void PriceChart::Private::userChangedRange()
{
    scheduleFrame();
    rangeSignalTimer.start();
}

void PriceChart::Private::zoom(Qt::Orientation orientation, double factor, double anchor)
{
    if (orientation == Qt::Vertical) {
        // The price range is not history's business: no signal.
        viewState.zoomPrice(factor, anchor, shownPrice());
        scheduleFrame();
    } else {
        viewState.zoomTime(factor, anchor);
        userChangedRange();
    }
}

void PriceChart::Private::dataChanged()
{
    viewState.follow(latestMs());
    scheduleFrame();
}

void PriceChart::Private::goLive()
{
    viewState.goLive(latestMs());
    userChangedRange();
}

PriceChart::PriceChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
}

PriceChart::~PriceChart() = default;

void PriceChart::setSymbols(const QStringList &symbols, const QStringList &hidden)
{
    if (symbols == d->symbols && hidden == d->hidden)
        return;
    d->symbols = symbols;
    d->hidden = hidden;
    d->buffers.removeIf([&](const auto &entry) { return !symbols.contains(entry.key()); });
    d->rebuildTracks();
}

void PriceChart::setInstruments(const InstrumentList &instruments)
{
    QHash<QString, Instrument> bySymbol;
    for (const Instrument &instrument : instruments)
        bySymbol.insert(instrument.symbol, instrument);
    if (bySymbol == d->instruments)
        return;
    d->instruments = std::move(bySymbol);
    d->rebuildTracks();
}

void PriceChart::setHistory(const HistoryResult &history)
{
    for (auto it = history.series.cbegin(); it != history.series.cend(); ++it) {
        // A late answer for a symbol no longer charted has nowhere to go.
        if (d->symbols.contains(it.key())) {
            d->buffers[it.key()].replaceRange(history.fromMs, history.toMs, it.value());
            d->dirty.insert(it.key());
        }
    }
    d->dataChanged();
}

void PriceChart::appendPoints(const SeriesMap &points)
{
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (d->symbols.contains(it.key()) && !it->isEmpty()) {
            d->buffers[it.key()].append(it.value());
            d->dirty.insert(it.key());
        }
    }
    d->dataChanged();
}

void PriceChart::setWindowMs(qint64 windowMs)
{
    d->viewState.setWindowMs(windowMs);
    d->goLive();
}

void PriceChart::resetView()
{
    d->goLive();
}

void PriceChart::setClock(const Clock &clock)
{
    d->clock = &clock;
    d->dataChanged();
}

QStringList PriceChart::lineSymbols() const
{
    QStringList out;
    for (const auto &t : d->tracks)
        out.append(t->symbol());
    return out;
}

bool PriceChart::hasBand(const QString &symbol) const
{
    const ChartTrack *t = d->track(symbol);
    return t && t->hasBand();
}

bool PriceChart::hasLogo(const QString &symbol) const
{
    const ChartTrack *t = d->track(symbol);
    return t && t->logo()->isVisible();
}

qsizetype PriceChart::pointCount(const QString &symbol) const
{
    const auto it = d->buffers.constFind(symbol);
    return it == d->buffers.cend() ? 0 : it->size();
}

QChart *PriceChart::chart() const
{
    return d->chart;
}

qint64 PriceChart::viewFromMs() const
{
    return qint64(d->viewState.fromX());
}

qint64 PriceChart::viewToMs() const
{
    return qint64(d->viewState.toX());
}

void PriceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        d->applyTheme();
    QWidget::changeEvent(event);
}

} // namespace tickerline
