#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QComboBox;
class QStackedWidget;
class QToolBar;
QT_END_NAMESPACE

namespace tickerline {

class PriceChart;
class Settings;

// The chart area of the main window: a compact tool bar above a stack of
// chart pages, the first of which is the PriceChart.
//
// Tool bar (object names in brackets, for tests and other features):
//   range presets 1H 1D 5D 7D 1M 6M 1Y All [range1HAction … rangeAllAction],
//   Alt+1 … Alt+8; follow live [followLiveAction], Alt+L; percent compare
//   [percentAction], Alt+P; log scale [logAction], Alt+G (percent turns log off and the
//   reverse); 52-week bands [bandsAction]; previous close [previousCloseAction];
//   time zone [timeZoneBox]: local / exchange / UTC.
//
// Plugging in another view (e.g. candles): add its switch and controls to
// toolBar() — after a separator, they land right of the built-in ones — and
// its widget with addPage(); show it with pages()->setCurrentIndex(). The
// built-in actions act on the PriceChart only.
class ChartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    [[nodiscard]] PriceChart *priceChart() const { return m_chart; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    [[nodiscard]] QStackedWidget *pages() const { return m_pages; }
    // Adds a page to the stack; returns its index.
    int addPage(QWidget *page);

    // Applies the saved choices (range, follow live, scale, bands, previous
    // close, time zone, buffer size) and saves every later change. The
    // settings must outlive the panel.
    void setSettings(Settings *settings);

private:
    void buildToolBar();
    void applyRange(const QString &key);
    void applyScale(const QString &key);
    void save();

    PriceChart *m_chart;
    QToolBar *m_toolBar;
    QStackedWidget *m_pages;
    QActionGroup *m_ranges = nullptr;
    QAction *m_followLive = nullptr;
    QAction *m_percent = nullptr;
    QAction *m_log = nullptr;
    QAction *m_bands = nullptr;
    QAction *m_previousClose = nullptr;
    QComboBox *m_timeZone = nullptr;
    Settings *m_settings = nullptr;
    QString m_range;          // the last preset chosen; empty: the settings' window
};

} // namespace tickerline
