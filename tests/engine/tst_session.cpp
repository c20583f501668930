// The session brings a run up in order (store, then the feed with its key),
// follows Settings with one restart per Apply, answers history to the one who
// asked only, and runs the collector's headless mode with the same class.
#include "Clock.h"
#include "FeedSettings.h"
#include "MemorySecretStore.h"
#include "Session.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr int OpenTimeoutMs = 10'000;

EngineConfig demoConfig(const Settings &settings, const QString &database)
{
    EngineConfig config;
    config.feed = feedConfigFromSettings(settings);
    config.feed.seed = 3;
    config.feed.historyDays = 1;
    config.databaseLocation = database;
    return config;
}

qsizetype liveReports(const QSignalSpy &status)
{
    return std::count_if(status.cbegin(), status.cend(), [](const QList<QVariant> &arguments) {
        return arguments.constFirst().value<FeedStatus>().state == FeedState::Live;
    });
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensStoreThenStartsFeed();
    void viewerHasNoFeed();
    void oneRestartPerApply();
    void historyAnswersOnlyTheAsker();
    void collectorRecordsHeadless();
};

void TestSession::opensStoreThenStartsFeed()
{
    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    QSignalSpy started(&session, &Session::started);
    QSignalSpy states(&session, &Session::stateChanged);
    QSignalSpy providers(&session, &Session::providerChanged);
    QSignalSpy status(&session.engine(), &Engine::feedStatusChanged);
    QCOMPARE(session.state(), Session::State::Idle);

    session.start(demoConfig(settings, folder.path(u"ticks.sqlite"_s)));
    QCOMPARE(started.size(), 1);   // before anything opened
    QCOMPARE(started.at(0).at(1).value<Session::Mode>(), Session::Mode::App);
    QCOMPARE(providers.size(), 1);
    QCOMPARE(providers.at(0).at(0).toString(), u"simulated"_s);
    QVERIFY(!session.isStoreOpen());
    QTRY_VERIFY_WITH_TIMEOUT(session.isStoreOpen(), OpenTimeoutMs);
    QCOMPARE(states.at(0).at(0).value<Session::State>(), Session::State::OpeningStore);
    QCOMPARE(states.at(1).at(0).value<Session::State>(), Session::State::StoreOpen);
    QTRY_VERIFY_WITH_TIMEOUT(liveReports(status) > 0, OpenTimeoutMs);

    QSignalSpy stopped(&session.engine(), &Engine::stopped);
    session.stop();
    QCOMPARE(session.state(), Session::State::Stopping);
    QVERIFY(stopped.wait(OpenTimeoutMs));
    QCOMPARE(session.state(), Session::State::Stopped);
}

void TestSession::viewerHasNoFeed()
{
    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    QSignalSpy started(&session, &Session::started);
    QSignalSpy providers(&session, &Session::providerChanged);
    QSignalSpy status(&session.engine(), &Engine::feedStatusChanged);
    EngineConfig config = demoConfig(settings, folder.path(u"ticks.sqlite"_s));
    config.withFeed = false;
    session.start(config);
    QCOMPARE(started.at(0).at(1).value<Session::Mode>(), Session::Mode::Viewer);
    QCOMPARE(providers.at(0).at(0).toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(session.isStoreOpen(), OpenTimeoutMs);
    QCOMPARE(session.mode(), Session::Mode::Viewer);
    QVERIFY(status.isEmpty());
}

void TestSession::oneRestartPerApply()
{
    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    QSignalSpy replaced(&session, &Session::feedAboutToChange);
    QSignalSpy status(&session.engine(), &Engine::feedStatusChanged);
    session.start(demoConfig(settings, folder.path(u"ticks.sqlite"_s)));
    QTRY_COMPARE(replaced.size(), 1);   // the first feed
    QTRY_VERIFY_WITH_TIMEOUT(liveReports(status) > 0, OpenTimeoutMs);

    // What one Apply of the dialog writes: two feed keys and the symbols.
    settings.setValue(Settings::Key::PollIntervalSeconds, 30);
    settings.setValue(Settings::Key::SimulatedTicksPerSecond, 5.0);
    QSignalSpy symbols(&session, &Session::symbolsChanged);
    settings.setSymbols({u"AAPL"_s, u"TSLA"_s});
    QCOMPARE(symbols.size(), 1);
    QCOMPARE(session.symbols(), (QStringList{u"AAPL"_s, u"TSLA"_s}));
    QTRY_COMPARE(replaced.size(), 2);
    QCOMPARE(session.engine().config().feed.ticksPerSecondPerSymbol, 5.0);
    QCOMPARE(session.engine().config().feed.pollIntervalMs, 30'000);
    QCOMPARE(session.engine().config().feed.symbols, (QStringList{u"AAPL"_s, u"TSLA"_s}));
    // Settings that are not the feed's restart nothing.
    settings.setValue(Settings::Key::ChartWindowDays, 3);
    QCoreApplication::processEvents();   // a restart timer would have fired
    QCOMPARE(replaced.size(), 2);
}

void TestSession::historyAnswersOnlyTheAsker()
{
    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    Session session(SystemClock::instance(), settings, secrets);
    EngineConfig config = demoConfig(settings, folder.path(u"ticks.sqlite"_s));
    config.withFeed = false;

    HistoryRequest request;
    request.symbols = {u"AAPL"_s};
    request.toMs = SystemClock::instance().nowMs();
    request.fromMs = request.toMs - 86'400'000LL;
    QObject early;
    QVERIFY(!session.requestHistory(request, &early, [](const HistoryResult &) { QFAIL("answered before opening"); }));

    session.start(config);
    QTRY_VERIFY_WITH_TIMEOUT(session.isStoreOpen(), OpenTimeoutMs);

    // Two askers with the same id, and one that is gone before the answer.
    QList<quint64> first;
    QList<quint64> second;
    auto gone = std::make_unique<QObject>();
    bool goneAnswered = false;
    QObject firstContext;
    QObject secondContext;
    request.id = 5;
    QVERIFY(session.requestHistory(request, &firstContext, [&first](const HistoryResult &r) { first.append(r.id); }));
    QVERIFY(session.requestHistory(request, gone.get(), [&goneAnswered](const HistoryResult &) { goneAnswered = true; }));
    request.id = 5;
    QVERIFY(session.requestHistory(request, &secondContext, [&second](const HistoryResult &r) { second.append(r.id); }));
    gone.reset();
    QTRY_COMPARE_WITH_TIMEOUT(first.size() + second.size(), 2, OpenTimeoutMs);
    QCOMPARE(first, QList<quint64>{5});
    QCOMPARE(second, QList<quint64>{5});
    QVERIFY(!goneAnswered);   // its answer came between the other two: the store answers in order
}

void TestSession::collectorRecordsHeadless()
{
    test::TempFolder folder;
    Session session(SystemClock::instance());
    QCOMPARE(session.mode(), Session::Mode::Collector);
    QVERIFY(!session.secrets());
    QSignalSpy stopped(&session.engine(), &Engine::stopped);
    EngineConfig config;
    config.feed.provider = u"simulated"_s;
    config.feed.symbols = {u"AAPL"_s};
    config.feed.seed = 11;
    config.feed.ticksPerSecondPerSymbol = 200;
    config.feed.historyDays = 1;
    config.databaseLocation = folder.path(u"collector.sqlite"_s);
    config.frameIntervalMs = 1000;
    session.start(config);
    QTRY_VERIFY_WITH_TIMEOUT(session.isStoreOpen(), OpenTimeoutMs);
    QSignalSpy frames(&session.engine(), &Engine::frameReady);
    QVERIFY(frames.wait(OpenTimeoutMs));
    session.stop();
    QVERIFY(stopped.wait(OpenTimeoutMs));
    QVERIFY(stopped.constFirst().constFirst().value<StoreStatus>().committedTicks > 0);
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
