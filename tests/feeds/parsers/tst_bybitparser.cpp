#include "ProviderPayloads.h"

#include <BybitParser.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'735'689'600'500;

QByteArray push(const QByteArray &trade)
{
    return R"({"topic":"publicTrade.BTCUSDT","type":"snapshot","ts":1672304486868,"data":[)" + trade + "]}";
}

} // namespace

class TestBybitParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tradeAsDocumented();
    void sequenceIsAStableHash_data();
    void sequenceIsAStableHash();
    void identicalPrintsStayTwoTrades();
    void controlFrames_data();
    void controlFrames();
    void failedSubscribeNamesTheSymbol();
    void tradeVariants_data();
    void tradeVariants();
    void klines();
    void klineErrors_data();
    void klineErrors();
    void truncatedPayloadsStaySane();
};

void TestBybitParser::tradeAsDocumented()
{
    BybitParser parser({{u"BTCUSDT"_s, u"BTC-USDT"_s}});
    const ParseResult result = parser.parseFrame(test::payload(u"bybit/public_trade_btcusdt.json"_s), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, u"BTC-USDT"_s);
    QCOMPARE(tick.provider, u"bybit"_s);
    QCOMPARE(tick.price, 16578.5);
    QCOMPARE(tick.size, 0.001);
    QCOMPARE(tick.timeMs, qint64(1'672'304'486'865));   // T, the trade's time, not the push's ts
    QCOMPARE(tick.sequence, bybit::sequenceOf("20f43950-d8dd-5b31-9112-a178eb6023af"));
    QCOMPARE(tick.receivedMs, Now);
}

void TestBybitParser::sequenceIsAStableHash_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<qint64>("sequence");

    // FNV-1a 64 with the top bit cleared, pinned: stored sequences must never change meaning.
    QTest::newRow("uuid") << QByteArray("20f43950-d8dd-5b31-9112-a178eb6023af") << qint64(1'413'946'391'715'938'856);
    QTest::newRow("spot decimal") << QByteArray("2290000000061666327") << qint64(8'602'643'280'224'193'265);
    QTest::newRow("next decimal") << QByteArray("2290000000061666328") << qint64(8'602'635'583'642'795'788);
    QTest::newRow("one letter") << QByteArray("a") << qint64(3'414'815'163'700'866'188);
}

void TestBybitParser::sequenceIsAStableHash()
{
    QFETCH(QByteArray, id);
    QFETCH(qint64, sequence);
    QCOMPARE(bybit::sequenceOf(std::string_view(id.constData(), size_t(id.size()))), sequence);
    QVERIFY(sequence >= 0);   // never the "no sequence" value, never negative
}

void TestBybitParser::identicalPrintsStayTwoTrades()
{
    BybitParser parser;
    const ParseResult result = parser.parseFrame(test::payload(u"bybit/public_trade_identical_prints.json"_s), Now);
    QCOMPARE(result.ticks.size(), 2);
    QCOMPARE(result.ticks.at(0).price, result.ticks.at(1).price);
    QCOMPARE(result.ticks.at(0).size, result.ticks.at(1).size);
    QCOMPARE(result.ticks.at(0).timeMs, result.ticks.at(1).timeMs);
    QVERIFY(result.ticks.at(0).sequence != result.ticks.at(1).sequence);
    // Hashes do not follow the ids: the second is the lower one.
    QVERIFY(result.ticks.at(1).sequence < result.ticks.at(0).sequence);
}

void TestBybitParser::controlFrames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("control");
    QTest::addColumn<int>("ignored");

    const int heartbeat = int(ParseResult::Control::Heartbeat);
    QTest::newRow("subscribe ack") << u"bybit/subscribe_ack.json"_s << int(ParseResult::Control::SubscribeAck) << 0;
    QTest::newRow("pong, spot") << u"bybit/pong_spot.json"_s << heartbeat << 0;
    QTest::newRow("pong, derivatives") << u"bybit/pong_linear.json"_s << heartbeat << 0;
    QTest::newRow("unsubscribe ack") << u"bybit/unsubscribe_ack.json"_s << int(ParseResult::Control::None) << 1;
}

void TestBybitParser::controlFrames()
{
    QFETCH(QString, file);
    QFETCH(int, control);
    QFETCH(int, ignored);

    BybitParser parser;
    const QByteArray frame = test::payload(file);
    QVERIFY(!frame.isEmpty());
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(int(result.control), control);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QVERIFY(result.ticks.isEmpty());
}

void TestBybitParser::failedSubscribeNamesTheSymbol()
{
    BybitParser parser({{u"BTCXYZ"_s, u"btc-xyz"_s}});
    const ParseResult result =
        parser.parseFrame(test::payload(u"bybit/subscribe_error_invalid_symbol.json"_s), Now);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ProviderError::Kind::UnknownSymbol);
    QCOMPARE(result.error->symbols, QStringList{u"btc-xyz"_s});
    QCOMPARE(result.error->message, u"Invalid symbol :[publicTrade.BTCXYZ]"_s);
    QCOMPARE(int(result.control), int(ParseResult::Control::None));
}

void TestBybitParser::tradeVariants_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("ignored");

    const QByteArray valid = R"({"T":1672304486865,"s":"BTCUSDT","v":"0.001","p":"16578.50","i":"x1"})";
    QTest::newRow("valid") << push(valid) << 1 << 0 << 0;
    QTest::newRow("id missing") << push(R"({"T":1672304486865,"s":"BTCUSDT","v":"1","p":"1"})") << 0 << 1 << 0;
    QTest::newRow("id empty") << push(R"({"T":1672304486865,"s":"BTCUSDT","v":"1","p":"1","i":""})") << 0 << 1 << 0;
    QTest::newRow("id a number") << push(R"({"T":1672304486865,"s":"BTCUSDT","v":"1","p":"1","i":7})") << 0 << 1 << 0;
    QTest::newRow("price zero") << push(R"({"T":1672304486865,"s":"BTCUSDT","v":"1","p":"0","i":"x"})") << 0 << 1 << 0;
    QTest::newRow("time in seconds") << push(R"({"T":1672304486,"s":"BTCUSDT","v":"1","p":"1","i":"x"})") << 0 << 1
                                     << 0;
    QTest::newRow("one bad of two") << push(valid + R"(,{"s":"BTCUSDT"})") << 1 << 1 << 0;
    QTest::newRow("no data") << QByteArray(R"({"topic":"publicTrade.BTCUSDT","type":"snapshot"})") << 0 << 1 << 0;
    QTest::newRow("other topic") << QByteArray(R"({"topic":"orderbook.1.BTCUSDT","data":{}})") << 0 << 0 << 1;
    QTest::newRow("no topic, no op") << QByteArray(R"({"data":[]})") << 0 << 1 << 0;
    QTest::newRow("not json") << QByteArray("{not json") << 0 << 1 << 0;
}

void TestBybitParser::tradeVariants()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, ticks);
    QFETCH(int, malformed);
    QFETCH(int, ignored);

    BybitParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.ignored, ignored);
    QVERIFY(test::isSane(result));
}

void TestBybitParser::klines()
{
    const ParseResult result =
        bybit::parseKlines(test::payload(u"bybit/klines_btcusdt_1m.json"_s), u"BTCUSDT"_s, 60'000);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QCOMPARE(result.bars.size(), 3);
    QVERIFY(test::isSane(result));   // ascending, though Bybit answers newest first
    const Bar &first = result.bars.first();
    QCOMPARE(first.provider, u"bybit"_s);
    QCOMPARE(first.timeMs, qint64(1'735'689'600'000));
    QCOMPARE(first.intervalMs, qint64(60'000));
    QCOMPARE(first.open, 93400.0);
    QCOMPARE(first.high, 93412.2);
    QCOMPARE(first.low, 93390.9);
    QCOMPARE(first.close, 93403.3);
    QCOMPARE(first.volume, 4.1);
}

void TestBybitParser::klineErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("error");

    QTest::newRow("invalid symbol") << test::payload(u"bybit/klines_invalid_symbol.json"_s) << 0
                                    << int(ProviderError::Kind::UnknownSymbol);
    QTest::newRow("rate limited") << test::payload(u"bybit/klines_rate_limited.json"_s) << 0
                                  << int(ProviderError::Kind::RateLimited);
    QTest::newRow("no retCode") << QByteArray(R"({"result":{"list":[]}})") << 1 << -1;
    QTest::newRow("not json") << QByteArray("<html>403</html>") << 1 << -1;
}

void TestBybitParser::klineErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, malformed);
    QFETCH(int, error);

    const ParseResult result = bybit::parseKlines(body, u"BTCUSDT"_s, 60'000);
    QVERIFY(result.bars.isEmpty());
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
}

void TestBybitParser::truncatedPayloadsStaySane()
{
    BybitParser parser;
    QCOMPARE(test::firstInsaneTruncation(u"bybit"_s, [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(u"bybit"_s,
                                         [](const QByteArray &b) { return bybit::parseKlines(b, u"BTCUSDT"_s, 60'000); }),
             QString());
}

QTEST_GUILESS_MAIN(TestBybitParser)
#include "tst_bybitparser.moc"
