#include "ChartTrack.h"

#include "ChartLayer.h"
#include "ChartLogo.h"
#include "LogoImage.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsPixmapItem>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QOpenGLContext>

#include <algorithm>

namespace tickerline {

namespace {

constexpr int LogoSize = 28;
constexpr qreal LineWidth = 2.0;
// Badges sit above the series and below the legend's tooltips.
constexpr qreal LogoZ = 20.0;

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

void hideFromLegend(QChart *chart, QAreaSeries *series)
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
    , m_hidden(options.hidden)
{
    m_line->setName(symbol);
    m_line->setUseOpenGL(useOpenGlForLines());

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
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_line),
                                    static_cast<QAbstractSeries *>(m_band),
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
        m_band->setPen(QPen(edge, 1.0, Qt::DashLine));
        hideFromLegend(m_chart, m_band);
    }
}

void ChartTrack::setViewPoints(QList<QPointF> points, double fromX, double toX, const PriceTransform &transform)
{
    if (transform.scale != PriceScale::Linear) {
        for (QPointF &p : points)
            p.setY(transform.apply(p.y()));
    }
    m_line->replace(points);
    // Reaching a view's width past both borders keeps the outline's vertical
    // sides out of sight.
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
        m_bandTop->replace({{left, high}, {right, high}});
        m_bandBottom->replace({{left, low}, {right, low}});
        // Bands are what traders read the line against: always in view.
        keepInView(low);
        keepInView(high);
    }
    if (m_previousCloseLine) {
        const double close = transform.apply(m_previousClose);
        m_previousCloseLine->replace({{left, close}, {right, close}});
        keepInView(close);
    }

    m_viewStart.reset();
    m_viewExtent.reset();
    const auto first = std::lower_bound(points.cbegin(), points.cend(), fromX,
                                        [](const QPointF &p, double x) { return p.x() < x; });
    if (first == points.cend())
        return;
    if (first != points.cbegin()) {
        // The line comes in from beyond the left border: it starts where it crosses it.
        const QPointF &a = *(first - 1);
        const QPointF &b = *first;
        const double t = b.x() > a.x() ? (fromX - a.x()) / (b.x() - a.x()) : 0.0;
        m_viewStart = QPointF(fromX, a.y() + t * (b.y() - a.y()));
    } else if (first->x() <= toX) {
        m_viewStart = *first;
    } else {
        return;
    }
    double low = m_viewStart->y();
    double high = low;
    for (auto it = first; it != points.cend() && it->x() <= toX; ++it) {
        low = std::min(low, it->y());
        high = std::max(high, it->y());
    }
    m_viewExtent = std::pair(low, high);
}

} // namespace tickerline
