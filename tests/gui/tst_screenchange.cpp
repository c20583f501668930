#include "ScreenChange.h"

#include <QTest>

using namespace tickerline;

// What a price line hands Qt Charts: its points cut at the view's borders
// (a cached line item is not clipped to the plot), and only when they would
// draw other pixels.
class tst_ScreenChange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clippedToSpan_data();
    void clippedToSpan();
    void movesOnScreen();
};

void tst_ScreenChange::clippedToSpan_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<QList<QPointF>>("expected");
    QTest::newRow("inside") << QList<QPointF>{{2, 1}, {5, 2}} << QList<QPointF>{{2, 1}, {5, 2}};
    QTest::newRow("in from the left") << QList<QPointF>{{-10, 0}, {10, 10}, {20, 5}}
                                      << QList<QPointF>{{0, 5}, {10, 10}, {20, 5}};
    QTest::newRow("out to the right") << QList<QPointF>{{90, 0}, {110, 20}}
                                      << QList<QPointF>{{90, 0}, {100, 10}};
    QTest::newRow("across the whole span") << QList<QPointF>{{-100, 0}, {200, 30}}
                                           << QList<QPointF>{{0, 10}, {100, 20}};
    QTest::newRow("all before") << QList<QPointF>{{-20, 1}, {-10, 2}} << QList<QPointF>{};
    QTest::newRow("all after") << QList<QPointF>{{120, 1}, {130, 2}} << QList<QPointF>{};
    QTest::newRow("empty") << QList<QPointF>{} << QList<QPointF>{};
    QTest::newRow("on the borders") << QList<QPointF>{{0, 1}, {100, 2}} << QList<QPointF>{{0, 1}, {100, 2}};
}

void tst_ScreenChange::clippedToSpan()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(QList<QPointF>, expected);
    QCOMPARE(tickerline::clippedToSpan(points, 0.0, 100.0), expected);
}

void tst_ScreenChange::movesOnScreen()
{
    const QList<QPointF> shown{{0, 10}, {50, 11}, {100, 12}};
    const QSizeF pixel(1.0, 0.1);   // 1 ms and 0.1 price per pixel
    QVERIFY(!tickerline::movesOnScreen(shown, shown, pixel));
    // Below a quarter pixel: the same pixels.
    QVERIFY(!tickerline::movesOnScreen(shown, {{0, 10}, {50, 11}, {100, 12.02}}, pixel));
    QVERIFY(tickerline::movesOnScreen(shown, {{0, 10}, {50, 11}, {100, 12.03}}, pixel));
    QVERIFY(tickerline::movesOnScreen(shown, {{0, 10}, {50.3, 11}, {100, 12}}, pixel));
    QVERIFY(tickerline::movesOnScreen(shown, {{0, 10}, {100, 12}}, pixel));
    // No scale yet (before the first layout): any change draws.
    QVERIFY(tickerline::movesOnScreen(shown, {{0, 10}, {50, 11}, {100, 12.001}}, QSizeF()));
    QVERIFY(!tickerline::movesOnScreen(shown, shown, QSizeF()));
}

QTEST_MAIN(tst_ScreenChange)
#include "tst_screenchange.moc"
