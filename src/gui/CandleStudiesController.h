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

// Candles and studies in a ChartPanel: a Line/Candles switch
// [lineModeAction, candleModeAction], the candle interval [candleIntervalBox]
// and the studies menu [studiesButton] in its tool bar, the CandleChart
// [candleChart] as its second page. Switching keeps the time range (and the
// candle chart's symbol). The panel routes the candles' history.
class CandleStudiesController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandleStudiesController)
public:
    // The panel is the parent.
    explicit CandleStudiesController(ChartPanel *panel);

    [[nodiscard]] CandleChart *candleChart() const { return m_candles; }
    [[nodiscard]] ChartStudies *studies() const { return m_studies; }

    // Applies the saved mode, interval and studies and saves later changes;
    // the settings (may be null) must outlive this.
    void setSettings(Settings *settings);
    // The watchlist: candle symbols to choose from, study symbols.
    void setSymbols(const QStringList &symbols);
    void setCandleMode(bool candles);
    [[nodiscard]] bool candleMode() const { return m_candleMode; }
    void setIntervalMs(qint64 intervalMs);

    void appendPoints(const tickerline::SeriesMap &points);
    // The price chart got history: derived studies follow.
    void lineHistoryShown();
    // The store (re)opened: ask again for what is shown.
    void reload();
    // In candle mode: candles of the shown symbol are drawn.
    [[nodiscard]] bool hasRenderedData() const;

private:
    void addControls();
    void updateActive();

    ChartPanel *m_panel;
    PriceChart *m_line;
    CandleChart *m_candles;
    ChartStudies *m_studies;
    Settings *m_settings = nullptr;
    StudiesButton *m_studiesButton = nullptr;
    QAction *m_lineAction = nullptr;
    QAction *m_candleAction = nullptr;
    QComboBox *m_intervalBox = nullptr;
    int m_candlePage = -1;
    bool m_candleMode = false;
};

} // namespace tickerline
