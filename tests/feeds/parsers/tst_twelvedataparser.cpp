#include "ProviderPayloads.h"

#include <TwelveDataParser.h>

#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 Now = 1'787'342'405'250;

} // namespace

class TestTwelveDataParser : public QObject
{
    Q_OBJECT

private slots:
    void priceEvents_data();
    void priceEvents();
    void subscribeOk();
    void subscribeFails();
    void controlFrames_data();
    void controlFrames();
    void badPriceEvents_data();
    void badPriceEvents();
    void quote();
    void forexQuote();
    void restErrors_data();
    void restErrors();
    void timeSeries();
    void timeSeriesZone();
    void inconsistentBarSkipped();
    void forexDailySeries();
    void intervals_data();
    void intervals();
    void truncatedPayloadsStaySane();
};

void TestTwelveDataParser::priceEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<double>("price");
    QTest::addColumn<qint64>("timeMs");

    QTest::newRow("stock") << "twelvedata/ws_price_aapl.json" << "AAPL" << 172.87 << qint64(1'643'972'766'000);
    QTest::newRow("forex, mapped") << "twelvedata/ws_price_eurusd.json" << "EURUSD" << 1.08342
                                   << qint64(1'787'342'402'000);
    QTest::newRow("crypto") << "twelvedata/ws_price_btcusd.json" << "BTC/USD" << 118342.55 << qint64(1'787'342'403'000);
}

void TestTwelveDataParser::priceEvents()
{
    QFETCH(QString, file);
    QFETCH(QString, symbol);
    QFETCH(double, price);
    QFETCH(qint64, timeMs);

    TwelveDataParser parser({{QStringLiteral("EUR/USD"), QStringLiteral("EURUSD")}});
    const ParseResult result = parser.parseFrame(test::payload(file), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, symbol);
    QCOMPARE(tick.provider, QStringLiteral("twelvedata"));
    QCOMPARE(tick.price, price);
    QCOMPARE(tick.timeMs, timeMs);
    QCOMPARE(tick.size, 0.0);   // day_volume is cumulative
    QCOMPARE(tick.sequence, qint64(-1));
    QCOMPARE(tick.receivedMs, Now);
}

void TestTwelveDataParser::subscribeOk()
{
    TwelveDataParser parser({{QStringLiteral("EUR/USD"), QStringLiteral("EURUSD")}});
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("twelvedata/ws_subscribe_ok.json")), Now);
    QCOMPARE(result.control, ParseResult::Control::SubscribeAck);
    QCOMPARE(result.controlSymbols, (QStringList{QStringLiteral("AAPL"), QStringLiteral("EURUSD")}));
    QVERIFY(!result.error);
}

void TestTwelveDataParser::subscribeFails()
{
    TwelveDataParser parser;
    const ParseResult result =
        parser.parseFrame(test::payload(QStringLiteral("twelvedata/ws_subscribe_fails.json")), Now);
    QCOMPARE(result.control, ParseResult::Control::SubscribeAck);
    QCOMPARE(result.controlSymbols, QStringList{QStringLiteral("AAPL")});
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ProviderError::Kind::UnknownSymbol);
    QCOMPARE(result.error->symbols, (QStringList{QStringLiteral("XYZQ"), QStringLiteral("FOO/BAR")}));
    QVERIFY(result.error->message.contains(u"XYZQ"));
    QVERIFY(result.error->message.contains(u"FOO/BAR"));

    const ParseResult bareFails = parser.parseFrame(R"({"event":"subscribe-status","status":"error","fails":["ABC"]})",
                                                    Now);
    QCOMPARE(bareFails.error->symbols, QStringList{QStringLiteral("ABC")});

    const ParseResult noDetail = parser.parseFrame(R"({"event":"subscribe-status","status":"error"})", Now);
    QVERIFY(noDetail.error);
    QVERIFY(noDetail.error->symbols.isEmpty());
}

void TestTwelveDataParser::controlFrames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("control");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("ignored");

    QTest::newRow("heartbeat") << "twelvedata/ws_heartbeat.json" << int(ParseResult::Control::Heartbeat) << -1 << 0;
    QTest::newRow("unsubscribe") << "twelvedata/ws_unsubscribe_ok.json" << int(ParseResult::Control::None) << -1 << 1;
    QTest::newRow("bad key at connect") << "twelvedata/ws_connect_error.json" << int(ParseResult::Control::None)
                                        << int(ProviderError::Kind::Auth) << 0;
}

void TestTwelveDataParser::controlFrames()
{
    QFETCH(QString, file);
    QFETCH(int, control);
    QFETCH(int, error);
    QFETCH(int, ignored);

    TwelveDataParser parser;
    const ParseResult result = parser.parseFrame(test::payload(file), Now);
    QCOMPARE(int(result.control), control);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, 0);
}

void TestTwelveDataParser::badPriceEvents_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("malformed");

    QTest::newRow("price as string") << QByteArray(R"({"event":"price","symbol":"A","timestamp":1643972766,"price":"1.5"})")
                                     << 1 << 0;
    QTest::newRow("timestamp as string")
        << QByteArray(R"({"event":"price","symbol":"A","timestamp":"1643972766","price":1.5})") << 1 << 0;
    QTest::newRow("timestamp fractional")
        << QByteArray(R"({"event":"price","symbol":"A","timestamp":1643972766.25,"price":1.5})") << 1 << 0;
    QTest::newRow("timestamp in ms") << QByteArray(R"({"event":"price","symbol":"A","timestamp":1643972766000,"price":1})")
                                     << 0 << 1;
    QTest::newRow("price NaN") << QByteArray(R"({"event":"price","symbol":"A","timestamp":1643972766,"price":"NaN"})")
                               << 0 << 1;
    QTest::newRow("price negative") << QByteArray(R"({"event":"price","symbol":"A","timestamp":1643972766,"price":-2})")
                                    << 0 << 1;
    QTest::newRow("no symbol") << QByteArray(R"({"event":"price","timestamp":1643972766,"price":1})") << 0 << 1;
    QTest::newRow("event number") << QByteArray(R"({"event":1})") << 0 << 1;
    QTest::newRow("no event") << QByteArray(R"({"symbol":"A"})") << 0 << 1;
    QTest::newRow("truncated") << QByteArray(R"({"event":"price","symbol":"A","timest)") << 0 << 1;
    QTest::newRow("empty") << QByteArray() << 0 << 1;
}

void TestTwelveDataParser::badPriceEvents()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, ticks);
    QFETCH(int, malformed);

    TwelveDataParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, malformed);
    QVERIFY(test::isSane(result));
}

void TestTwelveDataParser::quote()
{
    const ParseResult result = twelvedata::parseQuote(test::payload(QStringLiteral("twelvedata/quote_aapl.json")),
                                                      QStringLiteral("AAPL"), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().price, 344.82001);
    QCOMPARE(result.ticks.first().timeMs, 1'787'342'340'000);   // last_quote_at, not the day's timestamp
    QCOMPARE(result.instruments.size(), 1);
    const Instrument &apple = result.instruments.first();
    QCOMPARE(apple.name, QStringLiteral("Apple Inc"));
    QCOMPARE(apple.currency, QStringLiteral("USD"));
    QCOMPARE(apple.exchange, QStringLiteral("NASDAQ"));
    QCOMPARE(apple.previousClose, std::optional(340.67001));
    QCOMPARE(apple.week52High, std::optional(408.61));
    QCOMPARE(apple.week52Low, std::optional(205.28));
}

void TestTwelveDataParser::forexQuote()
{
    const ParseResult result = twelvedata::parseQuote(test::payload(QStringLiteral("twelvedata/quote_eurusd.json")),
                                                      QStringLiteral("EURUSD"), Now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().timeMs, 1'787'270'400'000);   // no last_quote_at: timestamp
    QCOMPARE(result.instruments.first().week52High, std::optional(1.1276));
    QCOMPARE(result.instruments.first().week52Low, std::optional(1.0178));
    QVERIFY(result.instruments.first().currency.isEmpty());
}

void TestTwelveDataParser::restErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("namesSymbol");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("404") << "twelvedata/error_symbol_not_found.json" << int(ProviderError::Kind::UnknownSymbol) << true
                         << qint64(-1);
    QTest::newRow("400 not found") << "twelvedata/error_symbol_400.json" << int(ProviderError::Kind::UnknownSymbol)
                                   << true << qint64(-1);
    QTest::newRow("credits") << "twelvedata/error_credits.json" << int(ProviderError::Kind::RateLimited) << false
                             << qint64(60'000 - Now % 60'000);
    QTest::newRow("api key") << "twelvedata/error_apikey.json" << int(ProviderError::Kind::Auth) << false << qint64(-1);
}

void TestTwelveDataParser::restErrors()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(bool, namesSymbol);
    QFETCH(qint64, retryAfterMs);

    const QByteArray body = test::payload(file);
    for (const ParseResult &result : {twelvedata::parseQuote(body, QStringLiteral("XYZQ"), Now),
                                      twelvedata::parseTimeSeries(body, QStringLiteral("XYZQ"), Now)}) {
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), kind);
        QCOMPARE(result.error->symbols.contains(QStringLiteral("XYZQ")), namesSymbol);
        QCOMPARE(result.error->retryAfterMs.value_or(-1), retryAfterMs);
        QVERIFY(result.ticks.isEmpty());
        QVERIFY(result.instruments.isEmpty());
        QCOMPARE(result.malformed, 0);
    }
}

void TestTwelveDataParser::timeSeries()
{
    const ParseResult result = twelvedata::parseTimeSeries(
        test::payload(QStringLiteral("twelvedata/time_series_aapl_1min.json")), QStringLiteral("AAPL"), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.bars.size(), 5);
    QVERIFY(test::isSane(result));   // ascending although Twelve Data sends newest first
    QCOMPARE(result.bars.first().timeMs, 1'787'342'100'000);   // 19:55 UTC
    QCOMPARE(result.bars.last().timeMs, 1'787'342'340'000);
    QCOMPARE(result.bars.last().intervalMs, 60'000);
    QCOMPARE(result.bars.last().open, 344.8);
    QCOMPARE(result.bars.last().close, 344.82);
    QCOMPARE(result.bars.last().volume, 612880.0);
}

void TestTwelveDataParser::inconsistentBarSkipped()
{
    // Found by fuzz_twelvedata: bars with prices outside their own low-high range got through.
    const QByteArray body = R"({"meta":{"symbol":"AAPL","interval":"1min"},"status":"ok","values":[)"
                            R"({"datetime":"2026-08-21 19:59:00","open":"1","high":"0.9","low":"0.5","close":"0.8","volume":"1"},)"
                            R"({"datetime":"2026-08-21 19:58:00","open":"1","high":"2","low":"0.5","close":"1.5","volume":"1"}]})";
    const ParseResult result = twelvedata::parseTimeSeries(body, QStringLiteral("AAPL"), Now);
    QCOMPARE(result.bars.size(), 1);
    QCOMPARE(result.bars.first().high, 2.0);
    QCOMPARE(result.malformed, 1);
}

void TestTwelveDataParser::timeSeriesZone()
{
    // The same wall times read in the exchange's zone (EDT, UTC-4) are four hours later in UTC.
    const ParseResult result = twelvedata::parseTimeSeries(
        test::payload(QStringLiteral("twelvedata/time_series_aapl_1min.json")), QStringLiteral("AAPL"), Now,
        QTimeZone(QByteArrayLiteral("America/New_York")));
    QCOMPARE(result.bars.size(), 5);
    QCOMPARE(result.bars.first().timeMs, 1'787'342'100'000 + 4 * 3'600'000);
}

void TestTwelveDataParser::forexDailySeries()
{
    const ParseResult result = twelvedata::parseTimeSeries(
        test::payload(QStringLiteral("twelvedata/time_series_eurusd_1day.json")), QStringLiteral("EURUSD"), Now);
    QCOMPARE(result.bars.size(), 2);
    QCOMPARE(result.bars.first().intervalMs, 86'400'000);
    QCOMPARE(result.bars.first().volume, 0.0);   // forex has no volume
    QCOMPARE(result.bars.first().close, 1.08101);

    const ParseResult badRow = twelvedata::parseTimeSeries(
        R"({"meta":{"interval":"1min"},"values":[{"datetime":"2026-08-21 19:55","open":"1","high":"1","low":"1","close":"1"}],"status":"ok"})",
        QStringLiteral("X"), Now);
    QCOMPARE(badRow.malformed, 1);
    const ParseResult noInterval = twelvedata::parseTimeSeries(R"({"meta":{},"values":[],"status":"ok"})",
                                                               QStringLiteral("X"), Now);
    QCOMPARE(noInterval.malformed, 1);
}

void TestTwelveDataParser::intervals_data()
{
    QTest::addColumn<QString>("interval");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("1min") << "1min" << qint64(60'000);
    QTest::newRow("45min") << "45min" << qint64(2'700'000);
    QTest::newRow("2h") << "2h" << qint64(7'200'000);
    QTest::newRow("1day") << "1day" << qint64(86'400'000);
    QTest::newRow("1week") << "1week" << qint64(604'800'000);
    QTest::newRow("1month") << "1month" << qint64(2'592'000'000);
    QTest::newRow("1m is not Twelve Data") << "1m" << qint64(-1);
    QTest::newRow("negative") << "-5min" << qint64(-1);
}

void TestTwelveDataParser::intervals()
{
    QFETCH(QString, interval);
    QFETCH(qint64, ms);
    QCOMPARE(twelvedata::intervalMs(interval).value_or(-1), ms);
}

void TestTwelveDataParser::truncatedPayloadsStaySane()
{
    TwelveDataParser parser;
    const QString symbol = QStringLiteral("AAPL");
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("twelvedata"),
                                         [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("twelvedata"),
                                         [&](const QByteArray &b) { return twelvedata::parseQuote(b, symbol, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("twelvedata"),
                                         [&](const QByteArray &b) {
                                             return twelvedata::parseTimeSeries(b, symbol, Now);
                                         }),
             QString());
}

QTEST_GUILESS_MAIN(TestTwelveDataParser)
#include "tst_twelvedataparser.moc"
