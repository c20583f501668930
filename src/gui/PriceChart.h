#pragma once

#include "Instrument.h"
#include "SeriesPoint.h"
#include "StoreTypes.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace tickerline {

class Clock;

// Price lines of the checked symbols (Qt Charts), each with a translucent
// 52-week high/low band in its colour behind it and the company logo at the
// start of its line; date-time axis, price axis in the instruments' currency,
// wheel zoom, box zoom, drag pan, reset. Points are buffered and the visible
// series are replace()d at most once per frame, never append()ed.
class PriceChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChart)
public:
    explicit PriceChart(QWidget *parent = nullptr);
    ~PriceChart() override;

    // Lines shown, in watchlist order; the index gives the colour (seriesColor).
    void setSymbols(const QStringList &symbols, const QStringList &hidden = {});
    void setInstruments(const tickerline::InstrumentList &instruments);
    // Replace the history of the symbols in the result for its time range.
    void setHistory(const tickerline::HistoryResult &history);
    // Live points from a hub frame.
    void appendPoints(const tickerline::SeriesMap &points);
    void setWindowMs(qint64 windowMs);          // default 7 days, live edge in view
    void resetView();
    // What "now" is while there is no data yet (the live window ends there).
    // The clock must outlive the chart; the system clock by default.
    void setClock(const tickerline::Clock &clock);

    // Introspection for tests and the main window.
    [[nodiscard]] QStringList lineSymbols() const;          // symbols with a visible line
    [[nodiscard]] bool hasBand(const QString &symbol) const;
    [[nodiscard]] bool hasLogo(const QString &symbol) const;
    [[nodiscard]] qsizetype pointCount(const QString &symbol) const;
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] qint64 viewFromMs() const;
    [[nodiscard]] qint64 viewToMs() const;

Q_SIGNALS:
    // The user zoomed or panned to a range that may need more history, or the
    // view went back to the live window (resetView, setWindowMs, double-click).
    // Debounced: one signal per gesture, not per wheel notch.
    void viewRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    // Follows the palette into the chart theme (light or dark).
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
