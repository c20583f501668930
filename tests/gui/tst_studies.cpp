#include "CandleChart.h"
#include "CandleStudiesController.h"
#include "ChartPanel.h"
#include "ChartWidgets.h"
#include "ChartStudies.h"
#include "Clock.h"
#include "Derived.h"
#include "Indicators.h"
#include "PriceChart.h"
#include "Settings.h"
#include "StudiesButton.h"
#include "StudyDialog.h"
#include "StudySeries.h"

#include <QAbstractSeries>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QStackedWidget>
#include <QWheelEvent>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
// 2024-03-04T00:00:00Z
constexpr qint64 Start = 1'709'510'400'000;

const QString Aapl = u"AAPL"_s;
const QString Msft = u"MSFT"_s;

StudySpec study(StudyKind kind, const QString &symbol, int period = 20, double width = 2.0,
                const QString &other = {})
{
    StudySpec s;
    s.kind = kind;
    s.symbol = symbol;
    s.period = period;
    s.width = width;
    s.otherSymbol = other;
    return s;
}

// Sixty one-minute candles of a wobbling price with varying volume.
CandleSeries minuteCandles(double base)
{
    CandleSeries out;
    for (int i = 0; i < 60; ++i) {
        const double open = base + 3.0 * std::sin(i / 5.0);
        const double close = base + 3.0 * std::sin((i + 1) / 5.0);
        out.append({Start + i * Minute, open, std::max(open, close) + 0.5, std::min(open, close) - 0.5, close,
                    100.0 + (i % 7) * 30.0});
    }
    return out;
}

const ChartOverlay *overlayById(const QList<ChartOverlay> &overlays, const QString &id)
{
    for (const ChartOverlay &o : overlays) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

QLineSeries *lineNamed(const QChart *chart, const QString &name)
{
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        if (s->name() == name)
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

} // namespace

class tst_Studies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void indicatorsMatchTheAnalyticsFunctions();
    void candleModeDrawsTheStudiesOverTheCandles();
    void studySymbolsGetCandleHistoryWithWarmup();
    void derivedSpreadAndRatioOfTwoSymbols();
    void studiesPersistInSettings();
    void dialogAddsAStudyAndTheMenuRemovesIt();
    void removedSymbolsTakeTheirStudies();
    void keysRoundTrip();
    void switchingLineAndCandlesKeepsTheRange();

private:
    void answerCandles(const QHash<QString, CandleSeries> &candles);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<PriceChart> m_line;
    std::unique_ptr<CandleChart> m_candles;
    std::unique_ptr<ChartStudies> m_studies;
    std::unique_ptr<QSignalSpy> m_requests;
    ManualClock m_clock{Start + Hour};
};

void tst_Studies::init()
{
    qRegisterMetaType<HistoryRequest>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_line = std::make_unique<PriceChart>();
    m_line->setClock(m_clock);
    m_line->resize(1000, 600);
    m_line->setSymbols({Aapl, Msft});
    m_candles = std::make_unique<CandleChart>();
    m_candles->setClock(m_clock);
    m_candles->resize(1000, 600);
    m_requests = std::make_unique<QSignalSpy>(m_candles.get(), &CandleChart::historyRequested);
    m_candles->setSymbols({Aapl, Msft});
    m_candles->setViewRange(Start, Start + Hour);
    m_studies = std::make_unique<ChartStudies>(m_line.get(), m_candles.get(), m_settings.get());
}

void tst_Studies::cleanup()
{
    m_studies.reset();
    m_requests.reset();
    m_candles.reset();
    m_line.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_Studies::answerCandles(const QHash<QString, CandleSeries> &candles)
{
    QVERIFY(!m_requests->isEmpty());
    const auto request = m_requests->constLast().constFirst().value<HistoryRequest>();
    HistoryResult result;
    result.id = request.id;
    result.fromMs = request.fromMs;
    result.toMs = request.toMs;
    result.candles = candles;
    QVERIFY(m_candles->setHistory(result));
}

void tst_Studies::indicatorsMatchTheAnalyticsFunctions()
{
    m_studies->setStudies({study(StudyKind::Sma, Aapl, 5), study(StudyKind::Ema, Aapl, 8),
                           study(StudyKind::Bollinger, Aapl, 10, 2.5), study(StudyKind::Vwap, Aapl)});
    const CandleSeries candles = minuteCandles(100.0);
    answerCandles({{Aapl, candles}});
    m_studies->update();

    const Series closes = candleCloses(candles, Minute);
    QCOMPARE(closes.size(), candles.size());
    QCOMPARE(closes.constFirst().timeMs, Start + Minute / 2);   // at the candles' centres
    QCOMPARE(closes.constFirst().value, candles.constFirst().close);
    const QList<ChartOverlay> &overlays = m_studies->overlays();
    QCOMPARE(overlays.size(), 6);   // Bollinger draws three lines

    const ChartOverlay *smaLine = overlayById(overlays, u"sma;AAPL;5"_s);
    QVERIFY(smaLine);
    QCOMPARE(smaLine->points, sma(closes, 5));
    QCOMPARE(smaLine->points.size(), candles.size() - 4);
    QCOMPARE(smaLine->label, u"SMA(5) AAPL"_s);
    QVERIFY(!smaLine->secondaryAxis);
    QCOMPARE(overlayById(overlays, u"ema;AAPL;8"_s)->points, ema(closes, 8));
    const BollingerBands bands = bollinger(closes, 10, 2.5);
    QCOMPARE(overlayById(overlays, u"bollinger;AAPL;10;2.5/middle"_s)->points, bands.middle);
    QCOMPARE(overlayById(overlays, u"bollinger;AAPL;10;2.5/upper"_s)->points, bands.upper);
    QCOMPARE(overlayById(overlays, u"bollinger;AAPL;10;2.5/lower"_s)->points, bands.lower);
    QCOMPARE(overlayById(overlays, u"bollinger;AAPL;10;2.5/upper"_s)->style, Qt::DashLine);
    QCOMPARE(overlayById(overlays, u"vwap;AAPL"_s)->points, atCandleCentres(vwap(candles), Minute));

    // Line mode: the price chart draws them.
    QTRY_VERIFY(lineNamed(chartOf(*m_line), u"SMA(5) AAPL"_s));
    QVERIFY(linesOf(*m_candles).isEmpty());

    // A live point moves the open candle, and the SMA's last value with it.
    m_candles->appendPoints({{Aapl, {{Start + 59 * Minute + 30 * Second, 200.0, 1.0}}}});
    QTRY_COMPARE(overlayById(m_studies->overlays(), u"sma;AAPL;5"_s)->points.constLast().value,
                 sma(candleCloses(m_candles->candles(Aapl), Minute), 5).constLast().value);
    QCOMPARE(m_candles->candles(Aapl).constLast().close, 200.0);
}

void tst_Studies::candleModeDrawsTheStudiesOverTheCandles()
{
    m_studies->setStudies({study(StudyKind::Sma, Aapl, 5)});
    answerCandles({{Aapl, minuteCandles(100.0)}});
    m_studies->setCandleMode(true);
    const QList<QLineSeries *> lines = linesOf(*m_candles);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst()->name(), u"SMA(5) AAPL"_s);
    // All 56 points are in the hour shown (plus none outside it).
    QTRY_COMPARE(lines.constFirst()->count(), 56);
    const Series expected = sma(candleCloses(m_candles->candles(Aapl), Minute), 5);
    QCOMPARE(lines.constFirst()->at(0), QPointF(double(expected.at(0).timeMs), expected.at(0).value));
    QVERIFY(!lineNamed(chartOf(*m_line), u"SMA(5) AAPL"_s));

    m_studies->setCandleMode(false);
    QVERIFY(linesOf(*m_candles).isEmpty());
    QTRY_VERIFY(lineNamed(chartOf(*m_line), u"SMA(5) AAPL"_s));
}

void tst_Studies::studySymbolsGetCandleHistoryWithWarmup()
{
    m_requests->clear();
    m_studies->addStudy(study(StudyKind::Sma, Msft, 30));
    QVERIFY(!m_requests->isEmpty());
    const auto request = m_requests->constLast().constFirst().value<HistoryRequest>();
    QCOMPARE(request.symbols, (QStringList{Aapl, Msft}));
    // Thirty candles before the view, so the SMA starts at the view's start.
    QVERIFY(request.fromMs <= Start - 30 * Minute);
    QVERIFY(m_studies->needsCandles());

    m_studies->setStudies({study(StudyKind::Spread, Aapl, 20, 2.0, Msft)});
    QVERIFY(!m_studies->needsCandles());
}

void tst_Studies::derivedSpreadAndRatioOfTwoSymbols()
{
    HistoryResult history;
    history.fromMs = Start;
    history.toMs = Start + Hour;
    history.series.insert(Aapl, {{Start + 1 * Minute, 10.0, 1}, {Start + 3 * Minute, 12.0, 1}});
    history.series.insert(Msft, {{Start + 2 * Minute, 4.0, 1}, {Start + 4 * Minute, 5.0, 1}});
    m_line->setHistory(history);
    m_studies->setStudies({study(StudyKind::Spread, Aapl, 20, 2.0, Msft), study(StudyKind::Ratio, Aapl, 20, 2.0, Msft)});
    m_line->resetView();
    // Hand-checked latest-of-both pairs: (10, 4) at 2 min, (12, 4) at 3, (12, 5) at 4.
    const ChartOverlay *spread = overlayById(m_studies->overlays(), u"spread;AAPL;MSFT"_s);
    QVERIFY(spread);
    QVERIFY(spread->secondaryAxis);
    QCOMPARE(spread->label, u"AAPL \u2212 MSFT"_s);
    const Series expectedSpread{{Start + 2 * Minute, 6.0}, {Start + 3 * Minute, 8.0}, {Start + 4 * Minute, 7.0}};
    QCOMPARE(spread->points.size(), expectedSpread.size());
    for (qsizetype i = 0; i < expectedSpread.size(); ++i) {
        QCOMPARE(spread->points.at(i).timeMs, expectedSpread.at(i).timeMs);
        QCOMPARE(spread->points.at(i).value, expectedSpread.at(i).value);
    }
    const ChartOverlay *ratio = overlayById(m_studies->overlays(), u"ratio;AAPL;MSFT"_s);
    QVERIFY(ratio);
    QCOMPARE(ratio->points.size(), 3);
    QCOMPARE(ratio->points.at(0).value, 2.5);
    QCOMPARE(ratio->points.at(1).value, 3.0);
    QCOMPARE(ratio->points.at(2).value, 2.4);
    // The same as the analytics function on the chart's buffered lines.
    const qint64 from = m_line->viewFromMs();
    const qint64 to = m_line->viewToMs();
    QCOMPARE(ratio->points, derive(m_line->bufferedSeries(Aapl, from, to), m_line->bufferedSeries(Msft, from, to),
                                   DerivedKind::Ratio));
    QTRY_VERIFY(lineNamed(chartOf(*m_line), u"AAPL / MSFT"_s));
}

void tst_Studies::studiesPersistInSettings()
{
    const StudyList chosen{study(StudyKind::Bollinger, Aapl, 14, 2.5), study(StudyKind::Ratio, Aapl, 20, 2.0, Msft)};
    m_studies->setStudies(chosen);
    QCOMPARE(m_settings->value(Settings::Key::ChartStudies).toStringList(),
             (QStringList{u"bollinger;AAPL;14;2.5"_s, u"ratio;AAPL;MSFT"_s}));

    // A hand-edited entry that makes no sense is skipped.
    m_settings->setValue(Settings::Key::ChartStudies,
                         QStringList{u"bollinger;AAPL;14;2.5"_s, u"sma;AAPL;-3"_s, u"ratio;AAPL;MSFT"_s});
    m_settings->sync();
    Settings reread(m_dir->filePath(u"settings.ini"_s));
    ChartStudies restored(m_line.get(), m_candles.get(), &reread);
    QCOMPARE(restored.studies(), chosen);
}

void tst_Studies::dialogAddsAStudyAndTheMenuRemovesIt()
{
    StudiesButton button(m_studies.get());
    button.setSymbols({Aapl, Msft});
    button.setCurrentSymbol(Msft);
    StudyDialog *dialog = button.openDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->symbolBox()->currentText(), Msft);
    dialog->setKind(StudyKind::Bollinger);
    QVERIFY(!dialog->otherSymbolBox()->isEnabled());
    QVERIFY(dialog->widthBox()->isEnabled());
    dialog->periodBox()->setValue(14);
    dialog->widthBox()->setValue(1.5);
    dialog->accept();
    QCOMPARE(m_studies->studies(), StudyList{study(StudyKind::Bollinger, Msft, 14, 1.5)});

    dialog = button.openDialog();
    dialog->setKind(StudyKind::Spread);
    QVERIFY(dialog->otherSymbolBox()->isEnabled());
    QVERIFY(!dialog->periodBox()->isEnabled());
    dialog->symbolBox()->setCurrentText(Aapl);
    dialog->otherSymbolBox()->setCurrentText(Msft);
    dialog->accept();
    QCOMPARE(m_studies->studies().size(), 2);
    QCOMPARE(m_studies->studies().constLast().key(), u"spread;AAPL;MSFT"_s);

    // The menu lists one "Remove" per study.
    Q_EMIT button.menu()->aboutToShow();
    QAction *remove = nullptr;
    const auto actions = button.menu()->actions();
    for (QAction *action : actions) {
        if (action->text().contains(u"Bollinger"_s))
            remove = action;
    }
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(m_studies->studies().size(), 1);
    QCOMPARE(m_studies->studies().constFirst().kind, StudyKind::Spread);
}

void tst_Studies::removedSymbolsTakeTheirStudies()
{
    m_studies->setStudies({study(StudyKind::Sma, Aapl, 5), study(StudyKind::Spread, Aapl, 20, 2.0, Msft),
                           study(StudyKind::Ema, Msft, 5)});
    m_studies->setSymbols({Msft});
    QCOMPARE(m_studies->studies(), StudyList{study(StudyKind::Ema, Msft, 5)});
}

void tst_Studies::keysRoundTrip()
{
    const StudyList all{study(StudyKind::Sma, Aapl, 5), study(StudyKind::Ema, u"BINANCE:BTCUSDT"_s, 12),
                        study(StudyKind::Vwap, Aapl), study(StudyKind::Bollinger, Aapl, 20, 2.0),
                        study(StudyKind::Spread, Aapl, 20, 2.0, Msft), study(StudyKind::Ratio, Msft, 20, 2.0, Aapl)};
    for (const StudySpec &s : all)
        QCOMPARE(StudySpec::fromKey(s.key()), std::optional(s));
    for (const QString &bad : {u""_s, u"sma"_s, u"sma;AAPL"_s, u"sma;AAPL;0"_s, u"median;AAPL;5"_s,
                               u"spread;AAPL"_s, u"bollinger;AAPL;20;-1"_s, u"vwap;AAPL;5"_s, u"sma;a b;5"_s})
        QVERIFY2(!StudySpec::fromKey(bad), qPrintable(bad));
}

namespace {
void wheel(QWidget *chart, int notches)
{
    auto *view = chart->findChild<QChartView *>();
    const QPoint at = view->viewport()->rect().center();
    QWheelEvent event(at, view->viewport()->mapToGlobal(at), {}, {0, 120 * notches}, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &event);
}
} // namespace

void tst_Studies::switchingLineAndCandlesKeepsTheRange()
{
    ChartPanel panel;
    panel.resize(1000, 700);
    PriceChart *line = panel.priceChart();
    line->setClock(m_clock);
    CandleStudiesController &modes = *panel.candlesAndStudies();
    modes.setSettings(m_settings.get());
    CandleChart *candles = modes.candleChart();
    candles->setClock(m_clock);
    line->setSymbols({Aapl, Msft});
    modes.setSymbols({Aapl, Msft});
    candles->setSymbol(Msft);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // A range of the user's own on the line chart (not the live window).
    wheel(line, 2);
    const qint64 lineFrom = line->viewFromMs();
    const qint64 lineTo = line->viewToMs();
    QVERIFY(!line->isFollowingLive());

    QAction *candleMode = panel.findChild<QAction *>(u"candleModeAction"_s);
    QVERIFY(candleMode);
    candleMode->trigger();
    QVERIFY(modes.candleMode());
    QCOMPARE(panel.pages()->currentWidget(), candles);
    QCOMPARE(m_settings->value(Settings::Key::ChartMode).toString(), u"candles"_s);
    QVERIFY(std::abs(candles->viewFromMs() - lineFrom) <= 1);
    QVERIFY(std::abs(candles->viewToMs() - lineTo) <= 1);
    QVERIFY(!candles->isFollowingLive());

    // Zoomed on the candles, the line chart comes back with that range.
    wheel(candles, -3);
    const qint64 candleFrom = candles->viewFromMs();
    const qint64 candleTo = candles->viewToMs();
    QVERIFY(candleTo - candleFrom > lineTo - lineFrom);
    panel.findChild<QAction *>(u"lineModeAction"_s)->trigger();
    QVERIFY(!modes.candleMode());
    QCOMPARE(panel.pages()->currentWidget(), line);
    QVERIFY2(std::abs(line->viewFromMs() - candleFrom) <= 1, qPrintable(QString::number(line->viewFromMs() - candleFrom)));
    QVERIFY(std::abs(line->viewToMs() - candleTo) <= 1);
    // And the candle chart kept its symbol.
    candleMode->trigger();
    QCOMPARE(candles->symbol(), Msft);
}

QTEST_MAIN(tst_Studies)
#include "tst_studies.moc"
