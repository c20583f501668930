#include "Decimation.h"
#include "SeriesColumns.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using Points = QList<QPointF>;

// The reduction works on time and value columns, as SeriesColumns holds them.
Points reduceToPixelColumns(const Points &points, double from, double to, int columns)
{
    std::vector<qint64> times;
    std::vector<double> values;
    for (const QPointF &p : points) {
        times.push_back(qint64(p.x()));
        values.push_back(p.y());
    }
    return tickerline::reduceToPixelColumns(times, values, from, to, columns);
}

// x = 0, 1, 2, … with the given y values.
Points ramp(const QList<double> &ys)
{
    Points out;
    for (qsizetype i = 0; i < ys.size(); ++i)
        out.append({double(i), ys.at(i)});
    return out;
}

Points flatWithSpike(int count, int spikeAt, double spike)
{
    Points out;
    for (int i = 0; i < count; ++i)
        out.append({double(i), i == spikeAt ? spike : 10.0 + (i % 3) * 0.1});
    return out;
}

Points randomWalk(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    Points out;
    double y = 100.0;
    for (int i = 0; i < count; ++i) {
        y += rng.generateDouble() - 0.5;
        out.append({i * 37.0, y});
    }
    return out;
}

int columnOf(double x, double from, double to, int columns)
{
    return std::clamp(int((x - from) * columns / (to - from)), 0, columns - 1);
}

} // namespace

class tst_PixelDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactOutput_data();
    void exactOutput();
    void invariants_data();
    void invariants();
    void blocksGiveTheSamePoints_data();
    void blocksGiveTheSamePoints();
};

void tst_PixelDecimation::exactOutput_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("columns");
    QTest::addColumn<Points>("expected");

    QTest::newRow("empty") << Points{} << 0.0 << 10.0 << 5 << Points{};
    QTest::newRow("one point") << Points{{3, 7}} << 0.0 << 10.0 << 5 << Points{{3, 7}};
    QTest::newRow("no columns") << ramp({1, 2, 3}) << 0.0 << 10.0 << 0 << Points{};
    QTest::newRow("empty range") << ramp({1, 2, 3}) << 5.0 << 5.0 << 4 << Points{};
    QTest::newRow("within budget unchanged")
        << ramp({5, 1, 9, 2}) << 0.0 << 3.0 << 2 << ramp({5, 1, 9, 2});
    QTest::newRow("nearest point beyond each edge")
        << ramp({1, 2, 3, 4, 5, 6, 7}) << 2.5 << 4.5 << 2 << Points{{2, 3}, {3, 4}, {4, 5}, {5, 6}};
    QTest::newRow("line crossing the view") << Points{{0, 1}, {10, 2}} << 4.0 << 6.0 << 3
                                            << Points{{0, 1}, {10, 2}};
    QTest::newRow("all beyond the left edge") << ramp({1, 2, 3}) << 5.0 << 9.0 << 3 << Points{{2, 3}};
    // Two columns over [0, 8): x 0..3 and 4..7. The first column keeps the
    // first point and its farthest extreme, the last its farthest and the last.
    QTest::newRow("first and last kept")
        << ramp({5, 6, 0, 5.5, 5, 9, 5.2, 5.1}) << 0.0 << 8.0 << 2
        << Points{{0, 5}, {2, 0}, {5, 9}, {7, 5.1}};
    // Three columns over [0, 9): the middle one keeps its max and min in time
    // order; a flat first column needs nothing but its first point.
    QTest::newRow("middle column min and max in order")
        << ramp({1, 1, 1, 4, 9, 2, 1, 1, 1}) << 0.0 << 9.0 << 3
        << Points{{0, 1}, {4, 9}, {5, 2}, {6, 1}, {8, 1}};
    QTest::newRow("everything in one column")
        << ramp({3, 8, -2, 4}) << 0.0 << 4.0 << 1 << Points{{0, 3}, {3, 4}};
}

void tst_PixelDecimation::exactOutput()
{
    QFETCH(Points, points);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, columns);
    QFETCH(Points, expected);
    QCOMPARE(reduceToPixelColumns(points, from, to, columns), expected);
}

void tst_PixelDecimation::invariants_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("columns");

    QTest::newRow("spike in the middle") << flatWithSpike(10'000, 5'003, 50.0) << 0.0 << 9'999.0 << 100;
    QTest::newRow("dip in the middle") << flatWithSpike(10'000, 7'777, -40.0) << 0.0 << 9'999.0 << 100;
    QTest::newRow("spike at the start") << flatWithSpike(10'000, 1, 50.0) << 0.0 << 9'999.0 << 100;
    QTest::newRow("spike at the end") << flatWithSpike(10'000, 9'998, 50.0) << 0.0 << 9'999.0 << 100;
    QTest::newRow("random walk") << randomWalk(100'000, 7) << 0.0 << 3'700'000.0 << 997;
    QTest::newRow("random walk, zoomed in") << randomWalk(100'000, 11) << 1'200'000.0 << 1'300'000.0 << 640;
    QTest::newRow("one pixel") << randomWalk(1'000, 3) << 1'000.0 << 30'000.0 << 1;
}

void tst_PixelDecimation::invariants()
{
    QFETCH(Points, points);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, columns);

    const Points out = reduceToPixelColumns(points, from, to, columns);
    Points inside;
    std::copy_if(points.cbegin(), points.cend(), std::back_inserter(inside),
                 [&](const QPointF &p) { return p.x() >= from && p.x() <= to; });
    Points outInside;
    std::copy_if(out.cbegin(), out.cend(), std::back_inserter(outInside),
                 [&](const QPointF &p) { return p.x() >= from && p.x() <= to; });

    // Time-ordered subset of the input.
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    for (const QPointF &p : out) {
        auto it = std::lower_bound(points.cbegin(), points.cend(), p.x(),
                                   [](const QPointF &a, double x) { return a.x() < x; });
        while (it != points.cend() && it->x() == p.x() && *it != p)
            ++it;
        QVERIFY(it != points.cend() && *it == p);
    }

    // At most two points per pixel column, plus one beyond each edge.
    QVERIFY(out.size() - outInside.size() <= 2);
    QList<int> perColumn(columns, 0);
    for (const QPointF &p : outInside)
        ++perColumn[columnOf(p.x(), from, to, columns)];
    QVERIFY(std::all_of(perColumn.cbegin(), perColumn.cend(), [](int n) { return n <= 2; }));

    // The line starts and ends where the data does.
    QVERIFY(!outInside.isEmpty());
    QCOMPARE(outInside.constFirst(), inside.constFirst());
    QCOMPARE(outInside.constLast(), inside.constLast());

    // The extremes survive (spikes and dips), unless only a single column holds
    // everything, where first and last take both slots.
    if (columns > 1) {
        const auto [lo, hi] = std::minmax_element(inside.cbegin(), inside.cend(),
            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QVERIFY(outInside.contains(*lo));
        QVERIFY(outInside.contains(*hi));
    }
}

// How a chart's buffer changes: live appends (also a few late ones, inserted
// in place), history replacing a span, the oldest points dropped at capacity.
void tst_PixelDecimation::blocksGiveTheSamePoints_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("columns");
    QTest::newRow("wide columns") << 200'000 << 300;
    QTest::newRow("narrow columns") << 200'000 << 5'000;
    QTest::newRow("trimmed") << 30'000 << 100;
    QTest::newRow("trimmed hard, one column") << 5'000 << 1;
}

void tst_PixelDecimation::blocksGiveTheSamePoints()
{
    QFETCH(int, capacity);
    QFETCH(int, columns);
    tickerline::SeriesColumns buffer(capacity);
    QRandomGenerator rng(42);
    qint64 t = 0;
    double price = 100.0;
    const auto compare = [&] {
        const auto times = buffer.times();
        const double from = double(times.front()) + 0.1 * double(times.back() - times.front());
        const double to = double(times.back());
        const tickerline::PriceBlocks::View blocks = buffer.priceBlocks();
        QCOMPARE(tickerline::reduceToPixelColumns(times, buffer.prices(), from, to, columns, &blocks),
                 tickerline::reduceToPixelColumns(times, buffer.prices(), from, to, columns));
    };
    for (int round = 0; round < 40; ++round) {
        tickerline::Series live;
        for (int i = 0; i < 1'500; ++i) {
            t += 1 + qint64(rng.bounded(20));
            // Flat stretches too, so ties between equal prices are exercised.
            price += rng.bounded(4) == 0 ? 0.0 : std::round((rng.generateDouble() - 0.5) * 100.0) / 100.0;
            live.append({t, price, 1.0});
        }
        buffer.append(live);
        if (round % 7 == 3)
            buffer.append({{t - 500, 1.0, 1.0}, {t - 499, 500.0, 1.0}});   // late: inserted, an extreme each
        if (round % 11 == 5) {
            tickerline::Series history;
            for (qint64 h = t - 20'000; h < t - 10'000; h += 7)
                history.append({h, 90.0 + double(h % 13), 1.0});
            buffer.replaceRange(t - 20'000, t - 10'000, history);
        }
        compare();
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_APPLESS_MAIN(tst_PixelDecimation)
#include "tst_pixeldecimation.moc"
