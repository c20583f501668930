// CandleBuilder and buildCandles: buckets, OHLCV, late ticks, merged candles, offsets.
#include "Candle.h"

#include <QTest>

#include <vector>

using namespace tickerline;

namespace tickerline {
inline char *toString(const Candle &c)
{
    return qstrdup(QByteArray("Candle(" + QByteArray::number(c.timeMs) + " O" + QByteArray::number(c.open, 'g', 17)
                              + " H" + QByteArray::number(c.high, 'g', 17) + " L" + QByteArray::number(c.low, 'g', 17)
                              + " C" + QByteArray::number(c.close, 'g', 17) + " V"
                              + QByteArray::number(c.volume, 'g', 17) + ')')
                       .constData());
}
} // namespace tickerline

class TstCandleBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketStart_data();
    void bucketStart();
    void ticksIntoBuckets();
    void gapsLeaveNoEmptyCandles();
    void equalTimestamps();
    void lateTickIntoOpenBucket();
    void lateTickIntoOlderBucketAndGap();
    void addCandleMergesByBucket();
    void dailyWithOffset();
    void buildCandlesMatchesBuilder();
    void standardIntervals();
    void clearStartsOver();
};

void TstCandleBuilder::bucketStart_data()
{
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("start") << qint64(60'000) << qint64(60'000) << qint64(0) << qint64(60'000);
    QTest::newRow("inside") << qint64(119'999) << qint64(60'000) << qint64(0) << qint64(60'000);
    QTest::newRow("before 1970") << qint64(-1) << qint64(60'000) << qint64(0) << qint64(-60'000);
    QTest::newRow("offset") << qint64(4 * 3'600'000) << qint64(86'400'000) << qint64(5 * 3'600'000)
                            << qint64(5 * 3'600'000 - 86'400'000);
    QTest::newRow("offset start") << qint64(5 * 3'600'000) << qint64(86'400'000) << qint64(5 * 3'600'000)
                                  << qint64(5 * 3'600'000);
}

void TstCandleBuilder::bucketStart()
{
    QFETCH(qint64, timeMs);
    QFETCH(qint64, intervalMs);
    QFETCH(qint64, offsetMs);
    QFETCH(qint64, expected);
    QCOMPARE(candleBucketStart(timeMs, intervalMs, offsetMs), expected);
}

void TstCandleBuilder::ticksIntoBuckets()
{
    CandleBuilder builder(1'000);
    QCOMPARE(builder.intervalMs(), 1'000);
    builder.add(1'000, 10, 1);
    builder.add(1'200, 12, 2);
    builder.add(1'500, 9, 3);
    builder.add(1'999, 11, 4);
    QCOMPARE(builder.candles().size(), 1);   // the open bucket is there already
    builder.add(2'000, 11.5, 5);
    QCOMPARE(builder.candles(),
             (CandleSeries{{1'000, 10, 12, 9, 11, 10}, {2'000, 11.5, 11.5, 11.5, 11.5, 5}}));
}

void TstCandleBuilder::gapsLeaveNoEmptyCandles()
{
    CandleBuilder builder(1'000);
    builder.add(500, 1, 1);
    builder.add(5'100, 2, 1);
    QCOMPARE(builder.candles(), (CandleSeries{{0, 1, 1, 1, 1, 1}, {5'000, 2, 2, 2, 2, 1}}));
}

void TstCandleBuilder::equalTimestamps()
{
    // Equal times: open is the first to arrive, close the last.
    CandleBuilder builder(1'000);
    builder.add(1'000, 5, 1);
    builder.add(1'000, 7, 1);
    builder.add(1'000, 6, 1);
    QCOMPARE(builder.candles(), (CandleSeries{{1'000, 5, 7, 5, 6, 3}}));
}

void TstCandleBuilder::lateTickIntoOpenBucket()
{
    CandleBuilder builder(1'000);
    builder.add(1'500, 10, 1);
    builder.add(1'800, 11, 1);
    builder.add(1'100, 8, 2);   // late, and earlier than the open: it becomes the open
    builder.add(1'600, 20, 1);  // late, not the close
    QCOMPARE(builder.candles(), (CandleSeries{{1'000, 8, 20, 8, 11, 5}}));
}

void TstCandleBuilder::lateTickIntoOlderBucketAndGap()
{
    CandleBuilder builder(1'000);
    builder.add(1'000, 10, 1);
    builder.add(3'000, 30, 1);
    builder.add(1'900, 12, 1);   // into the held older bucket, as its close
    builder.add(2'500, 25, 1);   // into the gap: a bucket of its own, in order
    builder.add(-500, 1, 1);     // before everything held
    QCOMPARE(builder.candles(), (CandleSeries{{-1'000, 1, 1, 1, 1, 1},
                                              {1'000, 10, 12, 10, 12, 2},
                                              {2'000, 25, 25, 25, 25, 1},
                                              {3'000, 30, 30, 30, 30, 1}}));
}

void TstCandleBuilder::addCandleMergesByBucket()
{
    // 1-minute bars into 5-minute candles, then a tick into the last.
    CandleBuilder builder(300'000);
    builder.addCandle({60'000, 10, 12, 9, 11, 100});
    builder.addCandle({0, 9, 10, 8, 10, 50});          // earlier bar: its open wins
    builder.addCandle({120'000, 11, 15, 10, 14, 25});  // later bar: its close wins
    builder.addCandle({300'000, 14, 14, 13, 13, 5});
    builder.add(310'000, 16, 1);
    QCOMPARE(builder.candles(), (CandleSeries{{0, 9, 15, 8, 14, 175}, {300'000, 14, 16, 13, 16, 6}}));
}

void TstCandleBuilder::dailyWithOffset()
{
    // New York midnight (EST) is 05:00 UTC: days start there.
    const qint64 day = 86'400'000;
    const qint64 hour = 3'600'000;
    const qint64 d0 = 20'000 * day;   // a UTC midnight
    CandleBuilder builder(day, 5 * hour);
    builder.add(d0 + 3 * hour, 100, 1);    // 22:00 NY, previous day
    builder.add(d0 + 5 * hour, 101, 1);    // NY midnight: a new day
    builder.add(d0 + 23 * hour, 103, 1);
    builder.add(d0 + day + 4 * hour, 99, 1);   // still the same NY day
    builder.add(d0 + day + 6 * hour, 98, 1);
    QCOMPARE(builder.candles(), (CandleSeries{{d0 - day + 5 * hour, 100, 100, 100, 100, 1},
                                              {d0 + 5 * hour, 101, 103, 99, 99, 3},
                                              {d0 + day + 5 * hour, 98, 98, 98, 98, 1}}));
}

void TstCandleBuilder::buildCandlesMatchesBuilder()
{
    std::vector<qint64> times;
    std::vector<double> prices;
    std::vector<double> sizes;
    CandleBuilder builder(5'000);
    quint32 seed = 7;
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < 10'000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        t += seed % 700;
        times.push_back(t);
        prices.push_back(100 + (seed % 1000) / 100.0);
        sizes.push_back(seed % 13);
        builder.add(times.back(), prices.back(), sizes.back());
    }
    const CandleSeries candles = buildCandles(times, prices, sizes, 5'000);
    QCOMPARE(candles, builder.candles());
    double volume = 0;
    for (const Candle &c : candles) {
        QCOMPARE(c.timeMs % 5'000, 0);
        QVERIFY(c.low <= c.open && c.open <= c.high);
        QVERIFY(c.low <= c.close && c.close <= c.high);
        volume += c.volume;
    }
    double expected = 0;
    for (double s : sizes)
        expected += s;
    QCOMPARE(volume, expected);
    QVERIFY(buildCandles({}, {}, {}, 1'000).isEmpty());
}

void TstCandleBuilder::standardIntervals()
{
    QCOMPARE(standardCandleIntervalsMs(),
             (QList<qint64>{1'000, 5'000, 60'000, 300'000, 900'000, 3'600'000, 86'400'000}));
}

void TstCandleBuilder::clearStartsOver()
{
    CandleBuilder builder(1'000);
    builder.add(1'000, 5, 1);
    builder.clear();
    QVERIFY(builder.candles().isEmpty());
    builder.add(500, 7, 2);
    QCOMPARE(builder.candles(), (CandleSeries{{0, 7, 7, 7, 7, 2}}));
}

QTEST_APPLESS_MAIN(TstCandleBuilder)
#include "tst_candlebuilder.moc"
