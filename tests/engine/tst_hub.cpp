#include "Hub.h"
#include "MetaTypes.h"

#include <QSignalSpy>
#include <QThread>
#include <QTest>

#include <numeric>

using namespace tickerline;

namespace {
Tick tick(const char *symbol, qint64 timeMs, double price, double size = 1)
{
    Tick t;
    t.symbol = QString::fromLatin1(symbol);
    t.provider = QStringLiteral("test");
    t.timeMs = timeMs;
    t.price = price;
    t.size = size;
    return t;
}
} // namespace

class TestHub final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerMetaTypes(); }

    void foldsABurstIntoFewFrames()
    {
        Hub hub(50);
        QSignalSpy frames(&hub, &Hub::frameReady);
        // 1000 batches delivered back to back, before the event loop runs.
        double volume = 0;
        for (int batch = 0; batch < 1000; ++batch) {
            TickBatch ticks;
            for (int i = 0; i < 10; ++i) {
                const int n = batch * 10 + i;
                ticks.append(tick("AAPL", 1'000 + n, 100.0 + n * 0.01, 2));
                volume += 2;
            }
            hub.handleTicks(ticks);
        }
        QVERIFY(frames.wait(2000));
        QCOMPARE(frames.size(), 1);
        const auto frame = frames.takeFirst().constFirst().value<Frame>();
        QCOMPARE(frame.ticks, quint64(10'000));
        const Quote quote = frame.quotes.value(QStringLiteral("AAPL"));
        QCOMPARE(quote.last, 100.0 + 9'999 * 0.01);
        QCOMPARE(quote.timeMs, qint64(1'000 + 9'999));
        QCOMPARE(quote.volume, volume);
        QCOMPARE(quote.tickCount, quint64(10'000));
        // Nothing thins the points on the way: the chart reduces them once, to
        // its pixel columns. Every tick is a point, with its size.
        const Series points = frame.points.value(QStringLiteral("AAPL"));
        QCOMPARE(points.size(), qsizetype(10'000));
        QCOMPARE(points.constFirst().timeMs, qint64(1'000));
        QCOMPARE(points.constLast().timeMs, qint64(1'000 + 9'999));
        double pointVolume = 0;
        for (const SeriesPoint &p : points)
            pointVolume += p.size;
        QCOMPARE(pointVolume, volume);
    }

    void ticksFoldedOnAnotherThreadMakeOneFrame()
    {
        // Feeds call handleTicks on their own thread; the frame comes out on
        // the hub's, once, with every tick of every batch.
        Hub hub(20);
        QSignalSpy frames(&hub, &Hub::frameReady);
        QThread *feed = QThread::create([&hub] {
            for (int batch = 0; batch < 200; ++batch)
                hub.handleTicks({tick("AAPL", 1 + 2 * batch, 10.0 + batch), tick("MSFT", 2 + 2 * batch, 20.0)});
        });
        feed->start();
        QVERIFY(feed->wait(10'000));
        delete feed;
        quint64 folded = 0;
        QTRY_COMPARE_WITH_TIMEOUT((folded = std::accumulate(frames.cbegin(), frames.cend(), quint64(0),
                                                             [](quint64 n, const QList<QVariant> &args) {
                                                                 return n + args.constFirst().value<Frame>().ticks;
                                                             })),
                                  quint64(400), 5000);
        QVERIFY2(frames.size() <= 2, QByteArray::number(frames.size()).constData());
        QCOMPARE(frames.constLast().constFirst().value<Frame>().quotes.value(QStringLiteral("AAPL")).last, 209.0);
    }

    void theFirstFrameDoesNotWaitAnInterval()
    {
        // An interval far longer than the wait below: the first frame after
        // an idle hub goes out on the next event-loop turn, not after it.
        Hub hub(600'000);
        QSignalSpy frames(&hub, &Hub::frameReady);
        hub.handleTicks({tick("MSFT", 1, 10)});
        QVERIFY(frames.wait(5'000));
        QCOMPARE(frames.size(), 1);
    }

    void pointsCarryTheTickSize()
    {
        Hub hub(1);
        QSignalSpy frames(&hub, &Hub::frameReady);
        hub.handleTicks({tick("MSFT", 1, 10, 3), tick("MSFT", 2, 11, 4.5)});
        QVERIFY(frames.wait(1000));
        const Series points = frames.constLast().constFirst().value<Frame>().points.value(QStringLiteral("MSFT"));
        QCOMPARE(points, Series({{1, 10, 3}, {2, 11, 4.5}}));
    }

    void interleavedSymbolsInOneBatch()
    {
        Hub hub(1);
        QSignalSpy frames(&hub, &Hub::frameReady);
        hub.handleTicks({tick("AAPL", 1, 10, 1), tick("AAPL", 2, 11, 2), tick("MSFT", 3, 50, 5),
                         tick("AAPL", 4, 12, 3), tick("MSFT", 5, 51, 6)});
        QVERIFY(frames.wait(1000));
        const auto frame = frames.constLast().constFirst().value<Frame>();
        QCOMPARE(frame.ticks, quint64(5));
        QCOMPARE(frame.points.value(QStringLiteral("AAPL")), Series({{1, 10, 1}, {2, 11, 2}, {4, 12, 3}}));
        QCOMPARE(frame.points.value(QStringLiteral("MSFT")), Series({{3, 50, 5}, {5, 51, 6}}));
        const Quote apple = frame.quotes.value(QStringLiteral("AAPL"));
        QCOMPARE(apple.last, 12.0);
        QCOMPARE(apple.volume, 6.0);
        QCOMPARE(apple.tickCount, quint64(3));
        const Quote microsoft = frame.quotes.value(QStringLiteral("MSFT"));
        QCOMPARE(microsoft.last, 51.0);
        QCOMPARE(microsoft.volume, 11.0);
        QCOMPARE(microsoft.tickCount, quint64(2));
    }

    void framesAreSpacedByTheInterval()
    {
        Hub hub(30);
        QSignalSpy frames(&hub, &Hub::frameReady);
        hub.handleTicks({tick("MSFT", 1, 10)});
        QVERIFY(frames.wait(1000));
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        hub.handleTicks({tick("MSFT", 2, 11)});
        QVERIFY(frames.wait(1000));
        // The second frame waits out the rest of the interval instead of firing at once.
        QVERIFY2(sinceFirst.elapsed() >= 20, QByteArray::number(sinceFirst.elapsed()).constData());
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.at(1).constFirst().value<Frame>().quotes.value(QStringLiteral("MSFT")).last, 11.0);
    }

    void previousCloseGivesChange()
    {
        Hub hub(1);
        QSignalSpy frames(&hub, &Hub::frameReady);
        Instrument instrument;
        instrument.symbol = QStringLiteral("NVDA");
        instrument.previousClose = 200.0;
        hub.handleInstruments({instrument});
        hub.handleTicks({tick("NVDA", 5, 210.0)});
        QVERIFY(frames.wait(1000));
        const Quote quote = frames.constLast().constFirst().value<Frame>().quotes.value(QStringLiteral("NVDA"));
        QCOMPARE(quote.change(), 10.0);
        QCOMPARE(quote.changePercent(), 5.0);
    }

    void olderTickDoesNotMoveLastBack()
    {
        Hub hub(1);
        QSignalSpy frames(&hub, &Hub::frameReady);
        hub.handleTicks({tick("AMZN", 100, 50.0), tick("AMZN", 90, 40.0)});
        QVERIFY(frames.wait(1000));
        const Quote quote = frames.constLast().constFirst().value<Frame>().quotes.value(QStringLiteral("AMZN"));
        QCOMPARE(quote.last, 50.0);
        QCOMPARE(quote.tickCount, quint64(2));
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
