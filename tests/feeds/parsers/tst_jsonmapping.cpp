#include "ProviderPayloads.h"

#include <JsonMapping.h>

#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 Now = 1'717'430'405'000;

JsonMappingConfig config(const QString &items, const QString &price, const std::optional<QString> &symbol,
                         const std::optional<QString> &time, const std::optional<QString> &size, TimeUnit unit)
{
    JsonMappingConfig c;
    c.provider = QStringLiteral("mockfeed");
    c.itemsPointer = items;
    c.pricePointer = price;
    c.symbolPointer = symbol;
    c.timePointer = time;
    c.sizePointer = size;
    c.timeUnit = unit;
    return c;
}

JsonMappingConfig batchConfig()
{
    return config(QStringLiteral("/data"), QStringLiteral("/p"), QStringLiteral("/s"), QStringLiteral("/t"),
                  QStringLiteral("/v"), TimeUnit::Iso8601);
}

} // namespace

Q_DECLARE_METATYPE(tickerline::JsonMappingConfig)

class TestJsonMapping : public QObject
{
    Q_OBJECT

private slots:
    void recordedShapes_data();
    void recordedShapes();
    void batchWithIsoTimes();
    void escapedPointer();
    void fixedSymbolAndBarePrice();
    void symbolMap();
    void textFromSse();
    void configProblems_data();
    void configProblems();
    void badItems_data();
    void badItems();
    void oversizedFrame();
    void truncatedPayloadsStaySane();
};

void TestJsonMapping::recordedShapes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<JsonMappingConfig>("mapping");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<double>("price");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<double>("size");

    QTest::newRow("flat object, ms")
        << "jsonmapping/flat_quote.json"
        << config({}, QStringLiteral("/price"), QStringLiteral("/symbol"), QStringLiteral("/ts"),
                  QStringLiteral("/qty"), TimeUnit::Milliseconds)
        << 1 << "AAPL" << 189.91 << qint64(1'717'430'400'123) << 5.0;
    QTest::newRow("array at a pointer, ISO") << "jsonmapping/batch_iso.json" << batchConfig() << 3 << "AAPL" << 189.9
                                             << qint64(1'717'430'400'123) << 10.0;
    QTest::newRow("root array, µs as numbers and strings")
        << "jsonmapping/root_array_us.json"
        << config({}, QStringLiteral("/last"), QStringLiteral("/sym"), QStringLiteral("/time_us"), std::nullopt,
                  TimeUnit::Microseconds)
        << 2 << "BTC-USD" << 67123.45 << qint64(1'717'430'400'123) << 0.0;
    QTest::newRow("one element of an array")
        << "jsonmapping/batch_iso.json"
        << config({}, QStringLiteral("/data/1/p"), QStringLiteral("/data/1/s"), QStringLiteral("/data/1/t"),
                  QStringLiteral("/data/1/v"), TimeUnit::Iso8601)
        << 1 << "MSFT" << 415.5 << qint64(1'717'430'400'456) << 2.5;
    QTest::newRow("no time: receive time")
        << "jsonmapping/flat_quote.json"
        << config({}, QStringLiteral("/price"), QStringLiteral("/symbol"), std::nullopt, std::nullopt,
                  TimeUnit::Milliseconds)
        << 1 << "AAPL" << 189.91 << Now << 0.0;
    QTest::newRow("ms read as seconds is rejected")
        << "jsonmapping/flat_quote.json"
        << config({}, QStringLiteral("/price"), QStringLiteral("/symbol"), QStringLiteral("/ts"), std::nullopt,
                  TimeUnit::Seconds)
        << 0 << QString() << 0.0 << qint64(0) << 0.0;
}

void TestJsonMapping::recordedShapes()
{
    QFETCH(QString, file);
    QFETCH(JsonMappingConfig, mapping);
    QFETCH(int, ticks);
    QFETCH(QString, symbol);
    QFETCH(double, price);
    QFETCH(qint64, timeMs);
    QFETCH(double, size);

    QVERIFY(!JsonMapping::configProblem(mapping));
    JsonMapping mapper(mapping);
    const ParseResult result = mapper.parseFrame(test::payload(file), Now);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, ticks == 0 ? 1 : 0);
    QVERIFY(test::isSane(result));
    if (ticks == 0)
        return;
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.symbol, symbol);
    QCOMPARE(tick.provider, QStringLiteral("mockfeed"));
    QCOMPARE(tick.price, price);
    QCOMPARE(tick.timeMs, timeMs);
    QCOMPARE(tick.size, size);
    QCOMPARE(tick.receivedMs, Now);
}

void TestJsonMapping::batchWithIsoTimes()
{
    JsonMapping mapper(batchConfig());
    const ParseResult result = mapper.parseFrame(test::payload(QStringLiteral("jsonmapping/batch_iso.json")), Now);
    QCOMPARE(result.ticks.size(), 3);
    QCOMPARE(result.ticks.at(1).price, 415.5);                       // "415.5"
    QCOMPARE(result.ticks.at(1).timeMs, 1'717'430'400'456);          // .456789+00:00
    QCOMPARE(result.ticks.at(2).timeMs, 1'717'430'401'000);          // 12:00:01-04:00
}

void TestJsonMapping::escapedPointer()
{
    // Keys "a/b" and "m~n" are spelled a~1b and m~0n in a JSON pointer.
    JsonMapping mapper(config({}, QStringLiteral("/a~1b/m~0n/px"), QStringLiteral("/meta/sym"),
                              QStringLiteral("/meta/time"), QStringLiteral("/a~1b/m~0n/sz"), TimeUnit::Seconds));
    const ParseResult result = mapper.parseFrame(test::payload(QStringLiteral("jsonmapping/escaped_keys.json")), Now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().symbol, QStringLiteral("EUR/USD"));
    QCOMPARE(result.ticks.first().price, 1.5);
    QCOMPARE(result.ticks.first().size, 0.25);
    QCOMPARE(result.ticks.first().timeMs, 1'717'430'400'000);
}

void TestJsonMapping::fixedSymbolAndBarePrice()
{
    JsonMappingConfig c = config({}, QString(), std::nullopt, std::nullopt, std::nullopt, TimeUnit::Milliseconds);
    c.fixedSymbol = QStringLiteral("GOLD");
    JsonMapping mapper(c);
    const ParseResult result = mapper.parseFrame("2315.4", Now);   // SSE "data: 2315.4"
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().symbol, QStringLiteral("GOLD"));
    QCOMPARE(result.ticks.first().price, 2315.4);
    QCOMPARE(result.ticks.first().timeMs, Now);

    const ParseResult list = mapper.parseFrame(R"([1.5,"2.5",-3,null])", Now);
    QCOMPARE(list.ticks.size(), 2);
    QCOMPARE(list.malformed, 2);
}

void TestJsonMapping::symbolMap()
{
    JsonMapping mapper(batchConfig(), {{QStringLiteral("MSFT"), QStringLiteral("Microsoft")}});
    const ParseResult result = mapper.parseFrame(test::payload(QStringLiteral("jsonmapping/batch_iso.json")), Now);
    QCOMPARE(result.ticks.at(0).symbol, QStringLiteral("AAPL"));
    QCOMPARE(result.ticks.at(1).symbol, QStringLiteral("Microsoft"));
    mapper.setSymbolMap({});
    QCOMPARE(mapper.parseFrame(test::payload(QStringLiteral("jsonmapping/batch_iso.json")), Now).ticks.at(1).symbol,
             QStringLiteral("MSFT"));
}

void TestJsonMapping::textFromSse()
{
    // SseEvent::data is a QString.
    JsonMapping mapper(config({}, QStringLiteral("/price"), QStringLiteral("/symbol"), QStringLiteral("/ts"),
                              std::nullopt, TimeUnit::Milliseconds));
    const QString data = QStringLiteral(R"({"symbol":"NESN.SW","price":"98.12","ts":1717430400123,"note":"Zürich ✓"})");
    const ParseResult result = mapper.parseFrame(data, Now);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().price, 98.12);
    QCOMPARE(result.ticks.first().symbol, QStringLiteral("NESN.SW"));
}

void TestJsonMapping::configProblems_data()
{
    QTest::addColumn<JsonMappingConfig>("mapping");

    const auto symbol = std::optional(QStringLiteral("/s"));
    QTest::newRow("no leading slash") << config(QStringLiteral("data"), QStringLiteral("/p"), symbol, {}, {},
                                                TimeUnit::Seconds);
    QTest::newRow("bad escape") << config({}, QStringLiteral("/a~2b"), symbol, {}, {}, TimeUnit::Seconds);
    QTest::newRow("dangling tilde") << config({}, QStringLiteral("/p"), QStringLiteral("/s~"), {}, {},
                                              TimeUnit::Seconds);
    QTest::newRow("bad time pointer") << config({}, QStringLiteral("/p"), symbol, QStringLiteral("t"), {},
                                                TimeUnit::Seconds);
    QTest::newRow("no symbol at all") << config({}, QStringLiteral("/p"), std::nullopt, {}, {}, TimeUnit::Seconds);
    JsonMappingConfig both = config({}, QStringLiteral("/p"), symbol, {}, {}, TimeUnit::Seconds);
    both.fixedSymbol = QStringLiteral("X");
    QTest::newRow("symbol twice") << both;
    JsonMappingConfig nameless = config({}, QStringLiteral("/p"), symbol, {}, {}, TimeUnit::Seconds);
    nameless.provider.clear();
    QTest::newRow("no provider") << nameless;
}

void TestJsonMapping::configProblems()
{
    QFETCH(JsonMappingConfig, mapping);

    const auto problem = JsonMapping::configProblem(mapping);
    QVERIFY(problem);
    QVERIFY(!problem->isEmpty());
    JsonMapping mapper(mapping);
    const ParseResult result = mapper.parseFrame(R"({"p":1,"s":"A"})", Now);
    QVERIFY(result.ticks.isEmpty());
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ProviderError::Kind::Other);
}

void TestJsonMapping::badItems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("malformed");

    const QByteArray t = R"("t":"2024-06-03T16:00:00Z")";
    QTest::newRow("empty") << QByteArray() << 0 << 1;
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"s":"A","p":1,)") << 0 << 1;
    QTest::newRow("no items") << QByteArray(R"({"trades":[]})") << 0 << 1;
    QTest::newRow("empty items") << QByteArray(R"({"data":[]})") << 0 << 0;
    QTest::newRow("items object") << QByteArray(R"({"data":{"s":"A","p":1,)" + t + "}}") << 1 << 0;
    QTest::newRow("item not object") << QByteArray(R"({"data":[7]})") << 0 << 1;
    QTest::newRow("price missing") << QByteArray(R"({"data":[{"s":"A","v":1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("price NaN") << QByteArray(R"({"data":[{"s":"A","p":"NaN",)" + t + "}]}") << 0 << 1;
    QTest::newRow("price -0") << QByteArray(R"({"data":[{"s":"A","p":-0.0,)" + t + "}]}") << 0 << 1;
    QTest::newRow("symbol empty") << QByteArray(R"({"data":[{"s":"","p":1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("symbol number") << QByteArray(R"({"data":[{"s":1,"p":1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("time not ISO") << QByteArray(R"({"data":[{"s":"A","p":1,"t":1717430400}]})") << 0 << 1;
    QTest::newRow("size negative") << QByteArray(R"({"data":[{"s":"A","p":1,"v":-1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("size absent") << QByteArray(R"({"data":[{"s":"A","p":1,)" + t + "}]}") << 1 << 0;
    QTest::newRow("mixed") << QByteArray(R"({"data":[{"s":"A","p":1,"v":1,)" + t + R"(},{"s":"B","v":1,)" + t
                                         + R"(},{"s":"C","p":"2","v":"0",)" + t + "}]}")
                           << 2 << 1;
}

void TestJsonMapping::badItems()
{
    QFETCH(QByteArray, json);
    QFETCH(int, ticks);
    QFETCH(int, malformed);

    JsonMapping mapper(batchConfig());
    const ParseResult result = mapper.parseFrame(json, Now);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, malformed);
    QVERIFY(!result.error);
}

void TestJsonMapping::oversizedFrame()
{
    JsonMapping mapper(batchConfig());
    const QByteArray huge = R"({"data":[],"pad":")" + QByteArray(17 * 1024 * 1024, 'x') + R"("})";
    const ParseResult result = mapper.parseFrame(huge, Now);
    QCOMPARE(result.malformed, 1);
    QVERIFY(result.ticks.isEmpty());
}

void TestJsonMapping::truncatedPayloadsStaySane()
{
    JsonMapping mapper(batchConfig());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("jsonmapping"),
                                         [&](const QByteArray &b) { return mapper.parseFrame(b, Now); }),
             QString());
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
