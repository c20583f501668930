#include "ProviderPayloads.h"

#include <AlphaVantageParser.h>

#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 AfterClose = 1'787'342'405'000;   // 2026-08-21 16:00:05 EDT
constexpr qint64 Intraday = 1'787'320'000'000;     // 2026-08-21 09:46:40 EDT
constexpr qint64 Close20260821 = 1'787'342'400'000;

} // namespace

class TestAlphaVantageParser : public QObject
{
    Q_OBJECT

private slots:
    void globalQuote();
    void quoteTime_data();
    void quoteTime();
    void inBandErrors_data();
    void inBandErrors();
    void quoteVariants_data();
    void quoteVariants();
    void overview();
    void overviewWithoutValues();
    void intradaySeries();
    void dailyAdjustedSeries();
    void seriesProblems_data();
    void seriesProblems();
    void truncatedPayloadsStaySane();
};

void TestAlphaVantageParser::globalQuote()
{
    const ParseResult result = alphavantage::parseGlobalQuote(
        test::payload(QStringLiteral("alphavantage/global_quote_ibm.json")), QStringLiteral("IBM"), AfterClose);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, QStringLiteral("IBM"));
    QCOMPARE(tick.provider, QStringLiteral("alphavantage"));
    QCOMPARE(tick.price, 10442.0);
    QCOMPARE(tick.size, 0.0);   // "06. volume" is the day's total, not this trade
    QCOMPARE(tick.timeMs, 1'654'113'600'000);   // 2022-06-01 16:00 America/New_York
    QCOMPARE(tick.receivedMs, AfterClose);
    QCOMPARE(result.instruments.size(), 1);
    QCOMPARE(result.instruments.first().previousClose, std::optional(10413.0));
}

void TestAlphaVantageParser::quoteTime_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("timeMs");

    QTest::newRow("after the close: the close") << AfterClose << Close20260821;
    QTest::newRow("intraday: receipt time") << Intraday << Intraday;
    QTest::newRow("no clock: the close") << qint64(0) << Close20260821;
}

void TestAlphaVantageParser::quoteTime()
{
    QFETCH(qint64, now);
    QFETCH(qint64, timeMs);

    const QByteArray body = test::payload(QStringLiteral("alphavantage/global_quote_tsco_lon.json"));
    const ParseResult result = alphavantage::parseGlobalQuote(body, QStringLiteral("TSCO.L"), now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().timeMs, timeMs);
    // Polling again after the close gives the same tick, which the store deduplicates.
    QCOMPARE(alphavantage::parseGlobalQuote(body, QStringLiteral("TSCO.L"), now).ticks.first().timeMs, timeMs);
}

void TestAlphaVantageParser::inBandErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("namesSymbol");

    QTest::newRow("Information") << "alphavantage/information_rate_limit.json"
                                 << int(ProviderError::Kind::RateLimited) << false;
    QTest::newRow("Note") << "alphavantage/note_rate_limit.json" << int(ProviderError::Kind::RateLimited) << false;
    QTest::newRow("demo key") << "alphavantage/information_demo_key.json" << int(ProviderError::Kind::Auth) << false;
    QTest::newRow("invalid call") << "alphavantage/error_invalid_call.json" << int(ProviderError::Kind::UnknownSymbol)
                                  << true;
    QTest::newRow("bad key") << "alphavantage/error_apikey.json" << int(ProviderError::Kind::Auth) << false;
}

void TestAlphaVantageParser::inBandErrors()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(bool, namesSymbol);

    const QByteArray body = test::payload(file);
    QVERIFY(!body.isEmpty());
    const QString symbol = QStringLiteral("IBM");
    for (const ParseResult &result : {alphavantage::parseGlobalQuote(body, symbol, AfterClose),
                                      alphavantage::parseOverview(body, symbol, AfterClose),
                                      alphavantage::parseTimeSeries(body, symbol)}) {
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), kind);
        QCOMPARE(result.error->symbols.contains(symbol), namesSymbol);
        QVERIFY(!result.error->message.isEmpty());
        QVERIFY(!result.error->message.contains(u'\n'));
        QVERIFY(result.ticks.isEmpty());
        QVERIFY(result.instruments.isEmpty());
        QVERIFY(result.bars.isEmpty());
    }
}

void TestAlphaVantageParser::quoteVariants_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("error");

    const QByteArray day = R"("07. latest trading day":"2026-08-21")";
    QTest::newRow("empty quote") << test::payload(QStringLiteral("alphavantage/global_quote_empty.json")) << 0 << 0
                                 << int(ProviderError::Kind::UnknownSymbol);
    QTest::newRow("price NaN") << QByteArray(R"({"Global Quote":{"05. price":"NaN",)" + day + "}}") << 0 << 1 << -1;
    QTest::newRow("price negative") << QByteArray(R"({"Global Quote":{"05. price":"-1.0",)" + day + "}}") << 0 << 1
                                    << -1;
    QTest::newRow("price number") << QByteArray(R"({"Global Quote":{"05. price":12.5,)" + day + "}}") << 1 << 0 << -1;
    QTest::newRow("price huge") << QByteArray(R"({"Global Quote":{"05. price":"1e999",)" + day + "}}") << 0 << 1
                                << -1;
    QTest::newRow("date missing") << QByteArray(R"({"Global Quote":{"05. price":"12.5"}})") << 0 << 1 << -1;
    QTest::newRow("date bad") << QByteArray(R"({"Global Quote":{"05. price":"12.5","07. latest trading day":"06/01/2022"}})")
                              << 0 << 1 << -1;
    QTest::newRow("quote not object") << QByteArray(R"({"Global Quote":"IBM"})") << 0 << 1 << -1;
    QTest::newRow("no quote") << QByteArray(R"({"Meta":{}})") << 0 << 1 << -1;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><title>502</title>") << 0 << 1 << -1;
}

void TestAlphaVantageParser::quoteVariants()
{
    QFETCH(QByteArray, body);
    QFETCH(int, ticks);
    QFETCH(int, malformed);
    QFETCH(int, error);

    const ParseResult result = alphavantage::parseGlobalQuote(body, QStringLiteral("IBM"), AfterClose);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
}

void TestAlphaVantageParser::overview()
{
    const ParseResult result = alphavantage::parseOverview(
        test::payload(QStringLiteral("alphavantage/overview_ibm.json")), QStringLiteral("IBM"), AfterClose);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.instruments.size(), 1);
    const Instrument &ibm = result.instruments.first();
    QCOMPARE(ibm.name, QStringLiteral("International Business Machines"));
    QCOMPARE(ibm.currency, QStringLiteral("USD"));
    QCOMPARE(ibm.exchange, QStringLiteral("NYSE"));
    QCOMPARE(ibm.week52High, std::optional(296.16));
    QCOMPARE(ibm.week52Low, std::optional(204.07));
    QCOMPARE(ibm.updatedMs, AfterClose);
}

void TestAlphaVantageParser::overviewWithoutValues()
{
    const ParseResult none = alphavantage::parseOverview(
        test::payload(QStringLiteral("alphavantage/overview_none_values.json")), QStringLiteral("NEWCO"), AfterClose);
    QCOMPARE(none.instruments.size(), 1);
    QVERIFY(!none.instruments.first().week52High);
    QCOMPARE(none.malformed, 0);   // "None" is Alpha Vantage's null

    const ParseResult empty = alphavantage::parseOverview(
        test::payload(QStringLiteral("alphavantage/overview_empty.json")), QStringLiteral("SPY"), AfterClose);
    QVERIFY(empty.instruments.isEmpty());
    QVERIFY(!empty.error);   // ETFs get {} too: not proof of an unknown symbol
    QCOMPARE(empty.ignored, 1);
}

void TestAlphaVantageParser::intradaySeries()
{
    const ParseResult result = alphavantage::parseTimeSeries(
        test::payload(QStringLiteral("alphavantage/time_series_intraday_5min.json")), QStringLiteral("IBM"));
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.bars.size(), 4);
    QVERIFY(test::isSane(result));
    QCOMPARE(result.bars.first().timeMs, 1'787'342'100'000);   // 15:55 US/Eastern
    QCOMPARE(result.bars.last().timeMs, 1'787'356'500'000);    // 19:55 US/Eastern
    QCOMPARE(result.bars.first().intervalMs, 300'000);
    QCOMPARE(result.bars.first().open, 243.51);
    QCOMPARE(result.bars.first().high, 243.9);
    QCOMPARE(result.bars.first().low, 243.5);
    QCOMPARE(result.bars.first().close, 243.8);
    QCOMPARE(result.bars.first().volume, 310077.0);
}

void TestAlphaVantageParser::dailyAdjustedSeries()
{
    const ParseResult result = alphavantage::parseTimeSeries(
        test::payload(QStringLiteral("alphavantage/time_series_daily_adjusted.json")), QStringLiteral("IBM"));
    QCOMPARE(result.bars.size(), 3);
    QCOMPARE(result.bars.first().timeMs, 1'787'112'000'000);   // 2026-08-19 00:00 US/Eastern
    QCOMPARE(result.bars.first().intervalMs, 86'400'000);
    QCOMPARE(result.bars.first().close, 239.4);
    QCOMPARE(result.bars.first().volume, 4500987.0);   // "6. volume" in the adjusted series
}

void TestAlphaVantageParser::seriesProblems_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("malformed");

    const QByteArray meta = R"j({"Meta Data":{"6. Time Zone":"US/Eastern"},"Time Series (1min)":{)j";
    const QByteArray ok = R"({"1. open":"1","2. high":"2","3. low":"0.5","4. close":"1.5","5. volume":"10"})";
    QTest::newRow("no series") << QByteArray(R"({"Meta Data":{}})") << 0 << 1;
    QTest::newRow("unknown series") << QByteArray(R"j({"Time Series (Hourly)":{}})j") << 0 << 1;
    QTest::newRow("one good") << meta + R"("2026-08-21 09:30:00":)" + ok + "}}" << 1 << 0;
    QTest::newRow("bad key") << meta + R"("yesterday":)" + ok + "}}" << 0 << 1;
    QTest::newRow("bad time") << meta + R"("2026-08-21 25:30:00":)" + ok + "}}" << 0 << 1;
    QTest::newRow("entry not object") << meta + R"("2026-08-21 09:30:00":5})" << 0 << 1;
    QTest::newRow("close NaN")
        << meta + R"("2026-08-21 09:30:00":{"1. open":"1","2. high":"2","3. low":"0.5","4. close":"NaN"}}})" << 0 << 1;
    // Found by fuzz_alphavantage: bars with prices outside their own low-high range got through.
    QTest::newRow("close above high")
        << meta + R"("2026-08-21 09:30:00":{"1. open":"1","2. high":"2","3. low":"0.5","4. close":"2.5"}}})" << 0 << 1;
    QTest::newRow("no volume is fine")
        << meta + R"("2026-08-21 09:30:00":{"1. open":"1","2. high":"2","3. low":"0.5","4. close":"1.5"}}})" << 1 << 0;
}

void TestAlphaVantageParser::seriesProblems()
{
    QFETCH(QByteArray, body);
    QFETCH(int, bars);
    QFETCH(int, malformed);

    const ParseResult result = alphavantage::parseTimeSeries(body, QStringLiteral("IBM"));
    QCOMPARE(result.bars.size(), bars);
    QCOMPARE(result.malformed, malformed);
}

void TestAlphaVantageParser::truncatedPayloadsStaySane()
{
    const QString symbol = QStringLiteral("IBM");
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("alphavantage"),
                                         [&](const QByteArray &b) {
                                             return alphavantage::parseGlobalQuote(b, symbol, AfterClose);
                                         }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("alphavantage"),
                                         [&](const QByteArray &b) {
                                             return alphavantage::parseOverview(b, symbol, AfterClose);
                                         }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("alphavantage"),
                                         [&](const QByteArray &b) {
                                             return alphavantage::parseTimeSeries(b, symbol);
                                         }),
             QString());
}

QTEST_GUILESS_MAIN(TestAlphaVantageParser)
#include "tst_alphavantageparser.moc"
