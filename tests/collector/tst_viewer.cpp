// Many viewers, one collector: a real tickerline-collector process records
// into a PostgreSQL database of a throw-away server, and an Engine in viewer
// mode in this process follows it through LISTEN/NOTIFY.
#include "Clock.h"
#include "TestSupport.h"
#include "Engine.h"
#include "PostgresServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

namespace {

// The newest AAPL tick time a frame carries; 0 when it has none.
qint64 newestAapl(const QList<QVariant> &arguments)
{
    const auto frame = arguments.constFirst().value<Frame>();
    const auto quote = frame.quotes.constFind(QStringLiteral("AAPL"));
    return quote == frame.quotes.cend() ? 0 : quote->timeMs;
}

qint64 newestAapl(const QSignalSpy &frames)
{
    qint64 newest = 0;
    for (const QList<QVariant> &arguments : frames)
        newest = std::max(newest, newestAapl(arguments));
    return newest;
}

} // namespace

class TstViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewerSeesCollectorTicksLive()
    {
        if (test::PostgresServer::binDir().isEmpty())
            TICKERLINE_POSTGRES_MISSING();
        test::PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.errorMessage()));
        QVERIFY2(server.createDatabase(QStringLiteral("shared")), qPrintable(server.errorMessage()));
        const QString url = server.url(QStringLiteral("shared"));

        QProcess collector;
        test::endWithThisProcess(collector);
        collector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        collector.start(QStringLiteral(COLLECTOR_PATH),
                        {QStringLiteral("record"), QStringLiteral("--provider"), QStringLiteral("simulated"),
                         QStringLiteral("--symbols"), QStringLiteral("AAPL"), QStringLiteral("--rate"),
                         QStringLiteral("20"), QStringLiteral("--database"), url});
        QVERIFY(collector.waitForStarted());

        Engine viewer(SystemClock::instance());
        QSignalSpy opened(&viewer, &Engine::storeOpened);
        QSignalSpy frames(&viewer, &Engine::frameReady);
        EngineConfig config;
        config.databaseLocation = url;
        config.withFeed = false;
        config.followStore = true;
        viewer.start(config);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20'000);

        // The first frame may wait for the collector to start up...
        QTRY_VERIFY_WITH_TIMEOUT(newestAapl(frames) > 0, 20'000);
        // ...after that it commits every 100 ms, so newer ticks must reach
        // the viewer within a second, again and again.
        for (int round = 0; round < 3; ++round) {
            const qint64 seen = newestAapl(frames);
            QTRY_VERIFY_WITH_TIMEOUT(newestAapl(frames) > seen, 1'000);
        }

        QSignalSpy stopped(&viewer, &Engine::stopped);
        viewer.stop();
        QVERIFY(stopped.wait(10'000));
        // A viewer writes nothing of what it shows.
        QCOMPARE(stopped.constFirst().constFirst().value<StoreStatus>().committedTicks, 0u);

        collector.terminate();
        QVERIFY(collector.waitForFinished(20'000));
        QCOMPARE(collector.exitStatus(), QProcess::NormalExit);
        QCOMPARE(collector.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstViewer)
#include "tst_viewer.moc"
