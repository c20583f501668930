#pragma once

#include "ChartPanel.h"
#include "Instrument.h"
#include "SeriesPoint.h"
#include "Watchlists.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDockWidget;
class QMainWindow;
QT_END_NAMESPACE

namespace tickerline {

class Clock;
class SeriesPool;
class Settings;

// Every chart pane of a window: the main one (in the window, its choices in
// the app's Settings) and any number of others as dock widgets (split, tab,
// float, on another screen; closing one hides it), each with its own
// choices in its own in-memory Settings, which the workspace saves. Live
// points go into one SeriesPool that every pane shares, once per frame.
//
// What a pane shows (chart/source, a box in its tool bar [paneSourceBox]):
// the current watchlist, its selected row, a named watchlist, or one symbol.
// With the crosshair linked, the pointer over one pane shows the same time
// in the others; with ranges linked, a zoom or pan in one moves them all.
class ChartPanes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanes)
public:
    // The main pane keeps the range its settings gave it; docked panes
    // start from the settings' live window (chart/windowDays).
    ChartPanes(QMainWindow &window, ChartPanel &main, Settings &settings, const Clock &clock,
               ChartPanel::HistorySource history, QObject *parent = nullptr);
    ~ChartPanes() override;

    // The current watchlist (and the symbols unticked in it), the other lists, the selected row.
    void setWatchlist(const QStringList &symbols, const QStringList &hidden);
    void setWatchlists(const QList<tickerline::Watchlist> &lists);
    void setSelectedSymbol(const QString &symbol);

    void appendPoints(const tickerline::SeriesMap &points);
    void setInstruments(const tickerline::InstrumentList &instruments);
    void reload();
    void reloadRange(const QStringList &symbols, qint64 fromMs, qint64 toMs);
    void setLiveWindowMs(qint64 windowMs);
    void setBufferCapacity(qsizetype points);
    // Said over every pane's plot (PriceChart::setNotice); empty: nothing.
    void setNotice(const QString &text);

    // A new docked pane with these choices (PaneState), right of the main one.
    ChartPanel *addPane(const QJsonObject &state = {});
    // Every docked pane goes (for a workspace that has other panes).
    void removeDockedPanes();
    // The main pane first, then the docked ones in the order made.
    [[nodiscard]] QList<ChartPanel *> panels() const;
    [[nodiscard]] QList<QDockWidget *> docks() const;
    [[nodiscard]] SeriesPool *pool() const { return m_pool.get(); }

    // The docked panes' choices, in order: [{"id", "state"}].
    [[nodiscard]] QJsonArray saveDocked() const;
    // Makes exactly these docked panes (their dock object names come from
    // the ids, so QMainWindow::restoreState() finds them).
    void restoreDocked(const QJsonArray &panes);

    void setCrosshairLinked(bool linked);
    void setRangesLinked(bool linked);
    [[nodiscard]] bool isCrosshairLinked() const { return m_crosshairLinked; }
    [[nodiscard]] bool areRangesLinked() const { return m_rangesLinked; }

Q_SIGNALS:
    // A docked pane came or went.
    void panesChanged();
    // A docked pane was made (it and its children go with it).
    void paneAdded(tickerline::ChartPanel *panel);

private:
    struct Pane;
    Pane &adopt(ChartPanel *panel, Settings &settings, std::unique_ptr<Settings> own, QDockWidget *dock);
    ChartPanel *addPane(const QJsonObject &state, const QString &id);
    void connectPane(Pane &pane);
    void fillSourceBox(Pane &pane);
    void applySource(Pane &pane);
    [[nodiscard]] QStringList symbolsFor(const QString &source, QStringList *hidden) const;
    [[nodiscard]] QString titleFor(const Pane &pane) const;
    void linkCrosshair(const Pane &from, std::optional<qint64> timeMs);
    void linkRange(const Pane &from, qint64 fromMs, qint64 toMs);

    QMainWindow &m_window;
    Settings &m_settings;
    const Clock &m_clock;
    ChartPanel::HistorySource m_history;
    std::unique_ptr<SeriesPool> m_pool;
    QPointer<ChartPanel> m_main;
    std::vector<std::unique_ptr<Pane>> m_panes;   // the main one first
    QStringList m_watchlist;
    QStringList m_hidden;
    QList<Watchlist> m_lists;
    QString m_selected;
    QString m_notice;
    InstrumentList m_instruments;
    qint64 m_liveWindowMs = 0;
    int m_nextId = 2;
    bool m_crosshairLinked = true;
    bool m_rangesLinked = false;
};

} // namespace tickerline
