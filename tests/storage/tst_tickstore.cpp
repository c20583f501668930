#include "StorageTestData.h"
#include "TickStore.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <limits>

using namespace tickerline;
using tickerline::test::makeTick;
using tickerline::test::openStore;

class TstTickStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void writeFlushAndReopen();
    void duplicatesInsideBatchAreIgnored();
    void duplicatesAcrossBatchesAreIgnored();
    void uniqueness_data();
    void uniqueness();
    void unusableRowsAreRejected();
    void instrumentsUpsertAndReload();
    void committedBarsAreAnnounced();
    void commitsWithinIntervalWithoutFlush();
    void largeBurstCommitsAtOnce();
    void failedCommitKeepsQueueAndRetries();
    void closeCommitsQueuedTicks();
    void runsOnItsOwnThread();
    void createsParentFolders();
    void openFailsWithClearMessage_data();
    void openFailsWithClearMessage();
    void defaultLocationIsInAppData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstTickStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("ticks.sqlite"));
}

void TstTickStore::writeFlushAndReopen()
{
    const TickBatch batch{makeTick(QStringLiteral("AAPL"), 1000, 190.5, 10),
                          makeTick(QStringLiteral("MSFT"), 1500, 410.25, 3),
                          makeTick(QStringLiteral("AAPL"), 2000, 190.75, 0.5, 42)};
    {
        auto store = openStore(m_path);
        QVERIFY(store);
        store->writeTicks(batch);
        const StoreStatus status = test::flush(*store);
        QCOMPARE(status.state, StoreState::Open);
        QCOMPARE(status.committedTicks, 3u);
        QCOMPARE(status.duplicateTicks, 0u);
        QCOMPARE(status.queuedTicks, 0);
        QCOMPARE(status.location, m_path);
    }
    auto reopened = openStore(m_path);
    QVERIFY(reopened);
    QCOMPARE(test::history(*reopened, QStringLiteral("AAPL")), (Series{{1000, 190.5}, {2000, 190.75}}));
    QCOMPARE(test::history(*reopened, QStringLiteral("MSFT")), (Series{{1500, 410.25}}));
}

void TstTickStore::duplicatesInsideBatchAreIgnored()
{
    auto store = openStore(m_path);
    QVERIFY(store);
    const Tick a = makeTick(QStringLiteral("AAA"), 1000, 10.0);
    const Tick b = makeTick(QStringLiteral("AAA"), 2000, 11.0);
    const Tick c = makeTick(QStringLiteral("AAA"), 3000, 12.0);
    store->writeTicks({a, b, a, c, b});
    const StoreStatus status = test::flush(*store);
    QCOMPARE(status.committedTicks, 3u);
    QCOMPARE(status.duplicateTicks, 2u);
    QCOMPARE(test::history(*store, QStringLiteral("AAA")), (Series{{1000, 10.0}, {2000, 11.0}, {3000, 12.0}}));
}

void TstTickStore::duplicatesAcrossBatchesAreIgnored()
{
    auto store = openStore(m_path);
    QVERIFY(store);
    store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 10.0, 1, 7), makeTick(QStringLiteral("AAA"), 2000, 11.0)});
    QCOMPARE(test::flush(*store).committedTicks, 2u);
    // A reconnect replays both, with one new tick between them.
    store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 10.0, 1, 7), makeTick(QStringLiteral("AAA"), 1500, 10.5),
                       makeTick(QStringLiteral("AAA"), 2000, 11.0)});
    const StoreStatus status = test::flush(*store);
    QCOMPARE(status.committedTicks, 3u);
    QCOMPARE(status.duplicateTicks, 2u);
    QCOMPARE(test::history(*store, QStringLiteral("AAA")), (Series{{1000, 10.0}, {1500, 10.5}, {2000, 11.0}}));
}

void TstTickStore::uniqueness_data()
{
    QTest::addColumn<Tick>("first");
    QTest::addColumn<Tick>("second");
    QTest::addColumn<bool>("bothStored");

    const QString s = QStringLiteral("AAA");
    QTest::newRow("same sequence, other trade") << makeTick(s, 1000, 10, 1, 5) << makeTick(s, 2000, 11, 2, 5) << false;
    QTest::newRow("same trade, other sequence") << makeTick(s, 1000, 10, 1, 5) << makeTick(s, 1000, 10, 1, 6) << true;
    QTest::newRow("same trade, one without sequence")
        << makeTick(s, 1000, 10, 1, 5) << makeTick(s, 1000, 10, 1) << true;
    QTest::newRow("no sequence, same trade") << makeTick(s, 1000, 10, 1) << makeTick(s, 1000, 10, 1) << false;
    QTest::newRow("no sequence, other size") << makeTick(s, 1000, 10, 1) << makeTick(s, 1000, 10, 2) << true;
    QTest::newRow("no sequence, other price") << makeTick(s, 1000, 10, 1) << makeTick(s, 1000, 10.01, 1) << true;
    QTest::newRow("no sequence, received later")
        << makeTick(s, 1000, 10, 1) << [&] { Tick t = makeTick(s, 1000, 10, 1); t.receivedMs += 900; return t; }()
        << false;
    QTest::newRow("same sequence, other provider")
        << makeTick(s, 1000, 10, 1, 5, QStringLiteral("p1")) << makeTick(s, 1000, 10, 1, 5, QStringLiteral("p2"))
        << true;
    QTest::newRow("same sequence, other symbol")
        << makeTick(s, 1000, 10, 1, 5) << makeTick(QStringLiteral("BBB"), 1000, 10, 1, 5) << true;
}

void TstTickStore::uniqueness()
{
    QFETCH(Tick, first);
    QFETCH(Tick, second);
    QFETCH(bool, bothStored);

    auto store = openStore(m_path);
    QVERIFY(store);
    store->writeTicks({first});
    store->writeTicks({second});
    const StoreStatus status = test::flush(*store);
    QCOMPARE(status.committedTicks, bothStored ? 2u : 1u);
    QCOMPARE(status.duplicateTicks, bothStored ? 0u : 1u);
}

void TstTickStore::unusableRowsAreRejected()
{
    auto store = openStore(m_path);
    QVERIFY(store);
    const QString s = QStringLiteral("AAA");
    store->writeTicks({makeTick(s, 1000, std::numeric_limits<double>::quiet_NaN()), makeTick(s, 1000, -1),
                       makeTick(s, 1000, 10, std::numeric_limits<double>::infinity()), makeTick(QString(), 1000, 10),
                       makeTick(s, 2000, 10)});
    Bar broken = test::makeBar(s, 0, 10);
    broken.low = std::nan("");
    store->writeBars({broken});
    const StoreStatus status = test::flush(*store);
    QCOMPARE(status.state, StoreState::Open);
    QCOMPARE(status.rejectedRows, 5u);
    QCOMPARE(status.committedTicks, 1u);
}

void TstTickStore::committedBarsAreAnnounced()
{
    auto store = openStore(m_path);
    QVERIFY(store);
    QSignalSpy stored(store.get(), &TickStore::barsStored);
    store->writeTicks({makeTick(QStringLiteral("AAPL"), 500, 10.0)});
    QVERIFY(test::flush(*store).committedTicks == 1u);
    QCOMPARE(stored.size(), 0);   // ticks alone are not a backfill
    store->writeBars({test::makeBar(QStringLiteral("AAPL"), 60'000, 11.0), test::makeBar(QStringLiteral("NVDA"), 0, 12.0),
                      test::makeBar(QStringLiteral("AAPL"), 180'000, 13.0)});
    test::flush(*store);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).at(0).toStringList(), (QStringList{QStringLiteral("AAPL"), QStringLiteral("NVDA")}));
    QCOMPARE(stored.at(0).at(1).toLongLong(), 0);
    QCOMPARE(stored.at(0).at(2).toLongLong(), 240'000);
}

void TstTickStore::instrumentsUpsertAndReload()
{
    Instrument apple;
    apple.symbol = QStringLiteral("AAPL");
    apple.provider = QStringLiteral("finnhub");
    apple.name = QStringLiteral("Apple Inc");
    apple.currency = QStringLiteral("USD");
    apple.exchange = QStringLiteral("NASDAQ");
    apple.week52High = 199.62;
    apple.week52Low = 124.17;
    apple.logoUrl = QUrl(QStringLiteral("https://example.com/logos/AAPL.png?size=64"));
    apple.logo = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    apple.logoMimeType = QStringLiteral("image/png");
    apple.updatedMs = 1000;
    {
        auto store = openStore(m_path);
        QVERIFY(store);
        store->writeInstruments({apple});
        test::flush(*store);
        // A later quote knows the previous close and a better name, not the logo.
        Instrument update;
        update.symbol = apple.symbol;
        update.provider = apple.provider;
        update.name = QStringLiteral("Apple Inc.");
        update.previousClose = 189.98;
        update.updatedMs = 2000;
        store->writeInstruments({update});
        test::flush(*store);
    }
    auto store = openStore(m_path);
    QVERIFY(store);
    QSignalSpy loaded(store.get(), &TickStore::instrumentsLoaded);
    store->requestInstruments();
    QCOMPARE(loaded.count(), 1);
    const auto instruments = loaded.at(0).at(0).value<InstrumentList>();
    QCOMPARE(instruments.size(), 1);
    Instrument expected = apple;
    expected.name = QStringLiteral("Apple Inc.");
    expected.previousClose = 189.98;
    expected.updatedMs = 2000;
    QCOMPARE(instruments.at(0).logo, expected.logo);
    QCOMPARE(instruments.at(0).logoUrl, expected.logoUrl);
    QVERIFY(instruments.at(0) == expected);
}

void TstTickStore::commitsWithinIntervalWithoutFlush()
{
    auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 20});
    QVERIFY(store);
    QSignalSpy status(store.get(), &TickStore::statusChanged);
    store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 10), makeTick(QStringLiteral("AAA"), 2000, 11)});
    QCOMPARE(status.count(), 0);   // queued, not yet committed
    QTRY_COMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(0).value<StoreStatus>().committedTicks, 2u);
    // Really on disk: a second connection sees the rows.
    test::RawDb raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM ticks")).toInt(), 2);
}

void TstTickStore::largeBurstCommitsAtOnce()
{
    auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 60'000});
    QVERIFY(store);
    QSignalSpy status(store.get(), &TickStore::statusChanged);
    TickBatch burst;
    for (int i = 0; i < 50'000; ++i)
        burst.append(makeTick(QStringLiteral("AAA"), i, 100.0 + i % 7, 1, i));
    store->writeTicks(burst);
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(0).value<StoreStatus>().committedTicks, 50'000u);
}

void TstTickStore::failedCommitKeepsQueueAndRetries()
{
    auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 10});
    QVERIFY(store);
    // Another connection makes every tick insert fail, as a full disk would.
    test::RawDb raw(m_path);
    QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER fail_ticks BEFORE INSERT ON ticks"
                                    " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    QSignalSpy status(store.get(), &TickStore::statusChanged);
    store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 10), makeTick(QStringLiteral("AAA"), 2000, 11)});
    // Logged once when retrying starts, not on every attempt.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot write to database .*disk is full")));
    const StoreStatus retrying = test::flush(*store);
    QCOMPARE(retrying.state, StoreState::Retrying);
    QVERIFY2(retrying.message.contains(QLatin1String("disk is full")), qPrintable(retrying.message));
    QVERIFY(retrying.message.contains(m_path));
    QCOMPARE(retrying.queuedTicks, 2);
    QCOMPARE(retrying.committedTicks, 0u);

    // More ticks arrive meanwhile; then the disk has room again.
    store->writeTicks({makeTick(QStringLiteral("AAA"), 3000, 12)});
    QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER fail_ticks")));
    QTRY_COMPARE(status.last().at(0).value<StoreStatus>().state, StoreState::Open);
    const StoreStatus recovered = status.last().at(0).value<StoreStatus>();
    QCOMPARE(recovered.committedTicks, 3u);
    QCOMPARE(recovered.queuedTicks, 0);
    QVERIFY(recovered.message.isEmpty());
    QCOMPARE(test::history(*store, QStringLiteral("AAA")).size(), 3);
}

void TstTickStore::closeCommitsQueuedTicks()
{
    {
        auto store = openStore(m_path, TickStoreOptions{.commitIntervalMs = 60'000});
        QVERIFY(store);
        store->writeTicks({makeTick(QStringLiteral("AAA"), 1000, 10)});
        store->close();
        store->writeTicks({makeTick(QStringLiteral("AAA"), 2000, 11)});   // kept for a later open
        store->open(m_path);
        store->writeTicks({makeTick(QStringLiteral("AAA"), 3000, 12)});
    }   // the destructor commits what is queued
    auto store = openStore(m_path);
    QVERIFY(store);
    QCOMPARE(test::history(*store, QStringLiteral("AAA")), (Series{{1000, 10}, {2000, 11}, {3000, 12}}));
}

void TstTickStore::runsOnItsOwnThread()
{
    QThread thread;
    thread.setObjectName(QStringLiteral("store"));
    auto *store = new TickStore(SystemClock::instance());
    store->moveToThread(&thread);
    connect(&thread, &QThread::finished, store, &QObject::deleteLater);
    QPointer<TickStore> guard(store);

    // Receivers on this thread: results arrive through queued connections.
    std::optional<StoreStatus> opened;
    std::optional<StoreStatus> flushed;
    std::optional<HistoryResult> result;
    std::atomic<QThread *> flushedOn{nullptr};
    connect(store, &TickStore::opened, this, [&](const StoreStatus &s) { opened = s; });
    connect(store, &TickStore::flushed, this, [&](const StoreStatus &s) { flushed = s; });
    connect(store, &TickStore::flushed, store, [&] { flushedOn = QThread::currentThread(); }, Qt::DirectConnection);
    connect(store, &TickStore::historyReady, this, [&](const HistoryResult &r) { result = r; });
    thread.start();

    const QString path = m_path;
    QMetaObject::invokeMethod(store, [store, path] { store->open(path); });
    const TickBatch batch{makeTick(QStringLiteral("AAA"), 1000, 10), makeTick(QStringLiteral("AAA"), 2000, 11)};
    QMetaObject::invokeMethod(store, [store, batch] { store->writeTicks(batch); });
    QMetaObject::invokeMethod(store, [store] { store->flush(); });
    HistoryRequest request;
    request.id = 77;
    request.symbols = {QStringLiteral("AAA")};
    request.toMs = 10'000;
    QMetaObject::invokeMethod(store, [store, request] { store->requestHistory(request); });

    QTRY_VERIFY(result.has_value());
    QVERIFY(opened.has_value());
    QCOMPARE(opened->state, StoreState::Open);
    QVERIFY(flushed.has_value());
    QCOMPARE(flushed->committedTicks, 2u);
    QCOMPARE(flushedOn.load(), &thread);
    QCOMPARE(result->id, 77u);
    QCOMPARE(result->series.value(QStringLiteral("AAA")), (Series{{1000, 10}, {2000, 11}}));

    // Ticks written just before the thread stops are committed by the destructor, on the store thread.
    QMetaObject::invokeMethod(store, [store] { store->writeTicks({makeTick(QStringLiteral("AAA"), 3000, 12)}); });
    // Quit from the store thread after that call (as ThreadHolder does): QThread::quit()
    // from here could end the loop with the write still queued.
    QMetaObject::invokeMethod(store, [] { QThread::currentThread()->quit(); });
    QVERIFY(thread.wait(10'000));
    QVERIFY(guard.isNull());
    auto reopened = openStore(m_path);
    QVERIFY(reopened);
    QCOMPARE(test::history(*reopened, QStringLiteral("AAA")).size(), 3);
}

void TstTickStore::createsParentFolders()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/c/ticks.sqlite"));
    auto store = openStore(path);
    QVERIFY(store);
    QVERIFY(QFileInfo::exists(path));
}

void TstTickStore::openFailsWithClearMessage_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("openPath");
    QTest::addColumn<QString>("expectedReason");

    QTest::newRow("not a database") << QStringLiteral("garbage.sqlite")
                                    << QByteArray(4096, 'x') << QStringLiteral("garbage.sqlite")
                                    << QStringLiteral("not a database");
    QTest::newRow("folder is a file") << QStringLiteral("plain") << QByteArray("file")
                                      << QStringLiteral("plain/ticks.sqlite")
                                      << QStringLiteral("cannot create folder");
}

void TstTickStore::openFailsWithClearMessage()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, openPath);
    QFETCH(QString, expectedReason);

    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    TickStore store(SystemClock::instance());
    QSignalSpy opened(&store, &TickStore::opened);
    QSignalSpy failed(&store, &TickStore::failed);
    const QString path = m_dir->filePath(openPath);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Cannot open database ")));
    store.open(path);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Cannot open database ") + path + QLatin1Char(':')), qPrintable(message));
    QVERIFY2(message.contains(expectedReason), qPrintable(message));

    // Asking a store that failed still gets an answer, never silence.
    QSignalSpy ready(&store, &TickStore::historyReady);
    store.requestHistory(HistoryRequest{});
    QCOMPARE(ready.count(), 1);
    QVERIFY(!ready.at(0).at(0).value<HistoryResult>().error.isEmpty());
}

void TstTickStore::defaultLocationIsInAppData()
{
    QVERIFY(TickStore::defaultLocation().endsWith(QStringLiteral("/tickerline.sqlite")));
}

QTEST_GUILESS_MAIN(TstTickStore)
#include "tst_tickstore.moc"
