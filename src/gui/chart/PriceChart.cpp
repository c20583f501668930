#include "PriceChart.h"

#include "AlertLevelLayer.h"
#include "ChartAxes.h"
#include "ChartView.h"
#include "OffHoursLayer.h"
#include "OverlayLayer.h"
#include "PriceLinesLayer.h"
#include "SeriesPool.h"
#include "VenueLookup.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>

namespace tickerline {

PriceChart::PriceChart(QWidget *parent)
    : ChartCanvas({.scaledAxis = true}, parent)
    , m_ownPool(std::make_unique<SeriesPool>())
    , m_pool(m_ownPool.get())
    , m_lines(std::make_unique<PriceLinesLayer>(surface(), this))
    , m_overlays(std::make_unique<OverlayLayer>(surface()))
    , m_alerts(std::make_unique<AlertLevelLayer>(surface(), *m_lines))
    , m_offHours(std::make_unique<OffHoursLayer>(surface()))
{
    surface().price->setTitleText(priceAxisTitle({}));
    m_lines->setPool(m_pool);
    connectPool();
    m_lines->setLegendHandler([this](const QString &symbol) { toggleHidden(symbol); });
    connect(surface().view, &ChartView::hovered, this, [this](QPointF at) {
        m_lines->hover(at);
        Q_EMIT crosshairMoved(m_lines->timeAt(at));
    });
    connect(surface().view, &ChartView::hoverEnded, this, [this] {
        m_lines->hoverEnded();
        Q_EMIT crosshairMoved(std::nullopt);
    });
    addLayer(m_offHours.get());
    addLayer(m_lines.get());
    addLayer(m_overlays.get());
    // After the lines: it places itself where they were drawn.
    addLayer(m_alerts.get());
    m_alerts->setMovedHandler([this](const QString &id, double level) { Q_EMIT alertLevelMoved(id, level); });
    surface().view->setGrabbable(m_alerts.get());
}

void PriceChart::setAlertLevels(const QList<ChartAlertLevel> &levels)
{
    m_alerts->setLevels(levels);
}

void PriceChart::setAlertMarks(const QList<ChartAlertMark> &marks)
{
    m_alerts->setMarks(marks);
}

PriceChart::~PriceChart()
{
    surface().view->setGrabbable(nullptr);
}

void PriceChart::setSeriesPool(SeriesPool *pool)
{
    if (pool == m_pool || (!pool && m_ownPool))
        return;
    disconnect(m_pool, nullptr, this, nullptr);
    const qsizetype capacity = m_pool->capacity();
    std::unique_ptr<SeriesPool> previous = std::move(m_ownPool);
    if (!pool) {
        m_ownPool = std::make_unique<SeriesPool>();
        pool = m_ownPool.get();
    }
    m_pool = pool;
    m_lines->setPool(pool);
    if (capacity != SeriesColumns::DefaultCapacity)
        pool->setCapacity(capacity);
    connectPool();
    redrawAll();
    scheduleFrame();
}

void PriceChart::connectPool()
{
    connect(m_pool, &SeriesPool::appended, this, [this](const SeriesMap &points) {
        bool mine = false;
        for (auto it = points.cbegin(); it != points.cend(); ++it) {
            if (m_symbols.contains(it.key()) && !it->isEmpty()) {
                m_lines->markDirty(it.key());
                mine = true;
            }
        }
        if (mine)
            liveDataChanged();
    });
    connect(m_pool, &SeriesPool::replaced, this,
            [this](const QString &symbol, qint64 fromMs, qint64 toMs, qint64 spacingMs, const void *source) {
                if (source == m_lines.get() || !m_symbols.contains(symbol))
                    return;
                m_lines->markDirty(symbol);
                dataChanged();
                Q_EMIT sharedHistoryReplaced(symbol, fromMs, toMs, spacingMs);
            });
}

void PriceChart::rebuildTracks()
{
    m_lines->rebuild(m_symbols, m_hidden, m_instruments, {false, m_bandsShown, m_previousCloseShown}, m_focused);
    const QString title = priceScale() == PriceScale::Percent ? tr("Change (%)") : priceAxisTitle(m_lines->currencies());
    surface().price->setTitleText(title);
    surface().scaled->setTitleText(title);
    setExchange(m_lines->firstExchange());
    updateOffHoursVenue();
    m_overlays->reattach();
    // Draw now: new series shown empty until the next frame would blink.
    redrawAll();
    renderFrame();
}

void PriceChart::toggleHidden(const QString &symbol)
{
    QStringList now = m_hidden;
    if (!now.removeOne(symbol))
        now.append(symbol);
    setSymbols(m_symbols, now);
    Q_EMIT hiddenSymbolsChanged(now);
}

void PriceChart::setSymbols(const QStringList &symbols, const QStringList &hidden)
{
    if (symbols == m_symbols && hidden == m_hidden)
        return;
    m_symbols = symbols;
    m_hidden = hidden;
    m_lines->retain(symbols);
    rebuildTracks();
}

void PriceChart::setInstruments(const InstrumentList &instruments)
{
    QHash<QString, Instrument> bySymbol;
    for (const Instrument &instrument : instruments)
        bySymbol.insert(instrument.symbol, instrument);
    if (bySymbol == m_instruments)
        return;
    m_instruments = std::move(bySymbol);
    rebuildTracks();
}

void PriceChart::setHistory(const HistoryResult &history, qint64 spacingMs)
{
    for (auto it = history.series.cbegin(); it != history.series.cend(); ++it) {
        // A late answer for a symbol no longer charted has nowhere to go.
        if (m_symbols.contains(it.key()))
            m_lines->replaceRange(it.key(), history.fromMs, history.toMs, it.value(), spacingMs);
    }
    dataChanged();
}

void PriceChart::appendPoints(const SeriesMap &points)
{
    m_pool->append(points);
}

void PriceChart::setBufferCapacity(qsizetype points)
{
    m_lines->setCapacity(points);
    scheduleFrame();
}

void PriceChart::setOverlays(const QList<ChartOverlay> &overlays)
{
    const OverlayLayer::Change change = m_overlays->setOverlays(overlays);
    setSecondaryAxisShown(m_overlays->needsSecondaryAxis());
    // Recomputed studies follow the live ticks at their pace; a study the
    // user added or removed shows at once.
    if (change == OverlayLayer::Change::Lines)
        scheduleFrame();
    else if (change == OverlayLayer::Change::Points)
        scheduleLiveFrame();
}

Series PriceChart::bufferedSeries(const QString &symbol, qint64 fromMs, qint64 toMs) const
{
    return m_lines->bufferedSeries(symbol, fromMs, toMs);
}

void PriceChart::setPriceScale(PriceScale scale)
{
    if (scale == priceScale())
        return;
    ChartCanvas::setPriceScale(scale);
    rebuildTracks();
}

void PriceChart::setFocusedSymbol(const QString &symbol)
{
    if (symbol == m_focused)
        return;
    m_focused = symbol;
    updateOffHoursVenue();
    if (m_bandsShown && m_symbols.size() - m_hidden.size() > 1)
        rebuildTracks();
}

void PriceChart::setBandsShown(bool shown)
{
    if (shown == m_bandsShown)
        return;
    m_bandsShown = shown;
    rebuildTracks();
}

void PriceChart::setPreviousCloseShown(bool shown)
{
    if (shown == m_previousCloseShown)
        return;
    m_previousCloseShown = shown;
    rebuildTracks();
}

void PriceChart::setOffHoursShown(bool shown)
{
    m_offHours->setShown(shown);
    scheduleFrame();
}

std::optional<calendar::VenueId> PriceChart::venueOf(const QString &symbol) const
{
    const auto it = m_instruments.constFind(symbol);
    const std::optional<calendar::VenueId> venue =
        calendar::venueForInstrument(symbol, it == m_instruments.cend() ? QStringView() : QStringView(it->exchange));
    // Nasdaq keeps NYSE's calendar and hours: one US market for the shading.
    return venue == calendar::VenueId::Nasdaq ? calendar::VenueId::Nyse : venue;
}

void PriceChart::updateOffHoursVenue()
{
    std::optional<calendar::VenueId> venue;
    const QStringList lines = lineSymbols();
    if (!m_focused.isEmpty() && lines.contains(m_focused)) {
        venue = venueOf(m_focused);
    } else {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const std::optional<calendar::VenueId> own = venueOf(lines.at(i));
            if (!own || (i > 0 && own != venue)) {
                venue.reset();
                break;
            }
            venue = own;
        }
    }
    if (venue == m_offHours->venue())
        return;
    m_offHours->setVenue(venue);
    scheduleFrame();
}

std::optional<calendar::VenueId> PriceChart::offHoursVenue() const
{
    return m_offHours->venue();
}

int PriceChart::offHoursBandCount() const
{
    return m_offHours->shownBandCount();
}

void PriceChart::showAll()
{
    if (const auto earliest = m_lines->earliestMs()) {
        // The live edge keeps up to 1 % of room and rounds up by up to 2.5 %
        // (liveWindowEnd): 5 % more keeps the earliest point in view.
        const qint64 span = latestMs() - *earliest;
        setWindowMs(span + span / 20 + 1);
    } else {
        resetView();
    }
}

void PriceChart::setNotice(const QString &text)
{
    if (text.isEmpty()) {
        delete m_notice;
        m_notice = nullptr;
        return;
    }
    if (!m_notice) {
        m_notice = new QGraphicsSimpleTextItem(surface().chart);
        m_notice->setZValue(20);
    }
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_notice->setFont(font);
    m_notice->setBrush(palette().color(QPalette::PlaceholderText));
    m_notice->setText(text);
    placeNotice();
}

QString PriceChart::notice() const
{
    return m_notice ? m_notice->text() : QString();
}

void PriceChart::frameRendered(const ChartFrame &frame)
{
    Q_UNUSED(frame)
    placeNotice();
}

void PriceChart::placeNotice()
{
    if (!m_notice)
        return;
    const QRectF plot = surface().chart->plotArea();
    const QRectF box = m_notice->boundingRect();
    m_notice->setPos(plot.center() - QPointF(box.width() / 2, box.height() / 2));
}

void PriceChart::showLinkedTime(std::optional<qint64> timeMs)
{
    if (timeMs)
        m_lines->hoverTime(*timeMs);
    else
        m_lines->hoverEnded();
}

QStringList PriceChart::lineSymbols() const
{
    return m_lines->lineSymbols();
}

bool PriceChart::hasBand(const QString &symbol) const
{
    return m_lines->hasBand(symbol);
}

qsizetype PriceChart::pointCount(const QString &symbol) const
{
    return m_lines->pointCount(symbol);
}

} // namespace tickerline
