#include "ChartTrack.h"

#include "ChartLayer.h"
#include "ChartLogo.h"
#include "LogoImage.h"
#include "ScreenChange.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsPixmapItem>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QOpenGLContext>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {

constexpr int LogoSize = 28;
constexpr qreal LineWidth = 2.0;
// Badges sit above the series and below the legend's tooltips.
constexpr qreal LogoZ = 20.0;
// The tail holds the columns since the start of the previous block of this
// many: its start moves once per block, and only then does the body change.
constexpr int TailBlockColumns = 16;

// The one place that decides how price lines are drawn. A decimated view
// holds a few thousand points at most, which raster draws well; OpenGL lines
// draw nothing without OpenGL (offscreen, CI screenshots) and are painted over
// the logo badges. So raster unless TICKERLINE_CHART_OPENGL=1 asks for OpenGL
// and the platform can give a context.
bool useOpenGlForLines()
{
    static const bool useOpenGl = [] {
        if (qEnvironmentVariableIntValue("TICKERLINE_CHART_OPENGL") != 1)
            return false;
        const QString platform = QGuiApplication::platformName();
        if (platform == u"offscreen" || platform == u"minimal")
            return false;
        QOpenGLContext probe;
        return probe.create();
    }();
    return useOpenGl;
}

// Edge and previous-close lines change with the view only: the same two
// points again would still cost Qt Charts a new geometry and a repaint.
void replaceIfChanged(QLineSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

} // namespace

ChartTrack::ChartTrack(QChart *chart, const QString &symbol, const SymbolLook &look,
                       const Instrument *instrument, qreal devicePixelRatio, TrackOptions options)
    : m_chart(chart)
    , m_symbol(symbol)
    , m_color(look.color)
    , m_line(new QLineSeries)
    , m_tail(new QLineSeries)
    , m_hidden(options.hidden)
{
    m_line->setName(symbol);
    m_line->setUseOpenGL(useOpenGlForLines());
    m_tail->setName(symbol + u" live");
    m_tail->setUseOpenGL(m_line->useOpenGL());

    if (!m_hidden && options.previousClose && instrument && instrument->previousClose
        && *instrument->previousClose > 0.0) {
        m_previousClose = *instrument->previousClose;
        m_previousCloseLine = new QLineSeries;
        m_previousCloseLine->setName(symbol + u" prev");
    }
    if (!m_hidden && options.band && instrument && week52RangeIsPlausible(*instrument)) {
        m_bandLow = *instrument->week52Low;
        m_bandHigh = *instrument->week52High;
        m_band = new QAreaSeries;
        m_band->setName(symbol + u" 52w");
        m_bandTop = new QLineSeries(m_band);
        m_bandBottom = new QLineSeries(m_band);
        m_band->setUpperSeries(m_bandTop);
        m_band->setLowerSeries(m_bandBottom);
        // The area's own outline would be stroked with dashes on every
        // repaint; line series are drawn once and then blitted (ChartItemCache).
        m_bandTopEdge = new QLineSeries;
        m_bandTopEdge->setName(symbol + u" 52w high");
        m_bandBottomEdge = new QLineSeries;
        m_bandBottomEdge->setName(symbol + u" 52w low");
    }

    const QImage image = instrument ? logoImage(*instrument, look, LogoSize) : letterMark(look, LogoSize);
    m_logo = new QGraphicsPixmapItem(logoBadge(image, look.color, devicePixelRatio), chart);
    m_logo->setZValue(LogoZ);
    m_logo->setTransformationMode(Qt::SmoothTransformation);
    m_logo->setToolTip(instrument && !instrument->name.isEmpty() ? instrument->name : symbol);
    m_logo->setData(ChartItemNameKey, QString(u"logo:" + symbol));
    m_logo->hide();
}

ChartTrack::~ChartTrack()
{
    delete m_logo;
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_line), static_cast<QAbstractSeries *>(m_tail),
                                    static_cast<QAbstractSeries *>(m_band),
                                    static_cast<QAbstractSeries *>(m_bandTopEdge),
                                    static_cast<QAbstractSeries *>(m_bandBottomEdge),
                                    static_cast<QAbstractSeries *>(m_previousCloseLine)}) {
        if (series && m_chart->series().contains(series))
            m_chart->removeSeries(series);
        delete series;
    }
}

void ChartTrack::attachBand(QAbstractAxis *time, QAbstractAxis *price)
{
    if (!m_band)
        return;
    m_chart->addSeries(m_band);
    m_band->attachAxis(time);
    m_band->attachAxis(price);
    hideFromLegend(m_chart, m_band);
    for (QLineSeries *edge : {m_bandTopEdge, m_bandBottomEdge}) {
        m_chart->addSeries(edge);
        edge->attachAxis(time);
        edge->attachAxis(price);
        hideFromLegend(m_chart, edge);
    }
}

void ChartTrack::attachLine(QAbstractAxis *time, QAbstractAxis *price)
{
    if (m_previousCloseLine) {
        m_chart->addSeries(m_previousCloseLine);
        m_previousCloseLine->attachAxis(time);
        m_previousCloseLine->attachAxis(price);
        for (QLegendMarker *marker : m_chart->legend()->markers(m_previousCloseLine))
            marker->setVisible(false);
    }
    m_chart->addSeries(m_line);
    m_line->attachAxis(time);
    m_line->attachAxis(price);
    // A hidden symbol keeps its legend entry, greyed, so a click brings it back.
    m_line->setVisible(!m_hidden);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_line))
        marker->setVisible(true);
    m_chart->addSeries(m_tail);
    m_tail->attachAxis(time);
    m_tail->attachAxis(price);
    m_tail->setVisible(!m_hidden);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_tail))
        marker->setVisible(false);
}

void ChartTrack::applyStyle(bool dark)
{
    QPen pen(m_color, LineWidth);
    // Qt Charts draws a solid line as one drawLine() per segment, each with
    // its own caps: round caps made every segment a curve to flatten, half of
    // a frame's paint time at 2 points per pixel column. Square caps close the
    // joins as well at this width.
    pen.setCapStyle(Qt::SquareCap);
    pen.setJoinStyle(Qt::BevelJoin);
    m_line->setPen(pen);
    m_line->setColor(m_color);
    m_tail->setPen(pen);
    m_tail->setColor(m_color);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_tail))
        marker->setVisible(false);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_line)) {
        QColor text = marker->labelBrush().color();
        text.setAlphaF(m_hidden ? 0.4 : 1.0);
        marker->setLabelBrush(text);
        QColor dot = m_color;
        dot.setAlphaF(m_hidden ? 0.25 : 1.0);
        marker->setBrush(dot);
        QFont font = marker->font();
        font.setStrikeOut(m_hidden);
        marker->setFont(font);
    }
    if (m_previousCloseLine) {
        QColor c = m_color;
        c.setAlpha(dark ? 170 : 150);
        m_previousCloseLine->setPen(QPen(c, 1.2, Qt::DashLine));
    }
    if (m_band) {
        // A dark background needs a little more colour for the same tint.
        QColor fill = m_color;
        fill.setAlpha(dark ? 56 : 40);
        QColor edge = m_color;
        edge.setAlpha(dark ? 120 : 100);
        m_band->setBrush(fill);
        m_band->setPen(Qt::NoPen);
        for (QLineSeries *series : {m_bandTopEdge, m_bandBottomEdge}) {
            series->setPen(QPen(edge, 1.0, Qt::DashLine));
            hideFromLegend(m_chart, series);
        }
        hideFromLegend(m_chart, m_band);
    }
}

void ChartTrack::setViewPoints(QList<QPointF> points, double fromX, double toX, const PriceTransform &transform)
{
    if (transform.scale != PriceScale::Linear) {
        for (QPointF &p : points)
            p.setY(transform.apply(p.y()));
    }
    // The area reaches a view's width past both borders, which keeps its
    // vertical sides out of sight; the lines end at the borders (a cached
    // line item is not clipped to the plot, ChartItemCache).
    const double left = fromX - (toX - fromX);
    const double right = toX + (toX - fromX);
    m_fixedExtent.reset();
    const auto keepInView = [this](double v) {
        m_fixedExtent = m_fixedExtent ? std::pair(std::min(m_fixedExtent->first, v), std::max(m_fixedExtent->second, v))
                                      : std::pair(v, v);
    };
    if (m_band) {
        const double high = transform.apply(m_bandHigh);
        const double low = transform.apply(m_bandLow);
        replaceIfChanged(m_bandTop, {{left, high}, {right, high}});
        replaceIfChanged(m_bandBottom, {{left, low}, {right, low}});
        replaceIfChanged(m_bandTopEdge, {{fromX, high}, {toX, high}});
        replaceIfChanged(m_bandBottomEdge, {{fromX, low}, {toX, low}});
        // Bands are what traders read the line against: always in view.
        keepInView(low);
        keepInView(high);
    }
    if (m_previousCloseLine) {
        const double close = transform.apply(m_previousClose);
        replaceIfChanged(m_previousCloseLine, {{fromX, close}, {toX, close}});
        keepInView(close);
    }

    // What the line draws: its points cut at the view's borders, so that
    // where it enters the view and its extremes are those of what is seen.
    m_pending = clippedToSpan(std::move(points), fromX, toX);
    m_hasPending = true;
    m_viewStart.reset();
    m_viewExtent.reset();
    if (m_pending.isEmpty())
        return;
    m_viewStart = m_pending.constFirst();
    double low = m_viewStart->y();
    double high = low;
    for (const QPointF &p : std::as_const(m_pending)) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    m_viewExtent = std::pair(low, high);
}

void ChartTrack::show(QSizeF valuePerPixel)
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    // The body ends, and the tail starts, at the first point of the block
    // of columns before the newest point's block.
    qsizetype split = m_pending.size() - 1;
    const double block = valuePerPixel.width() * TailBlockColumns;
    if (block > 0.0 && std::isfinite(block) && !m_pending.isEmpty()) {
        const double boundary = (std::floor(m_pending.constLast().x() / block) - 1.0) * block;
        split = std::lower_bound(m_pending.cbegin(), m_pending.cend(), boundary,
                                 [](const QPointF &p, double x) { return p.x() < x; })
            - m_pending.cbegin();
        split = std::min(split, m_pending.size() - 1);
    }
    const QList<QPointF> body = split < 0 ? QList<QPointF>() : m_pending.first(split + 1);
    const QList<QPointF> tail = split < 0 ? QList<QPointF>() : m_pending.sliced(split);
    if (movesOnScreen(m_line->points(), body, valuePerPixel))
        m_line->replace(body);
    if (movesOnScreen(m_tail->points(), tail, valuePerPixel))
        m_tail->replace(tail);
    m_pending.clear();
}

QList<QPointF> ChartTrack::drawnPoints() const
{
    QList<QPointF> points = m_line->points();
    const QList<QPointF> tail = m_tail->points();
    points.append(tail.isEmpty() ? tail : tail.sliced(1));
    return points;
}

} // namespace tickerline
