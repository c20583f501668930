#include "SimulatedMarket.h"
#include "SimulatedPath.h"
#include "VenueLookup.h"

#include <QHash>
#include <QTest>

#include <cmath>

using namespace tickerline;

namespace {

constexpr qint64 StartMs = 1'790'000'000'000;   // September 2026
constexpr double MsPerYear = 365.25 * 86'400'000.0;

QStringList defaultSymbols()
{
    return {QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("NVDA"),
            QStringLiteral("AMZN"), QStringLiteral("GOOGL"), QStringLiteral("NFLX")};
}

QHash<QString, TickBatch> bySymbol(const TickBatch &ticks)
{
    QHash<QString, TickBatch> out;
    for (const Tick &tick : ticks)
        out[tick.symbol].append(tick);
    return out;
}

// Runs a market the way the feed does: many small steps.
TickBatch run(SimulatedMarket &market, qint64 untilMs, qint64 stepMs)
{
    TickBatch all;
    while (market.nowMs() < untilMs)
        all.append(market.advanceTo(std::min(market.nowMs() + stepMs, untilMs)));
    return all;
}

} // namespace

class TestSimulatedMarket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameTicks();
    void slicingDoesNotMatter();
    void otherSymbolsDoNotMatter();
    void differentSeedDifferentTicks();
    void ticksAreWellFormed();
    void arrivalsArePoisson_data();
    void arrivalsArePoisson();
    void logReturnsHaveProfileVariance();
    void highRatesKeepSequencesIncreasing();
    void zeroRateGivesNoTicks();
    void skipToMovesPricesWithoutTicks();
    void setSymbolsKeepsState();
    void history();
    void pricesAreAFunctionOfTime();
    void historyAndTicksAreOneMarket();
    void week52BandIsTheSameOnEveryStart();
    void aYearStaysPlausible();
    void instruments();
    void instrumentsNameTheirVenue_data();
    void instrumentsNameTheirVenue();
    void derivedProfiles_data();
    void derivedProfiles();
    void stableHashIsFnv1a();
};

void TestSimulatedMarket::sameSeedSameTicks()
{
    SimulatedMarket first(42, defaultSymbols(), 50.0, StartMs);
    SimulatedMarket second(42, defaultSymbols(), 50.0, StartMs);
    const TickBatch a = run(first, StartMs + 10'000, 20);
    const TickBatch b = run(second, StartMs + 10'000, 20);
    QVERIFY(a.size() > 1000);
    QCOMPARE(a.size(), b.size());
    QVERIFY(a == b);
}

void TestSimulatedMarket::slicingDoesNotMatter()
{
    SimulatedMarket stepped(42, defaultSymbols(), 50.0, StartMs);
    SimulatedMarket once(42, defaultSymbols(), 50.0, StartMs);
    const TickBatch a = run(stepped, StartMs + 10'000, 7);
    TickBatch b = once.advanceTo(StartMs + 10'000);
    // receivedMs is the call's time, the only thing slicing may change.
    for (qsizetype i = 0; i < b.size() && i < a.size(); ++i)
        b[i].receivedMs = a.at(i).receivedMs;
    QCOMPARE(a.size(), b.size());
    QVERIFY(a == b);
}

void TestSimulatedMarket::otherSymbolsDoNotMatter()
{
    SimulatedMarket alone(9, {QStringLiteral("NVDA")}, 50.0, StartMs);
    SimulatedMarket crowded(9, defaultSymbols(), 50.0, StartMs);
    const TickBatch a = alone.advanceTo(StartMs + 5'000);
    const TickBatch b = bySymbol(crowded.advanceTo(StartMs + 5'000)).value(QStringLiteral("NVDA"));
    QVERIFY(!a.isEmpty());
    QVERIFY(a == b);
}

void TestSimulatedMarket::differentSeedDifferentTicks()
{
    SimulatedMarket first(1, defaultSymbols(), 50.0, StartMs);
    SimulatedMarket second(2, defaultSymbols(), 50.0, StartMs);
    const TickBatch a = first.advanceTo(StartMs + 2'000);
    const TickBatch b = second.advanceTo(StartMs + 2'000);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
    QVERIFY(first.lastPrice(QStringLiteral("AAPL")) != second.lastPrice(QStringLiteral("AAPL")));
}

void TestSimulatedMarket::ticksAreWellFormed()
{
    SimulatedMarket market(5, defaultSymbols(), 50.0, StartMs);
    qint64 previousEnd = StartMs;
    QHash<QString, Tick> last;
    for (qint64 end = StartMs + 250; end <= StartMs + 20'000; end += 250) {
        const TickBatch batch = market.advanceTo(end);
        qint64 previousTime = previousEnd;
        for (const Tick &tick : batch) {
            QVERIFY(tick.timeMs > previousEnd && tick.timeMs <= end);
            QVERIFY(tick.timeMs >= previousTime);   // the batch is sorted by time
            previousTime = tick.timeMs;
            QVERIFY(std::isfinite(tick.price) && tick.price > 0.0);
            QVERIFY(tick.size >= 1.0 && tick.size == std::floor(tick.size));
            QCOMPARE(tick.provider, QStringLiteral("simulated"));
            QCOMPARE(tick.receivedMs, end);
            QVERIFY(tick.hasSequence());
            const auto it = last.constFind(tick.symbol);
            if (it != last.cend()) {
                // Whole milliseconds: at 50 ticks/s two trades may share one; sequences never do.
                QVERIFY(tick.timeMs >= it->timeMs);
                QVERIFY(tick.sequence > it->sequence);
            }
            last.insert(tick.symbol, tick);
        }
        previousEnd = end;
    }
    QCOMPARE(last.size(), defaultSymbols().size());
}

void TestSimulatedMarket::arrivalsArePoisson_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("5/s") << 5.0;
    QTest::newRow("50/s") << 50.0;
    QTest::newRow("400/s") << 400.0;
}

void TestSimulatedMarket::arrivalsArePoisson()
{
    QFETCH(double, rate);
    constexpr double Seconds = 200.0;
    SimulatedMarket market(77, defaultSymbols(), rate, StartMs);
    const QHash<QString, TickBatch> ticks = bySymbol(run(market, StartMs + qint64(Seconds * 1000), 1000));
    const double mean = rate * Seconds;
    for (const QString &symbol : defaultSymbols()) {
        const TickBatch &own = ticks.value(symbol);
        const double count = double(own.size());
        QVERIFY2(std::abs(count - mean) <= 5.0 * std::sqrt(mean),
                 qPrintable(QStringLiteral("%1: %2 ticks, expected %3").arg(symbol).arg(count).arg(mean)));
        // Mean inter-arrival time 1/rate; the spread of that mean is (1/rate)/sqrt(n),
        // plus up to a millisecond of rounding to whole milliseconds.
        const double gapMs = double(own.constLast().timeMs - own.constFirst().timeMs) / (count - 1.0);
        const double expectedGapMs = 1000.0 / rate;
        QVERIFY2(std::abs(gapMs - expectedGapMs) <= 5.0 * expectedGapMs / std::sqrt(count) + 1.0 / count,
                 qPrintable(QStringLiteral("%1: mean gap %2 ms, expected %3").arg(symbol).arg(gapMs).arg(expectedGapMs)));
    }
}

void TestSimulatedMarket::logReturnsHaveProfileVariance()
{
    constexpr double Rate = 50.0;
    SimulatedMarket market(2026, defaultSymbols(), Rate, StartMs);
    const QHash<QString, TickBatch> ticks = bySymbol(run(market, StartMs + 200'000, 1000));
    for (const QString &symbol : defaultSymbols()) {
        const TickBatch &own = ticks.value(symbol);
        QVERIFY(own.size() > 5000);
        double sum = 0.0;
        double sumSquares = 0.0;
        const qsizetype n = own.size() - 1;
        for (qsizetype i = 1; i < own.size(); ++i) {
            const double r = std::log(own.at(i).price / own.at(i - 1).price);
            sum += r;
            sumSquares += r * r;
        }
        const double variance = (sumSquares - sum * sum / double(n)) / double(n - 1);
        // Each step spans an exponential gap of mean 1/rate: Var(r) = sigma^2 E[dt].
        const double sigma = simulatedProfile(symbol).volatility;
        const double expected = sigma * sigma * 1000.0 / (Rate * MsPerYear);
        // Sample variance of sigma*sqrt(dt)*Z has relative spread sqrt(5/n) (~2%);
        // rounding prices to 1e-4 adds about 1%.
        QVERIFY2(std::abs(variance / expected - 1.0) < 0.15,
                 qPrintable(QStringLiteral("%1: variance %2, expected %3").arg(symbol).arg(variance).arg(expected)));
    }
}

void TestSimulatedMarket::highRatesKeepSequencesIncreasing()
{
    SimulatedMarket market(3, {QStringLiteral("AAPL")}, 1e6, StartMs);
    const TickBatch ticks = market.advanceTo(StartMs + 20);
    QVERIFY(std::abs(double(ticks.size()) - 20'000.0) < 5.0 * std::sqrt(20'000.0));
    for (qsizetype i = 1; i < ticks.size(); ++i) {
        QVERIFY(ticks.at(i).sequence > ticks.at(i - 1).sequence);
        QVERIFY(ticks.at(i).timeMs >= ticks.at(i - 1).timeMs);
    }
    QVERIFY(ticks.constFirst().timeMs > StartMs);
    QVERIFY(ticks.constLast().timeMs <= StartMs + 20);
}

void TestSimulatedMarket::zeroRateGivesNoTicks()
{
    SimulatedMarket market(3, defaultSymbols(), 0.0, StartMs);
    QVERIFY(market.advanceTo(StartMs + 60'000).isEmpty());
    QCOMPARE(market.nowMs(), StartMs + 60'000);
    QCOMPARE(market.instruments(StartMs + 60'000).size(), defaultSymbols().size());
}

void TestSimulatedMarket::skipToMovesPricesWithoutTicks()
{
    SimulatedMarket market(11, defaultSymbols(), 50.0, StartMs);
    const std::optional<double> before = market.lastPrice(QStringLiteral("MSFT"));
    market.skipTo(StartMs + 3'600'000);
    QCOMPARE(market.nowMs(), StartMs + 3'600'000);
    QVERIFY(market.lastPrice(QStringLiteral("MSFT")) != before);
    const TickBatch ticks = market.advanceTo(StartMs + 3'601'000);
    QVERIFY(!ticks.isEmpty());
    for (const Tick &tick : ticks)
        QVERIFY(tick.timeMs > StartMs + 3'600'000);
}

void TestSimulatedMarket::setSymbolsKeepsState()
{
    const QString aapl = QStringLiteral("AAPL");
    const QString zzzz = QStringLiteral("ZZZZ");
    SimulatedMarket market(8, {aapl}, 50.0, StartMs);
    (void)market.advanceTo(StartMs + 10'000);
    const std::optional<double> price = market.lastPrice(aapl);
    QVERIFY(price.has_value());

    QCOMPARE(market.setSymbols({aapl, zzzz, zzzz}), QStringList{zzzz});
    QCOMPARE(market.symbols(), (QStringList{aapl, zzzz}));
    QCOMPARE(market.lastPrice(aapl), price);
    QHash<QString, TickBatch> ticks = bySymbol(market.advanceTo(StartMs + 11'000));
    QVERIFY(!ticks.value(zzzz).isEmpty());
    QVERIFY(ticks.value(zzzz).constFirst().timeMs > StartMs + 10'000);
    const qint64 lastAaplSequence = ticks.value(aapl).constLast().sequence;

    // Dropped and re-added later: no catch-up burst, no history needed, sequences go on.
    QCOMPARE(market.setSymbols({zzzz}), QStringList());
    QVERIFY(market.history(StartMs + 11'000, 1).constFirst().symbol == zzzz);
    (void)market.advanceTo(StartMs + 60'000);
    QCOMPARE(market.setSymbols({zzzz, aapl}), QStringList());
    ticks = bySymbol(market.advanceTo(StartMs + 61'000));
    const TickBatch &resumed = ticks.value(aapl);
    QVERIFY(!resumed.isEmpty());
    QVERIFY(resumed.size() < 200);
    QVERIFY(resumed.constFirst().timeMs > StartMs + 60'000);
    QVERIFY(resumed.constFirst().sequence > lastAaplSequence);
}

void TestSimulatedMarket::history()
{
    SimulatedMarket market(21, defaultSymbols(), 20.0, StartMs + 12'345);
    const BarBatch bars = market.history(StartMs + 12'345, 7);
    const qsizetype perSymbol = 7 * 1440;
    QCOMPARE(bars.size(), perSymbol * defaultSymbols().size());
    const qint64 endMs = (StartMs + 12'345) / 60'000 * 60'000;
    for (qsizetype s = 0; s < defaultSymbols().size(); ++s) {
        const QString symbol = defaultSymbols().at(s);
        for (qsizetype i = 0; i < perSymbol; ++i) {
            const Bar &bar = bars.at(s * perSymbol + i);
            QCOMPARE(bar.symbol, symbol);
            QCOMPARE(bar.provider, QStringLiteral("simulated"));
            QCOMPARE(bar.intervalMs, 60'000);
            QCOMPARE(bar.timeMs, endMs - (perSymbol - i) * 60'000);
            QVERIFY(bar.low > 0.0);
            QVERIFY(bar.low <= std::min(bar.open, bar.close));
            QVERIFY(bar.high >= std::max(bar.open, bar.close));
            QVERIFY(bar.volume > 0.0);
            if (i > 0)
                QCOMPARE(bar.open, bars.at(s * perSymbol + i - 1).close);
        }
        QCOMPARE(bars.at(s * perSymbol).open, *market.priceAt(symbol, endMs - perSymbol * 60'000));
        QCOMPARE(bars.at((s + 1) * perSymbol - 1).close, *market.priceAt(symbol, endMs));
    }
    // A function of time: a shorter history is the tail of a longer one.
    const BarBatch oneDay = market.history({QStringLiteral("NFLX")}, StartMs + 12'345, 1);
    QCOMPARE(oneDay.size(), 1440);
    QVERIFY(oneDay == bars.mid(bars.size() - 1440));
    QCOMPARE(market.history(StartMs, 1000).size(), SimulatedMarket::MaxHistoryDays * 1440 * defaultSymbols().size());
    QVERIFY(market.history(StartMs, 0).isEmpty());
}

void TestSimulatedMarket::pricesAreAFunctionOfTime()
{
    // Made at different times, with other company, rates and histories:
    // the same price at the same time, to the last bit.
    const QString msft = QStringLiteral("MSFT");
    SimulatedMarket early(22, defaultSymbols(), 50.0, StartMs - 3 * 86'400'000);
    SimulatedMarket late(22, {msft}, 3.0, StartMs + 777);
    (void)early.history(StartMs, 7);
    early.skipTo(StartMs - 86'400'000);
    for (qint64 t = StartMs - 5 * 86'400'000; t < StartMs + 86'400'000; t += 86'399'937)
        QCOMPARE(*early.priceAt(msft, t), *late.priceAt(msft, t));
    SimulatedMarket other(23, {msft}, 3.0, StartMs);
    QVERIFY(*other.priceAt(msft, StartMs) != *late.priceAt(msft, StartMs));

    // Evaluation order does not matter either: forwards, backwards, jumping.
    SimulatedPath forwards(99, 100.0, 0.3);
    SimulatedPath jumping(99, 100.0, 0.3);
    QList<qint64> times;
    for (qint64 t = StartMs; t < StartMs + 5'000'000; t += 1237)
        times.append(t);
    QList<double> expected;
    for (const qint64 t : std::as_const(times))
        expected.append(forwards.logPriceAt(t));
    for (qsizetype i = times.size() - 1; i >= 0; i -= 7) {
        QCOMPARE(jumping.logPriceAt(times[i]), expected[i]);
        QCOMPARE(jumping.logPriceAt(times[times.size() - 1 - i]), expected[times.size() - 1 - i]);
    }
}

void TestSimulatedMarket::historyAndTicksAreOneMarket()
{
    // A first run records ticks; a second run a day later sends history
    // over that time. They meet without a step: the same prices.
    SimulatedMarket first(5, defaultSymbols(), 50.0, StartMs);
    const TickBatch ticks = run(first, StartMs + 90'000, 20);
    QVERIFY(ticks.size() > 20'000);
    SimulatedMarket second(5, defaultSymbols(), 50.0, StartMs + 86'400'000);
    for (const Tick &tick : ticks)
        QCOMPARE(tick.price, *second.priceAt(tick.symbol, tick.timeMs));

    const BarBatch fromFirst = first.history(StartMs + 90'000, 1);
    const BarBatch fromSecond = second.history(StartMs + 86'400'000, 2);
    QHash<QPair<QString, qint64>, Bar> later;
    for (const Bar &bar : fromSecond)
        later.insert({bar.symbol, bar.timeMs}, bar);
    for (const Bar &bar : fromFirst) {
        QVERIFY(bar == later.value({bar.symbol, bar.timeMs}));
        QCOMPARE(bar.open, *first.priceAt(bar.symbol, bar.timeMs));
    }
    // The first run's own live ticks continue its own history.
    const qint64 lastMinute = (StartMs + 90'000) / 60'000 * 60'000;
    for (const Tick &tick : ticks) {
        if (tick.timeMs == lastMinute) {
            const Bar &bar = later.value({tick.symbol, lastMinute});
            QCOMPARE(tick.price, bar.open);
        }
    }
}

void TestSimulatedMarket::week52BandIsTheSameOnEveryStart()
{
    SimulatedMarket before(31, defaultSymbols(), 50.0, StartMs - 2 * 86'400'000);
    (void)before.advanceTo(StartMs - 2 * 86'400'000 + 10'000);
    before.skipTo(StartMs);
    SimulatedMarket after(31, defaultSymbols(), 5.0, StartMs);
    const InstrumentList a = before.instruments(StartMs);
    const InstrumentList b = after.instruments(StartMs);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).week52High, b.at(i).week52High);
        QCOMPARE(a.at(i).week52Low, b.at(i).week52Low);
        QCOMPARE(a.at(i).previousClose, b.at(i).previousClose);
    }
}

void TestSimulatedMarket::aYearStaysPlausible()
{
    // Mean-reverting beyond months: a year moves like a stock's, not off to 0 or 10x.
    SimulatedMarket market(7, defaultSymbols(), 50.0, StartMs);
    for (const Instrument &instrument : market.instruments(StartMs)) {
        const double level = simulatedProfile(instrument.symbol).level;
        const double ratio = *instrument.week52High / *instrument.week52Low;
        QVERIFY2(ratio > 1.1 && ratio < 4.0, qPrintable(QStringLiteral("%1: 52-week high/low %2").arg(instrument.symbol).arg(ratio)));
        QVERIFY(*instrument.week52Low > level / 3.0 && *instrument.week52High < level * 3.0);
    }
}

void TestSimulatedMarket::instruments()
{
    QStringList symbols = defaultSymbols();
    symbols.append(QStringLiteral("ZZZZ"));
    SimulatedMarket market(31, symbols, 50.0, StartMs);
    (void)market.advanceTo(StartMs + 5'000);
    const InstrumentList instruments = market.instruments(StartMs + 5'000);
    QCOMPARE(instruments.size(), symbols.size());
    const BarBatch week = market.history(StartMs + 5'000, 7);
    for (const Instrument &instrument : instruments) {
        QVERIFY(symbols.contains(instrument.symbol));
        QCOMPARE(instrument.provider, QStringLiteral("simulated"));
        QCOMPARE(instrument.currency, QStringLiteral("USD"));
        QCOMPARE(instrument.exchange, instrument.symbol == u"ZZZZ" ? QStringLiteral("NYSE") : QStringLiteral("NASDAQ"));
        QCOMPARE(instrument.updatedMs, StartMs + 5'000);
        QVERIFY(week52RangeIsPlausible(instrument));
        const double price = *market.lastPrice(instrument.symbol);
        QVERIFY(*instrument.week52Low <= price && price <= *instrument.week52High);
        QVERIFY(instrument.previousClose.has_value());
        QVERIFY(*instrument.week52Low <= *instrument.previousClose);
        QVERIFY(*instrument.previousClose <= *instrument.week52High);
        for (const Bar &bar : week) {
            if (bar.symbol == instrument.symbol)
                QVERIFY(*instrument.week52Low <= bar.low && bar.high <= *instrument.week52High);
        }
        QVERIFY(instrument.logo.startsWith("<svg"));
        QCOMPARE(instrument.logoMimeType, QStringLiteral("image/svg+xml"));
    }
    QCOMPARE(instruments.constFirst().name, QStringLiteral("Apple Inc."));
    QCOMPARE(instruments.constLast().name, QStringLiteral("ZZZZ Corp. (simulated)"));
    QVERIFY(market.instruments({QStringLiteral("UNKNOWN")}, StartMs).isEmpty());
}

void TestSimulatedMarket::derivedProfiles_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::newRow("stock") << QStringLiteral("ZZZZ");
    // Symbols outside the built-in catalogue (SimulatedCatalogue), which has
    // real names for BRK-B, BTC-USD and the like.
    QTest::newRow("class share") << QStringLiteral("ZZZ-B");
    QTest::newRow("crypto") << QStringLiteral("ZZZ-USD");
    QTest::newRow("fx") << QStringLiteral("EUR/USD");
    QTest::newRow("index") << QStringLiteral("^GSPC");
}

void TestSimulatedMarket::derivedProfiles()
{
    QFETCH(QString, symbol);
    const SimulatedProfile profile = simulatedProfile(symbol);
    QCOMPARE(profile.name, symbol + QStringLiteral(" Corp. (simulated)"));
    QVERIFY(profile.level >= 10.0 && profile.level <= 500.0);
    QVERIFY(profile.volatility >= 0.18 && profile.volatility <= 0.6);
    // Not qHash: the same symbol gets the same profile in every process.
    const SimulatedProfile again = simulatedProfile(symbol);
    QCOMPARE(again.level, profile.level);
    QCOMPARE(again.volatility, profile.volatility);
}

void TestSimulatedMarket::stableHashIsFnv1a()
{
    // A fixed value: logo colours and derived profiles must not change between runs or builds.
    QCOMPARE(stableSymbolHash(QStringLiteral("AAPL")), 0x89106b8b9f086ccbULL);
}

QTEST_GUILESS_MAIN(TestSimulatedMarket)
void TestSimulatedMarket::instrumentsNameTheirVenue_data()
{
    using calendar::VenueId;
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("venue");
    QTest::newRow("AAPL on Nasdaq") << QStringLiteral("AAPL") << int(VenueId::Nasdaq);
    QTest::newRow("VOD.L in London") << QStringLiteral("VOD.L") << int(VenueId::Lse);
    QTest::newRow("7203.T in Tokyo") << QStringLiteral("7203.T") << int(VenueId::Tse);
    QTest::newRow("SAP.DE on Xetra") << QStringLiteral("SAP.DE") << int(VenueId::Xetra);
    QTest::newRow("RY.TO in Toronto") << QStringLiteral("RY.TO") << int(VenueId::Tsx);
    QTest::newRow("BTC-USD around the clock") << QStringLiteral("BTC-USD") << int(VenueId::Crypto);
}

void TestSimulatedMarket::instrumentsNameTheirVenue()
{
    QFETCH(QString, symbol);
    QFETCH(int, venue);
    SimulatedMarket market(7, {symbol}, 10.0, StartMs);
    const InstrumentList instruments = market.instruments(StartMs);
    QCOMPARE(instruments.size(), 1);
    const auto found = calendar::venueForExchangeName(instruments.constFirst().exchange);
    QVERIFY2(found, qPrintable(instruments.constFirst().exchange));
    QCOMPARE(int(*found), venue);
}

#include "tst_simulatedmarket.moc"
