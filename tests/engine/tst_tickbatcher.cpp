#include "MetaTypes.h"
#include "TickBatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

namespace {

TickBatch ticks(qint64 firstTimeMs, int count)
{
    TickBatch out;
    for (int i = 0; i < count; ++i) {
        Tick tick;
        tick.symbol = QStringLiteral("AAPL");
        tick.provider = QStringLiteral("test");
        tick.timeMs = firstTimeMs + i;
        tick.price = 100.0 + i;
        tick.size = 1;
        out.append(tick);
    }
    return out;
}

// Every tick of every batch the spy saw, in order.
TickBatch joined(const QSignalSpy &spy)
{
    TickBatch out;
    for (const QList<QVariant> &call : spy)
        out += call.at(0).value<TickBatch>();
    return out;
}

QList<qint64> times(const TickBatch &batch)
{
    QList<qint64> out;
    for (const Tick &tick : batch)
        out.append(tick.timeMs);
    return out;
}

} // namespace

class TestTickBatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerMetaTypes(); }

    void aBurstLeavesAsOneBatchInOrder()
    {
        TickBatcher batcher;
        QSignalSpy ready(&batcher, &TickBatcher::ticksReady);
        // 100 frames of one socket read, handled before the event loop turns.
        for (int frame = 0; frame < 100; ++frame)
            batcher.handleTicks(ticks(frame * 10, 10));
        QCOMPARE(ready.size(), 0);
        QTRY_COMPARE(ready.size(), 1);
        const TickBatch batch = ready.constFirst().constFirst().value<TickBatch>();
        QCOMPARE(batch.size(), 1000);
        QCOMPARE(times(batch), times(ticks(0, 1000)));
    }

    void aLoneFrameLeavesOnTheNextTurnOfTheLoop()
    {
        TickBatcher batcher;
        QSignalSpy ready(&batcher, &TickBatcher::ticksReady);
        batcher.handleTicks(ticks(5, 3));
        // No timer: the posted hand-off runs as soon as the loop runs.
        QCoreApplication::sendPostedEvents(&batcher);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(times(joined(ready)), (QList<qint64>{5, 6, 7}));
        batcher.handleTicks(ticks(8, 1));
        QCoreApplication::sendPostedEvents(&batcher);
        QCOMPARE(ready.size(), 2);
        QCOMPARE(times(joined(ready)), (QList<qint64>{5, 6, 7, 8}));
    }

    void aFullBatchLeavesAtOnce()
    {
        TickBatcher batcher;
        QSignalSpy ready(&batcher, &TickBatcher::ticksReady);
        batcher.handleTicks(ticks(0, 10));
        batcher.handleTicks(ticks(10, int(TickBatcher::MaxTicks)));
        QCOMPARE(ready.size(), 1);   // without waiting for the loop
        QCOMPARE(ready.constFirst().constFirst().value<TickBatch>().size(), TickBatcher::MaxTicks + 10);
        batcher.handleTicks(ticks(TickBatcher::MaxTicks + 10, 2));
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(times(joined(ready)), times(ticks(0, int(TickBatcher::MaxTicks) + 12)));
    }

    void flushHandsOnWhatWaitsOnce()
    {
        TickBatcher batcher;
        QSignalSpy ready(&batcher, &TickBatcher::ticksReady);
        batcher.flush();
        QCOMPARE(ready.size(), 0);   // nothing waiting, nothing sent
        batcher.handleTicks(ticks(0, 4));
        batcher.flush();
        QCOMPARE(ready.size(), 1);
        QCoreApplication::sendPostedEvents(&batcher);   // the hand-off posted before has nothing left
        QCOMPARE(ready.size(), 1);
        QCOMPARE(joined(ready).size(), 4);
    }

    void emptyBatchesAreIgnored()
    {
        TickBatcher batcher;
        QSignalSpy ready(&batcher, &TickBatcher::ticksReady);
        batcher.handleTicks({});
        QCoreApplication::sendPostedEvents(&batcher);
        QCOMPARE(ready.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTickBatcher)
#include "tst_tickbatcher.moc"
