#pragma once

#include "SeriesPalette.h"

#include "ChartScale.h"
#include "Instrument.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAreaSeries;
class QChart;
class QGraphicsPixmapItem;
class QLineSeries;
QT_END_NAMESPACE

namespace tickerline {

struct TrackOptions
{
    bool hidden = false;          // in the legend only, struck out; no line, band or logo
    bool band = true;             // the 52-week band
    bool previousClose = false;   // a dashed line at the previous close
};

// The chart items of one symbol: its price line, its 52-week band (an area
// between two edge lines, only for a plausible range), its previous-close
// line and the logo badge at the start of the line. The price line is two
// series that meet at one point: the body (in the legend) and the live tail
// of the last few pixel columns, where ticks land, so that a tick re-strokes
// a few segments rather than the whole line. Owns its series and
// removes them from the chart when destroyed, so the chart must outlive it.
class ChartTrack final
{
    Q_DISABLE_COPY_MOVE(ChartTrack)
public:
    // `instrument` may be null when its facts have not arrived yet.
    ChartTrack(QChart *chart, const QString &symbol, const SymbolLook &look,
               const Instrument *instrument, qreal devicePixelRatio, TrackOptions options);
    ~ChartTrack();

    // Attach every band before any line, so no band is drawn over a line.
    void attachBand(QAbstractAxis *time, QAbstractAxis *price);
    void attachLine(QAbstractAxis *time, QAbstractAxis *price);
    // After QChart::setTheme(), which repaints every series in theme colours.
    void applyStyle(bool dark);

    // Prices of the view (already reduced), the view's time span and how
    // prices map to the axis; the line, band and previous close follow it.
    // The extents are known at once; the line takes the points in show().
    void setViewPoints(QList<QPointF> points, double fromX, double toX, const PriceTransform &transform);
    // Once the axes are fitted: hands the line the points of setViewPoints()
    // if they draw other pixels than the shown ones, so that a price ticking
    // inside its pixel costs no geometry or repaint.
    void show(QSizeF valuePerPixel);
    // Where the line enters the view, in values; none when it is not in view.
    [[nodiscard]] std::optional<QPointF> viewStart() const { return m_viewStart; }
    // Lowest and highest price the line shows in the view.
    [[nodiscard]] std::optional<std::pair<double, double>> viewExtent() const { return m_viewExtent; }

    [[nodiscard]] const QString &symbol() const { return m_symbol; }
    [[nodiscard]] const QColor &color() const { return m_color; }
    [[nodiscard]] bool isHidden() const { return m_hidden; }
    [[nodiscard]] QLineSeries *line() const { return m_line; }
    // Every point the line draws: body and tail, the shared point once.
    [[nodiscard]] QList<QPointF> drawnPoints() const;
    [[nodiscard]] bool hasBand() const { return m_band != nullptr; }
    [[nodiscard]] bool hasPreviousCloseLine() const { return m_previousCloseLine != nullptr; }
    // Plotted values (after the transform) that must stay in view.
    [[nodiscard]] std::optional<std::pair<double, double>> fixedExtent() const { return m_fixedExtent; }
    [[nodiscard]] QGraphicsPixmapItem *logo() const { return m_logo; }

private:
    QChart *m_chart;
    QString m_symbol;
    QColor m_color;
    QLineSeries *m_line = nullptr;
    QLineSeries *m_tail = nullptr;
    QAreaSeries *m_band = nullptr;
    QLineSeries *m_bandTop = nullptr;
    QLineSeries *m_bandBottom = nullptr;
    QLineSeries *m_bandTopEdge = nullptr;      // the band's dashed edges, drawn as lines
    QLineSeries *m_bandBottomEdge = nullptr;
    QLineSeries *m_previousCloseLine = nullptr;
    double m_bandLow = 0.0;
    double m_bandHigh = 0.0;
    double m_previousClose = 0.0;
    bool m_hidden = false;
    std::optional<std::pair<double, double>> m_fixedExtent;
    QGraphicsPixmapItem *m_logo = nullptr;
    QList<QPointF> m_pending;
    bool m_hasPending = false;
    std::optional<QPointF> m_viewStart;
    std::optional<std::pair<double, double>> m_viewExtent;
};

} // namespace tickerline
