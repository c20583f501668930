#include "StorageTestData.h"
#include "TickStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tickerline;
using tickerline::test::makeBar;
using tickerline::test::makeTick;

class TstHistoryQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rangeFilter_data();
    void rangeFilter();
    void answersEverySymbolAndEchoesTheRequest();
    void includesWritesNotYetCommitted();
    void mergesProvidersOfOneSymbol();
    void reductionKeepsSpikesAndEnds();
    void barsFillWhereThereAreNoTicks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TickStore> m_store;
};

void TstHistoryQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::openStore(m_dir->filePath(QStringLiteral("ticks.sqlite")));
    QVERIFY(m_store);
}

void TstHistoryQuery::cleanup()
{
    m_store.reset();
}

void TstHistoryQuery::rangeFilter_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<Series>("expected");

    QTest::newRow("inner, bounds included") << qint64(3000) << qint64(5000)
                                             << Series{{3000, 3}, {4000, 4}, {5000, 5}};
    QTest::newRow("between ticks") << qint64(3001) << qint64(3999) << Series{};
    QTest::newRow("before all") << qint64(0) << qint64(999) << Series{};
    QTest::newRow("overlapping the end") << qint64(9500) << qint64(20'000) << Series{{10'000, 10}};
}

void TstHistoryQuery::rangeFilter()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(Series, expected);

    TickBatch batch;
    for (int i = 1; i <= 10; ++i)
        batch.append(makeTick(QStringLiteral("AAA"), i * 1000, i));
    batch.append(makeTick(QStringLiteral("BBB"), 4000, 99));
    m_store->writeTicks(batch);
    QCOMPARE(test::history(*m_store, QStringLiteral("AAA"), fromMs, toMs), expected);
}

void TstHistoryQuery::answersEverySymbolAndEchoesTheRequest()
{
    m_store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 1)});
    HistoryRequest request;
    request.id = 42;
    request.symbols = {QStringLiteral("AAA"), QStringLiteral("NONE"), QStringLiteral("AAA")};
    request.fromMs = 500;
    request.toMs = 5000;
    const HistoryResult result = test::history(*m_store, request);
    QCOMPARE(result.id, 42ull);
    QCOMPARE(result.fromMs, 500);
    QCOMPARE(result.toMs, 5000);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(result.series.value(QStringLiteral("AAA")), (Series{{1000, 1}}));
    QVERIFY(result.series.contains(QStringLiteral("NONE")));
    QVERIFY(result.series.value(QStringLiteral("NONE")).isEmpty());
}

void TstHistoryQuery::includesWritesNotYetCommitted()
{
    m_store.reset();
    m_store = test::openStore(m_dir->filePath(QStringLiteral("ticks.sqlite")), TickStoreOptions{.commitIntervalMs = 60'000});
    QVERIFY(m_store);
    m_store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 1)});
    QCOMPARE(test::history(*m_store, QStringLiteral("AAA")), (Series{{1000, 1}}));
}

void TstHistoryQuery::mergesProvidersOfOneSymbol()
{
    const QString a = QStringLiteral("alpha");
    const QString b = QStringLiteral("beta");
    m_store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 1, 1, -1, a), makeTick(QStringLiteral("AAA"), 3000, 3, 1, -1, a),
                         makeTick(QStringLiteral("AAA"), 2000, 2, 1, -1, b), makeTick(QStringLiteral("AAA"), 4000, 4, 1, -1, b)});
    QCOMPARE(test::history(*m_store, QStringLiteral("AAA")), (Series{{1000, 1}, {2000, 2}, {3000, 3}, {4000, 4}}));
}

void TstHistoryQuery::reductionKeepsSpikesAndEnds()
{
    // 100k ticks of a gently wobbling price with one spike up and one down.
    constexpr int count = 100'000;
    TickBatch batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        double price = 100.0 + (i % 10) * 0.01;
        if (i == 31'337)
            price = 150.0;
        if (i == 77'777)
            price = 50.0;
        batch.append(makeTick(QStringLiteral("AAA"), 1'000'000 + i * 10LL, price));
    }
    m_store->writeTicks(batch);

    HistoryRequest request;
    request.symbols = {QStringLiteral("AAA")};
    request.fromMs = 1'000'000;
    request.toMs = 1'000'000 + count * 10LL;
    request.maxPoints = 400;
    const Series points = test::history(*m_store, request).series.value(QStringLiteral("AAA"));

    QVERIFY2(points.size() <= 400 && points.size() >= 200, QByteArray::number(points.size()).constData());
    QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                           [](const SeriesPoint &x, const SeriesPoint &y) { return x.timeMs < y.timeMs; }));
    QCOMPARE(points.constFirst(), (SeriesPoint{1'000'000, 100.0}));
    QCOMPARE(points.constLast(), (SeriesPoint{1'000'000 + (count - 1) * 10LL, batch.constLast().price}));
    QVERIFY(points.contains(SeriesPoint{1'000'000 + 31'337 * 10LL, 150.0}));
    QVERIFY(points.contains(SeriesPoint{1'000'000 + 77'777 * 10LL, 50.0}));
}

void TstHistoryQuery::barsFillWhereThereAreNoTicks()
{
    // Minute bars over ten minutes; live ticks only in minutes 4 and 5.
    constexpr qint64 minute = 60'000;
    BarBatch bars;
    for (int m = 0; m < 10; ++m)
        bars.append(makeBar(QStringLiteral("AAA"), m * minute, 100 + m));
    m_store->writeBars(bars);
    m_store->writeTicks({makeTick(QStringLiteral("AAA"), 4 * minute + 10, 204.5),
                         makeTick(QStringLiteral("AAA"), 5 * minute + 30'000, 205.5)});
    // Another symbol's ticks must not hide this symbol's bars.
    m_store->writeTicks({makeTick(QStringLiteral("BBB"), 2 * minute + 1, 1)});

    const Series expected{{0, 100},          {minute, 101},          {2 * minute, 102},
                          {3 * minute, 103}, {4 * minute + 10, 204.5}, {5 * minute + 30'000, 205.5},
                          {6 * minute, 106}, {7 * minute, 107},     {8 * minute, 108},
                          {9 * minute, 109}};
    QCOMPARE(test::history(*m_store, QStringLiteral("AAA"), 0, 10 * minute), expected);

    // A re-sent bar replaces the stored one.
    m_store->writeBars({makeBar(QStringLiteral("AAA"), 9 * minute, 119)});
    QCOMPARE(test::history(*m_store, QStringLiteral("AAA"), 9 * minute, 10 * minute), (Series{{9 * minute, 119}}));
}

QTEST_GUILESS_MAIN(TstHistoryQuery)
#include "tst_historyquery.moc"
