#include "Schema.h"
#include "StorageTestData.h"
#include "TickStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace tickerline;
using tickerline::test::RawDb;

class TstMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void freshDatabaseGetsLatestVersion();
    void reopeningChangesNothing();
    void versionOneIsMigratedKeepingRows();
    void olderFileIsBackedUpFirst();
    void existingBackupIsNeverOverwritten();
    void newerVersionIsRefused();
    void failedStepLeavesFileUntouched();
    void failedLaterStepUndoesEarlierSteps();

private:
    [[nodiscard]] QString openAndFail();
    void writeVersionOne();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ticks.sqlite"));
}

QString TstMigrations::openAndFail()
{
    TickStore store(SystemClock::instance());
    QSignalSpy opened(&store, &TickStore::opened);
    QSignalSpy failed(&store, &TickStore::failed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot open database ")));
    store.open(m_path);
    if (opened.count() != 0 || failed.count() != 1)
        return {};
    return failed.at(0).at(0).toString();
}

void TstMigrations::freshDatabaseGetsLatestVersion()
{
    QVERIFY(latestSchemaVersion() >= 2);
    QVERIFY(test::openStore(m_path));
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                       " AND name IN ('series', 'ticks', 'bars', 'instruments')"))
                 .toInt(),
             4);
}

void TstMigrations::reopeningChangesNothing()
{
    {
        auto store = test::openStore(m_path);
        QVERIFY(store);
        store->writeTicks({test::makeTick(QStringLiteral("AAA"), 1000, 10)});
    }
    auto store = test::openStore(m_path);
    QVERIFY(store);
    QCOMPARE(test::history(*store, QStringLiteral("AAA")).size(), 1);
}

void TstMigrations::writeVersionOne()
{
    // A file as version 1 left it: ticks only, no instruments or bars.
    RawDb raw(m_path);
    QVERIFY(raw.isOpen());
    const QString v1[] = {
        QStringLiteral("CREATE TABLE series (id INTEGER PRIMARY KEY, provider TEXT NOT NULL,"
                       " symbol TEXT NOT NULL, UNIQUE (provider, symbol))"),
        QStringLiteral("CREATE INDEX series_by_symbol ON series (symbol)"),
        QStringLiteral("CREATE TABLE ticks (series INTEGER NOT NULL REFERENCES series (id),"
                       " time_ms INTEGER NOT NULL, price REAL NOT NULL, size REAL NOT NULL,"
                       " seq INTEGER NOT NULL, received_ms INTEGER NOT NULL,"
                       " PRIMARY KEY (series, time_ms, price, size, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE UNIQUE INDEX ticks_unique_seq ON ticks (series, seq) WHERE seq >= 0"),
        QStringLiteral("INSERT INTO series (id, provider, symbol) VALUES (1, 'sim', 'OLD')"),
        QStringLiteral("INSERT INTO ticks VALUES (1, 1000, 10.5, 1, -1, 1001)"),
        QStringLiteral("INSERT INTO ticks VALUES (1, 2000, 11.5, 2, 9, 2001)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
    for (const QString &sql : v1)
        QVERIFY(raw.exec(sql));
}

void TstMigrations::versionOneIsMigratedKeepingRows()
{
    writeVersionOne();
    auto store = test::openStore(m_path);
    QVERIFY(store);
    QCOMPARE(test::history(*store, QStringLiteral("OLD")), (Series{{1000, 10.5}, {2000, 11.5}}));
    // The old uniqueness rules still hold, and the new tables work.
    store->writeTicks({test::makeTick(QStringLiteral("OLD"), 2500, 12, 1, 9)});
    store->writeBars({test::makeBar(QStringLiteral("OLD"), 60'000, 13)});
    const StoreStatus status = test::flush(*store);
    QCOMPARE(status.state, StoreState::Open);
    QCOMPARE(status.duplicateTicks, 1ull);
    QCOMPARE(test::history(*store, QStringLiteral("OLD")), (Series{{1000, 10.5}, {2000, 11.5}, {60'000, 13}}));

    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    // The receive times survive as their distance from the exchange time.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT received_after_ms FROM ticks WHERE time_ms = 1000")).toLongLong(), 1);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT received_after_ms FROM ticks WHERE time_ms = 2000")).toLongLong(), 1);
    // And the sequences moved up by one, "none" to 0.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT seq FROM ticks WHERE time_ms = 1000")).toLongLong(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT seq FROM ticks WHERE time_ms = 2000")).toLongLong(), 10);
}

void TstMigrations::olderFileIsBackedUpFirst()
{
    writeVersionOne();
    QVERIFY(test::openStore(m_path));
    const QString backup = m_path + QStringLiteral(".v1.bak");
    QVERIFY(QFileInfo::exists(backup));
    RawDb old(backup);
    QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) FROM ticks")).toInt(), 2);
    QCOMPARE(old.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'bars'")).toInt(), 0);
    RawDb migrated(m_path);
    QCOMPARE(migrated.scalar(QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());

    // Files that need no migration get no copy.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(test::openStore(fresh));
    QVERIFY(test::openStore(fresh));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("fresh*.bak")}, QDir::Files), QStringList());
}

void TstMigrations::existingBackupIsNeverOverwritten()
{
    writeVersionOne();
    QFile earlier(m_path + QStringLiteral(".v1.bak"));
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("an earlier backup");
    earlier.close();
    QVERIFY(test::openStore(m_path));
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("an earlier backup"));
    RawDb second(m_path + QStringLiteral(".v1.2.bak"));
    QCOMPARE(second.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TstMigrations::newerVersionIsRefused()
{
    {
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QString message = openAndFail();
    QVERIFY2(message.startsWith(QStringLiteral("Cannot open database ") + m_path), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("999")), qPrintable(message));

    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 999);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'ticks'")).toInt(), 0);
}

void TstMigrations::failedStepLeavesFileUntouched()
{
    {
        // Someone else's database that happens to have a 'ticks' table.
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE ticks (whatever TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO ticks VALUES ('keep me')")));
    }
    const QString message = openAndFail();
    QVERIFY2(message.contains(QLatin1String("migration from version 0 to 1 failed")), qPrintable(message));

    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'series'")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT whatever FROM ticks")).toString(), QStringLiteral("keep me"));
}

void TstMigrations::failedLaterStepUndoesEarlierSteps()
{
    {
        // Step 1 would succeed here, step 2 cannot create its 'bars'.
        RawDb raw(m_path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bars (mine TEXT)")));
    }
    const QString message = openAndFail();
    QVERIFY2(message.contains(QLatin1String("migration from version 0 to 2 failed")), qPrintable(message));
    RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('series', 'ticks')")).toInt(),
             0);
}

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
