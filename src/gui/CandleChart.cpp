#include "CandleChart.h"

#include "CandleData.h"
#include "CandleInterval.h"
#include "CandleSets.h"
#include "ChartAxes.h"
#include "ChartView.h"
#include "ChartViewState.h"
#include "Clock.h"
#include "GridColor.h"
#include "MarketColors.h"
#include "TimeAxisTicks.h"
#include "TimeTickAxis.h"
#include "VolumePane.h"

#include <QCandlestickSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tickerline {

namespace {
constexpr int FrameMs = 16;
constexpr int RangeSignalDelayMs = 200;
constexpr qint64 DefaultIntervalMs = 60'000;
// Far above the ids MainWindow gives its own requests, so answers cannot be mixed up.
constexpr quint64 FirstRequestId = quint64(1) << 48;
constexpr double PriceMarginFraction = 0.06;
constexpr double TimeLabelPixels = 110.0;
constexpr int VolumeStretch = 1;
constexpr int PriceStretch = 3;
const QMargins BaseMargins(6, 4, 6, 4);

struct Span
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void include(double v)
    {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    [[nodiscard]] bool isEmpty() const { return !(high >= low); }
    // A flat span still gets a readable range around it.
    [[nodiscard]] Span padded() const
    {
        const double pad = std::max((high - low) * PriceMarginFraction, std::max(std::abs(high) * 0.005, 1e-6));
        return {low - pad, high + pad};
    }
};

void setValueRange(QValueAxis *axis, Span span, double heightPixels)
{
    const double step = priceAxisStep(span.high - span.low, heightPixels);
    axis->setTickInterval(step);
    axis->setLabelFormat(priceLabelFormat(step));
    axis->setRange(span.low, span.high);
}

QList<QPointF> pointsInView(const Series &points, double fromX, double toX)
{
    // One point either side, so the line runs to the plot's edges.
    const auto first = std::lower_bound(points.cbegin(), points.cend(), fromX,
                                        [](const SeriesPoint &p, double x) { return double(p.timeMs) < x; });
    const auto last = std::upper_bound(points.cbegin(), points.cend(), toX,
                                       [](double x, const SeriesPoint &p) { return x < double(p.timeMs); });
    const auto begin = first == points.cbegin() ? first : first - 1;
    const auto end = last == points.cend() ? last : last + 1;
    QList<QPointF> out;
    out.reserve(end - begin);
    for (auto it = begin; it != end; ++it) {
        if (std::isfinite(it->value))
            out.append({double(it->timeMs), it->value});
    }
    return out;
}
} // namespace

struct CandleChart::Private
{
    explicit Private(CandleChart *owner);

    void applyTheme();
    void scheduleFrame();
    void renderFrame();
    void drawOverlays(double fromX, double toX, Span *primary, Span *secondary);
    void alignPlots();
    void updateNote();
    // Unless forced, not the same request again while it is pending.
    void requestHistory(bool force = false);
    void userChangedRange();
    void zoomTimeTo(double fromFraction, double toFraction);
    [[nodiscard]] QStringList tracked() const;
    [[nodiscard]] qint64 latestMs() const;
    [[nodiscard]] bool isDark() const;

    CandleChart *q;
    QChart *chart = new QChart;
    QCategoryAxis *timeAxis = new QCategoryAxis;   // grid lines at round times
    QValueAxis *domainAxis = new QValueAxis;       // the series' x: candlesticks take no category axis
    QValueAxis *priceAxis = new QValueAxis;
    QValueAxis *secondaryAxis = new QValueAxis;
    QCandlestickSeries *candleSeries = new QCandlestickSeries;
    ChartView *view;
    VolumePane *volume;
    QComboBox *symbolBox;
    QLabel *note;
    CandleData data{DefaultIntervalMs};
    qint64 chosenIntervalMs = DefaultIntervalMs;
    QString symbol;
    QStringList extras;
    int warmupCandles = 0;
    bool active = true;
    QList<ChartOverlay> overlays;
    QList<QLineSeries *> overlayLines;   // parallel to overlays
    QHash<quint64, qint64> pending;      // request id -> its interval
    HistoryRequest lastRequest;          // not asked again while it is pending
    quint64 nextRequestId = FirstRequestId;
    ChartViewState viewState;
    const Clock *clock = &SystemClock::instance();
    QTimeZone zone = QTimeZone::systemTimeZone();
    QTimer frameTimer;
    QTimer rangeSignalTimer;
    QMargins priceExtra;                 // margins that line the two plots up
    QMargins volumeExtra;
};

CandleChart::Private::Private(CandleChart *owner)
    : q(owner)
    , view(new ChartView(chart, owner))
    , volume(new VolumePane(owner))
    , symbolBox(new QComboBox(owner))
    , note(new QLabel(owner))
{
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(BaseMargins);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeCircle);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(domainAxis, Qt::AlignBottom);
    domainAxis->setVisible(false);
    chart->addAxis(priceAxis, Qt::AlignRight);
    chart->addAxis(secondaryAxis, Qt::AlignLeft);
    secondaryAxis->setVisible(false);
    // The volume pane below carries the time labels for both.
    timeAxis->setLabelsVisible(false);
    priceAxis->setTickType(QValueAxis::TicksDynamic);
    priceAxis->setTickAnchor(0.0);
    priceAxis->setTickInterval(1.0);
    secondaryAxis->setTickType(QValueAxis::TicksDynamic);
    secondaryAxis->setTickAnchor(0.0);
    secondaryAxis->setTickInterval(1.0);
    candleSeries->setCapsVisible(false);
    candleSeries->setBodyWidth(0.7);
    candleSeries->setMinimumColumnWidth(1.0);
    chart->addSeries(candleSeries);
    candleSeries->attachAxis(domainAxis);
    candleSeries->attachAxis(priceAxis);
    volume->chart()->setMargins(BaseMargins);
    view->setAccessibleName(tr("Candles"));

    symbolBox->setAccessibleName(tr("Candle symbol"));
    symbolBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    header->addWidget(new QLabel(tr("Symbol:"), owner));
    header->addWidget(symbolBox);
    header->addSpacing(12);
    header->addWidget(note, 1);

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(view, PriceStretch);
    layout->addWidget(volume, VolumeStretch);

    frameTimer.setSingleShot(true);
    frameTimer.setInterval(FrameMs);
    QObject::connect(&frameTimer, &QTimer::timeout, q, [this] { renderFrame(); });
    rangeSignalTimer.setSingleShot(true);
    rangeSignalTimer.setInterval(RangeSignalDelayMs);
    QObject::connect(&rangeSignalTimer, &QTimer::timeout, q, [this] {
        requestHistory();
        Q_EMIT q->viewRangeChanged(qint64(viewState.fromX()), qint64(viewState.toX()));
    });
    QObject::connect(symbolBox, &QComboBox::activated, q, [this](int index) {
        q->setSymbol(symbolBox->itemText(index));
    });
    for (QChart *c : {chart, volume->chart()}) {
        QObject::connect(c, &QChart::plotAreaChanged, q, [this] {
            alignPlots();
            scheduleFrame();
        });
    }
    for (ChartView *v : {view, volume->view()}) {
        const bool pricePane = v == view;
        QObject::connect(v, &ChartView::zoomRequested, q,
                         [this, pricePane](Qt::Orientation o, double factor, double anchor) {
            if (o == Qt::Horizontal) {
                viewState.zoomTime(factor, anchor);
                userChangedRange();
            } else if (pricePane) {
                viewState.zoomPrice(factor, anchor, {priceAxis->min(), priceAxis->max()});
                scheduleFrame();
            }
        });
        QObject::connect(v, &ChartView::panRequested, q, [this, pricePane](QPointF delta) {
            viewState.pan(pricePane ? delta : QPointF(delta.x(), 0.0));
            userChangedRange();
        });
        QObject::connect(v, &ChartView::boxZoomRequested, q, [this, pricePane](QRectF box) {
            if (pricePane)
                viewState.zoomToBox(box, {priceAxis->min(), priceAxis->max()});
            else
                zoomTimeTo(box.left(), box.right());
            userChangedRange();
        });
        QObject::connect(v, &ChartView::resetRequested, q, [this] { q->resetView(); });
    }
    applyTheme();
    updateNote();
}

bool CandleChart::Private::isDark() const
{
    return isDarkPalette(q->palette());
}

QStringList CandleChart::Private::tracked() const
{
    QStringList out;
    if (!symbol.isEmpty())
        out.append(symbol);
    for (const QString &s : extras) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

qint64 CandleChart::Private::latestMs() const
{
    const CandleSeries &c = data.candles(symbol);
    return c.isEmpty() ? clock->nowMs() : c.constLast().timeMs + data.intervalMs() - 1;
}

void CandleChart::Private::applyTheme()
{
    const bool dark = isDark();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QFont font = q->font();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(timeAxis), static_cast<QAbstractAxis *>(priceAxis),
                                static_cast<QAbstractAxis *>(secondaryAxis)}) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        axis->setGridLineColor(softGridColor(*chart, axis->gridLineColor(), dark));
    }
    chart->legend()->setFont(font);
    candleSeries->setCapsVisible(false);
    volume->applyTheme(dark, font);
    // The theme recoloured every series: the overlays take their own colours back.
    for (qsizetype i = 0; i < overlayLines.size(); ++i) {
        QPen pen(overlays.at(i).color, 1.6);
        pen.setStyle(overlays.at(i).style);
        overlayLines.at(i)->setPen(pen);
    }
    scheduleFrame();
}

void CandleChart::Private::scheduleFrame()
{
    if (!frameTimer.isActive())
        frameTimer.start();
}

void CandleChart::Private::renderFrame()
{
    viewState.follow(latestMs());
    const double fromX = viewState.fromX();
    const double toX = viewState.toX();
    const qint64 span = qint64(toX - fromX);
    const qint64 shown = shownCandleInterval(chosenIntervalMs, span, MaxCandles);
    if (shown != data.intervalMs()) {
        data.setIntervalMs(shown);
        updateNote();
        requestHistory();
        Q_EMIT q->shownIntervalChanged(shown);
        Q_EMIT q->candlesChanged();
    }

    const QRectF plot = chart->plotArea();
    const double width = plot.width() > 1.0 ? plot.width() : double(std::max(view->width(), 100));
    const QList<TimeTick> ticks = timeTicks(qint64(fromX), qint64(toX), width, TimeLabelPixels, zone, q->locale());
    showTimeTicks(timeAxis, qint64(fromX), qint64(toX), ticks);
    domainAxis->setRange(fromX, toX);
    volume->setTimeRange(qint64(fromX), qint64(toX), ticks);

    const qint64 interval = data.intervalMs();
    const QColor up = upColor(q->palette());
    const QColor down = downColor(q->palette());
    QList<CandleShape> bodies;
    QList<CandleShape> bars;
    Span prices;
    for (const Candle &c : data.candles(symbol)) {
        if (double(c.timeMs + interval) <= fromX || double(c.timeMs) >= toX)
            continue;
        const qreal mid = qreal(c.timeMs) + qreal(interval) / 2;
        const QColor color = c.close >= c.open ? up : down;
        bodies.append({mid, c.open, c.high, c.low, c.close, color});
        // A bar from 0 up for a rising candle, from the volume down for a
        // falling one: the series colours it as rising or falling.
        const bool rising = c.close >= c.open;
        bars.append({mid, rising ? 0.0 : c.volume, c.volume, 0.0, rising ? c.volume : 0.0, color});
        prices.include(c.low);
        prices.include(c.high);
    }
    // Bodies take the series' rising and falling colours; wicks their set's pen.
    if (candleSeries->increasingColor() != up || candleSeries->decreasingColor() != down) {
        candleSeries->setIncreasingColor(up);
        candleSeries->setDecreasingColor(down);
        volume->setColors(up, down);
    }
    syncCandleSets(candleSeries, bodies);
    volume->setBars(bars);

    Span secondary;
    drawOverlays(fromX, toX, &prices, &secondary);
    const double height = plot.height() > 1.0 ? plot.height() : double(std::max(view->height(), 100));
    if (const auto manual = viewState.manualPrice())
        setValueRange(priceAxis, {manual->low, manual->high}, height);
    else if (!prices.isEmpty())
        setValueRange(priceAxis, prices.padded(), height);
    if (!secondary.isEmpty())
        setValueRange(secondaryAxis, secondary.padded(), height);
}

void CandleChart::Private::drawOverlays(double fromX, double toX, Span *primary, Span *secondary)
{
    for (qsizetype i = 0; i < overlays.size(); ++i) {
        const ChartOverlay &overlay = overlays.at(i);
        const QList<QPointF> points = pointsInView(overlay.points, fromX, toX);
        overlayLines.at(i)->replace(points);
        Span *extent = overlay.secondaryAxis ? secondary : primary;
        for (const QPointF &p : points) {
            if (p.x() >= fromX && p.x() <= toX)
                extent->include(p.y());
        }
    }
}

// The two panes share the time axis only if their plots start and end at the
// same x; their value axes have labels of different widths, so the narrower
// pane gets the difference as extra margin. The natural edges (without the
// extra) do not depend on it, so one step settles it.
void CandleChart::Private::alignPlots()
{
    const QRectF a = chart->plotArea();
    const QRectF b = volume->chart()->plotArea();
    if (a.width() <= 1.0 || b.width() <= 1.0)
        return;
    const double naturalLeftA = a.left() - priceExtra.left();
    const double naturalLeftB = b.left() - volumeExtra.left();
    const double naturalRightA = a.right() + priceExtra.right();
    const double naturalRightB = b.right() + volumeExtra.right();
    const double left = std::max(naturalLeftA, naturalLeftB);
    const double right = std::min(naturalRightA, naturalRightB);
    const QMargins newPrice(qRound(left - naturalLeftA), 0, qRound(naturalRightA - right), 0);
    const QMargins newVolume(qRound(left - naturalLeftB), 0, qRound(naturalRightB - right), 0);
    if (newPrice != priceExtra) {
        priceExtra = newPrice;
        chart->setMargins(BaseMargins + priceExtra);
    }
    if (newVolume != volumeExtra) {
        volumeExtra = newVolume;
        volume->chart()->setMargins(BaseMargins + volumeExtra);
    }
}

void CandleChart::Private::updateNote()
{
    const qint64 shown = data.intervalMs();
    note->setText(shown == chosenIntervalMs
                      ? tr("%1 candles").arg(candleIntervalName(shown))
                      : tr("%1 candles (%2 would be more than %3 candles in this range)")
                            .arg(candleIntervalName(shown), candleIntervalName(chosenIntervalMs))
                            .arg(MaxCandles));
}

void CandleChart::Private::requestHistory(bool force)
{
    const QStringList symbols = tracked();
    if (!active || symbols.isEmpty())
        return;
    viewState.follow(latestMs());
    const qint64 interval = data.intervalMs();
    HistoryRequest request;
    request.symbols = symbols;
    const qint64 from = qint64(viewState.fromX()) - qint64(warmupCandles) * interval;
    request.fromMs = from - ((from % interval) + interval) % interval;
    request.toMs = qint64(viewState.toX());
    request.candleIntervalMs = interval;
    if (!force && pending.contains(lastRequest.id) && request.symbols == lastRequest.symbols
        && request.fromMs == lastRequest.fromMs && request.toMs == lastRequest.toMs
        && request.candleIntervalMs == lastRequest.candleIntervalMs)
        return;
    request.id = nextRequestId++;
    lastRequest = request;
    pending.insert(request.id, interval);
    Q_EMIT q->historyRequested(request);
}

void CandleChart::Private::userChangedRange()
{
    scheduleFrame();
    rangeSignalTimer.start();
}

void CandleChart::Private::zoomTimeTo(double fromFraction, double toFraction)
{
    const double span = viewState.toX() - viewState.fromX();
    const double from = viewState.fromX() + fromFraction * span;
    const double to = viewState.fromX() + toFraction * span;
    q->setViewRange(qint64(from), qint64(to), false);
}

CandleChart::CandleChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
}

CandleChart::~CandleChart() = default;

void CandleChart::setSymbols(const QStringList &symbols)
{
    const QSignalBlocker blocker(d->symbolBox);
    d->symbolBox->clear();
    d->symbolBox->addItems(symbols);
    if (symbols.contains(d->symbol))
        d->symbolBox->setCurrentText(d->symbol);
    else
        setSymbol(symbols.value(0));
}

void CandleChart::setSymbol(const QString &symbol)
{
    if (symbol == d->symbol)
        return;
    d->symbol = symbol;
    {
        const QSignalBlocker blocker(d->symbolBox);
        d->symbolBox->setCurrentText(symbol);
    }
    d->candleSeries->setName(symbol);
    d->data.retain(d->tracked());
    d->requestHistory();
    d->scheduleFrame();
    Q_EMIT symbolChanged(symbol);
    Q_EMIT candlesChanged();
}

QString CandleChart::symbol() const
{
    return d->symbol;
}

void CandleChart::setExtraSymbols(const QStringList &symbols)
{
    if (symbols == d->extras)
        return;
    const QStringList before = d->tracked();
    d->extras = symbols;
    d->data.retain(d->tracked());
    const QStringList now = d->tracked();
    if (std::any_of(now.cbegin(), now.cend(), [&](const QString &s) { return !before.contains(s); }))
        d->requestHistory();
}

void CandleChart::setWarmupCandles(int candles)
{
    if (candles == d->warmupCandles)
        return;
    const bool more = candles > d->warmupCandles;
    d->warmupCandles = candles;
    if (more)
        d->requestHistory();
}

void CandleChart::setActive(bool active)
{
    if (active == d->active)
        return;
    d->active = active;
    if (active)
        d->requestHistory();
}

void CandleChart::setIntervalMs(qint64 intervalMs)
{
    if (intervalMs <= 0 || intervalMs == d->chosenIntervalMs)
        return;
    d->chosenIntervalMs = intervalMs;
    d->updateNote();
    // Applied (and requested) now rather than a frame later, so the request
    // leaves with the choice.
    d->renderFrame();
}

qint64 CandleChart::intervalMs() const
{
    return d->chosenIntervalMs;
}

qint64 CandleChart::shownIntervalMs() const
{
    return d->data.intervalMs();
}

void CandleChart::setViewRange(qint64 fromMs, qint64 toMs, bool following)
{
    if (toMs <= fromMs)
        return;
    if (following) {
        d->viewState.setWindowMs(toMs - fromMs);
        d->viewState.goLive(d->latestMs());
    } else {
        // ChartViewState moves by gestures: zoom to the new span at the
        // left edge, then pan the left edge to its place.
        const double span = d->viewState.toX() - d->viewState.fromX();
        d->viewState.zoomTime(double(toMs - fromMs) / span, 0.0);
        d->viewState.pan({(double(fromMs) - d->viewState.fromX()) / double(toMs - fromMs), 0.0});
    }
    d->renderFrame();
    d->requestHistory();
}

void CandleChart::setWindowMs(qint64 windowMs)
{
    d->viewState.setWindowMs(windowMs);
    resetView();
}

void CandleChart::resetView()
{
    d->viewState.goLive(d->latestMs());
    d->userChangedRange();
}

qint64 CandleChart::viewFromMs() const
{
    return qint64(d->viewState.fromX());
}

qint64 CandleChart::viewToMs() const
{
    return qint64(d->viewState.toX());
}

bool CandleChart::isFollowing() const
{
    return d->viewState.isFollowing();
}

void CandleChart::setTimeZone(const QTimeZone &zone)
{
    d->zone = zone;
    d->scheduleFrame();
}

void CandleChart::setClock(const Clock &clock)
{
    d->clock = &clock;
    d->scheduleFrame();
}

bool CandleChart::setHistory(const HistoryResult &history)
{
    const auto it = d->pending.constFind(history.id);
    if (it == d->pending.cend())
        return false;
    const qint64 interval = *it;
    // Answers come in order: older requests are answered or superseded.
    d->pending.removeIf([&](const auto &entry) { return entry.key() <= history.id; });
    if (interval != d->data.intervalMs())
        return true;
    const QStringList symbols = d->tracked();
    bool changed = false;
    for (auto c = history.candles.cbegin(); c != history.candles.cend(); ++c) {
        // An empty answer would only wipe the live candles already built in its range.
        if (symbols.contains(c.key()) && !c->isEmpty()) {
            d->data.replaceRange(c.key(), history.fromMs, history.toMs, c.value());
            changed = true;
        }
    }
    if (changed) {
        d->scheduleFrame();
        Q_EMIT candlesChanged();
    }
    return true;
}

void CandleChart::appendPoints(const SeriesMap &points)
{
    const QStringList symbols = d->tracked();
    bool changed = false;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (symbols.contains(it.key()) && !it->isEmpty()) {
            d->data.append(it.key(), it.value());
            changed = true;
        }
    }
    if (changed) {
        d->scheduleFrame();
        Q_EMIT candlesChanged();
    }
}

void CandleChart::reload()
{
    d->requestHistory(true);
}

const CandleSeries &CandleChart::candles(const QString &symbol) const
{
    return d->data.candles(symbol);
}

void CandleChart::setOverlays(const QList<ChartOverlay> &overlays)
{
    const auto sameLines = [&] {
        if (overlays.size() != d->overlays.size())
            return false;
        for (qsizetype i = 0; i < overlays.size(); ++i) {
            const ChartOverlay &a = overlays.at(i);
            const ChartOverlay &b = d->overlays.at(i);
            if (a.id != b.id || a.label != b.label || a.color != b.color || a.style != b.style
                || a.secondaryAxis != b.secondaryAxis)
                return false;
        }
        return true;
    }();
    if (!sameLines) {
        for (QLineSeries *line : std::as_const(d->overlayLines)) {
            d->chart->removeSeries(line);
            delete line;
        }
        d->overlayLines.clear();
        bool anySecondary = false;
        for (const ChartOverlay &overlay : overlays) {
            auto *line = new QLineSeries;
            line->setName(overlay.label);
            d->chart->addSeries(line);
            line->attachAxis(d->domainAxis);
            line->attachAxis(overlay.secondaryAxis ? d->secondaryAxis : d->priceAxis);
            QPen pen(overlay.color, 1.6);
            pen.setStyle(overlay.style);
            line->setPen(pen);
            d->overlayLines.append(line);
            anySecondary = anySecondary || overlay.secondaryAxis;
        }
        d->secondaryAxis->setVisible(anySecondary);
    }
    d->overlays = overlays;
    d->scheduleFrame();
}

QChart *CandleChart::chart() const
{
    return d->chart;
}

QCandlestickSeries *CandleChart::candleSeries() const
{
    return d->candleSeries;
}

VolumePane *CandleChart::volumePane() const
{
    return d->volume;
}

QList<QLineSeries *> CandleChart::overlaySeries() const
{
    return d->overlayLines;
}

QString CandleChart::intervalNote() const
{
    return d->note->text();
}

void CandleChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        d->applyTheme();
    QWidget::changeEvent(event);
}

} // namespace tickerline
