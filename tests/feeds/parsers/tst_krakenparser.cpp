#include "ProviderPayloads.h"

#include <KrakenParser.h>
#include <KrakenSymbols.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Now = 1'735'689'600'500;

QByteArray update(const QByteArray &trade)
{
    return R"({"channel":"trade","type":"update","data":[)" + trade + "]}";
}

QByteArray trade(const QByteArray &fields)
{
    return R"({"symbol":"BTC/USD","side":"buy",)" + fields + "}";
}

const QByteArray Valid = R"("price":93426.1,"qty":0.5,"ord_type":"limit","trade_id":7,)"
                         R"("timestamp":"2025-01-01T00:00:00.122412Z")";

} // namespace

class TestKrakenParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotAsDocumented();
    void updateKeepsIdenticalPrints();
    void userSpellingsComeBack();
    void controlFrames_data();
    void controlFrames();
    void subscribeErrorNamesTheSymbol();
    void tradeVariants_data();
    void tradeVariants();
    void malformedFrames_data();
    void malformedFrames();
    void webSocketSpellings_data();
    void webSocketSpellings();
    void restSpellings_data();
    void restSpellings();
    void ohlc();
    void ohlcErrors_data();
    void ohlcErrors();
    void truncatedPayloadsStaySane();
};

void TestKrakenParser::snapshotAsDocumented()
{
    KrakenParser parser;
    const ParseResult result = parser.parseFrame(test::payload(u"kraken/trade_snapshot_matic_usd.json"_s), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 2);
    const Tick &first = result.ticks.first();
    QCOMPARE(first.symbol, u"MATIC/USD"_s);
    QCOMPARE(first.provider, u"kraken"_s);
    QCOMPARE(first.price, 0.5147);
    QCOMPARE(first.size, 6423.46326);
    QCOMPARE(first.sequence, qint64(4'665'846));   // trade_id
    QCOMPARE(first.timeMs, qint64(1'695'628'116'925));   // 2023-09-25T07:48:36.925533Z, µs dropped
    QCOMPARE(first.receivedMs, Now);
    QCOMPARE(result.ticks.at(1).sequence, qint64(4'665'847));
}

void TestKrakenParser::updateKeepsIdenticalPrints()
{
    // Same price, size and µs: two trades, told apart by their ids.
    KrakenParser parser;
    const ParseResult result = parser.parseFrame(test::payload(u"kraken/trade_update_btc_usd.json"_s), Now);
    QCOMPARE(result.ticks.size(), 2);
    QCOMPARE(result.ticks.at(0).price, result.ticks.at(1).price);
    QCOMPARE(result.ticks.at(0).size, result.ticks.at(1).size);
    QCOMPARE(result.ticks.at(0).timeMs, result.ticks.at(1).timeMs);
    QCOMPARE(result.ticks.at(0).sequence, qint64(81'749'261));
    QCOMPARE(result.ticks.at(1).sequence, qint64(81'749'262));
}

void TestKrakenParser::userSpellingsComeBack()
{
    KrakenParser parser({{u"BTC/USD"_s, u"XBTUSD"_s}});
    const ParseResult result = parser.parseFrame(test::payload(u"kraken/trade_update_btc_usd.json"_s), Now);
    QCOMPARE(result.ticks.size(), 2);
    QCOMPARE(result.ticks.first().symbol, u"XBTUSD"_s);
    const ParseResult ack = parser.parseFrame(test::payload(u"kraken/subscribe_ack.json"_s), Now);
    QCOMPARE(ack.controlSymbols, QStringList{u"XBTUSD"_s});
}

void TestKrakenParser::controlFrames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("control");
    QTest::addColumn<qint64>("ackId");
    QTest::addColumn<int>("ignored");

    const int none = int(ParseResult::Control::None);
    QTest::newRow("subscribe ack") << u"kraken/subscribe_ack.json"_s << int(ParseResult::Control::SubscribeAck)
                                   << qint64(1) << 0;
    QTest::newRow("heartbeat") << u"kraken/heartbeat.json"_s << int(ParseResult::Control::Heartbeat) << qint64(-1)
                               << 0;
    QTest::newRow("pong") << u"kraken/pong.json"_s << int(ParseResult::Control::Heartbeat) << qint64(-1) << 0;
    // connection_id is past int64: read as nothing, and nothing is read of it.
    QTest::newRow("status") << u"kraken/status_online.json"_s << none << qint64(-1) << 1;
    QTest::newRow("unsubscribe ack") << u"kraken/unsubscribe_ack.json"_s << none << qint64(-1) << 1;
}

void TestKrakenParser::controlFrames()
{
    QFETCH(QString, file);
    QFETCH(int, control);
    QFETCH(qint64, ackId);
    QFETCH(int, ignored);

    KrakenParser parser;
    const QByteArray frame = test::payload(file);
    QVERIFY(!frame.isEmpty());
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(int(result.control), control);
    QCOMPARE(result.ackId, ackId);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QVERIFY(result.ticks.isEmpty());
}

void TestKrakenParser::subscribeErrorNamesTheSymbol()
{
    KrakenParser parser({{u"DOGE/XYZ"_s, u"XDGXYZ"_s}});
    const ParseResult result = parser.parseFrame(test::payload(u"kraken/subscribe_error_unknown_pair.json"_s), Now);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ProviderError::Kind::UnknownSymbol);
    QCOMPARE(result.error->message, u"Currency pair not supported DOGE/XYZ"_s);
    QCOMPARE(result.error->symbols, QStringList{u"XDGXYZ"_s});
    QCOMPARE(int(result.control), int(ParseResult::Control::None));

    // A request the server could not read: an error, not a malformed frame.
    const ParseResult unreadable = parser.parseFrame(
        R"({"error":"Malformed request","success":false,"time_in":"2025-01-01T00:00:00.1Z"})", Now);
    QVERIFY(unreadable.error);
    QCOMPARE(unreadable.error->kind, ProviderError::Kind::Other);
    QCOMPARE(unreadable.malformed, 0);
}

void TestKrakenParser::tradeVariants_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("sequence");

    const QByteArray rest = R"("price":1.5,"qty":2,"timestamp":"2025-01-01T00:00:00.122412Z")";
    QTest::newRow("valid") << update(trade(Valid)) << true << qint64(7);
    QTest::newRow("id above 2^53") << update(trade(R"("trade_id":9007199254740993,)" + rest)) << true
                                   << qint64(9'007'199'254'740'993);
    QTest::newRow("id missing") << update(trade(rest)) << false << qint64(-1);
    QTest::newRow("id negative") << update(trade(R"("trade_id":-4,)" + rest)) << false << qint64(-1);
    QTest::newRow("id past int64") << update(trade(R"("trade_id":18446744073709551615,)" + rest)) << false
                                   << qint64(-1);
    QTest::newRow("price zero") << update(trade(R"("trade_id":1,"price":0,"qty":2,"timestamp":"2025-01-01T00:00:00Z")"))
                                << false << qint64(-1);
    QTest::newRow("price missing") << update(trade(R"("trade_id":1,"qty":2,"timestamp":"2025-01-01T00:00:00Z")"))
                                   << false << qint64(-1);
    QTest::newRow("qty negative") << update(trade(R"("trade_id":1,"price":1,"qty":-2,"timestamp":"2025-01-01T00:00:00Z")"))
                                  << false << qint64(-1);
    QTest::newRow("time as seconds") << update(trade(R"("trade_id":1,"price":1,"qty":2,"timestamp":1735689600)"))
                                     << false << qint64(-1);
    QTest::newRow("time not RFC 3339") << update(trade(R"("trade_id":1,"price":1,"qty":2,"timestamp":"yesterday")"))
                                       << false << qint64(-1);
    QTest::newRow("symbol missing")
        << update(R"({"price":1,"qty":2,"trade_id":1,"timestamp":"2025-01-01T00:00:00Z"})") << false << qint64(-1);
    QTest::newRow("trade not an object") << update("42") << false << qint64(-1);
}

void TestKrakenParser::tradeVariants()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, accepted);
    QFETCH(qint64, sequence);

    KrakenParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), accepted ? 1 : 0);
    QCOMPARE(result.malformed, accepted ? 0 : 1);
    if (accepted)
        QCOMPARE(result.ticks.first().sequence, sequence);
}

void TestKrakenParser::malformedFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("ignored");

    QTest::newRow("not json") << QByteArray("{not json") << 1 << 0;
    QTest::newRow("array") << QByteArray("[1,2]") << 1 << 0;
    QTest::newRow("no channel, no method") << QByteArray(R"({"type":"update"})") << 1 << 0;
    QTest::newRow("trade without data") << QByteArray(R"({"channel":"trade","type":"update"})") << 1 << 0;
    QTest::newRow("trade of unknown type") << QByteArray(R"({"channel":"trade","type":"delta","data":[]})") << 1 << 0;
    QTest::newRow("subscribe without success") << QByteArray(R"({"method":"subscribe","req_id":1})") << 1 << 0;
    QTest::newRow("other channel") << QByteArray(R"({"channel":"book","type":"update","data":[]})") << 0 << 1;
    QTest::newRow("one bad trade of two")
        << update(trade(Valid) + "," + trade(R"("price":"x")")) << 1 << 0;
}

void TestKrakenParser::malformedFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, malformed);
    QFETCH(int, ignored);

    KrakenParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.ignored, ignored);
    QVERIFY(!result.error);
    QVERIFY(test::isSane(result));
}

void TestKrakenParser::webSocketSpellings_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("webSocket");

    QTest::newRow("v2 already") << u"BTC/USD"_s << u"BTC/USD"_s;
    QTest::newRow("altname XBT") << u"XBTUSD"_s << u"BTC/USD"_s;
    QTest::newRow("legacy key") << u"XXBTZUSD"_s << u"BTC/USD"_s;
    QTest::newRow("legacy key, other quote") << u"XXBTZJPY"_s << u"BTC/JPY"_s;
    QTest::newRow("altname XDG") << u"XDGUSD"_s << u"DOGE/USD"_s;
    QTest::newRow("legacy XDG") << u"XXDGZEUR"_s << u"DOGE/EUR"_s;
    QTest::newRow("XBT as the quote") << u"ETHXBT"_s << u"ETH/BTC"_s;
    QTest::newRow("legacy both crypto") << u"XETHXXBT"_s << u"ETH/BTC"_s;
    QTest::newRow("slash, v1 spelling") << u"xbt/usd"_s << u"BTC/USD"_s;
    QTest::newRow("dash") << u"DOGE-USD"_s << u"DOGE/USD"_s;
    QTest::newRow("stablecoin quote") << u"ETHUSDT"_s << u"ETH/USDT"_s;
    QTest::newRow("unsplittable") << u" foo "_s << u"FOO"_s;
}

void TestKrakenParser::webSocketSpellings()
{
    QFETCH(QString, symbol);
    QFETCH(QString, webSocket);
    QCOMPARE(kraken::webSocketSymbol(symbol), webSocket);
}

void TestKrakenParser::restSpellings_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("rest");

    QTest::newRow("BTC") << u"BTC/USD"_s << u"XBTUSD"_s;
    QTest::newRow("DOGE") << u"DOGE/EUR"_s << u"XDGEUR"_s;
    QTest::newRow("BTC as the quote") << u"ETH/BTC"_s << u"ETHXBT"_s;
    QTest::newRow("unchanged assets") << u"SOL/USD"_s << u"SOLUSD"_s;
    QTest::newRow("from the legacy key") << u"XXBTZUSD"_s << u"XBTUSD"_s;
    QTest::newRow("already REST") << u"XDGUSD"_s << u"XDGUSD"_s;
}

void TestKrakenParser::restSpellings()
{
    QFETCH(QString, symbol);
    QFETCH(QString, rest);
    QCOMPARE(kraken::restPair(symbol), rest);
    // And back: the REST spelling reads as the same v2 pair.
    QCOMPARE(kraken::webSocketSymbol(rest), kraken::webSocketSymbol(symbol));
    QCOMPARE(kraken::restAsset(u"BTC"_s), u"XBT"_s);
    QCOMPARE(kraken::webSocketAsset(u"XXDG"_s), u"DOGE"_s);
    QCOMPARE(kraken::webSocketAsset(u"ZUSD"_s), u"USD"_s);
}

void TestKrakenParser::ohlc()
{
    const ParseResult result =
        kraken::parseOhlc(test::payload(u"kraken/ohlc_xbtusd_1m.json"_s), u"BTC/USD"_s, 60);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);
    QCOMPARE(result.bars.size(), 3);
    QVERIFY(test::isSane(result));
    const Bar &first = result.bars.first();
    QCOMPARE(first.symbol, u"BTC/USD"_s);
    QCOMPARE(first.provider, u"kraken"_s);
    QCOMPARE(first.timeMs, qint64(1'735'689'600'000));
    QCOMPARE(first.intervalMs, qint64(60'000));
    QCOMPARE(first.open, 93400.0);
    QCOMPARE(first.high, 93412.2);
    QCOMPARE(first.low, 93390.9);
    QCOMPARE(first.close, 93403.3);
    QCOMPARE(first.volume, 4.1);   // column 6; column 5 is the VWAP
}

void TestKrakenParser::ohlcErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("error");

    QTest::newRow("unknown pair") << test::payload(u"kraken/ohlc_unknown_pair.json"_s) << 0 << 0
                                  << int(ProviderError::Kind::UnknownSymbol);
    QTest::newRow("rate limited") << test::payload(u"kraken/ohlc_rate_limited.json"_s) << 0 << 0
                                  << int(ProviderError::Kind::RateLimited);
    QTest::newRow("no pair array") << QByteArray(R"({"error":[],"result":{"last":1735689660}})") << 0 << 1 << -1;
    QTest::newRow("high below low")
        << QByteArray(R"({"error":[],"result":{"XXBTZUSD":[[1735689600,"1","0.5","2","1","1","3",1]]}})") << 0 << 1
        << -1;
    QTest::newRow("not json") << QByteArray("<html>502</html>") << 0 << 1 << -1;
}

void TestKrakenParser::ohlcErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, bars);
    QFETCH(int, malformed);
    QFETCH(int, error);

    const ParseResult result = kraken::parseOhlc(body, u"BTC/USD"_s, 60);
    QCOMPARE(result.bars.size(), bars);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
}

void TestKrakenParser::truncatedPayloadsStaySane()
{
    KrakenParser parser;
    QCOMPARE(test::firstInsaneTruncation(u"kraken"_s, [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(u"kraken"_s,
                                         [](const QByteArray &b) { return kraken::parseOhlc(b, u"BTC/USD"_s, 60); }),
             QString());
}

QTEST_GUILESS_MAIN(TestKrakenParser)
#include "tst_krakenparser.moc"
