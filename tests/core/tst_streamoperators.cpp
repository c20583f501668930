// The stream operators one by one and composed through `|`.
#include "SeriesPoint.h"
#include "Stream.h"
#include "Tick.h"

#include <QTest>

#include <utility>
#include <vector>

using namespace tickerline;

class TstStreamOperators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapFilterCompose();
    void intoAnExistingStage();
    void accumulateRunningSum();
    void accumulateInPlace();
    void slidingWindowKeepsLastN();
    void slidingWindowEvicted();
    void ringBufferGrowsAndWraps();
    void timedWindowUsesItemTime();
    void timedWindowExtremes();
    void timedWindowExtremesMatchScan();
    void timedWindowExpireAndLateItems();
    void timedWindowProjections();
    void combineLatestEmitsOnBoth();
};

void TstStreamOperators::mapFilterCompose()
{
    std::vector<double> got;
    auto pipeline = stream::map([](const Tick &t) { return t.price * 2; })
                    | stream::filter([](double p) { return p > 10; })
                    | stream::map([](double p) { return p + 1; })
                    | stream::sink([&got](double p) { got.push_back(p); });
    for (double price : {1.0, 6.0, 5.0, 20.0}) {
        Tick t;
        t.price = price;
        pipeline.push(t);
    }
    QCOMPARE(got, (std::vector<double>{13.0, 41.0}));

    // Chains are specs: a reusable piece goes anywhere in a pipeline.
    const auto positiveDoubled = stream::filter([](int x) { return x > 0; }) | stream::map([](int x) { return 2 * x; });
    std::vector<int> reused;
    auto front = stream::map([](int x) { return x - 1; }) | positiveDoubled
                 | stream::sink([&reused](int x) { reused.push_back(x); });
    auto both = positiveDoubled | (stream::map([](int x) { return x + 1; }) | stream::filter([](int) { return true; }))
                | stream::sink([&reused](int x) { reused.push_back(x); });
    for (int x : {0, 1, 2}) {
        front.push(x);
        both.push(x);
    }
    // 0: both drop it; 1: front drops 0, both give 3; 2: front gives 2, both 5.
    QCOMPARE(reused, (std::vector<int>{3, 2, 5}));

    // A single operator binds to a sink too.
    std::vector<int> single;
    auto one = stream::map([](int x) { return -x; }) | stream::sink([&single](int x) { single.push_back(x); });
    one.push(3);
    QCOMPARE(single, (std::vector<int>{-3}));
}

void TstStreamOperators::intoAnExistingStage()
{
    stream::SlidingWindow<int> window(2);   // used alone, Discard downstream
    auto feed = stream::filter([](int x) { return x % 2 == 0; }) | stream::into(window);
    for (int x : {1, 2, 3, 4, 6})
        feed.push(x);
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.front(), 4);
    QCOMPARE(window.back(), 6);
}

void TstStreamOperators::accumulateRunningSum()
{
    std::vector<int> got;
    auto pipeline = stream::accumulate(0, [](int sum, int x) { return sum + x; })
                    | stream::sink([&got](int s) { got.push_back(s); });
    for (int x : {1, 2, 3, 4})
        pipeline.push(x);
    QCOMPARE(got, (std::vector<int>{1, 3, 6, 10}));
    QCOMPARE(pipeline.state(), 10);
    pipeline.reset();
    pipeline.push(5);
    QCOMPARE(got.back(), 5);
}

void TstStreamOperators::accumulateInPlace()
{
    struct MinMax
    {
        int lo = 1000;
        int hi = -1000;
    };
    stream::Accumulate acc(MinMax{}, [](MinMax &m, int x) {
        m.lo = std::min(m.lo, x);
        m.hi = std::max(m.hi, x);
    });
    for (int x : {5, -3, 9, 0})
        acc.push(x);
    QCOMPARE(acc.state().lo, -3);
    QCOMPARE(acc.state().hi, 9);
}

void TstStreamOperators::slidingWindowKeepsLastN()
{
    std::vector<std::vector<int>> windows;
    auto pipeline = stream::slidingWindow<int>(3) | stream::sink([&windows](const auto &w) {
                        windows.emplace_back(w.begin(), w.end());
                    });
    for (int x = 1; x <= 5; ++x)
        pipeline.push(x);
    QCOMPARE(windows, (std::vector<std::vector<int>>{{1}, {1, 2}, {1, 2, 3}, {2, 3, 4}, {3, 4, 5}}));
    QVERIFY(pipeline.full());
    QCOMPARE(pipeline[0], 3);
    pipeline.clear();
    QVERIFY(pipeline.empty());
}

void TstStreamOperators::slidingWindowEvicted()
{
    std::vector<int> evicted;
    auto pipeline = stream::slidingWindow<int>(2) | stream::sink([&evicted](const auto &w) {
                        evicted.push_back(w.evicted() ? *w.evicted() : 0);
                    });
    for (int x : {7, 8, 9, 10})
        pipeline.push(x);
    QCOMPARE(evicted, (std::vector<int>{0, 0, 7, 8}));
}

void TstStreamOperators::ringBufferGrowsAndWraps()
{
    stream::RingBuffer<int> ring;
    int next = 0;
    int expectFront = 0;
    // Wraps many times while growing past its first capacity.
    for (int round = 0; round < 100; ++round) {
        for (int k = 0; k < 3 + round % 7; ++k)
            ring.push_back(next++);
        for (int k = 0; k < 2; ++k)
            QCOMPARE(ring.pop_front(), expectFront++);
    }
    QCOMPARE(int(ring.size()), next - expectFront);
    for (std::size_t i = 0; i < ring.size(); ++i)
        QCOMPARE(ring[i], expectFront + int(i));
    ring.pop_back();
    QCOMPARE(ring.back(), next - 2);
}

void TstStreamOperators::timedWindowUsesItemTime()
{
    // Item times, not the wall clock: a whole day passes in no time at all.
    stream::TimedWindow<SeriesPoint> window(10'000);
    window.push({0, 1});
    window.push({5'000, 2});
    window.push({10'000, 3});   // [0, 10000] inclusive: the first stays
    QCOMPARE(window.size(), 3);
    window.push({10'001, 4});
    QCOMPARE(window.size(), 3);
    QCOMPARE(window.front().timeMs, 5'000);
    window.push({86'400'000, 5});
    QCOMPARE(window.size(), 1);
    QCOMPARE(window.front().value, 5.0);
    QCOMPARE(window.back().value, 5.0);
}

void TstStreamOperators::timedWindowExtremes()
{
    // % move over the last 60 s, as an alert computes it downstream.
    std::vector<double> moves;
    auto pipeline = stream::timedWindow<SeriesPoint>(60'000) | stream::sink([&moves](const auto &w) {
                        moves.push_back((w.back().value - w.front().value) / w.front().value * 100.0);
                    });
    pipeline.push({0, 100});
    pipeline.push({30'000, 90});
    pipeline.push({50'000, 105});
    QCOMPARE(pipeline.min(), 90.0);
    QCOMPARE(pipeline.max(), 105.0);
    pipeline.push({70'000, 99});   // 0 leaves; 30'000 is the oldest
    QCOMPARE(pipeline.front().timeMs, 30'000);
    QCOMPARE(pipeline.min(), 90.0);
    pipeline.push({95'000, 101});  // 30'000 leaves
    QCOMPARE(pipeline.min(), 99.0);
    QCOMPARE(pipeline.max(), 105.0);
    QCOMPARE(moves.size(), 5u);
    QCOMPARE(moves.at(2), 5.0);
    QCOMPARE(moves.at(3), 10.0);
}

void TstStreamOperators::timedWindowExtremesMatchScan()
{
    stream::TimedWindow<SeriesPoint> window(1'000);
    quint32 seed = 12345;
    qint64 t = 0;
    for (int i = 0; i < 5'000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        t += seed % 97;
        window.push({t, double(seed % 1000)});
        double lo = window.front().value;
        double hi = lo;
        for (const SeriesPoint &p : window) {
            QVERIFY(p.timeMs >= t - 1'000);
            lo = std::min(lo, p.value);
            hi = std::max(hi, p.value);
        }
        QCOMPARE(window.min(), lo);
        QCOMPARE(window.max(), hi);
    }
}

void TstStreamOperators::timedWindowExpireAndLateItems()
{
    stream::TimedWindow<SeriesPoint> window(1'000);
    window.push({1'000, 5});
    window.push({1'500, 7});
    window.push({1'200, 1});   // late: kept, the clock stays at 1'500
    QCOMPARE(window.nowMs(), 1'500);
    QCOMPARE(window.size(), 3);
    QCOMPARE(window.min(), 1.0);
    window.expire(2'300);      // 1'000 leaves; the late 1'200 stays until it reaches the front
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.max(), 7.0);
    window.expire(2'600);      // 1'500 and the late 1'200 leave
    QVERIFY(window.empty());
    window.expire(10);         // the clock never goes back
    QCOMPARE(window.nowMs(), 2'600);
    window.push({2'700, 3});
    QCOMPARE(window.min(), 3.0);
    QCOMPARE(window.max(), 3.0);
    window.clear();
    QVERIFY(window.empty());
    window.push({0, 4});
    QCOMPARE(window.size(), 1);
    QCOMPARE(window.min(), 4.0);
}

void TstStreamOperators::timedWindowProjections()
{
    Tick a;
    a.timeMs = 0;
    a.price = 10;
    Tick b = a;
    b.timeMs = 100;
    b.price = 12;
    stream::TimedWindow<Tick> byPrice(1'000);   // .price by default
    byPrice.push(a);
    byPrice.push(b);
    QCOMPARE(byPrice.max(), 12.0);

    a.size = 50;
    b.size = 5;
    auto bySize = [](const Tick &t) { return t.size; };
    stream::TimedWindow<Tick, stream::Discard, stream::TimeOf, decltype(bySize)> sizes(1'000, {}, {}, bySize);
    sizes.push(a);
    sizes.push(b);
    QCOMPARE(sizes.max(), 50.0);
    QCOMPARE(sizes.min(), 5.0);
}

void TstStreamOperators::combineLatestEmitsOnBoth()
{
    std::vector<std::pair<int, int>> got;
    auto pipeline = stream::combineLatest<int, int>()
                    | stream::sink([&got](const std::pair<int, int> &p) { got.push_back(p); });
    pipeline.pushLeft(1);
    pipeline.pushLeft(2);   // nothing yet: the right has no value
    QVERIFY(!pipeline.ready());
    pipeline.pushRight(10);
    pipeline.pushRight(20);
    pipeline.pushLeft(3);
    QCOMPARE(got, (std::vector<std::pair<int, int>>{{2, 10}, {2, 20}, {3, 20}}));
    QCOMPARE(pipeline.latest(), (std::pair<int, int>{3, 20}));
}

QTEST_APPLESS_MAIN(TstStreamOperators)
#include "tst_streamoperators.moc"
