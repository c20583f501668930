#pragma once

#include "SeriesPoint.h"
#include "StoreTypes.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
QT_END_NAMESPACE

namespace tickerline {

class CandleChart;
class ChartPanel;
class ChartStudies;
class PriceChart;
class Settings;
class StudiesButton;

// Candles and studies plugged into a ChartPanel: a Line/Candles switch
// [lineModeAction, candleModeAction], the candle interval [candleIntervalBox]
// and the studies menu [studiesButton] in its tool bar, the CandleChart as its
// second page. Switching keeps the time range (and the candle chart's symbol).
// The owner sends historyRequested to the store, hands every history result
// to takeHistory() first and live points to appendPoints().
class ChartModes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartModes)
public:
    // The panel (the parent) and the settings (may be null) must outlive this.
    ChartModes(ChartPanel *panel, Settings *settings);

    [[nodiscard]] CandleChart *candleChart() const { return m_candles; }
    [[nodiscard]] ChartStudies *studies() const { return m_studies; }

    // The watchlist: candle symbols to choose from, study symbols.
    void setSymbols(const QStringList &symbols);
    void setCandleMode(bool candles);
    [[nodiscard]] bool candleMode() const { return m_candleMode; }
    void setIntervalMs(qint64 intervalMs);

    // Takes a result that answers a candle request; false: not one of those.
    bool takeHistory(const tickerline::HistoryResult &result);
    void appendPoints(const tickerline::SeriesMap &points);
    // The price chart got history: derived studies follow.
    void lineHistoryShown();
    // The store (re)opened: ask again for what is shown.
    void reload();
    // In candle mode: candles of the shown symbol are drawn.
    [[nodiscard]] bool hasRenderedData() const;

Q_SIGNALS:
    void historyRequested(const tickerline::HistoryRequest &request);

private:
    void addControls();
    void updateActive();
    // PriceChart has no range setter: the same gestures its view sends.
    void setLineRange(qint64 fromMs, qint64 toMs);

    ChartPanel *m_panel;
    PriceChart *m_line;
    CandleChart *m_candles;
    ChartStudies *m_studies;
    Settings *m_settings;
    StudiesButton *m_studiesButton = nullptr;
    QAction *m_lineAction = nullptr;
    QAction *m_candleAction = nullptr;
    QComboBox *m_intervalBox = nullptr;
    int m_candlePage = -1;
    bool m_candleMode = false;
};

} // namespace tickerline
