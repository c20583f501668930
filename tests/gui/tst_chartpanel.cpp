#include "ChartFixtures.h"
#include "ChartPanel.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QComboBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

// The chart's tool bar, clicked like a user would, and its choices surviving
// a restart through Settings.
class tst_ChartPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void presetsSetTheWindowAndFollowLive();
    void rangeButtonGoesDarkOnceZoomedAway();
    void percentAndLogExcludeEachOther();
    void togglesReachTheChart();
    void choicesSurviveARestart();
    void pagesCanBeAdded();
    void rendersCompareAndCrosshair_data();
    void rendersCompareAndCrosshair();

private:
    void click(ChartPanel &panel, const QString &actionName);

    QTemporaryDir m_dir;
    QString m_ini;
};

void tst_ChartPanel::init()
{
    QVERIFY(m_dir.isValid());
    m_ini = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini");
}

void tst_ChartPanel::click(ChartPanel &panel, const QString &actionName)
{
    auto *action = panel.findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    auto *button = qobject_cast<QToolButton *>(panel.toolBar()->widgetForAction(action));
    QVERIFY2(button, qPrintable(actionName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_ChartPanel::presetsSetTheWindowAndFollowLive()
{
    ChartPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    PriceChart *chart = panel.priceChart();
    chart->setSymbols({u"A"_s});
    chart->setHistory(history(u"A"_s, wave(Start - 400 * Day, Start, 60 * Minute, 10, 1)));

    click(panel, u"range1HAction"_s);
    QCOMPARE(chart->viewToMs() - chart->viewFromMs(), 60 * Minute);
    click(panel, u"range1MAction"_s);
    QCOMPARE(chart->viewToMs() - chart->viewFromMs(), 30 * Day);
    QVERIFY(panel.findChild<QAction *>(u"range1MAction"_s)->isChecked());
    QVERIFY(!panel.findChild<QAction *>(u"range1HAction"_s)->isChecked());
    click(panel, u"rangeAllAction"_s);
    QVERIFY(chart->viewFromMs() <= Start - 400 * Day);

    // Follow live: off by the button, on again by a preset.
    auto *live = panel.findChild<QAction *>(u"followLiveAction"_s);
    QVERIFY(live->isChecked());
    click(panel, u"followLiveAction"_s);
    QVERIFY(!chart->isFollowingLive());
    QVERIFY(!live->isChecked());
    click(panel, u"range5DAction"_s);
    QVERIFY(chart->isFollowingLive());
    QVERIFY(live->isChecked());
    QVERIFY(chart->viewToMs() > Start);
}

// A lit range button says what the view shows: a pan keeps its span (and
// the button), a zoom leaves it (and the button goes dark), until a preset
// is chosen again.
void tst_ChartPanel::rangeButtonGoesDarkOnceZoomedAway()
{
    ChartPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    PriceChart *chart = panel.priceChart();
    chart->setSymbols({u"A"_s});
    chart->setHistory(history(u"A"_s, wave(Start - 30 * Day, Start, 10 * Minute, 10, 1)));
    click(panel, u"range1DAction"_s);
    auto *day = panel.findChild<QAction *>(u"range1DAction"_s);
    QVERIFY(day->isChecked());
    QGraphicsView *view = viewOf(*chart);
    QTRY_VERIFY(chartOf(*chart)->plotArea().width() > 100);
    QWidget *viewport = view->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, {500, 300}, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, {600, 300}, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, {600, 300}, Qt::LeftButton, Qt::NoButton);
    QVERIFY(day->isChecked());

    QWheelEvent wheel(QPointF(400, 300), QPointF(400, 300), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(chart->viewToMs() - chart->viewFromMs() < Day);
    QVERIFY(!day->isChecked());
    const QList<QAction *> ranges = {day, panel.findChild<QAction *>(u"range1HAction"_s),
                                     panel.findChild<QAction *>(u"rangeAllAction"_s)};
    QVERIFY(std::none_of(ranges.cbegin(), ranges.cend(), [](const QAction *a) { return a->isChecked(); }));

    click(panel, u"range1DAction"_s);
    QVERIFY(day->isChecked());
    QCOMPARE(chart->viewToMs() - chart->viewFromMs(), Day);
}

void tst_ChartPanel::percentAndLogExcludeEachOther()
{
    ChartPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *percent = panel.findChild<QAction *>(u"percentAction"_s);
    auto *log = panel.findChild<QAction *>(u"logAction"_s);
    QVERIFY(percent->toolTip().contains(u"log"_s));
    click(panel, u"percentAction"_s);
    QCOMPARE(panel.priceChart()->priceScale(), PriceScale::Percent);
    click(panel, u"logAction"_s);
    QCOMPARE(panel.priceChart()->priceScale(), PriceScale::Log);
    QVERIFY(log->isChecked());
    QVERIFY(!percent->isChecked());
    click(panel, u"logAction"_s);
    QCOMPARE(panel.priceChart()->priceScale(), PriceScale::Linear);
}

void tst_ChartPanel::togglesReachTheChart()
{
    ChartPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    PriceChart *chart = panel.priceChart();
    Instrument i = instrument(u"A"_s, 8.0, 12.0);
    i.previousClose = 9.5;
    i.exchange = u"XETRA"_s;
    chart->setSymbols({u"A"_s});
    chart->setInstruments({i});
    QVERIFY(chart->hasBand(u"A"_s));
    click(panel, u"bandsAction"_s);
    QVERIFY(!chart->hasBand(u"A"_s));
    click(panel, u"previousCloseAction"_s);
    QVERIFY(lineOf(*chart, u"A prev"_s));

    auto *zone = panel.findChild<QComboBox *>(u"timeZoneBox"_s);
    QVERIFY(zone);
    zone->setCurrentIndex(zone->findData(u"exchange"_s));
    QCOMPARE(chart->displayTimeZone().id(), QByteArray("Europe/Berlin"));
    zone->setCurrentIndex(zone->findData(u"utc"_s));
    QCOMPARE(chart->displayTimeZone().id(), QByteArray("UTC"));
}

void tst_ChartPanel::choicesSurviveARestart()
{
    {
        Settings settings(m_ini);
        ChartPanel panel;
        panel.setSettings(&settings);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        click(panel, u"range1DAction"_s);
        click(panel, u"percentAction"_s);
        click(panel, u"bandsAction"_s);
        click(panel, u"previousCloseAction"_s);
        auto *zone = panel.findChild<QComboBox *>(u"timeZoneBox"_s);
        zone->setCurrentIndex(zone->findData(u"utc"_s));
        settings.sync();
    }
    Settings settings(m_ini);
    QCOMPARE(settings.value(Settings::Key::ChartRange).toString(), u"1D"_s);
    ChartPanel panel;
    panel.setSettings(&settings);
    PriceChart *chart = panel.priceChart();
    QCOMPARE(chart->priceScale(), PriceScale::Percent);
    QCOMPARE(chart->viewToMs() - chart->viewFromMs(), Day);
    QVERIFY(panel.findChild<QAction *>(u"range1DAction"_s)->isChecked());
    QVERIFY(!panel.findChild<QAction *>(u"bandsAction"_s)->isChecked());
    QVERIFY(panel.findChild<QAction *>(u"previousCloseAction"_s)->isChecked());
    QCOMPARE(chart->displayTimeZone().id(), QByteArray("UTC"));
    chart->setSymbols({u"A"_s});
    chart->setInstruments({instrument(u"A"_s, 8.0, 12.0)});
    QVERIFY(!chart->hasBand(u"A"_s));
}

void tst_ChartPanel::pagesCanBeAdded()
{
    ChartPanel panel({.candlesAndStudies = false});
    QCOMPARE(panel.pages()->count(), 1);
    QCOMPARE(panel.pages()->widget(0), panel.priceChart());
    auto *other = new QWidget;
    QCOMPARE(panel.addPage(other), 1);
    panel.pages()->setCurrentIndex(1);
    QCOMPARE(panel.pages()->currentWidget(), other);
}

void tst_ChartPanel::rendersCompareAndCrosshair_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Percent compare and the crosshair read-out at 1280×720, as the docs show
// them; with TICKERLINE_CHART_SHOTS=folder they are saved there as
// chart-compare.png and chart-crosshair.png (-dark for the dark theme).
void tst_ChartPanel::rendersCompareAndCrosshair()
{
    QFETCH(bool, dark);
    ChartPanel panel;
    if (dark) {
        QPalette palette = panel.palette();
        palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Button, QColor(0x2d, 0x30, 0x36));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        panel.setPalette(palette);
    }
    panel.resize(1280, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    PriceChart *chart = panel.priceChart();
    const QStringList symbols{u"AAPL"_s, u"MSFT"_s, u"NVDA"_s, u"TSLA"_s};
    InstrumentList instruments{instrument(symbols[0], 164.1, 199.6), instrument(symbols[1], 309.5, 420.8),
                               instrument(symbols[2], 222.9, 505.5), instrument(symbols[3], 152.4, 299.3)};
    const QList<double> bases{182.0, 404.0, 480.0, 190.0};
    const QList<double> closes{180.2, 407.9, 468.0, 193.4};
    for (qsizetype i = 0; i < instruments.size(); ++i) {
        instruments[i].previousClose = closes[i];
        instruments[i].exchange = u"NASDAQ"_s;
    }
    chart->setSymbols(symbols);
    chart->setInstruments(instruments);
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        Series points = wave(Start, Start + 6 * Day, 5 * Minute, bases[i], bases[i] * 0.02 * (1 + i % 2));
        // Trends apart, so percent compare has something to compare.
        for (qsizetype k = 0; k < points.size(); ++k)
            points[k].value *= 1.0 + (double(i) - 1.5) * 0.02 * double(k) / double(points.size());
        chart->setHistory(history(symbols[i], points));
    }
    const auto shotsDir = qEnvironmentVariable("TICKERLINE_CHART_SHOTS");
    const QString suffix = dark ? u"-dark.png"_s : u".png"_s;

    click(panel, u"percentAction"_s);
    QLineSeries *aapl = lineOf(*chart, symbols[0]);
    QTRY_VERIFY(aapl->count() > 0 && hasLogo(*chart, symbols[0]));
    // Qt Charts lays out new axes and legend entries from posted events.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QImage compare = panel.grab().toImage();
    QCOMPARE(compare.size(), QSize(1280, 720));
    if (!shotsDir.isEmpty())
        QVERIFY(compare.save(shotsDir + u"/chart-compare" + suffix));

    click(panel, u"percentAction"_s);
    auto *zone = panel.findChild<QComboBox *>(u"timeZoneBox"_s);
    zone->setCurrentIndex(zone->findData(u"exchange"_s));
    click(panel, u"previousCloseAction"_s);
    aapl = lineOf(*chart, symbols[0]);
    QTRY_VERIFY(aapl->count() > 0 && hasLogo(*chart, symbols[0]));
    QGraphicsView *view = viewOf(*chart);
    const QPointF inChart = chartOf(*chart)->mapToPosition({double(Start + 4 * Day + 7 * 60 * Minute), 250.0}, aapl);
    // From elsewhere first: a move to where the pointer already is sends nothing.
    QTest::mouseMove(view->viewport(), QPoint(5, 5));
    QTest::mouseMove(view->viewport(), view->mapFromScene(chartOf(*chart)->mapToScene(inChart)));
    QTRY_VERIFY(crosshairText(*chart).contains(u"NVDA"_s));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY2(crosshairText(*chart).contains(u"EDT"_s) || crosshairText(*chart).contains(u"EST"_s),
             qPrintable(crosshairText(*chart)));
    const QImage crosshair = panel.grab().toImage();
    if (!shotsDir.isEmpty())
        QVERIFY(crosshair.save(shotsDir + u"/chart-crosshair" + suffix));
}

QTEST_MAIN(tst_ChartPanel)
#include "tst_chartpanel.moc"
