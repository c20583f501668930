#include "OverlayLayer.h"

#include "ChartViewState.h"
#include "Decimation.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
bool sameLine(const ChartOverlay &a, const ChartOverlay &b)
{
    return a.id == b.id && a.label == b.label && a.color == b.color && a.style == b.style
        && a.secondaryAxis == b.secondaryAxis;
}

// Studies have no value before their warm-up ends; such points draw nothing.
Series finitePoints(const Series &points)
{
    Series out;
    out.reserve(points.size());
    for (const SeriesPoint &p : points) {
        if (std::isfinite(p.value))
            out.append(p);
    }
    return out;
}
} // namespace

OverlayLayer::OverlayLayer(const ChartSurface &surface)
    : m_surface(surface)
{
}

OverlayLayer::~OverlayLayer() = default;

OverlayLayer::Change OverlayLayer::setOverlays(const QList<ChartOverlay> &overlays)
{
    const bool same = qsizetype(m_lines.size()) == overlays.size()
        && std::equal(m_lines.cbegin(), m_lines.cend(), overlays.cbegin(),
                      [](const Line &line, const ChartOverlay &o) { return sameLine(line.overlay, o); });
    if (!same) {
        for (Line &line : m_lines) {
            m_surface.chart->removeSeries(line.series);
            delete line.series;
        }
        m_lines.clear();
        for (const ChartOverlay &overlay : overlays) {
            Line line{overlay, SeriesColumns(1), new QLineSeries};
            line.overlay.points.clear();
            line.series->setName(overlay.label);
            m_lines.push_back(std::move(line));
        }
        reattach();
    }
    for (qsizetype i = 0; i < overlays.size(); ++i) {
        const Series points = finitePoints(overlays.at(i).points);
        Line &line = m_lines[std::size_t(i)];
        line.data = SeriesColumns(std::max<qsizetype>(points.size(), 1));
        line.data.append(points);
    }
    return !same ? Change::Lines : overlays.isEmpty() ? Change::None : Change::Points;
}

void OverlayLayer::attach(Line &line)
{
    QChart *chart = m_surface.chart;
    if (chart->series().contains(line.series))
        chart->removeSeries(line.series);
    chart->addSeries(line.series);
    line.series->attachAxis(m_surface.x);
    line.series->attachAxis(line.overlay.secondaryAxis ? m_surface.secondary : m_surface.valueAxis());
    line.series->setPen(QPen(line.overlay.color, 1.6, line.overlay.style));
}

void OverlayLayer::reattach()
{
    for (Line &line : m_lines)
        attach(line);
}

bool OverlayLayer::needsSecondaryAxis() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.overlay.secondaryAxis; });
}

void OverlayLayer::render(const ChartFrame &frame, ChartExtents &extents)
{
    for (Line &line : m_lines) {
        const PriceTransform transform{line.overlay.secondaryAxis ? PriceScale::Linear : frame.scale,
                                       firstPriceInView(line.data, frame.fromX, frame.toX)};
        const PriceBlocks::View blocks = line.data.priceBlocks();
        QList<QPointF> points = reduceToPixelColumns(line.data.times(), line.data.prices(), frame.fromX, frame.toX,
                                                     frame.columns, &blocks);
        ValueSpan &into = line.overlay.secondaryAxis ? extents.secondary : extents.primary;
        for (QPointF &p : points) {
            p.setY(transform.apply(p.y()));
            if (p.x() >= frame.fromX && p.x() <= frame.toX)
                into.include(p.y());
        }
        line.series->replace(points);
    }
}

void OverlayLayer::applyTheme(bool dark, const QFont &font)
{
    Q_UNUSED(dark)
    Q_UNUSED(font)
    // The theme recoloured every series: the overlays take their own colours back.
    for (Line &line : m_lines)
        line.series->setPen(QPen(line.overlay.color, 1.6, line.overlay.style));
}

} // namespace tickerline
