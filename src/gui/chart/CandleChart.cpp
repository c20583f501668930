#include "CandleChart.h"

#include "CandleData.h"
#include "CandleInterval.h"
#include "CandleLayer.h"
#include "ChartView.h"
#include "OverlayLayer.h"
#include "TimeUnits.h"
#include "VolumePane.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {
constexpr qint64 DefaultIntervalMs = MsPerMinute;
constexpr int VolumeStretch = 1;
const QMargins BaseMargins(6, 4, 6, 4);
} // namespace

CandleChart::CandleChart(QWidget *parent)
    : ChartCanvas({.timeLabels = false, .secondaryAlignment = Qt::AlignLeft}, parent)
    , m_data(std::make_unique<CandleData>(DefaultIntervalMs))
    , m_volume(new VolumePane(this))
    , m_symbolBox(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_candles(std::make_unique<CandleLayer>(surface(), *m_data, m_volume, this))
    , m_overlays(std::make_unique<OverlayLayer>(surface()))
    , m_chosenIntervalMs(DefaultIntervalMs)
{
    surface().view->setAccessibleName(tr("Candles"));
    connect(surface().view, &ChartView::hovered, this, [this](QPointF at) { m_candles->hover(at); });
    connect(surface().view, &ChartView::hoverEnded, this, [this] { m_candles->hoverEnded(); });
    m_volume->setObjectName(u"volumePane"_s);
    m_volume->chart()->setMargins(BaseMargins);
    m_note->setObjectName(u"intervalNote"_s);
    m_symbolBox->setObjectName(u"candleSymbolBox"_s);
    m_symbolBox->setAccessibleName(tr("Candle symbol"));
    m_symbolBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    header->addWidget(new QLabel(tr("Symbol:"), this));
    header->addWidget(m_symbolBox);
    header->addSpacing(12);
    header->addWidget(m_note, 1);
    canvasLayout()->insertLayout(0, header);
    // The volume pane below carries the time labels for both.
    canvasLayout()->addWidget(m_volume, VolumeStretch);
    followGestures(m_volume->view());

    // First: the request leaves before anyone else hears of the range.
    connect(this, &ChartCanvas::viewRangeChanged, this, [this] { requestHistory(); });
    connect(m_symbolBox, &QComboBox::activated, this, [this](int index) { setSymbol(m_symbolBox->itemText(index)); });
    for (QChart *c : {surface().chart, m_volume->chart()}) {
        connect(c, &QChart::plotAreaChanged, this, [this] {
            alignPlots();
            scheduleFrame();
        });
    }
    addLayer(m_candles.get());
    addLayer(m_overlays.get());
    updateNote();
}

CandleChart::~CandleChart() = default;

QStringList CandleChart::tracked() const
{
    QStringList out;
    if (!m_symbol.isEmpty())
        out.append(m_symbol);
    for (const QString &s : m_extras) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

void CandleChart::prepareFrame(const ChartFrame &frame)
{
    const qint64 shown = shownCandleInterval(m_chosenIntervalMs, qint64(frame.toX - frame.fromX), MaxCandles);
    if (shown != m_data->intervalMs()) {
        m_data->setIntervalMs(shown);
        updateNote();
        requestHistory();
        Q_EMIT shownIntervalChanged(shown);
        Q_EMIT candlesChanged();
        return;
    }
    // Following live, the view moves with the newest candle and no range
    // signal: when that is older than now (a closed market, a stopped feed),
    // the view starts before what was read; read that too.
    const qint64 from = qint64(frame.fromX) - qint64(m_warmupCandles) * shown;
    if (m_lastRequest.id != 0 && m_lastRequest.candleIntervalMs == shown
        && candleBucketStart(from, shown) < m_lastRequest.fromMs)
        requestHistory();
}

void CandleChart::frameRendered(const ChartFrame &frame)
{
    m_volume->setTimeRange(qint64(frame.fromX), qint64(frame.toX), frame.ticks);
}

// The two panes share the time axis only if their plots start and end at the
// same x; their value axes have labels of different widths, so the narrower
// pane gets the difference as extra margin. The natural edges (without the
// extra) do not depend on it, so one step settles it.
void CandleChart::alignPlots()
{
    const QRectF a = surface().chart->plotArea();
    const QRectF b = m_volume->chart()->plotArea();
    if (a.width() <= 1.0 || b.width() <= 1.0)
        return;
    const double naturalLeftA = a.left() - m_priceExtra.left();
    const double naturalLeftB = b.left() - m_volumeExtra.left();
    const double naturalRightA = a.right() + m_priceExtra.right();
    const double naturalRightB = b.right() + m_volumeExtra.right();
    const double left = std::max(naturalLeftA, naturalLeftB);
    const double right = std::min(naturalRightA, naturalRightB);
    const QMargins newPrice(qRound(left - naturalLeftA), 0, qRound(naturalRightA - right), 0);
    const QMargins newVolume(qRound(left - naturalLeftB), 0, qRound(naturalRightB - right), 0);
    if (newPrice != m_priceExtra) {
        m_priceExtra = newPrice;
        surface().chart->setMargins(BaseMargins + m_priceExtra);
    }
    if (newVolume != m_volumeExtra) {
        m_volumeExtra = newVolume;
        m_volume->chart()->setMargins(BaseMargins + m_volumeExtra);
    }
}

void CandleChart::updateNote()
{
    const qint64 shown = m_data->intervalMs();
    m_note->setText(shown == m_chosenIntervalMs
                        ? tr("%1 candles").arg(candleIntervalName(shown))
                        : tr("%1 candles (%2 would be more than %3 candles in this range)")
                              .arg(candleIntervalName(shown), candleIntervalName(m_chosenIntervalMs))
                              .arg(MaxCandles));
}

void CandleChart::requestHistory(bool force)
{
    const QStringList symbols = tracked();
    if (!m_active || symbols.isEmpty())
        return;
    followLatest();
    const qint64 interval = m_data->intervalMs();
    HistoryRequest request;
    request.symbols = symbols;
    const qint64 from = viewFromMs() - qint64(m_warmupCandles) * interval;
    request.fromMs = from - ((from % interval) + interval) % interval;
    request.toMs = viewToMs();
    request.candleIntervalMs = interval;
    if (!force && m_pending.contains(m_lastRequest.id) && request.symbols == m_lastRequest.symbols
        && request.fromMs == m_lastRequest.fromMs && request.toMs == m_lastRequest.toMs
        && request.candleIntervalMs == m_lastRequest.candleIntervalMs)
        return;
    request.id = m_nextRequestId++;
    m_lastRequest = request;
    m_pending.insert(request.id, interval);
    Q_EMIT historyRequested(request);
}

void CandleChart::setSymbols(const QStringList &symbols)
{
    const QSignalBlocker blocker(m_symbolBox);
    m_symbolBox->clear();
    m_symbolBox->addItems(symbols);
    if (symbols.contains(m_symbol))
        m_symbolBox->setCurrentText(m_symbol);
    else
        setSymbol(symbols.value(0));
}

void CandleChart::setSymbol(const QString &symbol)
{
    if (symbol == m_symbol)
        return;
    m_symbol = symbol;
    {
        const QSignalBlocker blocker(m_symbolBox);
        m_symbolBox->setCurrentText(symbol);
    }
    m_candles->setSymbol(symbol);
    m_data->retain(tracked());
    requestHistory();
    scheduleFrame();
    Q_EMIT symbolChanged(symbol);
    Q_EMIT candlesChanged();
}

void CandleChart::setExtraSymbols(const QStringList &symbols)
{
    if (symbols == m_extras)
        return;
    const QStringList before = tracked();
    m_extras = symbols;
    m_data->retain(tracked());
    const QStringList now = tracked();
    if (std::any_of(now.cbegin(), now.cend(), [&](const QString &s) { return !before.contains(s); }))
        requestHistory();
}

void CandleChart::setWarmupCandles(int candles)
{
    if (candles == m_warmupCandles)
        return;
    const bool more = candles > m_warmupCandles;
    m_warmupCandles = candles;
    if (more)
        requestHistory();
}

void CandleChart::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        requestHistory();
}

void CandleChart::setIntervalMs(qint64 intervalMs)
{
    if (intervalMs <= 0 || intervalMs == m_chosenIntervalMs)
        return;
    m_chosenIntervalMs = intervalMs;
    updateNote();
    // Applied (and requested) now rather than a frame later, so the request
    // leaves with the choice.
    renderFrame();
}

qint64 CandleChart::shownIntervalMs() const
{
    return m_data->intervalMs();
}

bool CandleChart::setHistory(const HistoryResult &history)
{
    const auto it = m_pending.constFind(history.id);
    if (it == m_pending.cend())
        return false;
    const qint64 interval = *it;
    // Answers come in order: older requests are answered or superseded.
    m_pending.removeIf([&](const auto &entry) { return entry.key() <= history.id; });
    if (interval != m_data->intervalMs())
        return true;
    const QStringList symbols = tracked();
    bool changed = false;
    for (auto c = history.candles.cbegin(); c != history.candles.cend(); ++c) {
        // An empty answer would only wipe the live candles already built in its range.
        if (symbols.contains(c.key()) && !c->isEmpty()) {
            m_data->replaceRange(c.key(), history.fromMs, history.toMs, c.value());
            changed = true;
        }
    }
    if (changed) {
        dataChanged();
        Q_EMIT candlesChanged();
    }
    return true;
}

void CandleChart::appendPoints(const SeriesMap &points)
{
    const QStringList symbols = tracked();
    bool changed = false;
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (symbols.contains(it.key()) && !it->isEmpty()) {
            m_data->append(it.key(), it.value());
            changed = true;
        }
    }
    if (changed) {
        liveDataChanged();
        Q_EMIT candlesChanged();
    }
}

void CandleChart::reload()
{
    requestHistory(true);
}

void CandleChart::reloadRange(const QStringList &symbols, qint64 fromMs, qint64 toMs)
{
    const QStringList shown = tracked();
    if (std::none_of(symbols.cbegin(), symbols.cend(), [&](const QString &s) { return shown.contains(s); }))
        return;
    // The warm-up before the view counts: studies start from it.
    const qint64 viewFrom = viewFromMs() - qint64(m_warmupCandles) * m_data->intervalMs();
    if (toMs < viewFrom || fromMs > viewToMs())
        return;
    requestHistory(true);
}

const CandleSeries &CandleChart::candles(const QString &symbol) const
{
    return m_data->candles(symbol);
}

void CandleChart::setOverlays(const QList<ChartOverlay> &overlays)
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

} // namespace tickerline
