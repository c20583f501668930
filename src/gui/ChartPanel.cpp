#include "ChartPanel.h"

#include "CandleChart.h"
#include "CandleStudiesController.h"
#include "ChartScale.h"
#include "ChartViewState.h"
#include "Clock.h"
#include "PriceChart.h"
#include "SeriesPool.h"
#include "Settings.h"
#include "TimeUnits.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QComboBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// About two points per pixel column of a wide chart.
constexpr int HistoryPoints = 2000;

struct RangePreset
{
    const char *key;         // as Settings keeps it, and the button's text
    qint64 windowMs;         // 0: everything
    const char *toolTip;
};

constexpr std::array<RangePreset, 8> Presets{{
    {"1H", MsPerHour, QT_TRANSLATE_NOOP("ChartPanel", "Last hour")},
    {"1D", MsPerDay, QT_TRANSLATE_NOOP("ChartPanel", "Last day")},
    {"5D", 5 * MsPerDay, QT_TRANSLATE_NOOP("ChartPanel", "Last 5 days")},
    {"7D", 7 * MsPerDay, QT_TRANSLATE_NOOP("ChartPanel", "Last 7 days")},
    {"1M", 30 * MsPerDay, QT_TRANSLATE_NOOP("ChartPanel", "Last month")},
    {"6M", 182 * MsPerDay, QT_TRANSLATE_NOOP("ChartPanel", "Last 6 months")},
    {"1Y", 365 * MsPerDay, QT_TRANSLATE_NOOP("ChartPanel", "Last year")},
    {"All", 0, QT_TRANSLATE_NOOP("ChartPanel", "Everything, from the earliest point loaded")},
}};

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : ChartPanel(ChartPanelOptions(), parent)
{
}

ChartPanel::ChartPanel(ChartPanelOptions options, QWidget *parent)
    : QWidget(parent)
    , m_chart(new PriceChart(this))
    , m_toolBar(new QToolBar(this))
    , m_pages(new QStackedWidget(this))
    , m_liveWindowMs(ChartViewState::DefaultWindowMs)
    , m_clock(&SystemClock::instance())
{
    m_chart->setObjectName(u"priceChart"_s);
    m_chart->setAccessibleName(tr("Price chart"));
    m_toolBar->setObjectName(u"chartToolBar"_s);
    m_toolBar->setAccessibleName(tr("Chart tools"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pages->addWidget(m_chart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_pages, 1);
    buildToolBar();
    connect(m_chart, &PriceChart::viewRangeChanged, this, [this](qint64 fromMs, qint64 toMs) {
        askForLines(m_symbols, fromMs, toMs);
        Q_EMIT viewRangeChanged(fromMs, toMs);
    });
    if (options.candlesAndStudies) {
        m_candles = new CandleStudiesController(this);
        connect(m_candles->candleChart(), &CandleChart::historyRequested, this, &ChartPanel::askForCandles);
        connect(m_candles->candleChart(), &CandleChart::viewRangeChanged, this, [this](qint64 fromMs, qint64 toMs) {
            if (candleMode())
                Q_EMIT viewRangeChanged(fromMs, toMs);
        });
    }
    connectPool();
    connect(m_chart, &PriceChart::sharedHistoryReplaced, this, &ChartPanel::noteSharedHistory);
    connect(m_chart, &PriceChart::hiddenSymbolsChanged, this, &ChartPanel::hiddenSymbolsChanged);
    connect(m_chart, &PriceChart::hiddenSymbolsChanged, this, [this] {
        if (!m_scaleChosen)
            applyScale(automaticScale());
    });
    connect(m_chart, &PriceChart::rangeChangedByUser, this, &ChartPanel::noteUserRange);
    if (m_candles)
        connect(m_candles->candleChart(), &CandleChart::rangeChangedByUser, this, &ChartPanel::noteUserRange);
}

void ChartPanel::noteUserRange(qint64 fromMs, qint64 toMs)
{
    // A range button stays lit while the view has its span (a pan keeps it);
    // zoomed away from it, or moved off "All", no button says what is shown.
    for (const RangePreset &preset : Presets) {
        if (m_range != QLatin1StringView(preset.key))
            continue;
        const qint64 span = toMs - fromMs;
        if (preset.windowMs > 0 && std::abs(span - preset.windowMs) <= preset.windowMs / 100)
            return;
        m_range.clear();
        for (QAction *action : m_ranges->actions())
            action->setChecked(false);
        save();
    }
}

ChartPanel::~ChartPanel() = default;

int ChartPanel::addPage(QWidget *page)
{
    return m_pages->addWidget(page);
}

void ChartPanel::buildToolBar()
{
    m_ranges = new QActionGroup(this);
    m_ranges->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    int n = 1;
    for (const RangePreset &preset : Presets) {
        const QString key = QString::fromLatin1(preset.key);
        QAction *action = m_toolBar->addAction(key);
        action->setObjectName(u"range" + key + u"Action");
        action->setCheckable(true);
        action->setToolTip(QCoreApplication::translate("ChartPanel", preset.toolTip) + u" (Alt+" + QString::number(n) + u')');
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n++)));
        action->setShortcutContext(Qt::WindowShortcut);
        m_ranges->addAction(action);
        connect(action, &QAction::triggered, this, [this, key] {
            applyRange(key);
            save();
        });
    }
    m_toolBar->addSeparator();

    m_followLive = m_toolBar->addAction(tr("Live"));
    m_followLive->setObjectName(u"followLiveAction"_s);
    m_followLive->setCheckable(true);
    m_followLive->setChecked(m_chart->isFollowingLive());
    m_followLive->setShortcut(QKeySequence(Qt::ALT | Qt::Key_L));
    m_followLive->setToolTip(tr("Follow live: the right edge tracks the newest tick (Alt+L). "
                                "Panning or zooming turns it off; a range or a double-click turns it on."));
    connect(m_followLive, &QAction::toggled, m_chart, &PriceChart::setFollowLive);
    connect(m_chart, &PriceChart::followLiveChanged, this, [this](bool on) {
        m_followLive->setChecked(on);
        save();
    });

    m_percent = m_toolBar->addAction(tr("%"));
    m_percent->setObjectName(u"percentAction"_s);
    m_percent->setCheckable(true);
    m_percent->setShortcut(QKeySequence(Qt::ALT | Qt::Key_P));
    m_percent->setToolTip(tr("Percent compare: every line from 0 % at the start of the view (Alt+P). "
                             "Turns the log scale off."));
    m_log = m_toolBar->addAction(tr("Log"));
    m_log->setObjectName(u"logAction"_s);
    m_log->setCheckable(true);
    m_log->setShortcut(QKeySequence(Qt::ALT | Qt::Key_G));
    m_log->setToolTip(tr("Logarithmic price scale (Alt+G). Turns percent compare off."));
    connect(m_percent, &QAction::triggered, this, [this](bool on) {
        m_scaleChosen = true;
        applyScale(on ? PriceScale::Percent : PriceScale::Linear);
        save();
    });
    connect(m_log, &QAction::triggered, this, [this](bool on) {
        m_scaleChosen = true;
        applyScale(on ? PriceScale::Log : PriceScale::Linear);
        save();
    });
    m_toolBar->addSeparator();

    m_bands = m_toolBar->addAction(tr("52W"));
    m_bands->setObjectName(u"bandsAction"_s);
    m_bands->setCheckable(true);
    m_bands->setChecked(true);
    m_bands->setToolTip(tr("Show the 52-week high/low bands"));
    connect(m_bands, &QAction::toggled, this, [this](bool on) {
        m_chart->setBandsShown(on);
        save();
    });
    m_previousClose = m_toolBar->addAction(tr("Prev close"));
    m_previousClose->setObjectName(u"previousCloseAction"_s);
    m_previousClose->setCheckable(true);
    m_previousClose->setToolTip(tr("Show a dashed line at each symbol's previous close"));
    connect(m_previousClose, &QAction::toggled, this, [this](bool on) {
        m_chart->setPreviousCloseShown(on);
        save();
    });

    m_timeZone = new QComboBox(m_toolBar);
    m_timeZone->setObjectName(u"timeZoneBox"_s);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setToolTip(tr("Time axis and crosshair in local time, the exchange's time or UTC"));
    m_timeZone->addItem(tr("Local time"), choiceKey(ChartTimeZone::Local));
    m_timeZone->addItem(tr("Exchange time"), choiceKey(ChartTimeZone::Exchange));
    m_timeZone->addItem(tr("UTC"), choiceKey(ChartTimeZone::Utc));
    m_timeZone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toolBar->addWidget(m_timeZone);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] {
        const ChartTimeZone zone = choiceFromKey<ChartTimeZone>(m_timeZone->currentData().toString()).value_or(ChartTimeZone::Local);
        m_chart->setTimeZone(zone);
        if (m_candles)
            m_candles->candleChart()->setTimeZone(zone);
        save();
    });
}

void ChartPanel::applyRange(const QString &key)
{
    m_range = key;
    for (QAction *action : m_ranges->actions())
        action->setChecked(action->text() == key);
    for (const RangePreset &preset : Presets) {
        if (key != QLatin1StringView(preset.key))
            continue;
        if (preset.windowMs > 0)
            m_chart->setWindowMs(preset.windowMs);
        else
            m_chart->showAll();
    }
}

void ChartPanel::applyScale(PriceScale scale)
{
    m_chart->setPriceScale(scale);
    m_percent->setChecked(scale == PriceScale::Percent);
    m_log->setChecked(scale == PriceScale::Log);
}

void ChartPanel::setSettings(Settings *settings)
{
    m_settings = nullptr;   // no saving while the saved state is applied
    if (settings) {
        m_chart->setBufferCapacity(settings->value(Settings::Key::ChartBufferPoints).toInt());
        m_bands->setChecked(settings->value(Settings::Key::ChartShowBands).toBool());
        m_previousClose->setChecked(settings->value(Settings::Key::ChartShowPreviousClose).toBool());
        m_scaleChosen = !settings->value(Settings::Key::ChartPriceScale).toString().isEmpty();
        applyScale(m_scaleChosen ? settings->choice<PriceScale>(Settings::Key::ChartPriceScale) : automaticScale());
        const int zone = m_timeZone->findData(choiceKey(settings->choice<ChartTimeZone>(Settings::Key::ChartTimeZone)));
        m_timeZone->setCurrentIndex(std::max(0, zone));
        if (const QString range = settings->value(Settings::Key::ChartRange).toString(); !range.isEmpty())
            applyRange(range);
        if (!settings->value(Settings::Key::ChartFollowLive).toBool())
            m_chart->setFollowLive(false);
    }
    if (m_candles)
        m_candles->setSettings(settings);
    m_settings = settings;
}

void ChartPanel::setSymbols(const QStringList &symbols, const QStringList &hidden)
{
    QStringList added;
    for (const QString &symbol : symbols) {
        if (!m_symbols.contains(symbol))
            added.append(symbol);
    }
    const bool listChanged = symbols != m_symbols;
    m_symbols = symbols;
    m_chart->setSymbols(symbols, hidden);
    if (!m_scaleChosen)
        applyScale(automaticScale());
    if (m_candles) {
        m_candles->candleChart()->setExchange(m_chart->exchange());
        if (listChanged)
            m_candles->setSymbols(symbols);
    }
    askForRecentLines(added);
}

PriceScale ChartPanel::automaticScale() const
{
    // Until the user picks a scale: several lines share one axis only as
    // changes in percent (100 and 500 USD stocks are flat lines on a price
    // axis); one line shows its prices, band and all.
    return m_chart->lineSymbols().size() > 1 ? PriceScale::Percent : PriceScale::Linear;
}

void ChartPanel::setInstruments(const InstrumentList &instruments)
{
    m_chart->setInstruments(instruments);
    if (m_candles)
        m_candles->candleChart()->setExchange(m_chart->exchange());
}

void ChartPanel::appendPoints(const SeriesMap &points)
{
    m_chart->appendPoints(points);   // the candles take them from the pool
}

void ChartPanel::setSeriesPool(SeriesPool *pool)
{
    if (m_candles)
        disconnect(m_chart->seriesPool(), nullptr, m_candles, nullptr);
    m_chart->setSeriesPool(pool);
    connectPool();
}

void ChartPanel::connectPool()
{
    if (m_candles)
        connect(m_chart->seriesPool(), &SeriesPool::appended, m_candles, &CandleStudiesController::appendPoints);
}

void ChartPanel::noteSharedHistory(const QString &symbol, qint64 fromMs, qint64 toMs, qint64 spacingMs)
{
    // Another pane on the same points put coarser ones where this one shows
    // finer: ask again for this pane's view (the answer replaces them, and
    // the coarser pane is content with finer points).
    const qint64 viewFrom = m_chart->viewFromMs();
    const qint64 viewTo = m_chart->viewToMs();
    const qint64 wanted = std::max<qint64>(1, (viewTo - viewFrom) / HistoryPoints);
    if (spacingMs <= 2 * wanted || toMs < viewFrom || fromMs > viewTo || m_refine.contains(symbol))
        return;
    m_refine.append(symbol);
    QMetaObject::invokeMethod(this, [this] {
        const QStringList symbols = std::exchange(m_refine, {});
        askForLines(symbols, m_chart->viewFromMs(), m_chart->viewToMs());
    }, Qt::QueuedConnection);
}

void ChartPanel::setHistorySource(HistorySource source)
{
    m_history = std::move(source);
}

void ChartPanel::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_chart->setClock(clock);
    if (m_candles)
        m_candles->candleChart()->setClock(clock);
}

void ChartPanel::askForCandles(const HistoryRequest &request)
{
    if (!m_history)
        return;
    // The candle chart drops answers it no longer waits for.
    m_history(request, this, [this](const HistoryResult &result) {
        if (!m_candles)
            return;
        m_candles->candleChart()->setHistory(result);
        Q_EMIT candleHistoryShown(result);
    });
}

void ChartPanel::askForLines(const QStringList &symbols, qint64 fromMs, qint64 toMs)
{
    if (symbols.isEmpty())
        return;
    HistoryRequest request;
    request.symbols = symbols;
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.maxPoints = HistoryPoints;
    if (!m_history)
        return;
    m_history(request, this, [this, maxPoints = request.maxPoints](const HistoryResult &result) {
        takeLineHistory(result, maxPoints);
        Q_EMIT lineHistoryShown(result);
    });
}

void ChartPanel::askForRecentLines(const QStringList &symbols)
{
    const qint64 now = m_clock->nowMs();
    askForLines(symbols, now - m_liveWindowMs, now);
}

void ChartPanel::takeLineHistory(const HistoryResult &result, int maxPoints)
{
    // An empty answer would only wipe the live points already drawn in its range.
    HistoryResult shown = result;
    shown.series.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    if (!shown.series.isEmpty())
        m_historyShown = true;
    // An answer near its point limit was reduced to about one point per
    // bucket; a smaller one holds every stored point.
    qsizetype most = 0;
    for (const Series &points : std::as_const(shown.series))
        most = std::max(most, points.size());
    const qint64 spacing = maxPoints > 0 && most >= maxPoints / 2 ? (result.toMs - result.fromMs) / maxPoints : 0;
    m_chart->setHistory(shown, spacing);
    if (m_candles)
        m_candles->lineHistoryShown();
}

void ChartPanel::reload()
{
    askForRecentLines(m_symbols);
    if (m_candles)
        m_candles->reload();
}

void ChartPanel::reloadRange(const QStringList &symbols, qint64 fromMs, qint64 toMs)
{
    if (m_candles)
        m_candles->candleChart()->reloadRange(symbols, fromMs, toMs);
    QStringList shown;
    for (const QString &symbol : symbols) {
        if (m_symbols.contains(symbol))
            shown.append(symbol);
    }
    const qint64 viewFrom = m_chart->viewFromMs();
    const qint64 viewTo = m_chart->viewToMs();
    if (shown.isEmpty() || toMs < viewFrom || fromMs > viewTo)
        return;
    askForLines(shown, viewFrom, viewTo);
}

void ChartPanel::setLiveWindowMs(qint64 windowMs)
{
    m_liveWindowMs = windowMs;
    m_chart->setWindowMs(windowMs);
    askForRecentLines(m_symbols);
}

void ChartPanel::setBufferCapacity(qsizetype points)
{
    m_chart->setBufferCapacity(points);
}

void ChartPanel::setTimeZone(ChartTimeZone zone)
{
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(choiceKey(zone))));
}

void ChartPanel::setCandleMode(bool candles)
{
    if (m_candles)
        m_candles->setCandleMode(candles);
}

bool ChartPanel::candleMode() const
{
    return m_candles && m_candles->candleMode();
}

QStringList ChartPanel::lineSymbols() const
{
    return m_chart->lineSymbols();
}

bool ChartPanel::hasRenderedData() const
{
    return m_historyShown && !m_chart->lineSymbols().isEmpty() && (!m_candles || m_candles->hasRenderedData());
}

QWidget *ChartPanel::shownChart() const
{
    return candleMode() ? static_cast<QWidget *>(m_candles->candleChart()) : m_chart;
}

void ChartPanel::save()
{
    if (!m_settings)
        return;
    m_settings->setValue(Settings::Key::ChartRange, m_range);
    m_settings->setValue(Settings::Key::ChartFollowLive, m_chart->isFollowingLive());
    if (m_scaleChosen)
        m_settings->setChoice(Settings::Key::ChartPriceScale, m_chart->priceScale());
    m_settings->setValue(Settings::Key::ChartShowBands, m_bands->isChecked());
    m_settings->setValue(Settings::Key::ChartShowPreviousClose, m_previousClose->isChecked());
    m_settings->setValue(Settings::Key::ChartTimeZone, m_timeZone->currentData());
}

} // namespace tickerline
