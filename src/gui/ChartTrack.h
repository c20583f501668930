#pragma once

#include "Instrument.h"

#include <QColor>
#include <QList>
#include <QPointF>
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

// The chart items of one shown symbol: its price line, its 52-week band (an
// area between two edge lines, only for a plausible range) and the logo badge
// at the start of the line. Owns its series and removes them from the chart
// when destroyed, so the chart must outlive it.
class ChartTrack final
{
    Q_DISABLE_COPY_MOVE(ChartTrack)
public:
    // `instrument` may be null when its facts have not arrived yet.
    ChartTrack(QChart *chart, const QString &symbol, const QColor &color,
               const Instrument *instrument, qreal devicePixelRatio);
    ~ChartTrack();

    // Attach every band before any line, so no band is drawn over a line.
    void attachBand(QAbstractAxis *time, QAbstractAxis *price);
    void attachLine(QAbstractAxis *time, QAbstractAxis *price);
    // After QChart::setTheme(), which repaints every series in theme colours.
    void applyStyle(bool dark);

    // Points of the view (already reduced) and the view's time span.
    void setViewPoints(const QList<QPointF> &points, double fromX, double toX);
    // Where the line enters the view, in values; none when it is not in view.
    [[nodiscard]] std::optional<QPointF> viewStart() const { return m_viewStart; }
    // Lowest and highest price the line shows in the view.
    [[nodiscard]] std::optional<std::pair<double, double>> viewExtent() const { return m_viewExtent; }

    [[nodiscard]] const QString &symbol() const { return m_symbol; }
    [[nodiscard]] QLineSeries *line() const { return m_line; }
    [[nodiscard]] bool hasBand() const { return m_band != nullptr; }
    [[nodiscard]] double bandLow() const { return m_bandLow; }
    [[nodiscard]] double bandHigh() const { return m_bandHigh; }
    [[nodiscard]] QGraphicsPixmapItem *logo() const { return m_logo; }

private:
    QChart *m_chart;
    QString m_symbol;
    QColor m_color;
    QLineSeries *m_line = nullptr;
    QAreaSeries *m_band = nullptr;
    QLineSeries *m_bandTop = nullptr;
    QLineSeries *m_bandBottom = nullptr;
    double m_bandLow = 0.0;
    double m_bandHigh = 0.0;
    QGraphicsPixmapItem *m_logo = nullptr;
    std::optional<QPointF> m_viewStart;
    std::optional<std::pair<double, double>> m_viewExtent;
};

} // namespace tickerline
