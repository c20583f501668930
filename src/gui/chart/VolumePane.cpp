#include "VolumePane.h"

#include "ChartView.h"
#include "GridColor.h"
#include "CategoryTimeAxis.h"

#include <QCandlestickSeries>
#include <QChart>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
constexpr qreal BarWidth = 0.8;   // of the interval
constexpr qreal MinimumBarPixels = 1.0;
} // namespace

VolumePane::VolumePane(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_timeAxis(new QCategoryAxis)
    , m_domainAxis(new QValueAxis)
    , m_volumeAxis(new QValueAxis)
    , m_series(new QCandlestickSeries)
    , m_view(new ChartView(m_chart, this))
{
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->hide();
    m_chart->setLocalizeNumbers(true);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_domainAxis, Qt::AlignBottom);
    m_domainAxis->setVisible(false);
    m_chart->addAxis(m_volumeAxis, Qt::AlignRight);
    m_volumeAxis->setTickCount(3);
    m_volumeAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_volumeAxis->setTitleText(tr("Volume"));
    m_series->setName(tr("Volume"));
    m_series->setCapsVisible(false);
    m_series->setBodyWidth(BarWidth);
    m_series->setMinimumColumnWidth(MinimumBarPixels);
    m_chart->addSeries(m_series);
    m_series->attachAxis(m_domainAxis);
    m_series->attachAxis(m_volumeAxis);
    m_view->setAccessibleName(tr("Volume"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void VolumePane::setTimeRange(qint64 fromMs, qint64 toMs, const QList<TimeTick> &ticks)
{
    showTimeTicks(m_timeAxis, fromMs, toMs, ticks);
    m_domainAxis->setRange(double(fromMs), double(toMs));
}

void VolumePane::setBars(const QList<CandleShape> &bars, qreal intervalPixels)
{
    // As wide as the candle's interval, not as the gap to the next bar (Qt's
    // own measure, which makes a lone bar span the pane).
    const qreal widest = std::max(MinimumBarPixels, intervalPixels * BarWidth);
    if (std::abs(m_series->maximumColumnWidth() - widest) > 0.01)
        m_series->setMaximumColumnWidth(widest);
    double highest = 0.0;
    for (const CandleShape &bar : bars)
        highest = std::max(highest, double(bar.high));
    // Short axis labels ("12.5" thousands, not "1.25e+04"), in a unit the title names.
    const int unit = highest >= 1e9 ? 3 : highest >= 1e6 ? 2 : highest >= 1e4 ? 1 : 0;
    const double scale = std::pow(1000.0, unit);
    if (unit != m_unit) {
        m_unit = unit;
        static const char *const titles[] = {
            QT_TR_NOOP("Volume"), QT_TR_NOOP("Volume (k)"), QT_TR_NOOP("Volume (M)"), QT_TR_NOOP("Volume (B)")};
        m_volumeAxis->setTitleText(tr(titles[unit]));
    }
    QList<CandleShape> scaled = bars;
    for (CandleShape &bar : scaled) {
        bar.open /= scale;
        bar.high /= scale;
        bar.low /= scale;
        bar.close /= scale;
    }
    syncCandleSets(m_series, scaled);
    m_volumeAxis->setRange(0.0, highest > 0.0 ? highest / scale * 1.1 : 1.0);
}

double VolumePane::scale() const
{
    return std::pow(1000.0, m_unit);
}

void VolumePane::setColors(const QColor &rising, const QColor &falling)
{
    // Lighter than the candles: the volume is context, not the subject.
    QColor up = rising;
    up.setAlpha(150);
    QColor down = falling;
    down.setAlpha(150);
    m_series->setIncreasingColor(up);
    m_series->setDecreasingColor(down);
}

void VolumePane::applyTheme(bool dark, const QFont &font)
{
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_volumeAxis)}) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        axis->setGridLineColor(softGridColor(*m_chart, axis->gridLineColor(), dark));
    }
    m_series->setCapsVisible(false);
}

} // namespace tickerline
