#include "Decimation.h"
#include "SeriesPoint.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace tickerline;

namespace {

// Points at t = 0, 1, 2, … with the given values.
Series ramp(std::initializer_list<double> values)
{
    Series series;
    for (const double v : values)
        series.append(SeriesPoint{series.size(), v});
    return series;
}

} // namespace

class TstDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimate_data();
    void decimate();
    void boundsAndExtremesSurviveRandomData_data();
    void boundsAndExtremesSurviveRandomData();
};

void TstDecimation::decimate_data()
{
    QTest::addColumn<Series>("input");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<Series>("expected");

    const Series ten = ramp({5, 6, 1, 7, 9, 3, 4, 2, 8, 5});

    QTest::newRow("empty") << Series{} << qint64(0) << qint64(100) << 8 << Series{};
    QTest::newRow("no more than maxPoints: unchanged") << ramp({1, 2, 3}) << qint64(0) << qint64(100) << 3
                                                       << ramp({1, 2, 3});
    QTest::newRow("outside the range: dropped, ends included")
        << Series{{-5, 1}, {0, 2}, {50, 3}, {100, 4}, {105, 5}} << qint64(0) << qint64(100) << 8
        << Series{{0, 2}, {50, 3}, {100, 4}};
    QTest::newRow("unsorted input comes out sorted") << Series{{3, 30}, {1, 10}, {2, 20}} << qint64(0) << qint64(10)
                                                     << 8 << Series{{1, 10}, {2, 20}, {3, 30}};
    QTest::newRow("equal times keep arrival order") << Series{{7, 3}, {7, 1}, {7, 2}} << qint64(0) << qint64(10) << 8
                                                    << Series{{7, 3}, {7, 1}, {7, 2}};
    QTest::newRow("maxPoints 0 keeps everything") << ten << qint64(0) << qint64(9) << 0 << ten;
    QTest::newRow("one bucket: first, min, max, last")
        << ten << qint64(0) << qint64(9) << 4 << Series{{0, 5}, {2, 1}, {4, 9}, {9, 5}};
    QTest::newRow("one bucket, shuffled input: same answer")
        << Series{{4, 9}, {9, 5}, {1, 6}, {0, 5}, {3, 7}, {2, 1}, {7, 2}, {5, 3}, {8, 8}, {6, 4}} << qint64(0)
        << qint64(9) << 4 << Series{{0, 5}, {2, 1}, {4, 9}, {9, 5}};
    QTest::newRow("first is the minimum: kept once")
        << ramp({1, 5, 3, 4, 2, 3}) << qint64(0) << qint64(5) << 4 << Series{{0, 1}, {1, 5}, {5, 3}};
    QTest::newRow("two buckets")
        << ramp({5, 6, 1, 7, 9, 3, 4, 2, 8, 5}) << qint64(0) << qint64(9) << 8
        << Series{{0, 5}, {2, 1}, {4, 9}, {5, 3}, {7, 2}, {8, 8}, {9, 5}};
    Series twoClusters;
    for (int i = 0; i < 7; ++i) {
        twoClusters.append(SeriesPoint{i, 1.0 + i});
        twoClusters.append(SeriesPoint{393 + i, 7.0 - i});
    }
    QTest::newRow("empty buckets give nothing")
        << twoClusters << qint64(0) << qint64(399) << 12 << Series{{0, 1}, {6, 7}, {393, 7}, {399, 1}};
}

void TstDecimation::decimate()
{
    QFETCH(Series, input);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(int, maxPoints);
    QFETCH(Series, expected);

    QCOMPARE(decimateMinMax(input, fromMs, toMs, maxPoints), expected);
}

void TstDecimation::boundsAndExtremesSurviveRandomData_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("maxPoints");

    QTest::newRow("10k into 2000") << 10'000 << 2000;
    QTest::newRow("100k into 400") << 100'000 << 400;
    QTest::newRow("5k into 7 (one bucket)") << 5'000 << 7;
    QTest::newRow("uneven: 10001 into 1999") << 10'001 << 1999;
}

void TstDecimation::boundsAndExtremesSurviveRandomData()
{
    QFETCH(int, count);
    QFETCH(int, maxPoints);

    QRandomGenerator random(20261124);
    Series input;
    qint64 t = 1'700'000'000'000;
    double price = 100;
    for (int i = 0; i < count; ++i) {
        t += random.bounded(1, 500);
        price += random.generateDouble() - 0.5;
        input.append(SeriesPoint{t, price});
    }
    const qint64 from = input.constFirst().timeMs;
    const qint64 to = input.constLast().timeMs;
    const Series out = decimateMinMax(input, from, to, maxPoints);

    QVERIFY(out.size() <= std::max(maxPoints, 4));
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; }));
    QCOMPARE(out.constFirst(), input.constFirst());
    QCOMPARE(out.constLast(), input.constLast());
    const auto byValue = [](const SeriesPoint &a, const SeriesPoint &b) { return a.value < b.value; };
    QVERIFY(out.contains(*std::min_element(input.cbegin(), input.cend(), byValue)));
    QVERIFY(out.contains(*std::max_element(input.cbegin(), input.cend(), byValue)));
    for (const SeriesPoint &p : out)
        QVERIFY(input.contains(p));
}

QTEST_GUILESS_MAIN(TstDecimation)
#include "tst_decimation.moc"
