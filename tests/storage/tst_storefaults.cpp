#include "StorageTestData.h"
#include "TestSupport.h"
#include "TickStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tickerline;
using tickerline::test::makeTick;
using tickerline::test::openStore;

namespace {

TickBatch ticks(int count, qint64 firstMs)
{
    TickBatch batch;
    for (int i = 0; i < count; ++i)
        batch.append(makeTick(QStringLiteral("AAA"), firstMs + i, 100.0 + i % 13, 1 + i % 3));
    return batch;
}

StoreStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? StoreStatus{} : spy.constLast().at(0).value<StoreStatus>();
}

} // namespace

// The writer keeps its queue through a full disk, a database held by another
// process and a long outage, says so, and loses nothing once the fault clears.
class TstStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void diskFullIsRetriedWithoutLoss();
    void busyDatabaseIsRetriedUntilReleased();
    void boundedQueueWarnsThenCountsDrops();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstStoreFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ticks.sqlite"));
}

void TstStoreFaults::diskFullIsRetriedWithoutLoss()
{
    auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 10});
    QVERIFY(store);
    store->writeTicks(ticks(10, 0));
    QCOMPARE(test::flush(*store).committedTicks, 10ull);

    // The file may not grow past its size now: the next pages fail as on a full disk.
    store->setMaxDatabaseBytes(1);
    QSignalSpy status(store.get(), &TickStore::statusChanged);
    store->writeTicks(ticks(5000, 1000));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot write to database .*full")));
    const StoreStatus full = test::flush(*store);
    QCOMPARE(full.state, StoreState::Retrying);
    QVERIFY2(full.message.contains(QLatin1String("database or disk is full")), qPrintable(full.message));
    QCOMPARE(full.queuedTicks, 5000);
    QCOMPARE(full.committedTicks, 10ull);

    // Still full on the next attempts; more ticks queue up meanwhile.
    QTRY_VERIFY(status.size() >= 3);
    QCOMPARE(lastStatus(status).state, StoreState::Retrying);
    store->writeTicks(ticks(100, 9000));

    store->setMaxDatabaseBytes(0);
    QTRY_COMPARE(lastStatus(status).state, StoreState::Open);
    const StoreStatus recovered = lastStatus(status);
    QCOMPARE(recovered.committedTicks, 5110ull);
    QCOMPARE(recovered.queuedTicks, 0);
    QVERIFY(recovered.message.isEmpty());
    test::RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM ticks")).toInt(), 5110);
}

void TstStoreFaults::busyDatabaseIsRetriedUntilReleased()
{
    auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 10});
    QVERIFY(store);

    QProcess holder;
    test::endWithThisProcess(holder);
    holder.start(QStringLiteral(LOCK_HOLDER_PATH), {m_path});
    QVERIFY(holder.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += holder.readAllStandardOutput()).contains("locked"), 10'000);

    QSignalSpy status(store.get(), &TickStore::statusChanged);
    store->writeTicks(ticks(300, 0));
    // Each attempt waits out the busy timeout before it gives up.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot write to database .*locked")));
    const StoreStatus busy = test::flush(*store);
    QCOMPARE(busy.state, StoreState::Retrying);
    QVERIFY2(busy.message.contains(QLatin1String("database is locked")), qPrintable(busy.message));
    QCOMPARE(busy.queuedTicks, 300);
    store->writeTicks(ticks(200, 1000));

    holder.write("\n");
    QVERIFY(holder.waitForFinished(30'000));
    QCOMPARE(holder.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, StoreState::Open, 30'000);
    QCOMPARE(lastStatus(status).committedTicks, 500ull);
    QCOMPARE(lastStatus(status).queuedTicks, 0);
}

void TstStoreFaults::boundedQueueWarnsThenCountsDrops()
{
    auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 10, .maxQueuedTicks = 10});
    QVERIFY(store);
    test::RawDb raw(m_path);
    QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER fail_ticks BEFORE INSERT ON ticks"
                                    " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    QSignalSpy status(store.get(), &TickStore::statusChanged);

    store->writeTicks(ticks(7, 0));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot write to database ")));
    QCOMPARE(test::flush(*store).state, StoreState::Retrying);

    // 80 %: one warning in the log, and in the status for the status bar.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("write queue of .* is 80 % full \\(8 of 10")));
    store->writeTicks(ticks(1, 100));
    StoreStatus warned = lastStatus(status);
    QCOMPARE(warned.queuedTicks, 8);
    QVERIFY2(warned.message.contains(QLatin1String("write queue 80 % full (8 of 10 ticks)")), qPrintable(warned.message));
    QVERIFY2(warned.message.startsWith(QLatin1String("Cannot write to database")), qPrintable(warned.message));
    QCOMPARE(warned.droppedTicks, 0ull);

    // Full: the queue keeps what it holds, new ticks are dropped and counted.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("is full \\(10 ticks\\): dropping new ticks")));
    store->writeTicks(ticks(5, 200));
    store->writeTicks(ticks(2, 300));
    const StoreStatus dropping = test::flush(*store);
    QCOMPARE(dropping.queuedTicks, 10);
    QCOMPARE(dropping.droppedTicks, 5ull);
    QVERIFY2(dropping.message.contains(QLatin1String("5 new ticks dropped")), qPrintable(dropping.message));

    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER fail_ticks")));
    QTRY_COMPARE(lastStatus(status).state, StoreState::Open);
    const StoreStatus recovered = lastStatus(status);
    QCOMPARE(recovered.committedTicks, 10ull);
    QCOMPARE(recovered.droppedTicks, 5ull);   // the count stays: those ticks are gone
    QVERIFY(recovered.message.isEmpty());
    QCOMPARE(test::history(*store, QStringLiteral("AAA")).size(), 10);
}

QTEST_GUILESS_MAIN(TstStoreFaults)
#include "tst_storefaults.moc"
