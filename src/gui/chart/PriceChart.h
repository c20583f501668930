#pragma once

#include "ChartAlerts.h"
#include "ChartCanvas.h"
#include "ChartOverlay.h"
#include "ChartScale.h"
#include "Instrument.h"
#include "SeriesPoint.h"
#include "StoreTypes.h"
#include "Venue.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace tickerline {

class AlertLevelLayer;
class OffHoursLayer;
class OverlayLayer;
class PriceLinesLayer;
class SeriesPool;

// Price lines of the checked symbols, each with a translucent 52-week
// high/low band in its colour behind it, an optional dashed previous-close
// line and the company logo at the start of its line; a price axis in the
// instruments' currency (linear, log, or percent change from the first point
// in view); crosshair with a read-out, legend clicks that hide and show
// lines, and overlay lines. Range, follow-live, zone and gestures are the
// ChartCanvas's.
class PriceChart final : public ChartCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceChart)
public:
    explicit PriceChart(QWidget *parent = nullptr);
    ~PriceChart() override;

    // Lines shown, in watchlist order; the index gives the colour (seriesColor).
    void setSymbols(const QStringList &symbols, const QStringList &hidden = {});
    void setInstruments(const tickerline::InstrumentList &instruments);
    // Where the points are kept: the chart's own pool by default, or one that
    // other charts share (which must outlive this chart, or be replaced
    // first: null goes back to an own pool). Live points then go to the pool
    // once (SeriesPool::append), not to each chart.
    void setSeriesPool(tickerline::SeriesPool *pool);
    [[nodiscard]] tickerline::SeriesPool *seriesPool() const { return m_pool; }
    // Replace the history of the symbols in the result for its time range;
    // the answer holds at most one point per spacingMs on average (0: every point).
    void setHistory(const tickerline::HistoryResult &history, qint64 spacingMs = 0);
    // Live points from a hub frame: into the pool, for every chart on it.
    void appendPoints(const tickerline::SeriesMap &points);
    // Points each symbol's buffer keeps (oldest go first; history queries bring them back).
    void setBufferCapacity(qsizetype points);

    // Extra lines (indicators, derived series) over the price lines.
    void setOverlays(const QList<tickerline::ChartOverlay> &overlays);
    // A line's buffered points (history + live) in [fromMs, toMs], with sizes.
    [[nodiscard]] tickerline::Series bufferedSeries(const QString &symbol, qint64 fromMs, qint64 toMs) const;

    // Price alerts: levels as draggable lines, fired alerts as marks on the time axis.
    void setAlertLevels(const QList<tickerline::ChartAlertLevel> &levels);
    void setAlertMarks(const QList<tickerline::ChartAlertMark> &marks);

    // Linear, log or percent-compare (the last two exclude each other).
    void setPriceScale(tickerline::PriceScale scale);
    [[nodiscard]] tickerline::PriceScale priceScale() const { return ChartCanvas::priceScale(); }
    void setBandsShown(bool shown);
    // The symbol the user is looking at (the watchlist's current row; empty:
    // none): with several lines, only its 52-week band is drawn, and its
    // venue's off-hours are the ones shaded.
    void setFocusedSymbol(const QString &symbol);
    void setPreviousCloseShown(bool shown);
    // Light bands where the market of the lines is closed: the focused
    // symbol's venue, else the one venue all visible lines share; none for a mix.
    void setOffHoursShown(bool shown);
    [[nodiscard]] std::optional<tickerline::calendar::VenueId> offHoursVenue() const;
    [[nodiscard]] int offHoursBandCount() const;
    // From the earliest buffered point to the live edge.
    void showAll();

    // A line of text over the middle of the plot, e.g. why there is no
    // history to show; empty removes it.
    void setNotice(const QString &text);
    [[nodiscard]] QString notice() const;

    // Another pane's cursor: the crosshair and read-out at this time; none hides it.
    void showLinkedTime(std::optional<qint64> timeMs);

    [[nodiscard]] QStringList lineSymbols() const;          // symbols with a visible line
    [[nodiscard]] QStringList hiddenSymbols() const { return m_hidden; }
    [[nodiscard]] bool hasBand(const QString &symbol) const;
    [[nodiscard]] qsizetype pointCount(const QString &symbol) const;

Q_SIGNALS:
    // The user clicked a legend entry: these symbols are hidden now.
    void hiddenSymbolsChanged(const QStringList &hidden);
    // The user dragged an alert's level line to `level` (rounded as its label shows it).
    void alertLevelMoved(const QString &ruleId, double level);
    // Another chart on the shared pool replaced [fromMs, toMs] of a symbol
    // shown here with points spacingMs apart on average.
    void sharedHistoryReplaced(const QString &symbol, qint64 fromMs, qint64 toMs, qint64 spacingMs);
    // The user's pointer is over this time (none: it left the plot).
    void crosshairMoved(std::optional<qint64> timeMs);

protected:
    void frameRendered(const tickerline::ChartFrame &frame) override;

private:
    void rebuildTracks();
    void placeNotice();
    void updateOffHoursVenue();
    [[nodiscard]] std::optional<tickerline::calendar::VenueId> venueOf(const QString &symbol) const;
    void toggleHidden(const QString &symbol);

    void connectPool();

    std::unique_ptr<SeriesPool> m_ownPool;
    SeriesPool *m_pool;
    std::unique_ptr<PriceLinesLayer> m_lines;
    std::unique_ptr<OverlayLayer> m_overlays;
    std::unique_ptr<AlertLevelLayer> m_alerts;
    std::unique_ptr<OffHoursLayer> m_offHours;
    QGraphicsSimpleTextItem *m_notice = nullptr;   // in the chart's scene, made when first needed
    QStringList m_symbols;
    QStringList m_hidden;
    QHash<QString, Instrument> m_instruments;
    QString m_focused;
    bool m_bandsShown = true;
    bool m_previousCloseShown = false;
};

} // namespace tickerline
