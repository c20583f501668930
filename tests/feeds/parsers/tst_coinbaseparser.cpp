#include "ProviderPayloads.h"

#include <CoinbaseParser.h>

#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 Now = 1'733'594'407'000;

QByteArray ticker(const QByteArray &fields)
{
    return R"({"type":"ticker","product_id":"BTC-USD",)" + fields + "}";
}

} // namespace

class TestCoinbaseParser : public QObject
{
    Q_OBJECT

private slots:
    void tickerFields();
    void sequencePrecision();
    void heartbeat();
    void tradeIds();
    void subscriptions();
    void errorFrame();
    void ignoredFrames();
    void tickerVariants_data();
    void tickerVariants();
    void candles();
    void candleErrors_data();
    void candleErrors();
    void truncatedPayloadsStaySane();
};

void TestCoinbaseParser::tickerFields()
{
    CoinbaseParser parser;
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("coinbase/ticker_btc_usd.json")), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, QStringLiteral("BTC-USD"));
    QCOMPARE(tick.provider, QStringLiteral("coinbase"));
    QCOMPARE(tick.price, 99727.43);
    QCOMPARE(tick.size, 0.000028);
    QCOMPARE(tick.timeMs, 1'733'594'406'223);   // µs truncated to ms
    QCOMPARE(tick.sequence, qint64(93'526'013'152));
    QCOMPARE(tick.receivedMs, Now);
}

void TestCoinbaseParser::sequencePrecision()
{
    // 2^53 + 1: a double would round it to 2^53 and two ticks would collide.
    CoinbaseParser parser({{QStringLiteral("ETH-EUR"), QStringLiteral("ETHEUR")}});
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("coinbase/ticker_eth_eur.json")), Now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().sequence, qint64(9'007'199'254'740'993));
    QCOMPARE(result.ticks.first().symbol, QStringLiteral("ETHEUR"));
    QCOMPARE(result.ticks.first().timeMs, 1'743'296'400'000);
    QCOMPARE(result.ticks.first().size, 1.5);
}

void TestCoinbaseParser::heartbeat()
{
    CoinbaseParser parser;
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("coinbase/heartbeat.json")), Now);
    QCOMPARE(result.control, ParseResult::Control::Heartbeat);
    QCOMPARE(result.controlSymbols, QStringList{QStringLiteral("BTC-USD")});
    QCOMPARE(result.controlSequence, qint64(93'526'013'160));
    QVERIFY(result.ticks.isEmpty());
    QCOMPARE(result.malformed, 0);

    const ParseResult noSequence = parser.parseFrame(R"({"type":"heartbeat","product_id":"BTC-USD"})", Now);
    QCOMPARE(noSequence.control, ParseResult::Control::None);
    QCOMPARE(noSequence.malformed, 1);

    // Found by fuzz_coinbase: an empty product id became a heartbeat for the symbol "".
    const ParseResult noProduct = parser.parseFrame(R"({"type":"heartbeat","product_id":"","sequence":1})", Now);
    QCOMPARE(noProduct.control, ParseResult::Control::None);
    QCOMPARE(noProduct.malformed, 1);
}

void TestCoinbaseParser::tradeIds()
{
    CoinbaseParser parser;
    const ParseResult tick = parser.parseFrame(test::payload(QStringLiteral("coinbase/ticker_btc_usd.json")), Now);
    QCOMPARE(tick.tradeId, qint64(734'680'345));
    const ParseResult heartbeat = parser.parseFrame(test::payload(QStringLiteral("coinbase/heartbeat.json")), Now);
    QCOMPARE(heartbeat.tradeId, qint64(734'680'345));
    // Older heartbeats and tickers without trade ids still parse; nothing to compare then.
    const ParseResult bare = parser.parseFrame(
        ticker(R"("sequence":1,"price":"1.5","time":"2024-12-07T18:00:06Z")"), Now);
    QCOMPARE(bare.ticks.size(), 1);
    QCOMPARE(bare.tradeId, qint64(-1));
}

void TestCoinbaseParser::subscriptions()
{
    CoinbaseParser parser({{QStringLiteral("BTC-USD"), QStringLiteral("BTCUSD")}});
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("coinbase/subscriptions.json")), Now);
    QCOMPARE(result.control, ParseResult::Control::SubscribeAck);
    // Both channels list both products: each symbol once.
    QCOMPARE(result.controlSymbols, (QStringList{QStringLiteral("BTCUSD"), QStringLiteral("ETH-EUR")}));

    const ParseResult legacy = parser.parseFrame(R"({"type":"subscriptions","channels":["ticker"]})", Now);
    QCOMPARE(legacy.control, ParseResult::Control::SubscribeAck);
    QVERIFY(legacy.controlSymbols.isEmpty());

    // Found by fuzz_coinbase: an empty product id was acknowledged as the symbol "".
    const ParseResult empty = parser.parseFrame(
        R"({"type":"subscriptions","channels":[{"name":"ticker","product_ids":["BTC-USD",""]}]})", Now);
    QCOMPARE(empty.controlSymbols, QStringList{QStringLiteral("BTCUSD")});
}

void TestCoinbaseParser::errorFrame()
{
    CoinbaseParser parser;
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("coinbase/error_invalid_product.json")), Now);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ProviderError::Kind::UnknownSymbol);
    QCOMPARE(result.error->message, QStringLiteral("Failed to subscribe: BTC-XYZ is not a valid product"));

    const ParseResult bare = parser.parseFrame(R"({"type":"error"})", Now);
    QVERIFY(bare.error);
    QCOMPARE(bare.error->kind, ProviderError::Kind::Other);
}

void TestCoinbaseParser::ignoredFrames()
{
    CoinbaseParser parser;
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("coinbase/status_ignored.json")), Now);
    QCOMPARE(result.ignored, 1);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.control, ParseResult::Control::None);
}

void TestCoinbaseParser::tickerVariants_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<double>("size");

    const QByteArray t = R"("time":"2024-12-07T18:00:06.223523Z")";
    const qint64 ms = 1'733'594'406'223;
    QTest::newRow("minimal") << ticker(R"("price":"1.5",)" + t) << true << ms << qint64(-1) << 0.0;
    QTest::newRow("price as number") << ticker(R"("price":99727.43,)" + t) << true << ms << qint64(-1) << 0.0;
    QTest::newRow("sequence as string") << ticker(R"("price":"1","sequence":"93526013152",)" + t) << true << ms
                                        << qint64(93'526'013'152) << 0.0;
    QTest::newRow("sequence at int64 max") << ticker(R"("price":"1","sequence":9223372036854775807,)" + t) << true
                                           << ms << qint64(9'223'372'036'854'775'807) << 0.0;
    QTest::newRow("sequence past int64") << ticker(R"("price":"1","sequence":9223372036854775808,)" + t) << false
                                         << ms << qint64(-1) << 0.0;
    QTest::newRow("sequence fractional") << ticker(R"("price":"1","sequence":1.5,)" + t) << false << ms
                                         << qint64(-1) << 0.0;
    QTest::newRow("sequence negative") << ticker(R"("price":"1","sequence":-7,)" + t) << false << ms << qint64(-1)
                                       << 0.0;
    QTest::newRow("size") << ticker(R"("price":"1","last_size":"0.5",)" + t) << true << ms << qint64(-1) << 0.5;
    QTest::newRow("size negative") << ticker(R"("price":"1","last_size":"-0.5",)" + t) << false << ms << qint64(-1)
                                   << 0.0;
    QTest::newRow("size text") << ticker(R"("price":"1","last_size":"lots",)" + t) << false << ms << qint64(-1)
                               << 0.0;
    QTest::newRow("price NaN") << ticker(R"("price":"NaN",)" + t) << false << ms << qint64(-1) << 0.0;
    QTest::newRow("price negative") << ticker(R"("price":"-99727.43",)" + t) << false << ms << qint64(-1) << 0.0;
    QTest::newRow("price empty") << ticker(R"("price":"",)" + t) << false << ms << qint64(-1) << 0.0;
    QTest::newRow("price with spaces") << ticker(R"("price":" 1.5",)" + t) << false << ms << qint64(-1) << 0.0;
    QTest::newRow("price object") << ticker(R"("price":{},)" + t) << false << ms << qint64(-1) << 0.0;
    QTest::newRow("no time") << ticker(R"("price":"1")") << false << ms << qint64(-1) << 0.0;
    QTest::newRow("time as number") << ticker(R"("price":"1","time":1733594406)") << false << ms << qint64(-1) << 0.0;
    QTest::newRow("time no fraction") << ticker(R"("price":"1","time":"2024-12-07T18:00:06Z")") << true
                                      << qint64(1'733'594'406'000) << qint64(-1) << 0.0;
    QTest::newRow("time no zone is UTC") << ticker(R"("price":"1","time":"2024-12-07T18:00:06.223523")") << true
                                         << ms << qint64(-1) << 0.0;
    QTest::newRow("time offset") << ticker(R"("price":"1","time":"2024-12-07T19:00:06.223+01:00")") << true << ms
                                 << qint64(-1) << 0.0;
    QTest::newRow("time offset no colon") << ticker(R"("price":"1","time":"2024-12-07T18:00:06.2235-0100")") << true
                                          << ms + 3'600'000 << qint64(-1) << 0.0;
    QTest::newRow("time leap day") << ticker(R"("price":"1","time":"2024-02-29T23:59:59.999999Z")") << true
                                   << qint64(1'709'251'199'999) << qint64(-1) << 0.0;
    QTest::newRow("time bad month") << ticker(R"("price":"1","time":"2024-13-07T18:00:06Z")") << false << ms
                                    << qint64(-1) << 0.0;
    QTest::newRow("time Feb 30") << ticker(R"("price":"1","time":"2023-02-29T18:00:06Z")") << false << ms
                                 << qint64(-1) << 0.0;
    QTest::newRow("time bad hour") << ticker(R"("price":"1","time":"2024-12-07T24:00:06Z")") << false << ms
                                   << qint64(-1) << 0.0;
    QTest::newRow("time trailing junk") << ticker(R"("price":"1","time":"2024-12-07T18:00:06Zjunk")") << false << ms
                                        << qint64(-1) << 0.0;
    QTest::newRow("time truncated") << ticker(R"("price":"1","time":"2024-12-07T18:0")") << false << ms << qint64(-1)
                                    << 0.0;
    QTest::newRow("no product") << QByteArray(R"({"type":"ticker","price":"1",)" + t + "}") << false << ms
                                << qint64(-1) << 0.0;
}

void TestCoinbaseParser::tickerVariants()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, accepted);
    QFETCH(qint64, timeMs);
    QFETCH(qint64, sequence);
    QFETCH(double, size);

    CoinbaseParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), accepted ? 1 : 0);
    QCOMPARE(result.malformed, accepted ? 0 : 1);
    if (accepted) {
        QCOMPARE(result.ticks.first().timeMs, timeMs);
        QCOMPARE(result.ticks.first().sequence, sequence);
        QCOMPARE(result.ticks.first().size, size);
    }
}

void TestCoinbaseParser::candles()
{
    const ParseResult result = coinbase::parseCandles(test::payload(QStringLiteral("coinbase/candles_btc_usd_60.json")),
                                                      QStringLiteral("BTC-USD"), 60);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.bars.size(), 8);
    QVERIFY(test::isSane(result));   // ascending although Coinbase sends newest first
    const Bar &newest = result.bars.last();
    QCOMPARE(newest.timeMs, 1'733'594'400'000);
    QCOMPARE(newest.intervalMs, 60'000);
    QCOMPARE(newest.low, 99564.8);      // [time, low, high, open, close, volume]
    QCOMPARE(newest.high, 99620.1);
    QCOMPARE(newest.open, 99596.5);
    QCOMPARE(newest.close, 99601.25);
    QCOMPARE(newest.volume, 12.3456789);
    QCOMPARE(newest.symbol, QStringLiteral("BTC-USD"));
    QCOMPARE(newest.provider, QStringLiteral("coinbase"));
    QCOMPARE(result.bars.first().timeMs, 1'733'594'400'000 - 7 * 60'000);
}

void TestCoinbaseParser::candleErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("granularity");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("error");

    QTest::newRow("not found") << test::payload(QStringLiteral("coinbase/candles_not_found.json")) << qint64(60) << 0
                               << 0 << int(ProviderError::Kind::UnknownSymbol);
    QTest::newRow("rate limited") << test::payload(QStringLiteral("coinbase/candles_rate_limited.json")) << qint64(60)
                                  << 0 << 0 << int(ProviderError::Kind::RateLimited);
    QTest::newRow("empty list") << QByteArray("[]") << qint64(60) << 0 << 0 << -1;
    QTest::newRow("no granularity") << QByteArray("[[1733594400,1,2,1,2,3]]") << qint64(0) << 0 << 1 << -1;
    QTest::newRow("strings") << QByteArray(R"([["1733594400","1","2","1.5","1.6","3"]])") << qint64(300) << 1 << 0
                             << -1;
    QTest::newRow("short row") << QByteArray("[[1733594400,1,2,1,2],[1733594460,1,2,1,2,3]]") << qint64(60) << 1 << 1
                               << -1;
    QTest::newRow("null price") << QByteArray("[[1733594400,null,2,1,2,3]]") << qint64(60) << 0 << 1 << -1;
    QTest::newRow("negative volume") << QByteArray("[[1733594400,1,2,1,2,-3]]") << qint64(60) << 0 << 1 << -1;
    // Found by fuzz_coinbase: bars with prices outside their own low-high range got through.
    QTest::newRow("open above high") << QByteArray("[[1733594400,1,2,2.5,1.5,3]]") << qint64(60) << 0 << 1 << -1;
    QTest::newRow("low above high") << QByteArray("[[1733594400,2,1,1.5,1.5,3]]") << qint64(60) << 0 << 1 << -1;
    QTest::newRow("row not array") << QByteArray(R"([{"time":1}])") << qint64(60) << 0 << 1 << -1;
    QTest::newRow("object without message") << QByteArray("{}") << qint64(60) << 0 << 1 << -1;
    QTest::newRow("truncated") << QByteArray("[[1733594400,1,2") << qint64(60) << 0 << 1 << -1;
    QTest::newRow("empty") << QByteArray() << qint64(60) << 0 << 1 << -1;
}

void TestCoinbaseParser::candleErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, granularity);
    QFETCH(int, bars);
    QFETCH(int, malformed);
    QFETCH(int, error);

    const ParseResult result = coinbase::parseCandles(body, QStringLiteral("BTC-USD"), granularity);
    QCOMPARE(result.bars.size(), bars);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
}

void TestCoinbaseParser::truncatedPayloadsStaySane()
{
    CoinbaseParser parser;
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("coinbase"),
                                         [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("coinbase"),
                                         [](const QByteArray &b) {
                                             return coinbase::parseCandles(b, QStringLiteral("BTC-USD"), 60);
                                         }),
             QString());
}

QTEST_GUILESS_MAIN(TestCoinbaseParser)
#include "tst_coinbaseparser.moc"
