#include "ChartFixtures.h"
#include "ChartPanel.h"
#include "ChartPanes.h"
#include "ChartWidgets.h"
#include "Clock.h"
#include "PriceChart.h"
#include "SeriesPool.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QWheelEvent>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Hour = 60 * Minute;   // Start, Minute and Day are ChartFixtures'
const QString Aapl = u"AAPL"_s;
const QString Msft = u"MSFT"_s;

// A window with a main pane and ChartPanes over a history source that
// answers every request from two days of minute points per symbol, reduced
// as the store reduces (at most maxPoints, evenly picked), and logs them.
struct Panes
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(u"settings.ini"_s)};
    ManualClock clock{Start + 2 * Day};
    QMainWindow window;
    ChartPanel *main = new ChartPanel;
    std::unique_ptr<ChartPanes> panes;
    QList<HistoryRequest> requests;
    QList<QObject *> askers;

    Panes()
    {
        window.setCentralWidget(main);
        window.resize(1400, 900);
        main->setClock(clock);
        main->setSettings(&settings);
        panes = std::make_unique<ChartPanes>(
            window, *main, settings, clock,
            [this](const HistoryRequest &request, QObject *context, std::function<void(const HistoryResult &)> answer) {
                requests.append(request);
                askers.append(context);
                HistoryResult result;
                result.id = request.id;
                result.fromMs = request.fromMs;
                result.toMs = request.toMs;
                for (const QString &symbol : request.symbols) {
                    const Series all = wave(std::max(request.fromMs, Start), std::min(request.toMs, Start + 2 * Day),
                                            Minute, symbol == Aapl ? 100.0 : 300.0, 5.0);
                    Series reduced;
                    const qsizetype step = request.maxPoints > 0 && all.size() > request.maxPoints
                        ? (all.size() + request.maxPoints - 1) / request.maxPoints : 1;
                    for (qsizetype i = 0; i < all.size(); i += step)
                        reduced.append(all.at(i));
                    result.series.insert(symbol, reduced);
                }
                QMetaObject::invokeMethod(context, [answer, result] { answer(result); }, Qt::QueuedConnection);
                return true;
            });
        panes->setLiveWindowMs(2 * Day);
    }
};

} // namespace

// Chart panes of a workspace: one pool of points for all, the linked
// crosshair, and a pane that lost detail to a coarser one asking again.
class tst_ChartPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panesShareOnePoolOfPoints();
    void paneSourceChoosesWhatItShows();
    void linkedCrosshairShowsTheSameTimeEverywhere();
    void finerPaneAsksAgainAfterACoarserAnswer();
    void linkedRangesFollowAZoom();
};

void tst_ChartPanes::panesShareOnePoolOfPoints()
{
    Panes p;
    p.panes->setWatchlist({Aapl, Msft}, {});
    for (int i = 0; i < 3; ++i)
        p.panes->addPane();
    QCOMPARE(p.panes->panels().size(), 4);
    QCOMPARE(p.panes->docks().size(), 3);
    QTRY_VERIFY(p.panes->pool()->pointCount() > 0);   // the panes' recent history
    const qsizetype before = p.panes->pool()->pointCount();

    Series live;
    for (int i = 1; i <= 500; ++i)
        live.append(SeriesPoint{Start + 2 * Day + i * 1000, 101.0 + i * 0.01, 1.0});
    p.panes->appendPoints({{Aapl, live}});
    // Held once, seen by every pane.
    QCOMPARE(p.panes->pool()->pointCount(), before + 500);
    const qsizetype aapl = p.main->priceChart()->pointCount(Aapl);
    for (ChartPanel *panel : p.panes->panels())
        QCOMPARE(panel->priceChart()->pointCount(Aapl), aapl);

    // A symbol no pane shows any more goes from the pool.
    p.panes->setWatchlist({Msft}, {});
    QCOMPARE(p.main->priceChart()->pointCount(Aapl), 0);
    QVERIFY(!p.panes->pool()->buffer(Aapl));
    p.panes->removeDockedPanes();
    QCOMPARE(p.panes->docks().size(), 0);
}

void tst_ChartPanes::paneSourceChoosesWhatItShows()
{
    Panes p;
    p.panes->setWatchlist({Aapl, Msft}, {});
    p.panes->setWatchlists({{u"Tech"_s, {Aapl, Msft}, {}}, {u"Single"_s, {Msft}, {}}});
    ChartPanel *pane = p.panes->addPane();
    QCOMPARE(pane->lineSymbols(), (QStringList{Aapl, Msft}));
    auto *box = pane->findChild<QComboBox *>(u"paneSourceBox"_s);
    QVERIFY(box);

    const auto choose = [box](const QString &data) {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    };
    choose(u"selection"_s);
    p.panes->setSelectedSymbol(Msft);
    QCOMPARE(pane->lineSymbols(), QStringList{Msft});
    p.panes->setSelectedSymbol(Aapl);
    QCOMPARE(pane->lineSymbols(), QStringList{Aapl});
    choose(u"list:Single"_s);
    QCOMPARE(pane->lineSymbols(), QStringList{Msft});
    choose(u"symbols:AAPL"_s);
    QCOMPARE(pane->lineSymbols(), QStringList{Aapl});
    QVERIFY(p.panes->docks().first()->windowTitle().contains(Aapl));
    // The main pane still follows the watchlist.
    QCOMPARE(p.main->lineSymbols(), (QStringList{Aapl, Msft}));
    // Saved as the pane's own choice, not the app's.
    QCOMPARE(p.panes->saveDocked().first().toObject().value("state"_L1).toObject().value("chart/source"_L1).toString(),
             u"symbols:AAPL"_s);
    QCOMPARE(p.settings.value(Settings::Key::ChartSource).toString(), QString());
}

void tst_ChartPanes::linkedCrosshairShowsTheSameTimeEverywhere()
{
    Panes p;
    p.panes->setWatchlist({Aapl}, {});
    ChartPanel *other = p.panes->addPane();
    p.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p.window));
    QTRY_VERIFY(p.main->priceChart()->pointCount(Aapl) > 0 && other->priceChart()->pointCount(Aapl) > 0);
    QTRY_VERIFY(!p.main->priceChart()->isFramePending() && !other->priceChart()->isFramePending());

    auto *view = p.main->priceChart()->findChild<QChartView *>();
    QVERIFY(view);
    const QRectF plot = chartOf(*p.main->priceChart())->plotArea();
    const QPointF at = view->mapFromScene(plot.center());
    sendMouse(view->viewport(), QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
    QTRY_VERIFY(!crosshairText(*p.main->priceChart()).isEmpty());
    QTRY_VERIFY(!crosshairText(*other->priceChart()).isEmpty());
    // The same time heads both read-outs.
    const QString mainTime = crosshairText(*p.main->priceChart()).section(u'\n', 0, 0);
    QCOMPARE(crosshairText(*other->priceChart()).section(u'\n', 0, 0), mainTime);
    sendMouse(view->viewport(), QEvent::Leave, at, Qt::NoButton, Qt::NoButton);

    // Unlinked: the other pane keeps its own crosshair to itself.
    p.panes->setCrosshairLinked(false);
    QTRY_VERIFY(crosshairText(*other->priceChart()).isEmpty());
    sendMouse(view->viewport(), QEvent::MouseMove, at + QPointF(20, 0), Qt::NoButton, Qt::NoButton);
    QTRY_VERIFY(!crosshairText(*p.main->priceChart()).isEmpty());
    QVERIFY(crosshairText(*other->priceChart()).isEmpty());
}

void tst_ChartPanes::finerPaneAsksAgainAfterACoarserAnswer()
{
    Panes p;
    p.panes->setWatchlist({Aapl}, {});
    ChartPanel *hour = p.panes->addPane({{"chart/range"_L1, u"1H"_s}});
    QTRY_VERIFY(hour->priceChart()->pointCount(Aapl) > 0);
    const qsizetype hourAsked = p.askers.count(hour);

    // The main pane shows two days: its answer (about 2000 points) is
    // coarser than the hour pane's view needs there.
    p.main->reload();
    QTRY_VERIFY(p.askers.count(hour) > hourAsked);
    const HistoryRequest again = p.requests.at(p.askers.lastIndexOf(hour));
    QCOMPARE(again.symbols, QStringList{Aapl});
    QVERIFY(again.toMs - again.fromMs <= 2 * Hour);
}

void tst_ChartPanes::linkedRangesFollowAZoom()
{
    Panes p;
    p.panes->setWatchlist({Aapl}, {});
    ChartPanel *other = p.panes->addPane();
    p.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p.window));
    QTRY_VERIFY(chartOf(*p.main->priceChart())->plotArea().width() > 100);
    auto *view = p.main->priceChart()->findChild<QChartView *>();
    const auto zoomIn = [view] {
        const QPointF at = view->mapFromScene(chartOf(*qobject_cast<QWidget *>(view->parent()))->plotArea().center());
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
    };
    const qint64 otherSpan = other->priceChart()->viewToMs() - other->priceChart()->viewFromMs();

    // Not linked (the default): the other pane keeps its range.
    zoomIn();
    const qint64 zoomed = p.main->priceChart()->viewToMs() - p.main->priceChart()->viewFromMs();
    QVERIFY(zoomed < otherSpan);
    QCOMPARE(other->priceChart()->viewToMs() - other->priceChart()->viewFromMs(), otherSpan);

    p.panes->setRangesLinked(true);
    zoomIn();
    QCOMPARE(other->priceChart()->viewFromMs(), p.main->priceChart()->viewFromMs());
    QCOMPARE(other->priceChart()->viewToMs(), p.main->priceChart()->viewToMs());
    QVERIFY(!other->priceChart()->isFollowingLive());
}

QTEST_MAIN(tst_ChartPanes)
#include "tst_chartpanes.moc"
