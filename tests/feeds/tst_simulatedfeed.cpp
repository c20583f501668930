#include "Clock.h"
#include "CoreMetaTypes.h"
#include "MarketCalendar.h"
#include "SimulatedFeed.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

using namespace tickerline;

namespace {

constexpr qint64 StartMs = 1'790'000'000'000;   // September 2026

QStringList defaultSymbols()
{
    return {QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("NVDA"),
            QStringLiteral("AMZN"), QStringLiteral("GOOGL"), QStringLiteral("NFLX")};
}

QSet<QString> defaultSymbolSet()
{
    const QStringList symbols = defaultSymbols();
    return {symbols.cbegin(), symbols.cend()};
}

FeedConfig config(const QStringList &symbols)
{
    FeedConfig feed;
    feed.symbols = symbols;
    feed.seed = 17;
    feed.ticksPerSecondPerSymbol = 50.0;
    feed.historyDays = 1;
    return feed;
}

template<typename T>
QList<T> arguments(const QSignalSpy &spy)
{
    QList<T> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.constFirst().value<T>());
    return out;
}

TickBatch allTicks(const QSignalSpy &spy)
{
    TickBatch out;
    for (const TickBatch &batch : arguments<TickBatch>(spy))
        out.append(batch);
    return out;
}

QSet<QString> symbolsOf(const auto &items)
{
    QSet<QString> out;
    for (const auto &item : items)
        out.insert(item.symbol);
    return out;
}

QList<FeedState> states(const QSignalSpy &spy)
{
    QList<FeedState> out;
    for (const FeedStatus &status : arguments<FeedStatus>(spy))
        out.append(status.state);
    return out;
}

} // namespace

// Lives on the test thread: the feed's cross-thread signals are relayed
// through it, so QSignalSpy only ever records on its own thread.
class FeedRelay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ticksArrived(const tickerline::TickBatch &ticks);
    void instrumentsArrived(const tickerline::InstrumentList &instruments);
    void statusChanged(const tickerline::FeedStatus &status);
};

class TestSimulatedFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCoreMetaTypes(); }
    void startSendsInstrumentsBarsThenTicks();
    void statusReportsRate();
    void setSymbolsAddsOnlyNewSymbols();
    void stopGoesIdleAndRestartSkipsTheGap();
    void catchUpIsBounded();
    void zeroSeedIsTheBuiltInMarket();
    void runsOnItsOwnThread();
    void sessionsKeepStocksToTheirHours();
};

void TestSimulatedFeed::startSendsInstrumentsBarsThenTicks()
{
    ManualClock clock(StartMs);
    SimulatedFeed feed(config(defaultSymbols()), clock);
    QSignalSpy statusSpy(&feed, &Feed::statusChanged);
    QSignalSpy instrumentsSpy(&feed, &Feed::instrumentsArrived);
    QSignalSpy barsSpy(&feed, &Feed::barsArrived);
    QSignalSpy ticksSpy(&feed, &Feed::ticksArrived);

    feed.start();
    QCOMPARE(states(statusSpy), (QList<FeedState>{FeedState::Connecting, FeedState::Live}));
    QCOMPARE(arguments<FeedStatus>(statusSpy).constLast().feed, QStringLiteral("simulated"));
    QCOMPARE(instrumentsSpy.size(), 1);
    const InstrumentList instruments = arguments<InstrumentList>(instrumentsSpy).constFirst();
    QCOMPARE(symbolsOf(instruments), defaultSymbolSet());
    QCOMPARE(barsSpy.size(), 1);
    const BarBatch bars = arguments<BarBatch>(barsSpy).constFirst();
    QCOMPARE(bars.size(), 1440 * defaultSymbols().size());
    QVERIFY(bars.constLast().timeMs + bars.constLast().intervalMs <= StartMs);
    QCOMPARE(ticksSpy.size(), 0);

    feed.start();   // already running: nothing again
    QCOMPARE(instrumentsSpy.size(), 1);

    clock.advanceMs(1000);
    feed.pump();
    QCOMPARE(ticksSpy.size(), 1);
    const TickBatch ticks = allTicks(ticksSpy);
    QCOMPARE(symbolsOf(ticks), defaultSymbolSet());
    for (const Tick &tick : ticks)
        QVERIFY(tick.timeMs > StartMs && tick.timeMs <= StartMs + 1000);

    feed.pump();   // the clock did not move: nothing new
    QCOMPARE(ticksSpy.size(), 1);
    QCOMPARE(barsSpy.size(), 1);
}

void TestSimulatedFeed::statusReportsRate()
{
    ManualClock clock(StartMs);
    SimulatedFeed feed(config(defaultSymbols()), clock);
    feed.start();
    QSignalSpy statusSpy(&feed, &Feed::statusChanged);
    QSignalSpy ticksSpy(&feed, &Feed::ticksArrived);
    for (int i = 0; i < 10; ++i) {
        clock.advanceMs(200);
        feed.pump();
    }
    QCOMPARE(statusSpy.size(), 2);   // about once a second
    const FeedStatus status = arguments<FeedStatus>(statusSpy).constLast();
    QCOMPARE(status.state, FeedState::Live);
    QCOMPARE(status.totalTicks, quint64(allTicks(ticksSpy).size()));
    const double expected = 50.0 * double(defaultSymbols().size());
    QVERIFY2(std::abs(status.ticksPerSecond - expected) < 0.3 * expected, qPrintable(QString::number(status.ticksPerSecond)));
}

void TestSimulatedFeed::setSymbolsAddsOnlyNewSymbols()
{
    const QString aapl = QStringLiteral("AAPL");
    const QString zzzz = QStringLiteral("ZZZZ");
    ManualClock clock(StartMs);
    SimulatedFeed feed(config({aapl}), clock);
    feed.start();
    QSignalSpy instrumentsSpy(&feed, &Feed::instrumentsArrived);
    QSignalSpy barsSpy(&feed, &Feed::barsArrived);
    QSignalSpy ticksSpy(&feed, &Feed::ticksArrived);

    clock.advanceMs(500);
    feed.setSymbols({aapl, QStringLiteral(" zzzz "), QStringLiteral("BAD SYMBOL")});
    QCOMPARE(feed.config().symbols, (QStringList{aapl, zzzz}));
    QCOMPARE(ticksSpy.size(), 1);   // AAPL reached now before ZZZZ joined
    QCOMPARE(instrumentsSpy.size(), 1);
    QCOMPARE(symbolsOf(arguments<InstrumentList>(instrumentsSpy).constFirst()), QSet<QString>{zzzz});
    QCOMPARE(barsSpy.size(), 1);
    QCOMPARE(symbolsOf(arguments<BarBatch>(barsSpy).constFirst()), QSet<QString>{zzzz});

    ticksSpy.clear();
    clock.advanceMs(1000);
    feed.pump();
    const TickBatch ticks = allTicks(ticksSpy);
    QCOMPARE(symbolsOf(ticks), (QSet<QString>{aapl, zzzz}));
    for (const Tick &tick : ticks) {
        if (tick.symbol == zzzz)
            QVERIFY(tick.timeMs > StartMs + 500);
    }

    feed.setSymbols({zzzz, aapl});   // same set, other order: nothing to announce
    QCOMPARE(instrumentsSpy.size(), 1);
    QCOMPARE(barsSpy.size(), 1);
}

void TestSimulatedFeed::stopGoesIdleAndRestartSkipsTheGap()
{
    ManualClock clock(StartMs);
    SimulatedFeed feed(config(defaultSymbols()), clock);
    feed.start();
    QSignalSpy statusSpy(&feed, &Feed::statusChanged);
    QSignalSpy ticksSpy(&feed, &Feed::ticksArrived);
    QSignalSpy barsSpy(&feed, &Feed::barsArrived);
    QSignalSpy instrumentsSpy(&feed, &Feed::instrumentsArrived);

    feed.stop();
    QCOMPARE(states(statusSpy), QList<FeedState>{FeedState::Idle});
    clock.advanceMs(5000);
    feed.pump();
    QCOMPARE(ticksSpy.size(), 0);

    feed.start();
    QCOMPARE(states(statusSpy), (QList<FeedState>{FeedState::Idle, FeedState::Connecting, FeedState::Live}));
    QCOMPARE(instrumentsSpy.size(), 1);
    QCOMPARE(barsSpy.size(), 0);   // the market goes on: the history sent before still holds
    clock.advanceMs(1000);
    feed.pump();
    const TickBatch ticks = allTicks(ticksSpy);
    QVERIFY(!ticks.isEmpty());
    for (const Tick &tick : ticks)
        QVERIFY(tick.timeMs > StartMs + 5000);
}

void TestSimulatedFeed::catchUpIsBounded()
{
    ManualClock clock(StartMs);
    SimulatedFeed feed(config(defaultSymbols()), clock);
    feed.start();
    QSignalSpy ticksSpy(&feed, &Feed::ticksArrived);
    clock.advanceMs(3'600'000);   // an hour asleep
    feed.pump();
    const TickBatch ticks = allTicks(ticksSpy);
    QVERIFY(!ticks.isEmpty());
    for (const Tick &tick : ticks)
        QVERIFY(tick.timeMs > clock.nowMs() - SimulatedFeed::MaxCatchUpMs);
}

void TestSimulatedFeed::zeroSeedIsTheBuiltInMarket()
{
    // Two starts an hour apart, as two runs of the app: the history of the
    // second repeats the first's where they overlap, to the last digit.
    ManualClock clock(StartMs);
    FeedConfig unseeded = config(defaultSymbols());
    unseeded.seed = 0;
    SimulatedFeed first(unseeded, clock);
    SimulatedFeed second(unseeded, clock);
    QSignalSpy firstBars(&first, &Feed::barsArrived);
    QSignalSpy secondBars(&second, &Feed::barsArrived);
    QSignalSpy firstInstruments(&first, &Feed::instrumentsArrived);
    QSignalSpy secondInstruments(&second, &Feed::instrumentsArrived);
    first.start();
    clock.advanceMs(3'600'000);
    second.start();
    const BarBatch earlier = arguments<BarBatch>(firstBars).constFirst();
    const BarBatch later = arguments<BarBatch>(secondBars).constFirst();
    const qsizetype perSymbol = 1440;
    QCOMPARE(earlier.size(), perSymbol * defaultSymbols().size());
    for (qsizetype s = 0; s < defaultSymbols().size(); ++s) {
        // The later run's bars start an hour (60 bars) later.
        for (qsizetype i = 60; i < perSymbol; ++i)
            QVERIFY(earlier.at(s * perSymbol + i) == later.at(s * perSymbol + i - 60));
    }
    // The same UTC day, and no new extreme within the hour: the same bands.
    const InstrumentList a = arguments<InstrumentList>(firstInstruments).constFirst();
    const InstrumentList b = arguments<InstrumentList>(secondInstruments).constFirst();
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).week52High, b.at(i).week52High);
        QCOMPARE(a.at(i).week52Low, b.at(i).week52Low);
    }
}

void TestSimulatedFeed::runsOnItsOwnThread()
{
    ManualClock clock(StartMs);
    QThread thread;
    auto *feed = new SimulatedFeed(config({QStringLiteral("AAPL")}), clock);
    feed->moveToThread(&thread);
    connect(&thread, &QThread::finished, feed, &QObject::deleteLater);
    FeedRelay relay;
    connect(feed, &Feed::ticksArrived, &relay, &FeedRelay::ticksArrived);
    connect(feed, &Feed::instrumentsArrived, &relay, &FeedRelay::instrumentsArrived);
    connect(feed, &Feed::statusChanged, &relay, &FeedRelay::statusChanged);
    QSignalSpy ticksSpy(&relay, &FeedRelay::ticksArrived);
    QSignalSpy instrumentsSpy(&relay, &FeedRelay::instrumentsArrived);
    QSignalSpy statusSpy(&relay, &FeedRelay::statusChanged);
    thread.start();

    QVERIFY(QMetaObject::invokeMethod(feed, &SimulatedFeed::start, Qt::QueuedConnection));
    QTRY_VERIFY(states(statusSpy).contains(FeedState::Live));
    // The feed's own poll timer, on its thread, notices the clock moving.
    clock.advanceMs(1000);
    QVERIFY(ticksSpy.wait());
    QCOMPARE(symbolsOf(allTicks(ticksSpy)), QSet<QString>{QStringLiteral("AAPL")});

    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("MSFT")};
    QVERIFY(QMetaObject::invokeMethod(feed, [feed, symbols] { feed->setSymbols(symbols); }, Qt::QueuedConnection));
    QTRY_COMPARE(instrumentsSpy.size(), 2);
    QCOMPARE(symbolsOf(arguments<InstrumentList>(instrumentsSpy).constLast()), QSet<QString>{QStringLiteral("MSFT")});
    ticksSpy.clear();
    clock.advanceMs(1000);
    QTRY_VERIFY(symbolsOf(allTicks(ticksSpy)).contains(QStringLiteral("MSFT")));

    QVERIFY(QMetaObject::invokeMethod(feed, &SimulatedFeed::stop, Qt::QueuedConnection));
    QTRY_COMPARE(states(statusSpy).constLast(), FeedState::Idle);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void TestSimulatedFeed::sessionsKeepStocksToTheirHours()
{
    using calendar::MarketState;
    const auto utc = [](int day, int hour) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    };
    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("VOD.L"), QStringLiteral("BTC-USD")};
    FeedConfig feed = config(symbols);
    feed.historyDays = 3;
    feed.simulatedSessions = true;
    ManualClock clock(utc(5, 15));   // Saturday afternoon
    SimulatedFeed simulated(feed, clock);
    QSignalSpy barsSpy(&simulated, &Feed::barsArrived);
    QSignalSpy ticksSpy(&simulated, &Feed::ticksArrived);
    simulated.start();

    // History: no stock bar outside its venue's sessions; crypto around the clock.
    const BarBatch bars = arguments<BarBatch>(barsSpy).constFirst();
    const calendar::MarketCalendar nyse(calendar::VenueId::Nasdaq);
    const calendar::MarketCalendar lse(calendar::VenueId::Lse);
    QHash<QString, int> counts;
    for (const Bar &bar : bars) {
        ++counts[bar.symbol];
        const calendar::MarketCalendar *venue = bar.symbol == u"AAPL" ? &nyse : bar.symbol == u"VOD.L" ? &lse : nullptr;
        if (!venue)
            continue;
        const MarketState state = venue->status(bar.timeMs).state;
        QVERIFY2(state == MarketState::Open || state == MarketState::PreMarket || state == MarketState::AfterHours,
                 qPrintable(bar.symbol + u' ' + QDateTime::fromMSecsSinceEpoch(bar.timeMs, QTimeZone::utc()).toString(Qt::ISODate)));
    }
    QCOMPARE(counts.value(QStringLiteral("BTC-USD")), 3 * 1440);
    QVERIFY(counts.value(QStringLiteral("AAPL")) > 0 && counts.value(QStringLiteral("AAPL")) < 2 * 1440);
    QVERIFY(counts.value(QStringLiteral("VOD.L")) > 0 && counts.value(QStringLiteral("VOD.L")) < 1440);

    // The shut markets' last prices arrive as one print each, at their last bar's close.
    QCOMPARE(ticksSpy.size(), 1);
    const TickBatch prints = allTicks(ticksSpy);
    QCOMPARE(symbolsOf(prints), (QSet<QString>{QStringLiteral("AAPL"), QStringLiteral("VOD.L")}));
    for (const Tick &print : prints) {
        const auto lastBar = std::max_element(bars.cbegin(), bars.cend(), [&](const Bar &a, const Bar &b) {
            return (a.symbol == print.symbol ? a.timeMs : 0) < (b.symbol == print.symbol ? b.timeMs : 0);
        });
        QCOMPARE(print.price, lastBar->close);
        QCOMPARE(print.timeMs, lastBar->timeMs + lastBar->intervalMs - 1);
    }

    // Saturday: only crypto ticks.
    ticksSpy.clear();
    clock.advanceMs(2000);
    simulated.pump();
    QCOMPARE(symbolsOf(allTicks(ticksSpy)), QSet<QString>{QStringLiteral("BTC-USD")});

    // Monday 15:00 UTC: New York and London are open, all three tick.
    simulated.stop();
    ticksSpy.clear();
    clock.setNowMs(utc(7, 15));
    simulated.start();
    QCOMPARE(ticksSpy.size(), 0);   // no print while the markets trade
    clock.advanceMs(2000);
    simulated.pump();
    QCOMPARE(symbolsOf(allTicks(ticksSpy)), (QSet<QString>{symbols.cbegin(), symbols.cend()}));
}

QTEST_GUILESS_MAIN(TestSimulatedFeed)
#include "tst_simulatedfeed.moc"
