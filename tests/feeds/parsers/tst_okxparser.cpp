#include "ProviderPayloads.h"

#include <OkxParser.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'735'689'600'500;

QByteArray push(const QByteArray &trade)
{
    return R"({"arg":{"channel":"trades","instId":"BTC-USDT"},"data":[)" + trade + "]}";
}

QByteArray trade(const QByteArray &fields)
{
    return R"({"instId":"BTC-USDT","side":"buy",)" + fields + "}";
}

} // namespace

class TestOkxParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradeAsDocumented();
    void identicalPrintsStayTwoTrades();
    void userSpellingsComeBack();
    void controlFrames_data();
    void controlFrames();
    void errors_data();
    void errors();
    void tradeVariants_data();
    void tradeVariants();
    void malformedFrames_data();
    void malformedFrames();
    void candles();
    void candleErrors_data();
    void candleErrors();
    void truncatedPayloadsStaySane();
};

void TestOkxParser::tradeAsDocumented()
{
    OkxParser parser;
    const ParseResult result = parser.parseFrame(test::payload(u"okx/trades_btc_usdt.json"_s), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, u"BTC-USDT"_s);
    QCOMPARE(tick.provider, u"okx"_s);
    QCOMPARE(tick.price, 42219.9);
    QCOMPARE(tick.size, 0.12060306);   // the total of the `count` matches folded into this push
    QCOMPARE(tick.sequence, qint64(130'639'474));
    QCOMPARE(tick.timeMs, qint64(1'630'048'897'897));
    QCOMPARE(tick.receivedMs, Now);
}

void TestOkxParser::identicalPrintsStayTwoTrades()
{
    OkxParser parser;
    const ParseResult result = parser.parseFrame(test::payload(u"okx/trades_identical_prints.json"_s), Now);
    QCOMPARE(result.ticks.size(), 2);
    QCOMPARE(result.ticks.at(0).price, result.ticks.at(1).price);
    QCOMPARE(result.ticks.at(0).size, result.ticks.at(1).size);
    QCOMPARE(result.ticks.at(0).timeMs, result.ticks.at(1).timeMs);
    QCOMPARE(result.ticks.at(0).sequence, qint64(130'639'475));
    QCOMPARE(result.ticks.at(1).sequence, qint64(130'639'476));
}

void TestOkxParser::userSpellingsComeBack()
{
    OkxParser parser({{u"BTC-USDT"_s, u"btc/usdt"_s}});
    QCOMPARE(parser.parseFrame(test::payload(u"okx/trades_btc_usdt.json"_s), Now).ticks.first().symbol, u"btc/usdt"_s);
    QCOMPARE(parser.parseFrame(test::payload(u"okx/subscribe_ack.json"_s), Now).controlSymbols,
             QStringList{u"btc/usdt"_s});
}

void TestOkxParser::controlFrames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("control");
    QTest::addColumn<int>("ignored");

    QTest::newRow("subscribe ack") << u"okx/subscribe_ack.json"_s << int(ParseResult::Control::SubscribeAck) << 0;
    // The answer to the client's text "ping" is the bare text "pong".
    QTest::newRow("pong") << u"okx/pong.txt"_s << int(ParseResult::Control::Heartbeat) << 0;
    QTest::newRow("unsubscribe ack") << u"okx/unsubscribe_ack.json"_s << int(ParseResult::Control::None) << 1;
}

void TestOkxParser::controlFrames()
{
    QFETCH(QString, file);
    QFETCH(int, control);
    QFETCH(int, ignored);

    OkxParser parser;
    const QByteArray frame = test::payload(file);
    QVERIFY(!frame.isEmpty());
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(int(result.control), control);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QVERIFY(result.ticks.isEmpty());
    // The same through the text overload.
    QCOMPARE(int(parser.parseFrame(QStringView(QString::fromUtf8(frame)), Now).control), control);
}

void TestOkxParser::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("symbols");

    QTest::newRow("unknown instrument") << u"okx/error_unknown_instrument.json"_s
                                        << int(ProviderError::Kind::UnknownSymbol) << QStringList{u"BTC-XYZ"_s};
    QTest::newRow("service upgrade notice") << u"okx/notice_service_upgrade.json"_s << int(ProviderError::Kind::Other)
                                            << QStringList{};
}

void TestOkxParser::errors()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QStringList, symbols);

    OkxParser parser;
    const ParseResult result = parser.parseFrame(test::payload(file), Now);
    QVERIFY(result.error);
    QCOMPARE(int(result.error->kind), kind);
    QCOMPARE(result.error->symbols, symbols);
    QVERIFY(!result.error->message.isEmpty());
    QCOMPARE(result.malformed, 0);
}

void TestOkxParser::tradeVariants_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("sequence");

    const QByteArray rest = R"("px":"1.5","sz":"2","ts":"1630048897897")";
    QTest::newRow("valid") << push(trade(R"("tradeId":"7",)" + rest)) << true << qint64(7);
    QTest::newRow("id as number") << push(trade(R"("tradeId":7,)" + rest)) << true << qint64(7);
    QTest::newRow("id above 2^53") << push(trade(R"("tradeId":"9007199254740993",)" + rest)) << true
                                   << qint64(9'007'199'254'740'993);
    QTest::newRow("id missing") << push(trade(rest)) << false << qint64(-1);
    QTest::newRow("id not a number") << push(trade(R"("tradeId":"a7",)" + rest)) << false << qint64(-1);
    QTest::newRow("price zero") << push(trade(R"("tradeId":"1","px":"0","sz":"2","ts":"1630048897897")")) << false
                                << qint64(-1);
    QTest::newRow("size empty") << push(trade(R"("tradeId":"1","px":"1","sz":"","ts":"1630048897897")")) << false
                                << qint64(-1);
    QTest::newRow("time in seconds") << push(trade(R"("tradeId":"1","px":"1","sz":"2","ts":"1630048897")"))
                                     << false << qint64(-1);
    QTest::newRow("instrument missing")
        << push(R"({"tradeId":"1","px":"1","sz":"2","ts":"1630048897897"})") << false << qint64(-1);
}

void TestOkxParser::tradeVariants()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, accepted);
    QFETCH(qint64, sequence);

    OkxParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), accepted ? 1 : 0);
    QCOMPARE(result.malformed, accepted ? 0 : 1);
    if (accepted)
        QCOMPARE(result.ticks.first().sequence, sequence);
}

void TestOkxParser::malformedFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("ignored");

    QTest::newRow("not json") << QByteArray("{not json") << 1 << 0;
    QTest::newRow("pong, shouted") << QByteArray("PONG") << 1 << 0;
    QTest::newRow("no arg, no event") << QByteArray(R"({"data":[]})") << 1 << 0;
    QTest::newRow("trades without data") << QByteArray(R"({"arg":{"channel":"trades","instId":"BTC-USDT"}})") << 1 << 0;
    QTest::newRow("other channel") << QByteArray(R"({"arg":{"channel":"tickers","instId":"BTC-USDT"},"data":[]})")
                                   << 0 << 1;
    QTest::newRow("one bad trade of two")
        << push(trade(R"("tradeId":"1","px":"1","sz":"2","ts":"1630048897897")") + "," + trade(R"("px":"x")")) << 1
        << 0;
}

void TestOkxParser::malformedFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, malformed);
    QFETCH(int, ignored);

    OkxParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.ignored, ignored);
    QVERIFY(!result.error);
    QVERIFY(test::isSane(result));
}

void TestOkxParser::candles()
{
    const ParseResult result =
        okx::parseCandles(test::payload(u"okx/candles_btc_usdt_1m.json"_s), u"BTC-USDT"_s, 60'000);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QCOMPARE(result.bars.size(), 3);
    QVERIFY(test::isSane(result));   // ascending, though OKX answers newest first
    const Bar &first = result.bars.first();
    QCOMPARE(first.symbol, u"BTC-USDT"_s);
    QCOMPARE(first.provider, u"okx"_s);
    QCOMPARE(first.timeMs, qint64(1'735'689'600'000));
    QCOMPARE(first.intervalMs, qint64(60'000));
    QCOMPARE(first.open, 93400.0);
    QCOMPARE(first.high, 93412.2);
    QCOMPARE(first.low, 93390.9);
    QCOMPARE(first.close, 93403.3);
    QCOMPARE(first.volume, 4.1);
}

void TestOkxParser::candleErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("error");

    QTest::newRow("unknown instrument") << test::payload(u"okx/candles_unknown_instrument.json"_s) << 0 << 0
                                        << int(ProviderError::Kind::UnknownSymbol);
    QTest::newRow("rate limited") << test::payload(u"okx/candles_rate_limited.json"_s) << 0 << 0
                                  << int(ProviderError::Kind::RateLimited);
    QTest::newRow("no code") << QByteArray(R"({"data":[]})") << 0 << 1 << -1;
    QTest::newRow("close above high")
        << QByteArray(R"({"code":"0","msg":"","data":[["1735689600000","1","2","0.5","3","1","1","1","1"]]})") << 0
        << 1 << -1;
    QTest::newRow("empty") << QByteArray(R"({"code":"0","msg":"","data":[]})") << 0 << 0 << -1;
    QTest::newRow("not json") << QByteArray("<html>502</html>") << 0 << 1 << -1;
}

void TestOkxParser::candleErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, bars);
    QFETCH(int, malformed);
    QFETCH(int, error);

    const ParseResult result = okx::parseCandles(body, u"BTC-USDT"_s, 60'000);
    QCOMPARE(result.bars.size(), bars);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
}

void TestOkxParser::truncatedPayloadsStaySane()
{
    OkxParser parser;
    QCOMPARE(test::firstInsaneTruncation(u"okx"_s, [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(u"okx"_s,
                                         [](const QByteArray &b) { return okx::parseCandles(b, u"BTC-USDT"_s, 60'000); }),
             QString());
}

QTEST_GUILESS_MAIN(TestOkxParser)
#include "tst_okxparser.moc"
