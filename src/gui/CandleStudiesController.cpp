#include "CandleStudiesController.h"

#include "CandleChart.h"
#include "CandleInterval.h"
#include "ChartPanel.h"
#include "ChartStudies.h"
#include "PriceChart.h"
#include "Settings.h"
#include "StudiesButton.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QStackedWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace tickerline {

CandleStudiesController::CandleStudiesController(ChartPanel *panel)
    : QObject(panel)
    , m_panel(panel)
    , m_line(panel->priceChart())
    , m_candles(new CandleChart(panel))
    , m_studies(new ChartStudies(m_line, m_candles, nullptr, this))
{
    m_candles->setObjectName(u"candleChart"_s);
    m_candles->setAccessibleName(tr("Candle chart"));
    m_candlePage = m_panel->addPage(m_candles);
    addControls();

    connect(m_candles, &CandleChart::symbolChanged, m_studiesButton, &StudiesButton::setCurrentSymbol);
    connect(m_studies, &ChartStudies::studiesChanged, this, &CandleStudiesController::updateActive);
    // The line chart's range (a preset, a reset, a gesture) is the candles'
    // too: in line mode the studies are computed for it.
    connect(m_line, &PriceChart::viewRangeChanged, this, [this](qint64 fromMs, qint64 toMs) {
        if (m_line->isFollowingLive())
            m_candles->setWindowMs(toMs - fromMs);
        else
            m_candles->setViewRange(fromMs, toMs);
    });
    m_candles->setTimeZone(m_line->timeZone());
    m_candles->setExchange(m_line->exchange());
    m_candles->setWindowMs(m_line->viewToMs() - m_line->viewFromMs());
    if (!m_line->isFollowingLive())
        m_candles->setViewRange(m_line->viewFromMs(), m_line->viewToMs());
    updateActive();
}

void CandleStudiesController::setSettings(Settings *settings)
{
    m_settings = nullptr;   // no saving while the saved state is applied
    m_studies->setSettings(settings);
    if (settings) {
        setIntervalMs(settings->value(Settings::Key::CandleIntervalMs).toLongLong());
        setCandleMode(settings->choice<ChartMode>(Settings::Key::ChartMode) == ChartMode::Candles);
    }
    m_settings = settings;
    updateActive();
}

void CandleStudiesController::addControls()
{
    QToolBar *bar = m_panel->toolBar();
    bar->addSeparator();
    auto *modes = new QActionGroup(this);
    m_lineAction = bar->addAction(tr("Line"));
    m_lineAction->setObjectName(u"lineModeAction"_s);
    m_lineAction->setToolTip(tr("Price lines of the watchlist"));
    m_candleAction = bar->addAction(tr("Candles"));
    m_candleAction->setObjectName(u"candleModeAction"_s);
    m_candleAction->setToolTip(tr("Candlesticks and volume of one symbol"));
    for (QAction *action : {m_lineAction, m_candleAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_lineAction->setChecked(true);
    connect(m_candleAction, &QAction::toggled, this, &CandleStudiesController::setCandleMode);

    m_intervalBox = new QComboBox(bar);
    m_intervalBox->setObjectName(u"candleIntervalBox"_s);
    m_intervalBox->setAccessibleName(tr("Candle interval"));
    m_intervalBox->setToolTip(tr("Candle interval, also of the studies; coarser when the range needs it"));
    for (const qint64 interval : standardCandleIntervalsMs())
        m_intervalBox->addItem(candleIntervalName(interval), QVariant::fromValue(interval));
    m_intervalBox->setCurrentIndex(m_intervalBox->findData(QVariant::fromValue(m_candles->intervalMs())));
    bar->addWidget(m_intervalBox);
    connect(m_intervalBox, &QComboBox::activated, this,
            [this](int index) { setIntervalMs(m_intervalBox->itemData(index).toLongLong()); });

    m_studiesButton = new StudiesButton(m_studies, bar);
    m_studiesButton->setObjectName(u"studiesButton"_s);
    m_studiesButton->setAccessibleName(tr("Studies"));
    bar->addWidget(m_studiesButton);
}

void CandleStudiesController::setSymbols(const QStringList &symbols)
{
    m_candles->setSymbols(symbols);
    m_studies->setSymbols(symbols);
    m_studiesButton->setSymbols(symbols);
    m_studiesButton->setCurrentSymbol(m_candles->symbol());
}

void CandleStudiesController::setCandleMode(bool candles)
{
    if (candles == m_candleMode)
        return;
    m_candleMode = candles;
    {
        const QSignalBlocker blocker(m_candleAction);
        (candles ? m_candleAction : m_lineAction)->setChecked(true);
    }
    // The range goes with the switch.
    ChartCanvas *from = candles ? static_cast<ChartCanvas *>(m_line) : m_candles;
    ChartCanvas *to = candles ? static_cast<ChartCanvas *>(m_candles) : m_line;
    if (from->isFollowingLive())
        to->setWindowMs(from->viewToMs() - from->viewFromMs());
    else
        to->setViewRange(from->viewFromMs(), from->viewToMs());
    m_panel->pages()->setCurrentIndex(candles ? m_candlePage : m_panel->pages()->indexOf(m_line));
    m_studies->setCandleMode(candles);
    updateActive();
    if (m_settings)
        m_settings->setChoice(Settings::Key::ChartMode, candles ? ChartMode::Candles : ChartMode::Line);
}

void CandleStudiesController::setIntervalMs(qint64 intervalMs)
{
    m_candles->setIntervalMs(intervalMs);
    const int index = m_intervalBox->findData(QVariant::fromValue(m_candles->intervalMs()));
    if (index >= 0)
        m_intervalBox->setCurrentIndex(index);
    m_studies->scheduleUpdate();
    if (m_settings)
        m_settings->setValue(Settings::Key::CandleIntervalMs, int(m_candles->intervalMs()));
}

void CandleStudiesController::appendPoints(const SeriesMap &points)
{
    m_candles->appendPoints(points);
    m_studies->scheduleUpdate();
}

void CandleStudiesController::lineHistoryShown()
{
    m_studies->scheduleUpdate();
}

void CandleStudiesController::reload()
{
    m_candles->reload();
}

bool CandleStudiesController::hasRenderedData() const
{
    return !m_candleMode || !m_candles->candles(m_candles->symbol()).isEmpty();
}

void CandleStudiesController::updateActive()
{
    m_candles->setActive(m_candleMode || m_studies->needsCandles());
}

} // namespace tickerline
