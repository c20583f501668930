#include "PriceLinesLayer.h"

#include "ChartAxes.h"
#include "ChartLogo.h"
#include "Decimation.h"
#include "PriceText.h"
#include "ProviderRegistry.h"
#include "SeriesPalette.h"
#include "VenueLookup.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsPixmapItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace tickerline {

PriceLinesLayer::PriceLinesLayer(const ChartSurface &surface, QWidget *owner)
    : m_surface(surface)
    , m_owner(owner)
    , m_crosshair(surface.chart)
{
}

PriceLinesLayer::~PriceLinesLayer()
{
    if (m_pool)
        m_pool->release(this);
}

void PriceLinesLayer::setPool(SeriesPool *pool)
{
    if (m_pool)
        m_pool->release(this);
    m_pool = pool;
    m_pool->setUsed(this, m_used);
    m_redraw = true;
}

const SeriesColumns *PriceLinesLayer::buffer(const QString &symbol) const
{
    return m_pool ? m_pool->buffer(symbol) : nullptr;
}

void PriceLinesLayer::rebuild(const QStringList &symbols, const QStringList &hidden,
                              const QHash<QString, Instrument> &instruments, TrackOptions options,
                              const QString &focused)
{
    const auto shown = std::count_if(symbols.cbegin(), symbols.cend(),
                                     [&](const QString &symbol) { return !hidden.contains(symbol); });
    m_tracks.clear();
    m_instruments = instruments;
    QChart *chart = m_surface.chart;
    const QHash<QString, SymbolLook> looks = symbolLooks(symbols);
    for (const QString &symbol : symbols) {
        const auto it = instruments.constFind(symbol);
        TrackOptions trackOptions = options;
        trackOptions.hidden = hidden.contains(symbol);
        trackOptions.band = options.band && (shown <= 1 || symbol == focused);
        m_tracks.push_back(std::make_unique<ChartTrack>(chart, symbol, looks.value(symbol),
                                                        it == instruments.cend() ? nullptr : &*it,
                                                        m_owner->devicePixelRatioF(), trackOptions));
    }
    QValueAxis *values = m_surface.valueAxis();
    for (const auto &t : m_tracks)
        t->attachBand(m_surface.x, values);
    for (const auto &t : m_tracks)
        t->attachLine(m_surface.x, values);
    const bool dark = m_owner->palette().color(QPalette::Window).lightness() < 128;
    for (const auto &t : m_tracks) {
        t->applyStyle(dark);
        const QString symbol = t->symbol();
        for (QLegendMarker *marker : chart->legend()->markers(t->line())) {
            // Queued: the click's marker goes away with the rebuild it causes.
            QObject::connect(marker, &QLegendMarker::clicked, m_owner, [this, symbol] {
                if (m_legendClicked)
                    m_legendClicked(symbol);
            }, Qt::QueuedConnection);
        }
    }
    m_redraw = true;
}

void PriceLinesLayer::retain(const QStringList &symbols)
{
    m_used = symbols;
    if (m_pool)
        m_pool->setUsed(this, symbols);
}

void PriceLinesLayer::replaceRange(const QString &symbol, qint64 fromMs, qint64 toMs, const Series &points,
                                   qint64 spacingMs)
{
    if (m_pool)
        m_pool->replaceRange(symbol, fromMs, toMs, points, spacingMs, this);
    m_dirty.insert(symbol);
}

void PriceLinesLayer::markDirty(const QString &symbol)
{
    m_dirty.insert(symbol);
}

void PriceLinesLayer::setCapacity(qsizetype points)
{
    if (m_pool)
        m_pool->setCapacity(points);
    m_redraw = true;
}

void PriceLinesLayer::render(const ChartFrame &frame, ChartExtents &extents)
{
    // A new view redraws every line; otherwise only those with new points.
    const bool all = frame.viewChanged || m_redraw;
    m_redraw = false;
    for (const auto &t : m_tracks) {
        if (t->isHidden())
            continue;
        if (all || m_dirty.contains(t->symbol())) {
            const SeriesColumns *b = buffer(t->symbol());
            if (!b) {
                t->setViewPoints({}, frame.fromX, frame.toX, {frame.scale, 1.0});
            } else {
                const PriceTransform transform{frame.scale, firstPriceInView(*b, frame.fromX, frame.toX)};
                const PriceBlocks::View blocks = b->priceBlocks();
                t->setViewPoints(reduceToPixelColumns(b->times(), b->prices(), frame.fromX, frame.toX, frame.columns,
                                                      &blocks),
                                 frame.fromX, frame.toX, transform);
            }
        }
        for (const auto &extent : {t->viewExtent(), t->fixedExtent()}) {
            if (extent) {
                extents.primary.include(extent->first);
                extents.primary.include(extent->second);
            }
        }
    }
    m_dirty.clear();
}

void PriceLinesLayer::place(const ChartFrame &frame)
{
    m_frame = frame;
    const QValueAxis *values = m_surface.valueAxis();
    const QSizeF valuePerPixel((frame.toX - frame.fromX) / std::max(frame.width, 1.0),
                               (values->max() - values->min()) / std::max(frame.height, 1.0));
    for (const auto &t : m_tracks)
        t->show(valuePerPixel);
    placeLogos();
    updateCrosshair();
}

void PriceLinesLayer::placeLogos()
{
    QList<QPointF> anchors;
    QList<QGraphicsPixmapItem *> logos;
    QSizeF size;
    for (const auto &t : m_tracks) {
        const auto start = t->viewStart();
        if (!start || t->isHidden()) {
            t->logo()->hide();
            continue;
        }
        anchors.append(m_surface.chart->mapToPosition(*start, t->line()));
        logos.append(t->logo());
        size = t->logo()->boundingRect().size();
    }
    const QList<QRectF> rects = layoutBadges(anchors, size, m_surface.chart->plotArea());
    for (qsizetype i = 0; i < logos.size(); ++i) {
        if (rects[i].isEmpty()) {
            logos[i]->hide();
            continue;
        }
        logos[i]->setScale(rects[i].width() / size.width());
        logos[i]->setPos(rects[i].topLeft());
        logos[i]->show();
    }
}

std::optional<std::pair<const ChartTrack *, PriceTransform>> PriceLinesLayer::drawnTrack(const QString &symbol) const
{
    if (!m_frame)
        return std::nullopt;
    for (const auto &t : m_tracks) {
        if (t->symbol() != symbol || t->isHidden())
            continue;
        const SeriesColumns *b = buffer(symbol);
        if (!b)
            return std::nullopt;
        return std::pair{t.get(), PriceTransform{m_frame->scale, firstPriceInView(*b, m_frame->fromX, m_frame->toX)}};
    }
    return std::nullopt;
}

std::optional<QPointF> PriceLinesLayer::plotPosition(const QString &symbol, double x, double price) const
{
    const auto drawn = drawnTrack(symbol);
    if (!drawn)
        return std::nullopt;
    return m_surface.chart->mapToPosition(QPointF(x, drawn->second.apply(price)), drawn->first->line());
}

std::optional<double> PriceLinesLayer::priceAt(const QString &symbol, double chartY) const
{
    const auto drawn = drawnTrack(symbol);
    if (!drawn)
        return std::nullopt;
    const QPointF value = m_surface.chart->mapToValue(QPointF(m_surface.chart->plotArea().left(), chartY),
                                                      drawn->first->line());
    return drawn->second.invert(value.y());
}

QColor PriceLinesLayer::lineColor(const QString &symbol) const
{
    for (const auto &t : m_tracks)
        if (t->symbol() == symbol)
            return t->color();
    return {};
}

void PriceLinesLayer::hover(QPointF chartPos)
{
    m_hoverPos = chartPos;
    updateCrosshair();
}

std::optional<qint64> PriceLinesLayer::timeAt(QPointF chartPos) const
{
    const QRectF plot = m_surface.chart->plotArea();
    if (!m_frame || plot.width() < 1.0 || !plot.contains(chartPos))
        return std::nullopt;
    return qint64(m_frame->fromX + (chartPos.x() - plot.left()) / plot.width() * (m_frame->toX - m_frame->fromX));
}

void PriceLinesLayer::hoverTime(qint64 timeMs)
{
    const QRectF plot = m_surface.chart->plotArea();
    if (!m_frame || m_frame->toX <= m_frame->fromX || timeMs < m_frame->fromX || timeMs > m_frame->toX) {
        hoverEnded();
        return;
    }
    const double x = plot.left() + (double(timeMs) - m_frame->fromX) / (m_frame->toX - m_frame->fromX) * plot.width();
    hover(QPointF(x, plot.center().y()));
}

void PriceLinesLayer::hoverEnded()
{
    m_hoverPos.reset();
    m_crosshair.hide();
}

void PriceLinesLayer::updateCrosshair()
{
    const QRectF plot = m_surface.chart->plotArea();
    if (!m_hoverPos || !m_frame || !plot.contains(*m_hoverPos) || plot.width() < 1.0) {
        m_crosshair.hide();
        return;
    }
    const double fromX = m_frame->fromX;
    const double toX = m_frame->toX;
    const auto at = qint64(fromX + (m_hoverPos->x() - plot.left()) / plot.width() * (toX - fromX));
    const QLocale locale = m_owner->locale();
    const bool dark = m_owner->palette().color(QPalette::Window).lightness() < 128;
    const QString up = dark ? QStringLiteral("#5fd38d") : QStringLiteral("#138a3d");
    const QString down = dark ? QStringLiteral("#ff7a7a") : QStringLiteral("#c62828");
    const QString muted = dark ? QStringLiteral("#a0a8b4") : QStringLiteral("#6b7280");
    QString html = u"<b>" + crosshairTimeLabel(at, m_frame->zone, locale).toHtmlEscaped() + u"</b>";
    for (const auto &t : m_tracks) {
        const SeriesColumns *b = buffer(t->symbol());
        if (t->isHidden() || !b)
            continue;
        const qsizetype i = b->indexAtOrBefore(at);
        if (i < 0)
            continue;
        const double price = b->prices()[std::size_t(i)];
        html += u"<br/><span style=\"color:" + t->color().name() + u"\">\u25CF</span> <b>"
            + t->symbol().toHtmlEscaped() + u"</b> " + chartPriceText(price, locale);
        if (m_frame->scale == PriceScale::Percent) {
            const double change = PriceTransform{m_frame->scale, firstPriceInView(*b, fromX, toX)}.apply(price);
            html += u" (" + (change > 0 ? locale.positiveSign() : QString()) + locale.toString(change, 'f', 2)
                + QCoreApplication::translate("PriceChart", " % in view") + u')';
        }
        const std::optional<double> close = m_instruments.value(t->symbol()).previousClose;
        if (close && *close > 0.0) {
            const double change = price - *close;
            const double percent = change / *close * 100.0;
            const QString sign = change > 0 ? locale.positiveSign() : QString();
            html += u" <span style=\"color:" + (change >= 0 ? up : down) + u"\">" + sign
                + chartPriceText(change, locale, *close) + u" (" + sign + locale.toString(percent, 'f', 2) + u" %)</span>";
        }
        // How true the number is: the provider's delay for the symbol's venue.
        const Instrument &facts = m_instruments.value(t->symbol());
        if (const ProviderSpec *spec = ProviderRegistry::find(facts.provider)) {
            const DataDelay delay = spec->delay.forVenue(calendar::venueForInstrument(t->symbol(), facts.exchange));
            html += u" <span style=\"color:" + muted + u"\">\u00b7 " + dataDelayText(delay).toHtmlEscaped() + u"</span>";
        }
    }
    m_crosshair.showAt(*m_hoverPos, plot, html);
}

void PriceLinesLayer::applyTheme(bool dark, const QFont &font)
{
    Q_UNUSED(font)
    for (const auto &t : m_tracks)
        t->applyStyle(dark);
    m_crosshair.applyStyle(dark);
}

std::optional<qint64> PriceLinesLayer::latestMs() const
{
    std::optional<qint64> latest;
    for (const auto &t : m_tracks) {
        const SeriesColumns *b = buffer(t->symbol());
        if (!t->isHidden() && b && !b->isEmpty())
            latest = std::max(latest.value_or(b->lastTime()), b->lastTime());
    }
    return latest;
}

std::optional<qint64> PriceLinesLayer::earliestMs() const
{
    std::optional<qint64> earliest;
    for (const auto &t : m_tracks) {
        const SeriesColumns *b = buffer(t->symbol());
        if (!t->isHidden() && b && !b->isEmpty())
            earliest = std::min(earliest.value_or(b->firstTime()), b->firstTime());
    }
    return earliest;
}

Series PriceLinesLayer::bufferedSeries(const QString &symbol, qint64 fromMs, qint64 toMs) const
{
    const SeriesColumns *b = buffer(symbol);
    return b ? b->slice(fromMs, toMs) : Series();
}

qsizetype PriceLinesLayer::pointCount(const QString &symbol) const
{
    const SeriesColumns *b = buffer(symbol);
    return b ? b->size() : 0;
}

QStringList PriceLinesLayer::lineSymbols() const
{
    QStringList out;
    for (const auto &t : m_tracks) {
        if (!t->isHidden())
            out.append(t->symbol());
    }
    return out;
}

QStringList PriceLinesLayer::currencies() const
{
    QStringList out;
    for (const auto &t : m_tracks) {
        if (!t->isHidden())
            out.append(m_instruments.value(t->symbol()).currency);
    }
    return out;
}

QString PriceLinesLayer::firstExchange() const
{
    for (const auto &t : m_tracks) {
        if (!t->isHidden())
            return m_instruments.value(t->symbol()).exchange;
    }
    return {};
}

bool PriceLinesLayer::hasBand(const QString &symbol) const
{
    const auto it = std::find_if(m_tracks.cbegin(), m_tracks.cend(), [&](const auto &t) { return t->symbol() == symbol; });
    return it != m_tracks.cend() && (*it)->hasBand();
}

} // namespace tickerline
