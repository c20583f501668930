#pragma once

#include "Candle.h"
#include "ChartCanvas.h"
#include "ChartOverlay.h"
#include "SeriesPoint.h"
#include "StoreTypes.h"

#include <QHash>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace tickerline {

class CandleData;
class CandleLayer;
class OverlayLayer;
class VolumePane;

// Candlesticks of one symbol (chosen among the watchlist's) with a volume
// pane below on the same time range, overlays (studies) drawn over the
// candles. Candles come from the store through history requests at the
// shown interval (historyRequested; the owner answers through setHistory)
// and live points update the open candle and open new ones. The chosen
// interval is coarsened to the next standard one when the view would need
// more than MaxCandles. Range, follow-live, zone and gestures are the
// ChartCanvas's. Also holds the candles of further symbols
// (setExtraSymbols) for studies computed from them.
//
// Children by object name: candleSymbolBox, intervalNote (shown when the
// interval was coarsened), volumePane.
class CandleChart final : public ChartCanvas
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
    [[nodiscard]] QString symbol() const { return m_symbol; }
    // Symbols whose candles are loaded too (studies of other symbols).
    void setExtraSymbols(const QStringList &symbols);
    // Candles loaded before the view's start, so studies are warmed up at its start.
    void setWarmupCandles(int candles);
    // Whether candles are wanted at all (shown, or studies need them); no
    // history is requested while inactive.
    void setActive(bool active);

    void setIntervalMs(qint64 intervalMs);
    [[nodiscard]] qint64 intervalMs() const { return m_chosenIntervalMs; }   // chosen
    [[nodiscard]] qint64 shownIntervalMs() const;    // chosen, or coarser for the view

    // Returns false when the result does not answer one of this chart's requests.
    bool setHistory(const tickerline::HistoryResult &history);
    // Live points (time, price, size) from a hub frame.
    void appendPoints(const tickerline::SeriesMap &points);
    // Asks the store again for the view (e.g. once it has opened).
    void reload();
    // The store's history of `symbols` changed in [fromMs, toMs] (a backfill
    // landed after the view's candles were read): asks again if the view
    // holds any of it.
    void reloadRange(const QStringList &symbols, qint64 fromMs, qint64 toMs);

    [[nodiscard]] const tickerline::CandleSeries &candles(const QString &symbol) const;
    void setOverlays(const QList<tickerline::ChartOverlay> &overlays);

Q_SIGNALS:
    // Ids are unique within this chart.
    void historyRequested(const tickerline::HistoryRequest &request);
    void candlesChanged();
    void symbolChanged(const QString &symbol);
    void shownIntervalChanged(qint64 intervalMs);

protected:
    void prepareFrame(const tickerline::ChartFrame &frame) override;
    void frameRendered(const tickerline::ChartFrame &frame) override;

private:
    void alignPlots();
    void updateNote();
    // Unless forced, not the same request again while it is pending.
    void requestHistory(bool force = false);
    [[nodiscard]] QStringList tracked() const;

    std::unique_ptr<CandleData> m_data;
    VolumePane *m_volume;
    QComboBox *m_symbolBox;
    QLabel *m_note;
    std::unique_ptr<CandleLayer> m_candles;
    std::unique_ptr<OverlayLayer> m_overlays;
    qint64 m_chosenIntervalMs;
    QString m_symbol;
    QStringList m_extras;
    int m_warmupCandles = 0;
    bool m_active = true;
    QHash<quint64, qint64> m_pending;      // request id -> its interval
    HistoryRequest m_lastRequest;          // not asked again while it is pending
    quint64 m_nextRequestId = 1;
    QMargins m_priceExtra;                 // margins that line the two plots up
    QMargins m_volumeExtra;
};

} // namespace tickerline
