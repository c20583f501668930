#include "PointBuffer.h"

#include <QTest>

#include <algorithm>

using tickerline::PointBuffer;
using tickerline::Series;

namespace {

Series every(qint64 from, qint64 to, qint64 step, double value)
{
    Series out;
    for (qint64 t = from; t <= to; t += step)
        out.append({t, value});
    return out;
}

QList<double> xs(const PointBuffer &buffer)
{
    QList<double> out;
    for (const QPointF &p : buffer.points())
        out.append(p.x());
    return out;
}

bool timeOrdered(const PointBuffer &buffer)
{
    const auto points = buffer.points();
    return std::is_sorted(points.begin(), points.end(),
                          [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
}

} // namespace

class tst_PointBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendKeepsTimeOrder();
    void historyReplacesItsRange_data();
    void historyReplacesItsRange();
    void oldestPointsGoPastTheCapacity();
};

void tst_PointBuffer::appendKeepsTimeOrder()
{
    PointBuffer buffer;
    buffer.append({{10, 1.0}, {20, 2.0}});
    buffer.append({{15, 1.5}, {30, 3.0}, {5, 0.5}, {20, 2.5}});
    QCOMPARE(xs(buffer), QList<double>({5, 10, 15, 20, 20, 30}));
    // Equal times keep their arrival order.
    QCOMPARE(buffer.points()[4].y(), 2.5);
    QCOMPARE(buffer.lastX(), 30.0);
}

void tst_PointBuffer::historyReplacesItsRange_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<Series>("history");
    QTest::addColumn<QList<double>>("expected");

    // The buffer holds 0, 10, …, 100.
    QTest::newRow("middle, coarser") << qint64(30) << qint64(70) << every(30, 70, 20, 9)
                                     << QList<double>({0, 10, 20, 30, 50, 70, 80, 90, 100});
    QTest::newRow("empty answer clears the range") << qint64(25) << qint64(65) << Series{}
                                                   << QList<double>({0, 10, 20, 70, 80, 90, 100});
    QTest::newRow("before everything") << qint64(-50) << qint64(-10) << every(-50, -10, 20, 9)
                                       << QList<double>({-50, -30, -10, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
    QTest::newRow("points wider than the range") << qint64(40) << qint64(50) << every(35, 65, 15, 9)
                                                 << QList<double>({0, 10, 20, 30, 35, 50, 65, 70, 80, 90, 100});
    QTest::newRow("unordered answer") << qint64(90) << qint64(120) << Series{{120, 1}, {95, 1}}
                                      << QList<double>({0, 10, 20, 30, 40, 50, 60, 70, 80, 95, 120});
}

void tst_PointBuffer::historyReplacesItsRange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(Series, history);
    QFETCH(QList<double>, expected);
    PointBuffer buffer;
    buffer.append(every(0, 100, 10, 1));
    buffer.replaceRange(from, to, history);
    QCOMPARE(xs(buffer), expected);
    QVERIFY(timeOrdered(buffer));
}

void tst_PointBuffer::oldestPointsGoPastTheCapacity()
{
    PointBuffer buffer(100);
    buffer.append(every(0, 149, 1, 1));
    QCOMPARE(buffer.size(), 100);
    QCOMPARE(buffer.points().front().x(), 50.0);
    buffer.replaceRange(0, 20, every(0, 20, 1, 2));
    QCOMPARE(buffer.size(), 100);
    QCOMPARE(buffer.lastX(), 149.0);
}

QTEST_APPLESS_MAIN(tst_PointBuffer)
#include "tst_pointbuffer.moc"
