#pragma once

#include "Candle.h"
#include "ChartOverlay.h"
#include "SeriesPoint.h"
#include "StoreTypes.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QCandlestickSeries;
class QChart;
class QLineSeries;
QT_END_NAMESPACE

namespace tickerline {

class Clock;
class VolumePane;

// Candlesticks of one symbol (chosen among the watchlist's) with a volume
// pane below on the same time range, overlays (studies) drawn over the
// candles. Candles come from the store through history requests at the
// shown interval (historyRequested; the owner answers through setHistory)
// and live points update the open candle and open new ones. The chosen
// interval is coarsened to the next standard one when the view would need
// more than MaxCandles. Wheel zoom, drag pan, box zoom and double-click
// reset as on the line chart. Also holds the candles of further symbols
// (setExtraSymbols) for studies computed from them.
class CandleChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandleChart)
public:
    static constexpr int MaxCandles = 400;

    explicit CandleChart(QWidget *parent = nullptr);
    ~CandleChart() override;

    // The symbols to choose from; keeps the chosen one while it is listed.
    void setSymbols(const QStringList &symbols);
    void setSymbol(const QString &symbol);
    [[nodiscard]] QString symbol() const;
    // Symbols whose candles are loaded too (studies of other symbols).
    void setExtraSymbols(const QStringList &symbols);
    // Candles loaded before the view's start, so studies are warmed up at its start.
    void setWarmupCandles(int candles);
    // Whether candles are wanted at all (shown, or studies need them); no
    // history is requested while inactive.
    void setActive(bool active);

    void setIntervalMs(qint64 intervalMs);
    [[nodiscard]] qint64 intervalMs() const;         // chosen
    [[nodiscard]] qint64 shownIntervalMs() const;    // chosen, or coarser for the view

    // The time range shown; `following` keeps its end at the newest candle.
    void setViewRange(qint64 fromMs, qint64 toMs, bool following);
    void setWindowMs(qint64 windowMs);
    void resetView();
    [[nodiscard]] qint64 viewFromMs() const;
    [[nodiscard]] qint64 viewToMs() const;
    [[nodiscard]] bool isFollowing() const;
    // The zone the time axis reads in; the system's by default.
    void setTimeZone(const QTimeZone &zone);
    // The clock must outlive the chart; the system clock by default.
    void setClock(const tickerline::Clock &clock);

    // Returns false when the result does not answer one of this chart's requests.
    bool setHistory(const tickerline::HistoryResult &history);
    // Live points (time, price, size) from a hub frame.
    void appendPoints(const tickerline::SeriesMap &points);
    // Asks the store again for the view (e.g. once it has opened).
    void reload();

    [[nodiscard]] const tickerline::CandleSeries &candles(const QString &symbol) const;
    void setOverlays(const QList<tickerline::ChartOverlay> &overlays);

    // For tests and the owner.
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] QCandlestickSeries *candleSeries() const;
    [[nodiscard]] VolumePane *volumePane() const;
    [[nodiscard]] QList<QLineSeries *> overlaySeries() const;
    [[nodiscard]] QString intervalNote() const;   // shown when the interval was coarsened

Q_SIGNALS:
    void historyRequested(const tickerline::HistoryRequest &request);
    void candlesChanged();
    void symbolChanged(const QString &symbol);
    void shownIntervalChanged(qint64 intervalMs);
    // Debounced like PriceChart::viewRangeChanged: one per gesture.
    void viewRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
