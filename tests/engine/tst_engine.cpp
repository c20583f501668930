#include "Clock.h"
#include "Engine.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

namespace {
EngineConfig demoConfig(const QString &database, const QStringList &symbols)
{
    EngineConfig config;
    config.databaseLocation = database;
    config.feed.provider = QStringLiteral("simulated");
    config.feed.symbols = symbols;
    config.feed.seed = 42;
    config.feed.ticksPerSecondPerSymbol = 200;
    config.feed.historyDays = 1;
    return config;
}

QSet<QString> symbolsIn(const QSignalSpy &frames)
{
    QSet<QString> seen;
    for (const QList<QVariant> &arguments : frames) {
        const auto frame = arguments.constFirst().value<Frame>();
        for (auto it = frame.quotes.cbegin(); it != frame.quotes.cend(); ++it)
            seen.insert(it.key());
    }
    return seen;
}
} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsStopsAndShowsHistoryAfterRestart()
    {
        test::TempFolder folder;
        const QString db = folder.path(QStringLiteral("engine.sqlite"));
        const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT")};
        quint64 committed = 0;
        {
            Engine engine(SystemClock::instance());
            QSignalSpy opened(&engine, &Engine::storeOpened);
            QSignalSpy frames(&engine, &Engine::frameReady);
            QSignalSpy instruments(&engine, &Engine::instrumentsChanged);
            QSignalSpy status(&engine, &Engine::feedStatusChanged);
            QSignalSpy stopped(&engine, &Engine::stopped);
            engine.start(demoConfig(db, symbols));
            QVERIFY(opened.wait(10'000));
            QTRY_VERIFY_WITH_TIMEOUT(symbolsIn(frames) == QSet<QString>(symbols.cbegin(), symbols.cend()), 10'000);
            QTRY_VERIFY(!instruments.isEmpty());
            QVERIFY(std::any_of(status.cbegin(), status.cend(), [](const QList<QVariant> &a) {
                return a.constFirst().value<FeedStatus>().state == FeedState::Live;
            }));
            engine.stop();
            QVERIFY(stopped.wait(10'000));
            committed = stopped.constFirst().constFirst().value<StoreStatus>().committedTicks;
            QVERIFY(committed > 0);
            quint64 framed = 0;
            for (const QList<QVariant> &arguments : std::as_const(frames))
                framed += arguments.constFirst().value<Frame>().ticks;
            // Every tick the GUI saw was stored (the store may hold a few more).
            QVERIFY2(committed >= framed, qPrintable(QStringLiteral("%1 < %2").arg(committed).arg(framed)));
        }
        // A viewer on the same file, without a feed, sees what was stored.
        Engine viewer(SystemClock::instance());
        QSignalSpy opened(&viewer, &Engine::storeOpened);
        QSignalSpy instruments(&viewer, &Engine::instrumentsChanged);
        QList<HistoryResult> history;
        EngineConfig config = demoConfig(db, symbols);
        config.withFeed = false;
        viewer.start(config);
        QVERIFY(opened.wait(10'000));
        QTRY_VERIFY(!instruments.isEmpty());
        const auto stored = instruments.constLast().constFirst().value<InstrumentList>();
        QCOMPARE(stored.size(), 2);
        HistoryRequest request;
        request.id = 7;
        request.symbols = symbols;
        request.toMs = SystemClock::instance().nowMs() + 60'000;
        request.fromMs = request.toMs - 2 * 86'400'000LL;
        viewer.requestHistory(request, this, [&history](const HistoryResult &answer) { history.append(answer); });
        QTRY_VERIFY_WITH_TIMEOUT(!history.isEmpty(), 10'000);
        const HistoryResult result = history.constFirst();
        QCOMPARE(result.id, quint64(7));
        for (const QString &symbol : symbols)
            QVERIFY2(!result.series.value(symbol).isEmpty(), qPrintable(symbol));
    }

    void setSymbolsResubscribesLive()
    {
        test::TempFolder folder;
        Engine engine(SystemClock::instance());
        QSignalSpy frames(&engine, &Engine::frameReady);
        engine.start(demoConfig(folder.path(QStringLiteral("live.sqlite")), {QStringLiteral("AAPL")}));
        QTRY_VERIFY_WITH_TIMEOUT(symbolsIn(frames).contains(QStringLiteral("AAPL")), 10'000);
        engine.setSymbols({QStringLiteral("AAPL"), QStringLiteral("TSLA")});
        QCOMPARE(engine.symbols(), (QStringList{QStringLiteral("AAPL"), QStringLiteral("TSLA")}));
        QTRY_VERIFY_WITH_TIMEOUT(symbolsIn(frames).contains(QStringLiteral("TSLA")), 10'000);
    }

    void restartFeedKeepsStoring()
    {
        test::TempFolder folder;
        Engine engine(SystemClock::instance());
        QSignalSpy frames(&engine, &Engine::frameReady);
        QSignalSpy stopped(&engine, &Engine::stopped);
        const EngineConfig config = demoConfig(folder.path(QStringLiteral("restart.sqlite")), {QStringLiteral("NFLX")});
        engine.start(config);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10'000);
        FeedConfig feed = config.feed;
        feed.symbols = {QStringLiteral("GOOGL")};
        feed.seed = 7;
        engine.restartFeed(feed);
        frames.clear();
        QTRY_VERIFY_WITH_TIMEOUT(symbolsIn(frames).contains(QStringLiteral("GOOGL")), 10'000);
        engine.stop();
        QVERIFY(stopped.wait(10'000));
        QVERIFY(stopped.constFirst().constFirst().value<StoreStatus>().committedTicks > 0);
    }

    void unknownProviderFailsClearly()
    {
        test::TempFolder folder;
        Engine engine(SystemClock::instance());
        QSignalSpy status(&engine, &Engine::feedStatusChanged);
        EngineConfig config = demoConfig(folder.path(QStringLiteral("x.sqlite")), {QStringLiteral("AAPL")});
        config.feed.provider = QStringLiteral("no-such-provider");
        engine.start(config);
        QTRY_VERIFY(!status.isEmpty());
        const auto failed = status.constFirst().constFirst().value<FeedStatus>();
        QCOMPARE(failed.state, FeedState::Failed);
        QVERIFY(failed.message.contains(QStringLiteral("no-such-provider")));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
