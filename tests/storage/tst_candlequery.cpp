// Candle (OHLCV) history computed by the store in SQL, on a SQLite file and
// on a PostgreSQL database of a throw-away server (tests/support/PostgresServer):
// the same candles CandleBuilder makes from the same ticks, bars filling
// tick-less buckets and the tick-less part of a bucket, bucket boundaries and offsets, empty ranges, and the
// result crossing from the store thread.
#include "Candle.h"
#include "PostgresServer.h"
#include "StorageTestData.h"
#include "TickStore.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <limits>
#include <memory>
#include <optional>

using namespace tickerline;
using tickerline::test::makeBar;
using tickerline::test::makeTick;
using tickerline::test::openStore;

namespace tickerline {
inline char *toString(const CandleSeries &candles)
{
    QByteArray text = "[";
    for (const Candle &c : candles) {
        text += "(" + QByteArray::number(c.timeMs) + " O" + QByteArray::number(c.open, 'g', 17) + " H"
                + QByteArray::number(c.high, 'g', 17) + " L" + QByteArray::number(c.low, 'g', 17) + " C"
                + QByteArray::number(c.close, 'g', 17) + " V" + QByteArray::number(c.volume, 'g', 17) + ") ";
    }
    text += ']';
    return qstrdup(text.constData());
}
} // namespace tickerline

namespace {

const QString Aapl = QStringLiteral("AAPL");

HistoryRequest candleRequest(const QStringList &symbols, qint64 intervalMs, qint64 offsetMs = 0, qint64 fromMs = 0,
                             qint64 toMs = std::numeric_limits<qint64>::max())
{
    HistoryRequest request;
    request.symbols = symbols;
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.candleIntervalMs = intervalMs;
    request.candleOffsetMs = offsetMs;
    return request;
}

Bar makeOhlcBar(qint64 timeMs, double open, double high, double low, double close, double volume,
                qint64 intervalMs = 60'000)
{
    Bar bar = makeBar(Aapl, timeMs, close, intervalMs);
    bar.open = open;
    bar.high = high;
    bar.low = low;
    bar.volume = volume;
    return bar;
}

} // namespace

class TstCandleQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void ticksMatchCandleBuilder_data();
    void ticksMatchCandleBuilder();
    void providersOfOneSymbolAreMerged_data() { backends(); }
    void providersOfOneSymbolAreMerged();
    void identicalPrintsCountInVolume_data() { backends(); }
    void identicalPrintsCountInVolume();
    void barsFillTicklessBuckets_data() { backends(); }
    void barsFillTicklessBuckets();
    void barsFillTheTicklessPartOfABucket_data() { backends(); }
    void barsFillTheTicklessPartOfABucket();
    void intervalBoundaries_data() { backends(); }
    void intervalBoundaries();
    void emptyRange_data() { backends(); }
    void emptyRange();
    void lineRequestsHaveNoCandles_data() { backends(); }
    void lineRequestsHaveNoCandles();
    void candlesCrossThreads();

private:
    void backends();
    QString freshLocation();

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;
};

void TstCandleQuery::initTestCase()
{
    if (test::PostgresServer::binDir().isEmpty())
        return;   // the postgresql rows skip with the reason, or fail where real parts are required
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorMessage()));
}

void TstCandleQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCandleQuery::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

QString TstCandleQuery::freshLocation()
{
    QFETCH(bool, postgres);
    const QString name = QStringLiteral("db%1").arg(++m_databases);
    if (!postgres)
        return m_dir->filePath(name + QStringLiteral(".sqlite"));
    if (!m_server)
        return {};
    return m_server->createDatabase(name) ? m_server->url(name) : QString();
}

#define FRESH_LOCATION(var)                                                                    \
    const QString var = freshLocation();                                                       \
    if (var.isEmpty() && !m_server)                                                            \
        TICKERLINE_POSTGRES_MISSING();                                                         \
    QVERIFY2(!var.isEmpty(), qPrintable(m_server ? m_server->errorMessage() : QString()))

void TstCandleQuery::ticksMatchCandleBuilder_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<qint64>("offsetMs");
    // 1s and 1m over three days are more buckets than the store queries one
    // by one (one GROUP BY); 1h and 1d take a query per bucket: both paths.
    for (const bool postgres : {false, true}) {
        const char *backend = postgres ? "postgresql" : "sqlite";
        QTest::addRow("%s 1s", backend) << postgres << qint64(1'000) << qint64(0);
        QTest::addRow("%s 1m", backend) << postgres << qint64(60'000) << qint64(0);
        QTest::addRow("%s 1h offset 20m", backend) << postgres << qint64(3'600'000) << qint64(20 * 60'000);
        QTest::addRow("%s 1d offset -5h", backend) << postgres << qint64(86'400'000) << qint64(-5 * 3'600'000);
    }
}

void TstCandleQuery::ticksMatchCandleBuilder()
{
    QFETCH(qint64, intervalMs);
    QFETCH(qint64, offsetMs);
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);

    // Three days of ticks at irregular times (distinct, so open and close are
    // unambiguous), whole-number sizes so that sums are exact in any order.
    TickBatch ticks;
    CandleBuilder builder(intervalMs, offsetMs);
    quint32 seed = 2024;
    qint64 t = 1'700'000'000'000;
    double price = 100;
    for (int i = 0; i < 3'000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        t += 1 + seed % 170'000;
        price *= 1.0 + (double(seed % 2001) - 1000.0) / 1e5;
        const double size = double(seed % 9);
        ticks.append(makeTick(Aapl, t, price, size));
        builder.add(t, price, size);
    }
    store->writeTicks(ticks);
    QCOMPARE(test::flush(*store).state, StoreState::Open);

    const HistoryResult result = test::history(*store, candleRequest({Aapl}, intervalMs, offsetMs));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.series.isEmpty());
    const CandleSeries candles = result.candles.value(Aapl);
    QVERIFY(candles.size() > 1);
    QCOMPARE(candles, builder.candles());
}

void TstCandleQuery::providersOfOneSymbolAreMerged()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    const QString other = QStringLiteral("other");
    store->writeTicks({makeTick(Aapl, 1'000, 10, 1), makeTick(Aapl, 1'500, 30, 2, -1, other),
                       makeTick(Aapl, 1'700, 5, 3), makeTick(Aapl, 1'900, 12, 4, -1, other),
                       makeTick(QStringLiteral("MSFT"), 1'200, 99, 5)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    const HistoryResult result = test::history(*store, candleRequest({Aapl}, 1'000));
    QCOMPARE(result.candles.value(Aapl), (CandleSeries{{1'000, 10, 30, 5, 12, 10}}));
}

// Three identical Finnhub prints in one frame are three trades: the candle
// (from the rollups and from the ticks) counts all their volume, and the
// same frame delivered again after a reconnect counts nothing more.
void TstCandleQuery::identicalPrintsCountInVolume()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    TickBatch frame{makeTick(Aapl, 1'000, 10, 2), makeTick(Aapl, 1'000, 10, 2), makeTick(Aapl, 1'000, 10, 2),
                    makeTick(Aapl, 1'400, 11, 5)};
    numberIdenticalTicks(frame);
    store->writeTicks(frame);
    QCOMPARE(test::flush(*store).committedTicks, 4u);
    store->writeTicks(frame);
    const StoreStatus again = test::flush(*store);
    QCOMPARE(again.committedTicks, 4u);
    QCOMPARE(again.duplicateTicks, 4u);
    for (const qint64 interval : {qint64(1'000), qint64(3'600'000)}) {
        const HistoryResult result = test::history(*store, candleRequest({Aapl}, interval));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const CandleSeries candles = result.candles.value(Aapl);
        QCOMPARE(candles.size(), 1);
        QCOMPARE(candles.first().volume, 11.0);
    }
}

void TstCandleQuery::barsFillTicklessBuckets()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    const qint64 fiveMin = 300'000;
    // Ticks only in the bucket [300'000, 600'000).
    store->writeTicks({makeTick(Aapl, 310'000, 50, 1), makeTick(Aapl, 420'000, 52, 2)});
    store->writeBars({
        // Bucket [0, 300'000): three 1-minute bars merge; a 1-hour bar
        // starting there too is coarser and not counted again.
        makeOhlcBar(0, 40, 42, 39, 41, 10),
        makeOhlcBar(60'000, 41, 45, 40, 44, 20),
        makeOhlcBar(120'000, 44, 44, 38, 39, 30),
        makeOhlcBar(0, 40, 60, 30, 55, 1'000, 3'600'000),
        // Inside the ticked bucket: ticks win.
        makeOhlcBar(300'000, 1, 1, 1, 1, 99),
        // Bucket [900'000, 1'200'000): a single bar.
        makeOhlcBar(960'000, 60, 61, 59, 60.5, 7),
    });
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    const HistoryResult result = test::history(*store, candleRequest({Aapl}, fiveMin));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.candles.value(Aapl), (CandleSeries{{0, 40, 45, 38, 39, 60},
                                                       {300'000, 50, 52, 50, 52, 3},
                                                       {900'000, 60, 61, 59, 60.5, 7}}));
}

// The open candle at start: a backfill of its first minutes, then live
// ticks. The candle opens with the first bar, closes with the last bar after
// the ticks and counts all of their volume; the bar whose minute holds ticks
// is not counted twice.
void TstCandleQuery::barsFillTheTicklessPartOfABucket()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    const qint64 fiveMin = 300'000;
    store->writeBars({
        makeOhlcBar(1'200'000, 70, 72, 69, 71, 5),
        makeOhlcBar(1'260'000, 71, 71, 68, 68.5, 6),
        makeOhlcBar(1'320'000, 1, 99, 0.5, 1, 99),   // the ticks' minute: they win
        makeOhlcBar(1'380'000, 73, 74, 72.5, 72.75, 4),
    });
    store->writeTicks({makeTick(Aapl, 1'330'000, 69, 1), makeTick(Aapl, 1'350'000, 73, 2)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    const HistoryResult result = test::history(*store, candleRequest({Aapl}, fiveMin));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.candles.value(Aapl), (CandleSeries{{1'200'000, 70, 74, 68, 72.75, 18}}));

    // Ticks before and after a bar: the ticks open and close the candle.
    store->writeTicks({makeTick(Aapl, 1'201'000, 65, 1), makeTick(Aapl, 1'499'000, 80, 1)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    const HistoryResult again = test::history(*store, candleRequest({Aapl}, fiveMin));
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    // The first minute's bar now holds a tick: 1'260'000 and 1'380'000 remain.
    QCOMPARE(again.candles.value(Aapl), (CandleSeries{{1'200'000, 65, 80, 65, 80, 15}}));
}

void TstCandleQuery::intervalBoundaries()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    store->writeTicks({makeTick(Aapl, 59'999, 1, 1), makeTick(Aapl, 60'000, 2, 1), makeTick(Aapl, 119'999, 3, 1),
                       makeTick(Aapl, 120'000, 4, 1), makeTick(Aapl, 180'000, 5, 1)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);

    // The first millisecond of a bucket opens it, the last closes it.
    QCOMPARE(test::history(*store, candleRequest({Aapl}, 60'000)).candles.value(Aapl),
             (CandleSeries{{0, 1, 1, 1, 1, 1}, {60'000, 2, 3, 2, 3, 2}, {120'000, 4, 4, 4, 4, 1},
                           {180'000, 5, 5, 5, 5, 1}}));
    // from and to are inclusive tick times; a bucket cut by them holds only what is inside.
    QCOMPARE(test::history(*store, candleRequest({Aapl}, 60'000, 0, 60'000, 120'000)).candles.value(Aapl),
             (CandleSeries{{60'000, 2, 3, 2, 3, 2}, {120'000, 4, 4, 4, 4, 1}}));
    QCOMPARE(test::history(*store, candleRequest({Aapl}, 60'000, 0, 60'001, 119'999)).candles.value(Aapl),
             (CandleSeries{{60'000, 3, 3, 3, 3, 1}}));
    // An offset moves the boundaries: buckets start at 30'000 + k * 60'000.
    QCOMPARE(test::history(*store, candleRequest({Aapl}, 60'000, 30'000)).candles.value(Aapl),
             (CandleSeries{{30'000, 1, 2, 1, 2, 2}, {90'000, 3, 4, 3, 4, 2}, {150'000, 5, 5, 5, 5, 1}}));
}

void TstCandleQuery::emptyRange()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    store->writeTicks({makeTick(Aapl, 1'000, 10)});
    store->writeBars({makeBar(Aapl, 60'000, 11)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    const QString unknown = QStringLiteral("NOPE");
    const HistoryResult result = test::history(*store, candleRequest({Aapl, unknown}, 1'000, 0, 100'000, 200'000));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.candles.size(), 2);   // every symbol answers, empty or not
    QVERIFY(result.candles.value(Aapl).isEmpty());
    QVERIFY(result.candles.value(unknown).isEmpty());
    // An empty database answers too.
    FRESH_LOCATION(emptyLocation);
    auto empty = openStore(emptyLocation);
    QVERIFY(empty);
    const HistoryResult none = test::history(*empty, candleRequest({Aapl}, 60'000));
    QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
    QVERIFY(none.candles.contains(Aapl));
    QVERIFY(none.candles.value(Aapl).isEmpty());
}

void TstCandleQuery::lineRequestsHaveNoCandles()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    store->writeTicks({makeTick(Aapl, 1'000, 10), makeTick(Aapl, 2'000, 11)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    HistoryRequest request = candleRequest({Aapl}, 0);
    request.maxPoints = 0;
    const HistoryResult result = test::history(*store, request);
    QVERIFY(result.candles.isEmpty());
    QCOMPARE(result.series.value(Aapl), (Series{{1'000, 10}, {2'000, 11}}));
}

void TstCandleQuery::candlesCrossThreads()
{
    QThread thread;
    auto *store = new TickStore(SystemClock::instance());
    store->moveToThread(&thread);
    connect(&thread, &QThread::finished, store, &QObject::deleteLater);
    std::optional<HistoryResult> result;
    connect(store, &TickStore::historyReady, this, [&](const HistoryResult &r) { result = r; });
    thread.start();

    const QString path = m_dir->filePath(QStringLiteral("threads.sqlite"));
    QMetaObject::invokeMethod(store, [store, path] { store->open(path); });
    const TickBatch batch{makeTick(Aapl, 1'000, 10, 2), makeTick(Aapl, 1'500, 12, 3)};
    QMetaObject::invokeMethod(store, [store, batch] { store->writeTicks(batch); });
    QMetaObject::invokeMethod(store, [store] { store->flush(); });
    HistoryRequest request = candleRequest({Aapl}, 1'000);
    request.id = 5;
    QMetaObject::invokeMethod(store, [store, request] { store->requestHistory(request); });

    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->id, 5u);
    QCOMPARE(result->candles.value(Aapl), (CandleSeries{{1'000, 10, 12, 10, 12, 5}}));
    QMetaObject::invokeMethod(store, [] { QThread::currentThread()->quit(); });
    QVERIFY(thread.wait(10'000));
}

QTEST_MAIN(TstCandleQuery)
#include "tst_candlequery.moc"
