#pragma once

#include "CandleSets.h"
#include "TimeTicks.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCandlestickSeries;
class QChart;
class QCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace tickerline {

class ChartView;

// The volume bars under the candles: one bar per candle, coloured like it,
// on the same time range; the time axis labels of both panes live here.
class VolumePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumePane)
public:
    explicit VolumePane(QWidget *parent = nullptr);

    void setTimeRange(qint64 fromMs, qint64 toMs, const QList<tickerline::TimeTick> &ticks);
    // Rising bars from 0 up, falling ones from the volume down (so that the
    // series colours them); the axis fits the highest. Each bar is at most
    // as wide as intervalPixels, the plot width of one candle's interval.
    void setBars(const QList<CandleShape> &bars, qreal intervalPixels);
    void setColors(const QColor &rising, const QColor &falling);
    // After the chart theme changed (it resets fonts and grid colours).
    void applyTheme(bool dark, const QFont &font);

    // What the bars' values were divided by for the axis (1, 1000, 10^6, 10^9).
    [[nodiscard]] double scale() const;
    [[nodiscard]] QChart *chart() const { return m_chart; }
    [[nodiscard]] ChartView *view() const { return m_view; }
    [[nodiscard]] QCandlestickSeries *series() const { return m_series; }

private:
    QChart *m_chart;
    QCategoryAxis *m_timeAxis;       // labels and grid
    QValueAxis *m_domainAxis;        // the bars' x: candlesticks take no category axis
    QValueAxis *m_volumeAxis;
    QCandlestickSeries *m_series;
    ChartView *m_view;
    int m_unit = 0;   // thousands to the power of it
};

} // namespace tickerline
