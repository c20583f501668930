#pragma once

#include "ChartTimeZone.h"
#include "Instrument.h"
#include "SeriesPoint.h"
#include "StoreTypes.h"

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QComboBox;
class QStackedWidget;
class QToolBar;
QT_END_NAMESPACE

namespace tickerline {

class CandleStudiesController;
class Clock;
class PriceChart;
class SeriesPool;
class Settings;

// A chart pane: a compact tool bar above a stack of chart pages, the
// PriceChart [priceChart] first, then the candles and studies
// (CandleStudiesController). Holds no global state: a window may show
// several, each with its own symbols and range. The rest of the GUI talks to
// it through this API only; it reads its history through the HistorySource
// it is given and draws the answers itself.
//
// Tool bar (object names in brackets, for tests and other features):
//   range presets 1H 1D 5D 7D 1M 6M 1Y All [range1HAction … rangeAllAction],
//   Alt+1 … Alt+8; follow live [followLiveAction], Alt+L; percent compare
//   [percentAction], Alt+P; log scale [logAction], Alt+G (percent turns log off and the
//   reverse); 52-week bands [bandsAction]; previous close [previousCloseAction];
//   time zone [timeZoneBox]: local / exchange / UTC.
//
// Plugging in another view: add its switch and controls to toolBar() — after
// a separator, they land right of the built-in ones — and its widget with
// addPage(); show it with pages()->setCurrentIndex().
struct ChartPanelOptions
{
    bool candlesAndStudies = true;   // the Line/Candles switch, the candle page and the studies
};

class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    explicit ChartPanel(ChartPanelOptions options, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Reads stored history and answers the asker through the callback while the
    // context lives; false, and no answer, when it cannot now (reload() asks again).
    using HistorySource = std::function<bool(const tickerline::HistoryRequest &request, QObject *context,
                                             std::function<void(const tickerline::HistoryResult &)> answer)>;
    void setHistorySource(HistorySource source);
    // What "now" is for the charts and the recent history; the clock must
    // outlive the panel (the system clock by default).
    void setClock(const tickerline::Clock &clock);

    // Applies the saved choices (range, follow live, scale, bands, previous
    // close, time zone, buffer size, chart mode, candle interval, studies)
    // and saves every later change. The settings must outlive the panel.
    void setSettings(Settings *settings);

    // Lines shown, in watchlist order; newly listed symbols ask for their history.
    void setSymbols(const QStringList &symbols, const QStringList &hidden = {});
    void setInstruments(const tickerline::InstrumentList &instruments);
    // Live points from a hub frame (into the pane's SeriesPool: with a shared
    // pool, append to the pool once instead, for every pane on it).
    void appendPoints(const tickerline::SeriesMap &points);
    // Points shared with other panes; the pool must outlive the panel.
    void setSeriesPool(tickerline::SeriesPool *pool);
    // The store (re)opened or took new ticks: asks again for what is shown.
    void reload();
    // New history landed for these symbols in [fromMs, toMs]: asks again for what of it is in view.
    void reloadRange(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    // The live window, and how much recent history reload() brings (default 7 days).
    void setLiveWindowMs(qint64 windowMs);
    // Points each line keeps (oldest go first; history queries bring them back).
    void setBufferCapacity(qsizetype points);

    void setTimeZone(tickerline::ChartTimeZone zone);
    void setCandleMode(bool candles);
    [[nodiscard]] bool candleMode() const;

    [[nodiscard]] QStringList lineSymbols() const;      // symbols with a visible line
    // History and (in candle mode) candles are drawn.
    [[nodiscard]] bool hasRenderedData() const;
    // The chart page shown (for export).
    [[nodiscard]] QWidget *shownChart() const;

    // The pane's line chart; its canvas holds the range, following and time
    // zone of every page (the candles follow it).
    [[nodiscard]] PriceChart *priceChart() const { return m_chart; }
    [[nodiscard]] CandleStudiesController *candlesAndStudies() const { return m_candles; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    [[nodiscard]] QStackedWidget *pages() const { return m_pages; }
    // Adds a page to the stack; returns its index.
    int addPage(QWidget *page);

Q_SIGNALS:
    // An answer was drawn (as the store gave it), on the lines or on the candles.
    void lineHistoryShown(const tickerline::HistoryResult &result);
    void candleHistoryShown(const tickerline::HistoryResult &result);
    // The shown range changed (debounced while the user zooms or pans).
    void viewRangeChanged(qint64 fromMs, qint64 toMs);
    // The user clicked a legend entry: these symbols are hidden now.
    void hiddenSymbolsChanged(const QStringList &hidden);

private:
    void buildToolBar();
    void noteUserRange(qint64 fromMs, qint64 toMs);
    void applyRange(const QString &key);
    void applyScale(tickerline::PriceScale scale);
    [[nodiscard]] tickerline::PriceScale automaticScale() const;
    void save();
    void askForCandles(const tickerline::HistoryRequest &request);
    void askForLines(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    void askForRecentLines(const QStringList &symbols);
    void takeLineHistory(const tickerline::HistoryResult &result, int maxPoints);
    void connectPool();
    void noteSharedHistory(const QString &symbol, qint64 fromMs, qint64 toMs, qint64 spacingMs);

    PriceChart *m_chart;
    QToolBar *m_toolBar;
    QStackedWidget *m_pages;
    CandleStudiesController *m_candles = nullptr;   // null without candlesAndStudies
    QActionGroup *m_ranges = nullptr;
    QAction *m_followLive = nullptr;
    QAction *m_percent = nullptr;
    QAction *m_log = nullptr;
    QAction *m_bands = nullptr;
    QAction *m_previousClose = nullptr;
    QComboBox *m_timeZone = nullptr;
    Settings *m_settings = nullptr;
    QString m_range;          // the last preset chosen; empty: the settings' window
    QStringList m_symbols;
    QStringList m_refine;     // symbols to ask again for, at the next event-loop turn
    qint64 m_liveWindowMs;
    HistorySource m_history;
    const Clock *m_clock;
    bool m_historyShown = false;
    bool m_scaleChosen = false;   // the user picked linear, log or percent; else automaticScale()
};

} // namespace tickerline
