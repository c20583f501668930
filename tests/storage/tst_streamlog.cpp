// The serving collector's stream log: committed ticks numbered one by one in
// commit order (duplicates not), the numbering kept across a reopen, read
// back after a sequence or from a receive time in pages, and write
// confirmations that come only after the commit.

#include "StorageTestData.h"
#include "TickStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tickerline;
using tickerline::test::makeTick;

namespace {

std::unique_ptr<TickStore> openStreaming(const QString &path)
{
    auto store = std::make_unique<TickStore>(SystemClock::instance());
    store->setStreamLog(true);
    QSignalSpy opened(store.get(), &TickStore::opened);
    store->open(path);
    return opened.count() == 1 ? std::move(store) : nullptr;
}

StreamResult read(TickStore &store, const StreamRequest &request)
{
    QSignalSpy ready(&store, &TickStore::streamReady);
    store.requestStream(request);
    return ready.count() == 1 ? ready.at(0).at(0).value<StreamResult>() : StreamResult{};
}

} // namespace

class TestStreamLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("stream.sqlite"));
    }

    void committedTicksAreNumberedOnce()
    {
        auto store = openStreaming(m_path);
        QVERIFY(store);
        QSignalSpy committed(store.get(), &TickStore::ticksCommitted);
        const TickBatch first{makeTick(QStringLiteral("A"), 1000, 1.5), makeTick(QStringLiteral("B"), 1001, 2.5),
                              makeTick(QStringLiteral("A"), 1002, 1.75, 1, 7)};
        store->writeTicks(first);
        (void)test::flush(*store);
        // Again, plus one new: only the new one is numbered.
        store->writeTicks(first + TickBatch{makeTick(QStringLiteral("B"), 1003, 2.75)});
        (void)test::flush(*store);
        QCOMPARE(committed.count(), 2);
        const auto one = committed.at(0).at(0).value<StreamBatch>();
        const auto two = committed.at(1).at(0).value<StreamBatch>();
        QCOMPARE(one.firstSequence, 1);
        QCOMPARE(one.ticks, first);
        QCOMPARE(two.firstSequence, 4);
        QCOMPARE(two.ticks.size(), 1);
        QCOMPARE(two.ticks.constFirst().timeMs, 1003);

        // Reopened, the numbering goes on where it was.
        store.reset();
        store = openStreaming(m_path);
        QVERIFY(store);
        QSignalSpy again(store.get(), &TickStore::ticksCommitted);
        store->writeTicks({makeTick(QStringLiteral("A"), 2000, 3.0)});
        (void)test::flush(*store);
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.at(0).at(0).value<StreamBatch>().firstSequence, 5);
    }

    void readsAfterSequenceInPages()
    {
        auto store = openStreaming(m_path);
        QVERIFY(store);
        TickBatch ticks;
        for (int i = 0; i < 10; ++i)
            ticks.append(makeTick(i % 2 ? QStringLiteral("B") : QStringLiteral("A"), 1000 + i, 1.0 + i));
        store->writeTicks(ticks);
        (void)test::flush(*store);

        StreamRequest request;
        request.afterSequence = 2;
        request.symbols = {QStringLiteral("A")};
        request.maxTicks = 4;
        const StreamResult page = read(*store, request);
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.sequences, (QList<qint64>{3, 5}));   // 3..6 scanned, A's kept
        QCOMPARE(page.coveredSequence, 6);
        QVERIFY(!page.complete);
        request.afterSequence = page.coveredSequence;
        const StreamResult rest = read(*store, request);
        QCOMPARE(rest.sequences, (QList<qint64>{7, 9}));
        QCOMPARE(rest.ticks.constFirst(), ticks.at(6));
        QCOMPARE(rest.coveredSequence, 10);
        QVERIFY(rest.complete);

        // A read commits what is queued first: nothing written before it is missed.
        store->writeTicks({makeTick(QStringLiteral("A"), 5000, 9.0)});
        request.afterSequence = 10;
        const StreamResult fresh = read(*store, request);
        QCOMPARE(fresh.sequences, QList<qint64>{11});
        QCOMPARE(fresh.coveredSequence, 11);
    }

    void readsFromReceiveTime()
    {
        auto store = openStreaming(m_path);
        QVERIFY(store);
        store->writeTicks({makeTick(QStringLiteral("A"), 1000, 1.0), makeTick(QStringLiteral("A"), 2000, 2.0),
                           makeTick(QStringLiteral("A"), 3000, 3.0)});
        StreamRequest request;
        request.sinceReceivedMs = 2000;   // makeTick receives 5 ms after the exchange time
        const StreamResult result = read(*store, request);
        QCOMPARE(result.sequences, (QList<qint64>{2, 3}));
        request.sinceReceivedMs = 10'000;
        const StreamResult none = read(*store, request);
        QVERIFY(none.ticks.isEmpty());
        QCOMPARE(none.coveredSequence, 3);
    }

    void confirmationsFollowTheCommit()
    {
        auto store = openStreaming(m_path);
        QVERIFY(store);
        QSignalSpy confirmed(store.get(), &TickStore::writeConfirmed);
        const TickBatch batch{makeTick(QStringLiteral("P"), 1000, 5.0)};
        store->writeAndConfirm(batch, 41);
        QCOMPARE(confirmed.count(), 0);   // queued, not committed yet
        QTRY_COMPARE(confirmed.count(), 1);   // the commit timer
        QCOMPARE(confirmed.at(0).at(0).toULongLong(), 41u);
        QVERIFY(confirmed.at(0).at(1).toBool());
        // A repeat is confirmed too: it is stored already.
        store->writeAndConfirm(batch, 42);
        (void)test::flush(*store);
        QCOMPARE(confirmed.count(), 2);
        QCOMPARE(confirmed.at(1).at(0).toULongLong(), 42u);
        QVERIFY(confirmed.at(1).at(1).toBool());
    }

    void plainRecordingWritesNoStream()
    {
        auto store = test::openStore(m_path);
        QVERIFY(store);
        QSignalSpy committed(store.get(), &TickStore::ticksCommitted);
        store->writeTicks({makeTick(QStringLiteral("A"), 1000, 1.0)});
        (void)test::flush(*store);
        QCOMPARE(committed.count(), 0);
        const StreamResult result = read(*store, StreamRequest{});
        QVERIFY(result.ticks.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestStreamLog)
#include "tst_streamlog.moc"
