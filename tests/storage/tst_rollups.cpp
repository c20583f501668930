// The per-series rollups behind wide history queries (RollupAccumulator.h),
// on both backends: wide queries answer what reducing every raw tick would,
// duplicates and re-imports add nothing, older files get them by migration,
// and retention keeps them.
#include "Decimation.h"
#include "PostgresServer.h"
#include "RollupAccumulator.h"
#include "StorageTestData.h"
#include "StoreConnection.h"
#include "StoreWriter.h"
#include "TickStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace tickerline;
using tickerline::test::makeTick;
using tickerline::test::openStore;

namespace {

constexpr qint64 kMinute = 60'000;
// A whole minute, so that reduction buckets of whole minutes line up with the rollups.
constexpr qint64 kT0 = 1'795'478'400'000;   // 2026-11-24T00:00:00Z

// Ticks 250 ms apart, a wobbling walk in cents with one spike each way.
TickBatch walk(const QString &symbol, int count)
{
    TickBatch ticks;
    quint32 state = 12345;
    double price = 100;
    for (int i = 0; i < count; ++i) {
        state = state * 1'103'515'245u + 12'345u;
        price = std::max(1.0, price + double(int(state >> 16) % 21 - 10) / 100.0);
        double p = price;
        if (i == count / 3)
            p = 500;
        if (i == 2 * count / 3)
            p = 0.5;
        const qint64 time = kT0 + qint64(i / 2) * 500 + (i % 2) * 250;
        ticks.append(makeTick(symbol, time, p, double(1 + i % 7)));
    }
    return ticks;
}

HistoryRequest wide(const QString &symbol, qint64 fromMs, qint64 toMs, int maxPoints)
{
    HistoryRequest request;
    request.symbols = {symbol};
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.maxPoints = maxPoints;
    return request;
}

// Per resolution: the number of ticks and their summed size the rollups hold.
struct Totals
{
    qint64 ticks = -1;
    double volume = -1;
    friend bool operator==(const Totals &, const Totals &) = default;
};

Totals totals(const QString &location, qint64 resolutionMs)
{
    StoreConnection raw;
    if (!raw.open(location, StoreConnection::Mode::Write))
        return {};
    QSqlQuery query(raw.database());
    query.prepare(QStringLiteral("SELECT coalesce(sum(ticks), 0), coalesce(sum(volume), 0) FROM rollups"
                                 " WHERE resolution_ms = ?"));
    query.addBindValue(resolutionMs);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toDouble()};
}

Totals rawTotals(const TickBatch &ticks)
{
    Totals sum{0, 0};
    for (const Tick &tick : ticks) {
        ++sum.ticks;
        sum.volume += tick.size;
    }
    return sum;
}

} // namespace

class TstRollups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void wideHistoryEqualsReducedTicks_data() { backends(); }
    void wideHistoryEqualsReducedTicks();
    void unalignedRangeKeepsEndsAndSpikes_data() { backends(); }
    void unalignedRangeKeepsEndsAndSpikes();
    void duplicatesAndReimportsAddNothing_data() { backends(); }
    void duplicatesAndReimportsAddNothing();
    void migrationBuildsWhatTheWriterKeeps();
    void retentionKeepsRollups_data() { backends(); }
    void retentionKeepsRollups();

private:
    void backends();
    QString freshLocation();

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;
};

void TstRollups::initTestCase()
{
    if (test::PostgresServer::binDir().isEmpty())
        return;   // the postgresql rows skip with the reason, or fail where real parts are required
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorMessage()));
}

void TstRollups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstRollups::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

QString TstRollups::freshLocation()
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

void TstRollups::wideHistoryEqualsReducedTicks()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    const TickBatch ticks = walk(QStringLiteral("AAA"), 40'000);
    // In several commits, so that rows of one bucket are merged in the database.
    for (qsizetype done = 0; done < ticks.size(); done += 7'777) {
        store->writeTicks(ticks.mid(done, 7'777));
        QCOMPARE(test::flush(*store).state, StoreState::Open);
    }
    const Series all = test::history(*store, QStringLiteral("AAA"));
    QCOMPARE(all.size(), ticks.size());

    // 100 buckets of whole minutes (5-second and 1-minute rollups), then of
    // whole hours (1-hour rollups).
    for (const qint64 bucketMs : {kMinute, 60 * kMinute}) {
        const qint64 toMs = kT0 + 100 * bucketMs - 1;
        const HistoryResult result = test::history(*store, wide(QStringLiteral("AAA"), kT0, toMs, 400));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.series.value(QStringLiteral("AAA")), decimateMinMax(all, kT0, toMs, 400));
    }
}

void TstRollups::unalignedRangeKeepsEndsAndSpikes()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    const TickBatch ticks = walk(QStringLiteral("AAA"), 40'000);
    store->writeTicks(ticks);
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    // Ends inside a second, a minute and an hour: the edges come from finer
    // rollups and raw ticks. 75 buckets read minute rollups, 4 hour ones.
    const qint64 fromMs = kT0 + 29 * kMinute + 59'750;
    const qint64 toMs = ticks.constLast().timeMs - 250;
    Series expected;
    for (const Tick &tick : ticks) {
        if (tick.timeMs >= fromMs && tick.timeMs <= toMs)
            expected.append({tick.timeMs, tick.price});
    }
    for (const int maxPoints : {300, 16}) {
        const Series points = test::history(*store, wide(QStringLiteral("AAA"), fromMs, toMs, maxPoints))
                                  .series.value(QStringLiteral("AAA"));
        QVERIFY2(points.size() <= maxPoints, QByteArray::number(points.size()).constData());
        QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                               [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; }));
        QCOMPARE(points.constFirst(), expected.constFirst());
        QCOMPARE(points.constLast(), expected.constLast());
        QVERIFY(points.contains(SeriesPoint{ticks.at(ticks.size() / 3).timeMs, 500}));
        QVERIFY(points.contains(SeriesPoint{ticks.at(2 * ticks.size() / 3).timeMs, 0.5}));
        // Every point is a stored tick.
        for (const SeriesPoint &point : points)
            QVERIFY(expected.contains(point));
    }
}

void TstRollups::duplicatesAndReimportsAddNothing()
{
    FRESH_LOCATION(location);
    const TickBatch ticks = walk(QStringLiteral("AAA"), 5'000);
    {
        auto store = openStore(location);
        QVERIFY(store);
        store->writeTicks(ticks.mid(0, 3'000));
        QCOMPARE(test::flush(*store).committedTicks, 3'000u);
        // Half of it again, with the rest: only the rest counts.
        store->writeTicks(ticks.mid(1'500));
        const StoreStatus status = test::flush(*store);
        QCOMPARE(status.committedTicks, 5'000u);
        QCOMPARE(status.duplicateTicks, 1'500u);
    }
    for (const qint64 resolution : kRollupResolutionsMs)
        QCOMPARE(totals(location, resolution), rawTotals(ticks));

    // CSV rows of ticks already stored, and one new one, twice.
    QList<ImportedTick> rows;
    for (const Tick &tick : ticks.mid(0, 100))
        rows.append({QStringLiteral("csv"), tick.symbol, tick.timeMs, tick.price, tick.size, 0});
    rows.append({QStringLiteral("csv"), QStringLiteral("AAA"), kT0 - 1, 99, 3, 0});
    for (int round = 0; round < 2; ++round) {
        StoreConnection connection;
        QVERIFY(connection.open(location, StoreConnection::Mode::Write));
        StoreWriter writer(connection, SystemClock::instance());
        WriteOutcome outcome;
        QVERIFY2(writer.begin() && writer.insertImported(rows, outcome) && writer.commit(),
                 qPrintable(writer.errorMessage()));
        QCOMPARE(outcome.insertedTicks, round == 0 ? 1u : 0u);
    }
    Totals expected = rawTotals(ticks);
    ++expected.ticks;
    expected.volume += 3;
    for (const qint64 resolution : kRollupResolutionsMs)
        QCOMPARE(totals(location, resolution), expected);
}

void TstRollups::migrationBuildsWhatTheWriterKeeps()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    const TickBatch ticks = walk(QStringLiteral("AAA"), 20'000);
    const auto dump = [&path] {
        StoreConnection raw;
        if (!raw.open(path, StoreConnection::Mode::ReadExisting))
            return QStringList{raw.errorMessage()};
        QStringList rows;
        QSqlQuery query(raw.database());
        if (!query.exec(QStringLiteral("SELECT * FROM rollups ORDER BY series, resolution_ms, time_ms")))
            return QStringList{query.lastError().text()};
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            rows.append(row.join(QLatin1Char(',')));
        }
        return rows;
    };
    {
        auto store = openStore(path);
        QVERIFY(store);
        // One commit per tick for a while: rows merged across commits too.
        for (qsizetype i = 0; i < 200; ++i) {
            store->writeTicks({ticks.at(i)});
            test::flush(*store);
        }
        store->writeTicks(ticks.mid(200));
        QCOMPARE(test::flush(*store).committedTicks, quint64(ticks.size()));
    }
    const QStringList kept = dump();
    QVERIFY(kept.size() > 20'000 / 20);
    {
        // The file as version 2 wrote it: ticks (with version 1's receive
        // column and sequences), no rollups.
        test::RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE rollups")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE ticks RENAME COLUMN received_after_ms TO received_ms")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE ticks SET seq = seq - 1")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    QVERIFY(openStore(path));
    QCOMPARE(dump(), kept);
}

void TstRollups::retentionKeepsRollups()
{
    constexpr qint64 day = 86'400'000;
    const qint64 now = kT0 + 10 * day;
    ManualClock clock(now);
    FRESH_LOCATION(location);
    auto store = openStore(location, clock);
    QVERIFY(store);
    store->writeTicks({makeTick(QStringLiteral("AAA"), kT0, 10), makeTick(QStringLiteral("AAA"), kT0 + 1000, 8),
                       makeTick(QStringLiteral("AAA"), now - day, 14)});
    QCOMPARE(test::flush(*store).committedTicks, 3u);
    QSignalSpy applied(store.get(), &TickStore::retentionApplied);
    store->setRetentionDays(3);
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toULongLong(), 2u);
    // Raw ticks are gone; the overview of the old span is history and stays.
    QCOMPARE(test::history(*store, QStringLiteral("AAA"), kT0, now), (Series{{now - day, 14}}));
    const HistoryResult overview = test::history(*store, wide(QStringLiteral("AAA"), kT0, now, 400));
    QCOMPARE(overview.series.value(QStringLiteral("AAA")), (Series{{kT0, 10}, {kT0 + 1000, 8}, {now - day, 14}}));
}

QTEST_GUILESS_MAIN(TstRollups)
#include "tst_rollups.moc"
