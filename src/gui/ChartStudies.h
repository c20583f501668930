#pragma once

#include "ChartOverlay.h"
#include "StudySpec.h"

#include <QObject>
#include <QTimer>

namespace tickerline {

class CandleChart;
class PriceChart;
class Settings;

// The studies on the chart: indicators (SMA, EMA, VWAP, Bollinger) computed
// by the analytics functions from candle closes at the candle chart's shown
// interval, and derived series (spread, ratio) from the price chart's
// buffered lines of two symbols. Drawn as overlays on whichever chart is
// shown, derived series on the secondary axis; recomputed at most once per
// frame after scheduleUpdate(). The list is kept in Settings when given one.
class ChartStudies final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartStudies)
public:
    // The charts (and settings, may be null) must outlive this object.
    ChartStudies(PriceChart *line, CandleChart *candles, Settings *settings, QObject *parent = nullptr);

    // Loads the saved studies and saves later changes (may be null).
    void setSettings(Settings *settings);
    [[nodiscard]] const StudyList &studies() const { return m_studies; }
    void setStudies(const StudyList &studies);
    void addStudy(const StudySpec &study);   // ignored when already there
    void removeStudy(qsizetype index);
    // Symbols no longer watched take their studies with them.
    void setSymbols(const QStringList &symbols);

    // Where the overlays go: the candle chart or the price chart.
    void setCandleMode(bool candles);
    [[nodiscard]] bool candleMode() const { return m_candleMode; }
    // Whether candle history is needed (indicator studies exist).
    [[nodiscard]] bool needsCandles() const;
    // Data or range changed: recompute on the next frame.
    void scheduleUpdate();
    // Recompute now (tests, and the frame timer).
    void update();
    [[nodiscard]] const QList<tickerline::ChartOverlay> &overlays() const { return m_overlays; }

Q_SIGNALS:
    void studiesChanged(const tickerline::StudyList &studies);

private:
    void studiesEdited();
    void configureCandles();

    PriceChart *m_line;
    CandleChart *m_candles;
    Settings *m_settings;
    StudyList m_studies;
    QList<ChartOverlay> m_overlays;
    bool m_candleMode = false;
    QTimer m_frameTimer;
};

} // namespace tickerline
