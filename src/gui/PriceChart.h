#pragma once

#include "ChartOverlay.h"
#include "ChartScale.h"
#include "ChartTimeZone.h"
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
// 52-week high/low band in its colour behind it, an optional dashed
// previous-close line and the company logo at the start of its line; a time
// axis labelled in the chosen zone (local, exchange, UTC), a price axis in the
// instruments' currency (linear, log, or percent change from the first point
// in view); crosshair with a read-out, wheel zoom, box zoom, drag pan, reset,
// follow-live, legend clicks that hide and show lines, and overlay lines.
// Points are buffered in bounded columns (SeriesColumns); per frame, and only
// when something changed, the visible range is reduced to at most two points
// per pixel column and the series are replace()d, never append()ed.
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
    // Points each symbol's buffer keeps (oldest go first; history queries bring them back).
    void setBufferCapacity(qsizetype points);

    // Extra lines (indicators, derived series) over the price lines.
    void setOverlays(const QList<tickerline::ChartOverlay> &overlays);
    // A line's buffered points (history + live) in [fromMs, toMs], with sizes.
    [[nodiscard]] tickerline::Series bufferedSeries(const QString &symbol, qint64 fromMs, qint64 toMs) const;

    // Linear, log or percent-compare (the last two exclude each other).
    void setPriceScale(tickerline::PriceScale scale);
    [[nodiscard]] tickerline::PriceScale priceScale() const;
    void setBandsShown(bool shown);
    void setPreviousCloseShown(bool shown);
    void setTimeZone(tickerline::ChartTimeZone zone);
    [[nodiscard]] QTimeZone displayTimeZone() const;
    // On: the right edge tracks the newest point. Any pan or zoom turns it off.
    void setFollowLive(bool follow);
    [[nodiscard]] bool isFollowingLive() const;
    // From the earliest buffered point to the live edge.
    void showAll();

    // Introspection for tests and the main window.
    [[nodiscard]] QStringList lineSymbols() const;          // symbols with a visible line
    [[nodiscard]] bool hasBand(const QString &symbol) const;
    [[nodiscard]] bool hasLogo(const QString &symbol) const;
    [[nodiscard]] qsizetype pointCount(const QString &symbol) const;
    [[nodiscard]] QChart *chart() const;
    [[nodiscard]] qint64 viewFromMs() const;
    [[nodiscard]] qint64 viewToMs() const;
    [[nodiscard]] QStringList hiddenSymbols() const;
    // The crosshair's read-out as plain text; empty while it is hidden.
    [[nodiscard]] QString crosshairText() const;

Q_SIGNALS:
    // The user zoomed or panned to a range that may need more history, or the
    // view went back to the live window (resetView, setWindowMs, double-click).
    // Debounced: one signal per gesture, not per wheel notch.
    void viewRangeChanged(qint64 fromMs, qint64 toMs);
    void followLiveChanged(bool following);
    // The user clicked a legend entry: these symbols are hidden now.
    void hiddenSymbolsChanged(const QStringList &hidden);

protected:
    // Follows the palette into the chart theme (light or dark).
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
