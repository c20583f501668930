#include "PriceChart.h"

#include "ChartAxes.h"
#include "ChartLogo.h"
#include "ChartTrack.h"
#include "ChartView.h"
#include "ChartViewState.h"
#include "Clock.h"
#include "Crosshair.h"
#include "GridColor.h"
#include "Decimation.h"
#include "SeriesColumns.h"
#include "SeriesPalette.h"
#include "TimeAxisTicks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsPixmapItem>
#include <QLegend>
#include <QLegendMarker>
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

struct OverlayLine
{
    ChartOverlay overlay;     // its points moved into `data`
    SeriesColumns data;
    QLineSeries *series = nullptr;
};

// The price a line is rebased on in percent mode: its first point in view.
double firstPriceInView(const SeriesColumns &buffer, double fromX, double toX)
{
    const qsizetype before = buffer.indexAtOrBefore(qint64(std::ceil(fromX)) - 1);
    const qsizetype first = before + 1 < buffer.size() && double(buffer.times()[std::size_t(before + 1)]) <= toX
        ? before + 1
        : before;
    return first >= 0 ? buffer.prices()[std::size_t(first)] : 1.0;
}

QString formatPrice(double price, const QLocale &locale)
{
    return locale.toString(price, 'f', std::abs(price) < 1.0 ? 4 : 2);
}

void clearCategories(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}
} // namespace

struct PriceChart::Private
{
    explicit Private(PriceChart *owner);
    ~Private();

    void rebuildTracks();
    void rebuildOverlays();
    void applyTheme();
    void scheduleFrame();
    void renderFrame();
    void updateTimeAxis(double fromX, double toX, double width);
    void setPriceRange(PriceSpan span);
    void setSecondaryRange(PriceSpan span);
    void placeLogos();
    void updateCrosshair();
    void userChangedRange();
    void zoom(Qt::Orientation orientation, double factor, double anchor);
    void goLive();
    void dataChanged();
    void noteFollowing();
    void toggleHidden(const QString &symbol);
    [[nodiscard]] qint64 latestMs() const;
    [[nodiscard]] PriceRange shownPrice() const;
    [[nodiscard]] QValueAxis *yAxis() const;
    [[nodiscard]] bool isDark() const;
    [[nodiscard]] QTimeZone zone() const;
    [[nodiscard]] const ChartTrack *track(const QString &symbol) const;
    [[nodiscard]] SeriesColumns &buffer(const QString &symbol);

    PriceChart *q;
    QChart *chart = new QChart;
    QCategoryAxis *timeAxis = new QCategoryAxis;
    QValueAxis *priceAxis = new QValueAxis;       // linear prices
    QCategoryAxis *scaleAxis = new QCategoryAxis; // log and percent, labels computed here
    QValueAxis *secondaryAxis = new QValueAxis;   // overlays with their own scale
    ChartView *view;
    QStringList symbols;
    QStringList hidden;
    QHash<QString, Instrument> instruments;
    QHash<QString, SeriesColumns> buffers;
    qsizetype capacity = SeriesColumns::DefaultCapacity;
    QSet<QString> dirty;               // symbols with new points since the last frame
    std::optional<DrawnView> drawnView; // none: every line needs drawing
    QList<TimeTick> shownTicks;
    PriceScale scale = PriceScale::Linear;
    bool bandsShown = true;
    bool previousCloseShown = false;
    ChartTimeZone zoneChoice = ChartTimeZone::Local;
    bool wasFollowing = true;
    std::optional<QPointF> hoverPos;   // chart coordinates
    // Destroyed before the view (and so the chart) in ~PriceChart.
    std::vector<std::unique_ptr<ChartTrack>> tracks;
    std::vector<OverlayLine> overlays;
    std::unique_ptr<Crosshair> crosshair;
    const Clock *clock = &SystemClock::instance();
    ChartViewState viewState;
    QTimer frameTimer;
    QTimer rangeSignalTimer;
};

PriceChart::Private::Private(PriceChart *owner)
    : q(owner)
    , view(new ChartView(chart, owner))
    , crosshair(std::make_unique<Crosshair>(chart))
{
    chart->setBackgroundRoundness(0);
    // QChart insets its background by the layout's margins; the widget should
    // not look like a card inside a frame.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    // All vertical axes stay in the chart and only the ones in use are shown:
    // an axis removed from a QChart leaves its labels drawn (Qt 6.4).
    chart->addAxis(priceAxis, Qt::AlignRight);
    chart->addAxis(scaleAxis, Qt::AlignRight);
    chart->addAxis(secondaryAxis, Qt::AlignRight);
    scaleAxis->setVisible(false);
    secondaryAxis->setVisible(false);
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    scaleAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
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
    QObject::connect(view, &ChartView::hovered, q, [this](QPointF at) {
        hoverPos = at;
        updateCrosshair();
    });
    QObject::connect(view, &ChartView::hoverEnded, q, [this] {
        hoverPos.reset();
        crosshair->hide();
    });

    applyTheme();
    dataChanged();
}

PriceChart::Private::~Private() = default;

bool PriceChart::Private::isDark() const
{
    return q->palette().color(QPalette::Window).lightness() < 128;
}

QTimeZone PriceChart::Private::zone() const
{
    // The exchange of the first shown line decides "exchange time".
    QString exchange;
    for (const auto &t : tracks) {
        if (!t->isHidden()) {
            exchange = instruments.value(t->symbol()).exchange;
            break;
        }
    }
    return tickerline::displayTimeZone(zoneChoice, exchange);
}

QValueAxis *PriceChart::Private::yAxis() const
{
    return scale == PriceScale::Linear ? priceAxis : scaleAxis;
}

const ChartTrack *PriceChart::Private::track(const QString &symbol) const
{
    const auto it = std::find_if(tracks.cbegin(), tracks.cend(),
                                 [&](const auto &t) { return t->symbol() == symbol; });
    return it == tracks.cend() ? nullptr : it->get();
}

SeriesColumns &PriceChart::Private::buffer(const QString &symbol)
{
    auto it = buffers.find(symbol);
    if (it == buffers.end())
        it = buffers.insert(symbol, SeriesColumns(capacity));
    return *it;
}

// Symbols, instruments and options change rarely: building the series afresh
// keeps every band behind every line and the legend in watchlist order.
void PriceChart::Private::rebuildTracks()
{
    tracks.clear();
    QValueAxis *wanted = yAxis();
    priceAxis->setVisible(wanted == priceAxis);
    scaleAxis->setVisible(wanted == scaleAxis);

    QStringList currencies;
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const QString &symbol = symbols.at(i);
        const bool isHidden = hidden.contains(symbol);
        const auto it = instruments.constFind(symbol);
        const Instrument *instrument = it == instruments.cend() ? nullptr : &*it;
        if (!isHidden)
            currencies.append(instrument ? instrument->currency : QString());
        tracks.push_back(std::make_unique<ChartTrack>(chart, symbol, seriesColor(int(i)), instrument,
                                                      q->devicePixelRatioF(),
                                                      TrackOptions{isHidden, bandsShown, previousCloseShown}));
    }
    for (const auto &t : tracks)
        t->attachBand(timeAxis, wanted);
    for (const auto &t : tracks)
        t->attachLine(timeAxis, wanted);
    const bool dark = isDark();
    for (const auto &t : tracks) {
        t->applyStyle(dark);
        const QString symbol = t->symbol();
        for (QLegendMarker *marker : chart->legend()->markers(t->line())) {
            // Queued: the click's marker goes away with the rebuild it causes.
            QObject::connect(marker, &QLegendMarker::clicked, q, [this, symbol] { toggleHidden(symbol); },
                             Qt::QueuedConnection);
        }
    }
    const QString title = scale == PriceScale::Percent ? PriceChart::tr("Change (%)") : priceAxisTitle(currencies);
    priceAxis->setTitleText(title);
    scaleAxis->setTitleText(title);
    rebuildOverlays();
    // Draw now: new series shown empty until the next frame would blink.
    drawnView.reset();
    viewState.follow(latestMs());
    renderFrame();
}

void PriceChart::Private::rebuildOverlays()
{
    bool needSecondary = false;
    for (OverlayLine &o : overlays) {
        if (chart->series().contains(o.series))
            chart->removeSeries(o.series);
        chart->addSeries(o.series);
        o.series->attachAxis(timeAxis);
        needSecondary = needSecondary || o.overlay.secondaryAxis;
    }
    secondaryAxis->setVisible(needSecondary);
    for (OverlayLine &o : overlays) {
        o.series->attachAxis(o.overlay.secondaryAxis ? secondaryAxis : yAxis());
        QPen pen(o.overlay.color, 1.6, o.overlay.style);
        o.series->setPen(pen);
    }
    drawnView.reset();
}

void PriceChart::Private::toggleHidden(const QString &symbol)
{
    QStringList now = hidden;
    if (!now.removeOne(symbol))
        now.append(symbol);
    q->setSymbols(symbols, now);
    Q_EMIT q->hiddenSymbolsChanged(now);
}

void PriceChart::Private::applyTheme()
{
    const bool dark = isDark();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets fonts and series colours; the lines keep their
    // watchlist colours and the text follows the widget's font.
    const QFont font = q->font();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(timeAxis), static_cast<QAbstractAxis *>(priceAxis),
                                static_cast<QAbstractAxis *>(scaleAxis),
                                static_cast<QAbstractAxis *>(secondaryAxis)}) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        axis->setLabelsColor(priceAxis->labelsBrush().color());
        axis->setGridLineColor(softGridColor(*chart, priceAxis->gridLineColor(), dark));
    }
    chart->legend()->setFont(font);
    for (const auto &t : tracks)
        t->applyStyle(dark);
    for (OverlayLine &o : overlays)
        o.series->setPen(QPen(o.overlay.color, 1.6, o.overlay.style));
    crosshair->applyStyle(dark);
    scheduleFrame();
}

void PriceChart::Private::scheduleFrame()
{
    if (!frameTimer.isActive())
        frameTimer.start();
}

void PriceChart::Private::updateTimeAxis(double fromX, double toX, double width)
{
    const QList<TimeTick> ticks = timeTicks(qint64(fromX), qint64(toX), width, TimeLabelPixels, zone(), q->locale());
    if (ticks != shownTicks || timeAxis->min() != fromX || timeAxis->max() != toX) {
        shownTicks = ticks;
        clearCategories(timeAxis);
        timeAxis->setStartValue(fromX);
        QSet<QString> used;
        for (const TimeTick &tick : ticks) {
            // Category labels must be unique (a repeated wall-clock hour).
            QString label = tick.label;
            while (used.contains(label))
                label.append(QChar(0x200B));
            used.insert(label);
            timeAxis->append(label, double(tick.ms));
        }
        timeAxis->setRange(fromX, toX);
    }
}

void PriceChart::Private::renderFrame()
{
    viewState.follow(latestMs());
    noteFollowing();
    const double fromX = viewState.fromX();
    const double toX = viewState.toX();
    const QRectF plot = chart->plotArea();
    // Before the first layout the plot has no size; the view's width is close.
    const double width = plot.width() > 1.0 ? plot.width() : double(std::max(view->width(), 100));
    updateTimeAxis(fromX, toX, width);
    const int columns = std::max(1, int(std::ceil(width)));

    // A new view redraws every line; otherwise only those with new points.
    const DrawnView drawn{fromX, toX, columns};
    const bool viewChanged = drawn != drawnView;
    drawnView = drawn;
    PriceSpan span;
    for (const auto &t : tracks) {
        if (t->isHidden())
            continue;
        if (viewChanged || dirty.contains(t->symbol())) {
            const auto buffer = buffers.constFind(t->symbol());
            if (buffer == buffers.cend()) {
                t->setViewPoints({}, fromX, toX, {scale, 1.0});
            } else {
                const PriceTransform transform{scale, firstPriceInView(*buffer, fromX, toX)};
                const PriceBlocks::View blocks = buffer->priceBlocks();
                t->setViewPoints(
                    reduceToPixelColumns(buffer->times(), buffer->prices(), fromX, toX, columns, &blocks), fromX,
                    toX, transform);
            }
        }
        for (const auto &extent : {t->viewExtent(), t->fixedExtent()}) {
            if (extent) {
                span.include(extent->first);
                span.include(extent->second);
            }
        }
    }
    PriceSpan secondary;
    for (OverlayLine &o : overlays) {
        const PriceTransform transform{o.overlay.secondaryAxis ? PriceScale::Linear : scale,
                                       firstPriceInView(o.data, fromX, toX)};
        const PriceBlocks::View blocks = o.data.priceBlocks();
        QList<QPointF> points = reduceToPixelColumns(o.data.times(), o.data.prices(), fromX, toX, columns, &blocks);
        PriceSpan &into = o.overlay.secondaryAxis ? secondary : span;
        for (QPointF &p : points) {
            p.setY(transform.apply(p.y()));
            if (p.x() >= fromX && p.x() <= toX)
                into.include(p.y());
        }
        o.series->replace(points);
    }
    dirty.clear();
    setPriceRange(span);
    setSecondaryRange(secondary);
    placeLogos();
    updateCrosshair();
}

void PriceChart::Private::setPriceRange(PriceSpan span)
{
    if (const auto manual = viewState.manualPrice()) {
        span = {manual->low, manual->high};
    } else if (!span.isEmpty()) {
        // A flat line still gets a readable range around it.
        const double floor = scale == PriceScale::Linear ? std::abs(span.high) * 0.005 : 0.005;
        const double pad = std::max((span.high - span.low) * PriceMarginFraction, std::max(floor, 1e-6));
        span = {span.low - pad, span.high + pad};
    } else {
        return;
    }
    const QRectF plot = chart->plotArea();
    const double height = plot.height() > 1.0 ? plot.height() : double(std::max(view->height(), 100));
    if (scale == PriceScale::Linear) {
        const double step = priceAxisStep(span.high - span.low, height);
        // Interval first: a wide range with the previous small interval would
        // briefly ask for thousands of ticks.
        priceAxis->setTickInterval(step);
        priceAxis->setLabelFormat(priceLabelFormat(step));
        priceAxis->setRange(span.low, span.high);
        return;
    }
    clearCategories(scaleAxis);
    scaleAxis->setStartValue(span.low);
    for (const ScaleTick &tick : scaleTicks(scale, span.low, span.high, height, PriceLabelPixels, q->locale()))
        scaleAxis->append(tick.label, tick.value);
    scaleAxis->setRange(span.low, span.high);
}

void PriceChart::Private::setSecondaryRange(PriceSpan span)
{
    if (span.isEmpty() || !secondaryAxis->isVisible())
        return;
    const double pad = std::max((span.high - span.low) * PriceMarginFraction, std::max(std::abs(span.high) * 0.005, 1e-6));
    const QRectF plot = chart->plotArea();
    const double height = plot.height() > 1.0 ? plot.height() : double(std::max(view->height(), 100));
    const double step = priceAxisStep(span.high - span.low + 2 * pad, height);
    secondaryAxis->setTickAnchor(0.0);
    secondaryAxis->setTickType(QValueAxis::TicksDynamic);
    secondaryAxis->setTickInterval(step);
    secondaryAxis->setLabelFormat(priceLabelFormat(step));
    secondaryAxis->setRange(span.low - pad, span.high + pad);
}

void PriceChart::Private::placeLogos()
{
    QList<QPointF> anchors;
    QList<QGraphicsPixmapItem *> logos;
    QSizeF size;
    for (const auto &t : tracks) {
        const auto start = t->viewStart();
        if (!start || t->isHidden()) {
            t->logo()->hide();
            continue;
        }
        anchors.append(chart->mapToPosition(*start, t->line()));
        logos.append(t->logo());
        size = t->logo()->boundingRect().size();
    }
    const QList<QRectF> rects = layoutBadges(anchors, size, chart->plotArea());
    for (qsizetype i = 0; i < logos.size(); ++i) {
        if (rects[i].isEmpty()) {
            logos[i]->hide();
            continue;
        }
        logos[i]->setScale(rects[i].width() / size.width());
        logos[i]->setPos(rects[i].topLeft());
        logos[i]->show();
    }
}

void PriceChart::Private::updateCrosshair()
{
    const QRectF plot = chart->plotArea();
    if (!hoverPos || !plot.contains(*hoverPos) || plot.width() < 1.0) {
        crosshair->hide();
        return;
    }
    const double fromX = viewState.fromX();
    const double toX = viewState.toX();
    const auto at = qint64(fromX + (hoverPos->x() - plot.left()) / plot.width() * (toX - fromX));
    const QLocale locale = q->locale();
    const bool dark = isDark();
    const QString up = dark ? QStringLiteral("#5fd38d") : QStringLiteral("#138a3d");
    const QString down = dark ? QStringLiteral("#ff7a7a") : QStringLiteral("#c62828");
    QString html = u"<b>" + crosshairTimeLabel(at, zone(), locale).toHtmlEscaped() + u"</b>";
    for (const auto &t : tracks) {
        const auto buffer = buffers.constFind(t->symbol());
        if (t->isHidden() || buffer == buffers.cend())
            continue;
        const qsizetype i = buffer->indexAtOrBefore(at);
        if (i < 0)
            continue;
        const double price = buffer->prices()[std::size_t(i)];
        html += u"<br/><span style=\"color:" + t->color().name() + u"\">\u25CF</span> <b>"
            + t->symbol().toHtmlEscaped() + u"</b> " + formatPrice(price, locale);
        if (scale == PriceScale::Percent) {
            const double change = PriceTransform{scale, firstPriceInView(*buffer, fromX, toX)}.apply(price);
            html += u" (" + (change > 0 ? locale.positiveSign() : QString()) + locale.toString(change, 'f', 2)
                + PriceChart::tr(" % in view") + u')';
        }
        const std::optional<double> close = instruments.value(t->symbol()).previousClose;
        if (close && *close > 0.0) {
            const double change = price - *close;
            const double percent = change / *close * 100.0;
            const QString sign = change > 0 ? locale.positiveSign() : QString();
            html += u" <span style=\"color:" + (change >= 0 ? up : down) + u"\">" + sign
                + formatPrice(change, locale) + u" (" + sign + locale.toString(percent, 'f', 2) + u" %)</span>";
        }
    }
    crosshair->showAt(*hoverPos, plot, html);
}

qint64 PriceChart::Private::latestMs() const
{
    qint64 latest = std::numeric_limits<qint64>::min();
    for (const auto &t : tracks) {
        const auto buffer = buffers.constFind(t->symbol());
        if (!t->isHidden() && buffer != buffers.cend() && !buffer->isEmpty())
            latest = std::max(latest, buffer->lastTime());
    }
    return latest != std::numeric_limits<qint64>::min() ? latest : clock->nowMs();
}

PriceRange PriceChart::Private::shownPrice() const
{
    return {yAxis()->min(), yAxis()->max()};
}

void PriceChart::Private::noteFollowing()
{
    if (viewState.isFollowing() != wasFollowing) {
        wasFollowing = viewState.isFollowing();
        Q_EMIT q->followLiveChanged(wasFollowing);
    }
}

void PriceChart::Private::userChangedRange()
{
    noteFollowing();
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
            d->buffer(it.key()).replaceRange(history.fromMs, history.toMs, it.value());
            d->dirty.insert(it.key());
        }
    }
    d->dataChanged();
}

void PriceChart::appendPoints(const SeriesMap &points)
{
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (d->symbols.contains(it.key()) && !it->isEmpty()) {
            d->buffer(it.key()).append(it.value());
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

void PriceChart::setBufferCapacity(qsizetype points)
{
    d->capacity = std::max<qsizetype>(1, points);
    for (SeriesColumns &buffer : d->buffers)
        buffer.setCapacity(d->capacity);
    d->drawnView.reset();
    d->scheduleFrame();
}

void PriceChart::setOverlays(const QList<ChartOverlay> &overlays)
{
    for (OverlayLine &o : d->overlays) {
        d->chart->removeSeries(o.series);
        delete o.series;
    }
    d->overlays.clear();
    for (const ChartOverlay &overlay : overlays) {
        OverlayLine line{overlay, SeriesColumns(std::max<qsizetype>(overlay.points.size(), 1)), new QLineSeries};
        line.data.append(overlay.points);
        line.overlay.points.clear();
        line.series->setName(overlay.label);
        d->overlays.push_back(std::move(line));
    }
    d->rebuildOverlays();
    d->scheduleFrame();
}

Series PriceChart::bufferedSeries(const QString &symbol, qint64 fromMs, qint64 toMs) const
{
    const auto it = d->buffers.constFind(symbol);
    return it == d->buffers.cend() ? Series() : it->slice(fromMs, toMs);
}

void PriceChart::setPriceScale(PriceScale scale)
{
    if (scale == d->scale)
        return;
    d->scale = scale;
    d->viewState.clearManualPrice();
    d->rebuildTracks();
}

PriceScale PriceChart::priceScale() const
{
    return d->scale;
}

void PriceChart::setBandsShown(bool shown)
{
    if (shown == d->bandsShown)
        return;
    d->bandsShown = shown;
    d->rebuildTracks();
}

void PriceChart::setPreviousCloseShown(bool shown)
{
    if (shown == d->previousCloseShown)
        return;
    d->previousCloseShown = shown;
    d->rebuildTracks();
}

void PriceChart::setTimeZone(ChartTimeZone zone)
{
    d->zoneChoice = zone;
    d->shownTicks.clear();
    d->scheduleFrame();
}

QTimeZone PriceChart::displayTimeZone() const
{
    return d->zone();
}

void PriceChart::setFollowLive(bool follow)
{
    if (follow == d->viewState.isFollowing())
        return;
    if (follow) {
        d->goLive();
    } else {
        d->viewState.stopFollowing();
        d->noteFollowing();
    }
}

bool PriceChart::isFollowingLive() const
{
    return d->viewState.isFollowing();
}

void PriceChart::showAll()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const auto &t : d->tracks) {
        const auto buffer = d->buffers.constFind(t->symbol());
        if (!t->isHidden() && buffer != d->buffers.cend() && !buffer->isEmpty())
            earliest = std::min(earliest, buffer->firstTime());
    }
    if (earliest != std::numeric_limits<qint64>::max()) {
        // The live edge keeps up to 1 % of room and rounds up by up to 2.5 %
        // (liveWindowEnd): 5 % more keeps the earliest point in view.
        const qint64 span = d->latestMs() - earliest;
        d->viewState.setWindowMs(span + span / 20 + 1);
    }
    d->goLive();
}

QStringList PriceChart::lineSymbols() const
{
    QStringList out;
    for (const auto &t : d->tracks) {
        if (!t->isHidden())
            out.append(t->symbol());
    }
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

QStringList PriceChart::hiddenSymbols() const
{
    return d->hidden;
}

QString PriceChart::crosshairText() const
{
    return d->crosshair->text();
}

void PriceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        d->applyTheme();
    QWidget::changeEvent(event);
}

} // namespace tickerline
