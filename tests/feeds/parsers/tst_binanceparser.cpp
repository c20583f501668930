#include "ProviderPayloads.h"

#include <BinanceParser.h>

#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 Now = 1'735'689'600'500;

QByteArray trade(const QByteArray &fields)
{
    return R"({"e":"trade","E":1672515782136,"s":"BNBBTC",)" + fields + "}";
}

} // namespace

class TestBinanceParser : public QObject
{
    Q_OBJECT

private slots:
    void rawTrade();
    void combinedStream();
    void symbolMapIgnoresCase_data();
    void symbolMapIgnoresCase();
    void replies_data();
    void replies();
    void tradeVariants_data();
    void tradeVariants();
    void klines();
    void klineErrors_data();
    void klineErrors();
    void truncatedPayloadsStaySane();
};

void TestBinanceParser::rawTrade()
{
    BinanceParser parser;
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("binance/trade_bnbbtc.json")), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, QStringLiteral("BNBBTC"));
    QCOMPARE(tick.provider, QStringLiteral("binance"));
    QCOMPARE(tick.price, 0.001);
    QCOMPARE(tick.size, 100.0);
    QCOMPARE(tick.sequence, qint64(12345));   // t: the trade id
    QCOMPARE(tick.timeMs, 1'672'515'782'136);  // T: the trade time
    QCOMPARE(tick.receivedMs, Now);
}

void TestBinanceParser::combinedStream()
{
    BinanceParser parser({{QStringLiteral("btcusdt"), QStringLiteral("BTC-USDT")}});
    const ParseResult result =
        parser.parseFrame(test::payload(QStringLiteral("binance/combined_trade_btcusdt.json")), Now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().symbol, QStringLiteral("BTC-USDT"));
    QCOMPARE(result.ticks.first().sequence, qint64(4'361'178'001));
    QCOMPARE(result.ticks.first().price, 93426.01);
    QCOMPARE(result.ticks.first().size, 0.00053);
    QCOMPARE(result.ticks.first().timeMs, 1'735'689'600'122);

    const ParseResult noData = parser.parseFrame(R"({"stream":"btcusdt@trade"})", Now);
    QCOMPARE(noData.malformed, 1);
}

void TestBinanceParser::symbolMapIgnoresCase_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("lower key") << QStringLiteral("bnbbtc") << QByteArray("BNBBTC");
    QTest::newRow("upper key") << QStringLiteral("BNBBTC") << QByteArray("BNBBTC");
    QTest::newRow("lower on the wire") << QStringLiteral("BNBBTC") << QByteArray("bnbbtc");
}

void TestBinanceParser::symbolMapIgnoresCase()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, wire);

    BinanceParser parser({{key, QStringLiteral("BNB/BTC")}});
    const QByteArray frame = R"({"e":"trade","s":")" + wire + R"(","t":1,"p":"0.001","q":"1","T":1672515782136})";
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().symbol, QStringLiteral("BNB/BTC"));

    BinanceParser unmapped;
    QCOMPARE(unmapped.parseFrame(frame, Now).ticks.first().symbol, QStringLiteral("BNBBTC"));
}

void TestBinanceParser::replies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("control");
    QTest::addColumn<qint64>("ackId");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("ignored");

    const int ack = int(ParseResult::Control::SubscribeAck);
    const int none = int(ParseResult::Control::None);
    QTest::newRow("subscribe ack") << "binance/subscribe_ack.json" << ack << qint64(1) << -1 << 0;
    QTest::newRow("list ack") << "binance/list_subscriptions_ack.json" << ack << qint64(3) << -1 << 0;
    QTest::newRow("nested error") << "binance/error_invalid_request.json" << none << qint64(-1)
                                  << int(ProviderError::Kind::Other) << 0;
    QTest::newRow("flat error") << "binance/error_flat.json" << none << qint64(-1) << int(ProviderError::Kind::Other)
                                << 0;
    QTest::newRow("kline event") << "binance/kline_event_ignored.json" << none << qint64(-1) << -1 << 1;
}

void TestBinanceParser::replies()
{
    QFETCH(QString, file);
    QFETCH(int, control);
    QFETCH(qint64, ackId);
    QFETCH(int, error);
    QFETCH(int, ignored);

    BinanceParser parser;
    const ParseResult result = parser.parseFrame(test::payload(file), Now);
    QCOMPARE(int(result.control), control);
    QCOMPARE(result.ackId, ackId);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, 0);
    QVERIFY(result.ticks.isEmpty());
}

void TestBinanceParser::tradeVariants_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("sequence");

    const QByteArray rest = R"("p":"0.001","q":"100","T":1672515782136)";
    QTest::newRow("id above 2^53") << trade(R"("t":9007199254740993,)" + rest) << true << qint64(9'007'199'254'740'993);
    QTest::newRow("id as string") << trade(R"("t":"12345",)" + rest) << true << qint64(12345);
    QTest::newRow("id past int64") << trade(R"("t":18446744073709551615,)" + rest) << false << qint64(-1);
    QTest::newRow("id negative") << trade(R"("t":-1,)" + rest) << false << qint64(-1);
    QTest::newRow("id missing") << trade(rest) << false << qint64(-1);
    QTest::newRow("price NaN") << trade(R"("t":1,"p":"NaN","q":"1","T":1672515782136)") << false << qint64(-1);
    QTest::newRow("price zero") << trade(R"("t":1,"p":"0.00000000","q":"1","T":1672515782136)") << false << qint64(-1);
    QTest::newRow("price number") << trade(R"("t":1,"p":0.5,"q":"1","T":1672515782136)") << true << qint64(1);
    QTest::newRow("quantity bad") << trade(R"("t":1,"p":"1","q":"1,5","T":1672515782136)") << false << qint64(-1);
    QTest::newRow("time in seconds") << trade(R"("t":1,"p":"1","q":"1","T":1672515782)") << false << qint64(-1);
    QTest::newRow("time missing") << trade(R"("t":1,"p":"1","q":"1")") << false << qint64(-1);
    QTest::newRow("event not a string") << QByteArray(R"({"e":7,"s":"X"})") << false << qint64(-1);
}

void TestBinanceParser::tradeVariants()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, accepted);
    QFETCH(qint64, sequence);

    BinanceParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), accepted ? 1 : 0);
    QCOMPARE(result.malformed, accepted ? 0 : 1);
    if (accepted)
        QCOMPARE(result.ticks.first().sequence, sequence);
}

void TestBinanceParser::klines()
{
    const ParseResult result = binance::parseKlines(test::payload(QStringLiteral("binance/klines_btcusdt_1m.json")),
                                                    QStringLiteral("BTCUSDT"));
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.bars.size(), 5);
    QVERIFY(test::isSane(result));
    const Bar &first = result.bars.first();
    QCOMPARE(first.timeMs, 1'735'689'600'000);
    QCOMPARE(first.intervalMs, 60'000);   // closeTime - openTime + 1
    QCOMPARE(first.open, 93400.0);
    QCOMPARE(first.high, 93412.2);
    QCOMPARE(first.low, 93390.9);
    QCOMPARE(first.close, 93403.3);
    QCOMPARE(first.volume, 4.1);
    QCOMPARE(first.provider, QStringLiteral("binance"));
}

void TestBinanceParser::klineErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("error");

    QTest::newRow("invalid symbol") << test::payload(QStringLiteral("binance/klines_invalid_symbol.json")) << 0 << 0
                                    << int(ProviderError::Kind::UnknownSymbol);
    QTest::newRow("request weight") << test::payload(QStringLiteral("binance/klines_too_much_weight.json")) << 0 << 0
                                    << int(ProviderError::Kind::RateLimited);
    QTest::newRow("close before open")
        << QByteArray(R"([[1735689660000,"1","2","0.5","1.5","3",1735689600000]])") << 0 << 1 << -1;
    QTest::newRow("no close time") << QByteArray(R"([[1735689600000,"1","2","0.5","1.5","3"]])") << 0 << 1 << -1;
    QTest::newRow("price text") << QByteArray(R"([[1735689600000,"one","2","0.5","1.5","3",1735689659999]])") << 0
                                << 1 << -1;
    // Found by fuzz_binance: bars with prices outside their own low-high range got through.
    QTest::newRow("close below low")
        << QByteArray(R"([[1735689600000,"1","2","1.6","1.5","3",1735689659999]])") << 0 << 1 << -1;
    QTest::newRow("empty") << QByteArray("[]") << 0 << 0 << -1;
    QTest::newRow("not json") << QByteArray("<html>451</html>") << 0 << 1 << -1;
}

void TestBinanceParser::klineErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, bars);
    QFETCH(int, malformed);
    QFETCH(int, error);

    const ParseResult result = binance::parseKlines(body, QStringLiteral("BTCUSDT"));
    QCOMPARE(result.bars.size(), bars);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
}

void TestBinanceParser::truncatedPayloadsStaySane()
{
    BinanceParser parser;
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("binance"),
                                         [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("binance"),
                                         [](const QByteArray &b) {
                                             return binance::parseKlines(b, QStringLiteral("BTCUSDT"));
                                         }),
             QString());
}

QTEST_GUILESS_MAIN(TestBinanceParser)
#include "tst_binanceparser.moc"
