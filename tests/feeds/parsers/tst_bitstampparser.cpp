#include "ProviderPayloads.h"

#include <BitstampParser.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'735'689'600'500;

QByteArray trade(const QByteArray &data)
{
    return R"({"event":"trade","channel":"live_trades_btcusd","data":)" + data + "}";
}

} // namespace

class TestBitstampParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradeAsDocumented();
    void controlFrames_data();
    void controlFrames();
    void error();
    void tradeVariants_data();
    void tradeVariants();
    void ohlc();
    void ohlcErrors_data();
    void ohlcErrors();
    void truncatedPayloadsStaySane();
};

void TestBitstampParser::tradeAsDocumented()
{
    BitstampParser parser({{u"btcusd"_s, u"BTC/USD"_s}});
    const ParseResult result = parser.parseFrame(test::payload(u"bitstamp/trade_btcusd.json"_s), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, u"BTC/USD"_s);
    QCOMPARE(tick.provider, u"bitstamp"_s);
    QCOMPARE(tick.price, 42000.5);
    QCOMPARE(tick.size, 0.0105);
    QCOMPARE(tick.sequence, qint64(271'234'567));
    QCOMPARE(tick.timeMs, qint64(1'700'000'000'123));   // microtimestamp, not the whole-second timestamp
    QCOMPARE(tick.receivedMs, Now);
}

void TestBitstampParser::controlFrames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("control");
    QTest::addColumn<QStringList>("symbols");
    QTest::addColumn<int>("ignored");

    QTest::newRow("subscribed") << u"bitstamp/subscription_succeeded.json"_s
                                << int(ParseResult::Control::SubscribeAck) << QStringList{u"BTC/USD"_s} << 0;
    QTest::newRow("heartbeat") << u"bitstamp/heartbeat.json"_s << int(ParseResult::Control::Heartbeat)
                               << QStringList{} << 0;
    QTest::newRow("request reconnect") << u"bitstamp/request_reconnect.json"_s
                                       << int(ParseResult::Control::Reconnect) << QStringList{} << 0;
    QTest::newRow("unsubscribed") << u"bitstamp/unsubscription_succeeded.json"_s << int(ParseResult::Control::None)
                                  << QStringList{} << 1;
}

void TestBitstampParser::controlFrames()
{
    QFETCH(QString, file);
    QFETCH(int, control);
    QFETCH(QStringList, symbols);
    QFETCH(int, ignored);

    BitstampParser parser({{u"btcusd"_s, u"BTC/USD"_s}});
    const QByteArray frame = test::payload(file);
    QVERIFY(!frame.isEmpty());
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(int(result.control), control);
    QCOMPARE(result.controlSymbols, symbols);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
}

void TestBitstampParser::error()
{
    BitstampParser parser;
    const ParseResult result = parser.parseFrame(test::payload(u"bitstamp/error_bad_subscription.json"_s), Now);
    QVERIFY(result.error);
    QCOMPARE(result.error->message, u"Bad subscription string."_s);
    QCOMPARE(result.malformed, 0);
}

void TestBitstampParser::tradeVariants_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("timeMs");

    QTest::newRow("seconds only") << trade(R"({"id":1,"amount":1,"price":2,"timestamp":"1700000000"})") << true
                                  << qint64(1'700'000'000'000);
    QTest::newRow("strings") << trade(R"({"id":"1","amount":"1","price":"2","microtimestamp":"1700000000123456"})")
                             << true << qint64(1'700'000'000'123);
    QTest::newRow("id missing") << trade(R"({"amount":1,"price":2,"timestamp":"1700000000"})") << false << qint64(0);
    QTest::newRow("id negative") << trade(R"({"id":-1,"amount":1,"price":2,"timestamp":"1700000000"})") << false
                                 << qint64(0);
    QTest::newRow("price zero") << trade(R"({"id":1,"amount":1,"price":0,"timestamp":"1700000000"})") << false
                                << qint64(0);
    QTest::newRow("no time") << trade(R"({"id":1,"amount":1,"price":2})") << false << qint64(0);
    QTest::newRow("micro as ms") << trade(R"({"id":1,"amount":1,"price":2,"microtimestamp":"1700000000123"})")
                                 << false << qint64(0);
    QTest::newRow("data not an object") << trade("[]") << false << qint64(0);
    QTest::newRow("other channel")
        << QByteArray(R"({"event":"trade","channel":"order_book_btcusd","data":{"id":1,"amount":1,"price":2,"timestamp":"1700000000"}})")
        << false << qint64(0);
}

void TestBitstampParser::tradeVariants()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, accepted);
    QFETCH(qint64, timeMs);

    BitstampParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), accepted ? 1 : 0);
    QCOMPARE(result.malformed, accepted ? 0 : 1);
    if (accepted)
        QCOMPARE(result.ticks.first().timeMs, timeMs);
    QVERIFY(test::isSane(result));
}

void TestBitstampParser::ohlc()
{
    const ParseResult result =
        bitstamp::parseOhlc(test::payload(u"bitstamp/ohlc_btcusd_60.json"_s), u"BTC/USD"_s, 60'000);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QCOMPARE(result.bars.size(), 3);
    QVERIFY(test::isSane(result));
    const Bar &first = result.bars.first();
    QCOMPARE(first.symbol, u"BTC/USD"_s);
    QCOMPARE(first.provider, u"bitstamp"_s);
    QCOMPARE(first.timeMs, qint64(1'735'689'600'000));
    QCOMPARE(first.intervalMs, qint64(60'000));
    QCOMPARE(first.open, 93400.0);
    QCOMPARE(first.high, 93412.2);
    QCOMPARE(first.low, 93390.9);
    QCOMPARE(first.close, 93403.3);
    QCOMPARE(first.volume, 4.1);
}

void TestBitstampParser::ohlcErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<bool>("error");

    QTest::newRow("not found") << test::payload(u"bitstamp/ohlc_not_found.json"_s) << 0 << true;
    QTest::newRow("field errors") << QByteArray(R"({"errors":[{"field":"step","message":"Invalid step."}]})") << 0
                                  << true;
    QTest::newRow("nothing") << QByteArray(R"({"data":{}})") << 1 << false;
    QTest::newRow("bad bar") << QByteArray(R"({"data":{"ohlc":[{"timestamp":"1735689600","open":"x"}]}})") << 1
                             << false;
    QTest::newRow("not json") << QByteArray("<html>502</html>") << 1 << false;
}

void TestBitstampParser::ohlcErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, malformed);
    QFETCH(bool, error);

    const ParseResult result = bitstamp::parseOhlc(body, u"BTC/USD"_s, 60'000);
    QVERIFY(result.bars.isEmpty());
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(bool(result.error), error);
}

void TestBitstampParser::truncatedPayloadsStaySane()
{
    BitstampParser parser;
    QCOMPARE(test::firstInsaneTruncation(u"bitstamp"_s, [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(u"bitstamp"_s,
                                         [](const QByteArray &b) { return bitstamp::parseOhlc(b, u"BTC/USD"_s, 60'000); }),
             QString());
}

QTEST_GUILESS_MAIN(TestBitstampParser)
#include "tst_bitstampparser.moc"
