// A PostgreSQL server that goes away and comes back (tests/support/
// PostgresServer stopped "immediate", then restarted on the same port and
// data): the writer keeps its queue, says Retrying and commits everything
// exactly once when the server is back; a viewer reconnects and catches up
// what was committed while it was away, showing no tick twice.
#include "LogCapture.h"
#include "PostgresServer.h"
#include "StorageTestData.h"
#include "TickStore.h"

#include <QSet>
#include <QtTest>

#include <memory>

using namespace tickerline;
using tickerline::test::makeTick;

namespace {

TickBatch ticksFrom(int first, int count, const QString &symbol = QStringLiteral("AAPL"))
{
    TickBatch ticks;
    for (int i = first; i < first + count; ++i)
        ticks.append(makeTick(symbol, 1'000'000 + i * 10, 100 + i * 0.25, 1, i));
    return ticks;
}

StoreStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? StoreStatus{} : spy.constLast().constFirst().value<StoreStatus>();
}

// The first status in `state`: the one that says why it began (a reconnect
// attempt that fails while the server is still down follows it quickly).
StoreStatus firstStatus(const QSignalSpy &spy, StoreState state)
{
    for (const QList<QVariant> &arguments : spy) {
        const auto status = arguments.constFirst().value<StoreStatus>();
        if (status.state == state)
            return status;
    }
    return {};
}

} // namespace

class TstPgReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writerKeepsQueueAndCommitsOnceBack();
    void viewerCatchesUpAfterReconnect();

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QString m_url;
};

void TstPgReconnect::init()
{
    if (test::PostgresServer::binDir().isEmpty())
        TICKERLINE_POSTGRES_MISSING();
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorMessage()));
    QVERIFY2(m_server->createDatabase(QStringLiteral("ticks")), qPrintable(m_server->errorMessage()));
    m_url = m_server->url(QStringLiteral("ticks"));
}

void TstPgReconnect::cleanup()
{
    m_server.reset();
}

void TstPgReconnect::writerKeepsQueueAndCommitsOnceBack()
{
    test::LogCapture log;
    auto store = test::openStore(m_url, TickStoreOptions{.commitIntervalMs = 10});
    QVERIFY(store);
    store->writeTicks(ticksFrom(0, 100));
    QCOMPARE(test::flush(*store).committedTicks, 100u);

    QSignalSpy status(store.get(), &TickStore::statusChanged);
    QVERIFY2(m_server->stopServer(), qPrintable(m_server->errorMessage()));
    // New ticks, and some already stored: they wait in the queue.
    store->writeTicks(ticksFrom(50, 150));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, StoreState::Retrying, 10'000);
    const StoreStatus retrying = firstStatus(status, StoreState::Retrying);
    QVERIFY2(retrying.message.contains(QStringLiteral("Lost the connection to ") + m_url), qPrintable(retrying.message));
    QCOMPARE(retrying.queuedTicks, 150);
    QVERIFY(log.contains(QStringLiteral("Lost the connection to ")));
    // More while it is down.
    store->writeTicks(ticksFrom(200, 50));

    QVERIFY2(m_server->restart(), qPrintable(m_server->errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).state == StoreState::Open && lastStatus(status).queuedTicks == 0,
                             30'000);
    QVERIFY(log.contains(QStringLiteral("Reconnected to ") + m_url));
    const StoreStatus back = test::flush(*store);
    QCOMPARE(back.state, StoreState::Open);
    QCOMPARE(back.committedTicks, 250u);   // 100 before, 150 new after
    QCOMPARE(back.droppedTicks, 0u);

    // Exactly once: every tick, none twice, also as another connection sees it.
    store.reset();
    auto reopened = test::openStore(m_url);
    QVERIFY(reopened);
    const Series stored = test::history(*reopened, QStringLiteral("AAPL"));
    QCOMPARE(stored.size(), 250);
    QSet<qint64> times;
    for (const SeriesPoint &point : stored)
        times.insert(point.timeMs);
    QCOMPARE(times.size(), 250);
}

void TstPgReconnect::viewerCatchesUpAfterReconnect()
{
    TickStore viewer(SystemClock::instance());
    viewer.setFollowing(true);
    QSignalSpy opened(&viewer, &TickStore::opened);
    QSignalSpy followed(&viewer, &TickStore::ticksFollowed);
    QSignalSpy status(&viewer, &TickStore::statusChanged);
    viewer.open(m_url);
    QCOMPARE(opened.count(), 1);
    const auto seen = [&followed] {
        QList<qint64> sequences;
        for (const QList<QVariant> &arguments : std::as_const(followed)) {
            for (const Tick &tick : arguments.constFirst().value<TickBatch>())
                sequences.append(tick.sequence);
        }
        return sequences;
    };
    const auto range = [](int first, int count) {
        QList<qint64> sequences;
        for (int i = first; i < first + count; ++i)
            sequences.append(i);
        return sequences;
    };

    {
        auto writer = test::openStore(m_url);
        QVERIFY(writer);
        writer->writeTicks(ticksFrom(0, 40));
        QCOMPARE(test::flush(*writer).committedTicks, 40u);
    }
    QTRY_COMPARE_WITH_TIMEOUT(seen(), range(0, 40), 5'000);

    QVERIFY2(m_server->stopServer(), qPrintable(m_server->errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(status).state, StoreState::Retrying, 10'000);
    QVERIFY2(firstStatus(status, StoreState::Retrying).message.contains(QStringLiteral("Lost the connection")),
             qPrintable(firstStatus(status, StoreState::Retrying).message));

    // Back, and ticks committed before the viewer has had a chance to
    // reconnect (this thread does not return to its event loop in between).
    QVERIFY2(m_server->restart(), qPrintable(m_server->errorMessage()));
    {
        auto writer = test::openStore(m_url);
        QVERIFY(writer);
        writer->writeTicks(ticksFrom(40, 30));
        QCOMPARE(test::flush(*writer).committedTicks, 30u);
    }
    QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).state == StoreState::Open, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(seen(), range(0, 70), 5'000);

    // Live again through LISTEN after the reconnect.
    {
        auto writer = test::openStore(m_url);
        QVERIFY(writer);
        writer->writeTicks(ticksFrom(70, 5));
        QCOMPARE(test::flush(*writer).committedTicks, 5u);
    }
    QTRY_COMPARE_WITH_TIMEOUT(seen(), range(0, 75), 5'000);
    QCOMPARE(lastStatus(status).committedTicks, 0u);   // a viewer writes nothing
}

QTEST_GUILESS_MAIN(TstPgReconnect)
#include "tst_pgreconnect.moc"
