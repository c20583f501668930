#include "SeriesColumns.h"

#include <QTest>

#include <algorithm>

using tickerline::Series;
using tickerline::SeriesColumns;
using tickerline::SeriesPoint;

namespace {

Series every(qint64 from, qint64 to, qint64 step, double value)
{
    Series out;
    for (qint64 t = from; t <= to; t += step)
        out.append({t, value, 1.0});
    return out;
}

QList<qint64> times(const SeriesColumns &buffer)
{
    const auto t = buffer.times();
    return QList<qint64>(t.begin(), t.end());
}

bool timeOrdered(const SeriesColumns &buffer)
{
    const auto t = buffer.times();
    return std::is_sorted(t.begin(), t.end());
}

} // namespace

class tst_SeriesColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendKeepsTimeOrderAndSizes();
    void historyReplacesItsRange_data();
    void historyReplacesItsRange();
    void oldestPointsGoPastTheCapacity();
    void memoryStaysFlatUnderALongLiveStream();
    void sliceAndLookup();
};

void tst_SeriesColumns::appendKeepsTimeOrderAndSizes()
{
    SeriesColumns buffer;
    buffer.append({{10, 1.0, 5}, {20, 2.0, 6}});
    buffer.append({{15, 1.5, 7}, {30, 3.0, 8}, {5, 0.5, 9}, {20, 2.5, 10}});
    QCOMPARE(times(buffer), QList<qint64>({5, 10, 15, 20, 20, 30}));
    // Equal times keep their arrival order; prices and sizes move with their time.
    QCOMPARE(buffer.prices()[4], 2.5);
    QCOMPARE(buffer.sizes()[4], 10.0);
    QCOMPARE(buffer.sizes()[0], 9.0);
    QCOMPARE(buffer.lastTime(), 30);
    QCOMPARE(buffer.firstTime(), 5);
}

void tst_SeriesColumns::historyReplacesItsRange_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<Series>("history");
    QTest::addColumn<QList<qint64>>("expected");

    // The buffer holds 0, 10, …, 100.
    QTest::newRow("middle, coarser") << qint64(30) << qint64(70) << every(30, 70, 20, 9)
                                     << QList<qint64>({0, 10, 20, 30, 50, 70, 80, 90, 100});
    QTest::newRow("empty answer clears the range") << qint64(25) << qint64(65) << Series{}
                                                   << QList<qint64>({0, 10, 20, 70, 80, 90, 100});
    QTest::newRow("before everything") << qint64(-50) << qint64(-10) << every(-50, -10, 20, 9)
                                       << QList<qint64>({-50, -30, -10, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
    QTest::newRow("points wider than the range") << qint64(40) << qint64(50) << every(35, 65, 15, 9)
                                                 << QList<qint64>({0, 10, 20, 30, 35, 50, 65, 70, 80, 90, 100});
    QTest::newRow("unordered answer") << qint64(90) << qint64(120) << Series{{120, 1}, {95, 1}}
                                      << QList<qint64>({0, 10, 20, 30, 40, 50, 60, 70, 80, 95, 120});
}

void tst_SeriesColumns::historyReplacesItsRange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(Series, history);
    QFETCH(QList<qint64>, expected);
    SeriesColumns buffer;
    buffer.append(every(0, 100, 10, 1));
    buffer.replaceRange(from, to, history);
    QCOMPARE(times(buffer), expected);
    QVERIFY(timeOrdered(buffer));
    QCOMPARE(buffer.prices().size(), buffer.times().size());
    QCOMPARE(buffer.sizes().size(), buffer.times().size());
}

void tst_SeriesColumns::oldestPointsGoPastTheCapacity()
{
    SeriesColumns buffer(100);
    buffer.append(every(0, 149, 1, 1));
    QCOMPARE(buffer.size(), 100);
    QCOMPARE(buffer.times().front(), 50);
    buffer.replaceRange(0, 20, every(0, 20, 1, 2));
    QCOMPARE(buffer.size(), 100);
    QCOMPARE(buffer.lastTime(), 149);

    buffer.setCapacity(10);
    QCOMPARE(buffer.size(), 10);
    QCOMPARE(buffer.firstTime(), 140);
}

void tst_SeriesColumns::memoryStaysFlatUnderALongLiveStream()
{
    SeriesColumns buffer(1000);
    qint64 t = 0;
    for (int frame = 0; frame < 5000; ++frame) {
        Series points;
        for (int i = 0; i < 7; ++i)
            points.append({t++, double(t % 97), 1.0});
        buffer.append(points);
        QVERIFY(buffer.size() <= 1000);
    }
    QCOMPARE(buffer.size(), 1000);
    QCOMPARE(buffer.lastTime(), t - 1);
    QCOMPARE(buffer.firstTime(), t - 1000);
    QVERIFY(timeOrdered(buffer));
}

void tst_SeriesColumns::sliceAndLookup()
{
    SeriesColumns buffer;
    buffer.append({{10, 1.0, 3}, {20, 2.0, 4}, {30, 3.0, 5}});
    QCOMPARE(buffer.slice(15, 30), Series({{20, 2.0, 4}, {30, 3.0, 5}}));
    QVERIFY(buffer.slice(31, 40).isEmpty());
    QCOMPARE(buffer.indexAtOrBefore(5), -1);
    QCOMPARE(buffer.indexAtOrBefore(10), 0);
    QCOMPARE(buffer.indexAtOrBefore(29), 1);
    QCOMPARE(buffer.at(2), (SeriesPoint{30, 3.0, 5}));
}

QTEST_APPLESS_MAIN(tst_SeriesColumns)
#include "tst_seriescolumns.moc"
