#include "StorageTestData.h"
#include "TickRetention.h"
#include "TickStore.h"

#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace tickerline;
using tickerline::test::makeTick;

namespace {

constexpr qint64 kDay = 86'400'000;
// 2026-11-24T00:00:00Z
constexpr qint64 kNow = 1'795'478'400'000;

qint64 count(const QString &path, const QString &table)
{
    // SQL cannot bind a table name: pick the statement from a fixed list.
    static const QHash<QString, QString> statements{
        {QStringLiteral("ticks"), QStringLiteral("SELECT count(*) FROM ticks")},
        {QStringLiteral("bars"), QStringLiteral("SELECT count(*) FROM bars")},
        {QStringLiteral("series"), QStringLiteral("SELECT count(*) FROM series")},
    };
    Q_ASSERT(statements.contains(table));
    test::RawDb raw(path);
    return raw.scalar(statements.value(table)).toLongLong();
}

} // namespace

class TstRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void offByDefault();
    void deletesOldTicksKeepsBars();
    void appliedAfterOpenAndAgainLater();
    void largePassRunsInChunksBetweenCommits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    ManualClock m_clock{kNow};
};

void TstRetention::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ticks.sqlite"));
    m_clock.setNowMs(kNow);
    auto store = test::openStore(m_path, m_clock);
    QVERIFY(store);
    store->writeTicks({makeTick(QStringLiteral("AAA"), kNow - 10 * kDay, 10),
                       makeTick(QStringLiteral("AAA"), kNow - 3 * kDay - 1, 11),
                       makeTick(QStringLiteral("AAA"), kNow - 3 * kDay, 12),
                       makeTick(QStringLiteral("BBB"), kNow - 5 * kDay, 13, 1, 7, QStringLiteral("other")),
                       makeTick(QStringLiteral("BBB"), kNow - kDay, 14)});
    store->writeBars({test::makeBar(QStringLiteral("AAA"), kNow - 30 * kDay, 9)});
    QCOMPARE(test::flush(*store).committedTicks, 5ull);
}

void TstRetention::offByDefault()
{
    auto store = test::openStore(m_path, m_clock);
    QVERIFY(store);
    QSignalSpy applied(store.get(), &TickStore::retentionApplied);
    store->applyRetention();
    QCOMPARE(applied.size(), 0);
    QCOMPARE(count(m_path, QStringLiteral("ticks")), 5);
}

void TstRetention::deletesOldTicksKeepsBars()
{
    auto store = test::openStore(m_path, m_clock);
    QVERIFY(store);
    QSignalSpy applied(store.get(), &TickStore::retentionApplied);
    store->setRetentionDays(3);
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toULongLong(), 3ull);
    QCOMPARE(applied.at(0).at(1).toLongLong(), kNow - 3 * kDay);
    QCOMPARE(test::history(*store, QStringLiteral("AAA"), kNow - 4 * kDay), (Series{{kNow - 3 * kDay, 12}}));
    QCOMPARE(test::history(*store, QStringLiteral("BBB")), (Series{{kNow - kDay, 14}}));
    QCOMPARE(count(m_path, QStringLiteral("bars")), 1);
    QCOMPARE(count(m_path, QStringLiteral("series")), 3);
}

void TstRetention::appliedAfterOpenAndAgainLater()
{
    TickStore store(m_clock);
    QSignalSpy applied(&store, &TickStore::retentionApplied);
    store.setRetentionDays(7);   // before open: remembered, applied once open
    QCOMPARE(applied.size(), 0);
    store.open(m_path);
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toULongLong(), 1ull);

    // A day later the hourly pass finds nothing new past seven days, three
    // days after that two ticks.
    m_clock.advanceMs(kDay);
    store.applyRetention();
    QTRY_COMPARE(applied.size(), 2);
    QCOMPARE(applied.at(1).at(0).toULongLong(), 0ull);
    m_clock.advanceMs(3 * kDay);
    store.applyRetention();
    QTRY_COMPARE(applied.size(), 3);
    QCOMPARE(applied.at(2).at(0).toULongLong(), 2ull);
    QCOMPARE(count(m_path, QStringLiteral("ticks")), 2);

    store.setRetentionDays(0);
    m_clock.advanceMs(100 * kDay);
    store.applyRetention();
    QCOMPARE(applied.size(), 3);
    QCOMPARE(count(m_path, QStringLiteral("ticks")), 2);
}

void TstRetention::largePassRunsInChunksBetweenCommits()
{
    constexpr int oldTicks = 3 * TickRetention::ChunkRows + 123;
    auto store = test::openStore(m_path, TickStoreOptions{.commitIntervalMs = 10}, m_clock);
    QVERIFY(store);
    TickBatch old;
    for (int i = 0; i < oldTicks; ++i)
        old.append(makeTick(QStringLiteral("CCC"), kNow - 20 * kDay + i, 1 + i % 5));
    store->writeTicks(old);
    QCOMPARE(test::flush(*store).committedTicks, quint64(oldTicks));

    QSignalSpy applied(store.get(), &TickStore::retentionApplied);
    QSignalSpy status(store.get(), &TickStore::statusChanged);
    store->setRetentionDays(2);
    // The pass yields after each chunk: ticks written now are committed by
    // the timer while it runs or right after, never lost or held back.
    store->writeTicks({makeTick(QStringLiteral("CCC"), kNow, 100)});
    QCOMPARE(applied.size(), 0);
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toULongLong(), quint64(oldTicks) + 4);
    QTRY_VERIFY(!status.isEmpty());
    QCOMPARE(status.constLast().at(0).value<StoreStatus>().queuedTicks, 0);
    QCOMPARE(test::history(*store, QStringLiteral("CCC")), (Series{{kNow, 100}}));
}

QTEST_GUILESS_MAIN(TstRetention)
#include "tst_retention.moc"
