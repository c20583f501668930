#include "ChartTrack.h"

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

ChartTrack::ChartTrack(QChart *chart, const QString &symbol, const QColor &color,
                       const Instrument *instrument, qreal devicePixelRatio)
    : m_chart(chart)
    , m_symbol(symbol)
    , m_color(color)
    , m_line(new QLineSeries)
{
    m_line->setName(symbol);
    m_line->setUseOpenGL(useOpenGlForLines());

    if (instrument && week52RangeIsPlausible(*instrument)) {
        m_bandLow = *instrument->week52Low;
        m_bandHigh = *instrument->week52High;
        m_band = new QAreaSeries;
        m_band->setName(symbol + u" 52w");
        m_bandTop = new QLineSeries(m_band);
        m_bandBottom = new QLineSeries(m_band);
        m_band->setUpperSeries(m_bandTop);
        m_band->setLowerSeries(m_bandBottom);
    }

    const QImage image = instrument ? logoImage(*instrument, LogoSize) : letterMark(symbol, LogoSize);
    m_logo = new QGraphicsPixmapItem(logoBadge(image, color, devicePixelRatio), chart);
    m_logo->setZValue(LogoZ);
    m_logo->setTransformationMode(Qt::SmoothTransformation);
    m_logo->setToolTip(instrument && !instrument->name.isEmpty() ? instrument->name : symbol);
    m_logo->hide();
}

ChartTrack::~ChartTrack()
{
    delete m_logo;
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_line),
                                    static_cast<QAbstractSeries *>(m_band)}) {
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
    m_chart->addSeries(m_line);
    m_line->attachAxis(time);
    m_line->attachAxis(price);
}

void ChartTrack::applyStyle(bool dark)
{
    QPen pen(m_color, LineWidth);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    m_line->setPen(pen);
    m_line->setColor(m_color);
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

void ChartTrack::setViewPoints(const QList<QPointF> &points, double fromX, double toX)
{
    m_line->replace(points);
    if (m_band) {
        // Reaching a view's width past both borders keeps the outline's
        // vertical sides out of sight.
        const double left = fromX - (toX - fromX);
        const double right = toX + (toX - fromX);
        m_bandTop->replace({{left, m_bandHigh}, {right, m_bandHigh}});
        m_bandBottom->replace({{left, m_bandLow}, {right, m_bandLow}});
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
