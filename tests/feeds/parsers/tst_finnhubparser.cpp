#include "ProviderPayloads.h"

#include <FinnhubParser.h>

#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 Now = 1'787'342'405'000;
constexpr int NoError = -1;

int errorKind(const ParseResult &result)
{
    return result.error ? int(result.error->kind) : NoError;
}

} // namespace

class TestFinnhubParser : public QObject
{
    Q_OBJECT

private slots:
    void recordedFrames_data();
    void recordedFrames();
    void tradeFields();
    void symbolMap();
    void textFrames();
    void badFrames_data();
    void badFrames();
    void quote();
    void quoteAllZeros();
    void profile();
    void profileRejectsNonHttpLogo();
    void metric();
    void restErrors_data();
    void restErrors();
    void truncatedPayloadsStaySane();
};

void TestFinnhubParser::recordedFrames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("ignored");
    QTest::addColumn<int>("control");
    QTest::addColumn<int>("error");

    const int none = int(ParseResult::Control::None);
    QTest::newRow("trades") << "finnhub/ws_trades_aapl.json" << 4 << 0 << none << NoError;
    QTest::newRow("crypto") << "finnhub/ws_trades_crypto.json" << 2 << 0 << none << NoError;
    QTest::newRow("forex without v") << "finnhub/ws_trades_forex_no_volume.json" << 1 << 0 << none << NoError;
    QTest::newRow("ping") << "finnhub/ws_ping.json" << 0 << 0 << int(ParseResult::Control::Ping) << NoError;
    QTest::newRow("bad key") << "finnhub/ws_error_token.json" << 0 << 0 << none << int(ProviderError::Kind::Auth);
    QTest::newRow("too many symbols") << "finnhub/ws_error_too_many_symbols.json" << 0 << 0 << none
                                      << int(ProviderError::Kind::Other);
    QTest::newRow("news") << "finnhub/ws_news_ignored.json" << 0 << 1 << none << NoError;
}

void TestFinnhubParser::recordedFrames()
{
    QFETCH(QString, file);
    QFETCH(int, ticks);
    QFETCH(int, ignored);
    QFETCH(int, control);
    QFETCH(int, error);

    const QByteArray frame = test::payload(file);
    QVERIFY(!frame.isEmpty());
    FinnhubParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(int(result.control), control);
    QCOMPARE(errorKind(result), error);
    if (result.error)
        QVERIFY(!result.error->message.isEmpty());
    QVERIFY(test::isSane(result));
}

void TestFinnhubParser::tradeFields()
{
    FinnhubParser parser;
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("finnhub/ws_trades_aapl.json")), Now);
    QCOMPARE(result.ticks.size(), 4);
    const Tick &first = result.ticks.first();
    QCOMPARE(first.symbol, QStringLiteral("AAPL"));
    QCOMPARE(first.provider, QStringLiteral("finnhub"));
    QCOMPARE(first.timeMs, 1'672'348'887'666);   // already ms on the WebSocket
    QCOMPARE(first.price, 129.58);
    QCOMPARE(first.size, 1.0);
    QCOMPARE(first.sequence, -1);
    QCOMPARE(first.receivedMs, Now);
    QCOMPARE(result.ticks.at(2).symbol, QStringLiteral("MSFT"));
    QCOMPARE(result.ticks.at(3).price, 129.585);
    QCOMPARE(result.ticks.at(3).size, 25.0);

    // The parser is reused frame after frame: nothing leaks from one to the next.
    const ParseResult again = parser.parseFrame(test::payload(QStringLiteral("finnhub/ws_ping.json")), Now);
    QVERIFY(again.ticks.isEmpty());
    QCOMPARE(again.control, ParseResult::Control::Ping);
}

void TestFinnhubParser::symbolMap()
{
    FinnhubParser parser({{QStringLiteral("BINANCE:BTCUSDT"), QStringLiteral("BTCUSDT")}});
    const ParseResult result = parser.parseFrame(test::payload(QStringLiteral("finnhub/ws_trades_crypto.json")), Now);
    QCOMPARE(result.ticks.size(), 2);
    QCOMPARE(result.ticks.at(0).symbol, QStringLiteral("BTCUSDT"));
    QCOMPARE(result.ticks.at(0).size, 0.011467);

    parser.setSymbolMap({});
    const ParseResult unmapped = parser.parseFrame(test::payload(QStringLiteral("finnhub/ws_trades_crypto.json")), Now);
    QCOMPARE(unmapped.ticks.at(0).symbol, QStringLiteral("BINANCE:BTCUSDT"));
}

void TestFinnhubParser::textFrames()
{
    // QWebSocket delivers QString: the same ticks as from the bytes, non-ASCII included.
    FinnhubParser parser;
    for (const QString &file : test::payloadFiles(QStringLiteral("finnhub"))) {
        const QByteArray bytes = test::payload(file);
        const TickBatch fromBytes = parser.parseFrame(bytes, Now).ticks;
        QCOMPARE(parser.parseFrame(QString::fromUtf8(bytes), Now).ticks, fromBytes);
    }
    const QString umlaut = QStringLiteral(R"({"type":"trade","data":[{"s":"XETRA:BÄR","p":1.5,"t":1672348887666}]})");
    QCOMPARE(parser.parseFrame(umlaut, Now).ticks.first().symbol, QStringLiteral("XETRA:BÄR"));

    const QChar lone[] = {QChar(u'{'), QChar(char16_t(0xD800))};
    QCOMPARE(parser.parseFrame(QStringView(lone, 2), Now).malformed, 1);
    QCOMPARE(parser.parseFrame(QStringView(u"{\"type\":\"ping\"}"), Now).control, ParseResult::Control::Ping);
}

void TestFinnhubParser::badFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("malformed");

    const QByteArray t = "\"t\":1672348887666";
    QTest::newRow("empty") << QByteArray() << 0 << 1;
    QTest::newRow("whitespace") << QByteArray("  \r\n") << 0 << 1;
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << 0 << 1;
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"p":129.58,"s":"AAPL","t":16723)") << 0 << 1;
    QTest::newRow("array root") << QByteArray("[]") << 0 << 1;
    QTest::newRow("type not a string") << QByteArray(R"({"type":5})") << 0 << 1;
    QTest::newRow("no type") << QByteArray(R"({"data":[]})") << 0 << 1;
    QTest::newRow("data not an array") << QByteArray(R"({"type":"trade","data":{}})") << 0 << 1;
    QTest::newRow("empty data") << QByteArray(R"({"type":"trade","data":[]})") << 0 << 0;
    QTest::newRow("trade not an object") << QByteArray(R"({"type":"trade","data":[42]})") << 0 << 1;
    QTest::newRow("negative price") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":-1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("zero price") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":0,)" + t + "}]}") << 0 << 1;
    QTest::newRow("NaN string") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":"NaN",)" + t + "}]}") << 0 << 1;
    QTest::newRow("inf string") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":"inf",)" + t + "}]}") << 0 << 1;
    QTest::newRow("price string") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":"129.5",)" + t + "}]}") << 1 << 0;
    QTest::newRow("price null") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":null,)" + t + "}]}") << 0 << 1;
    QTest::newRow("price overflows double") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1e400,)" + t + "}]}") << 0 << 1;
    QTest::newRow("huge price") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1e300,)" + t + "}]}") << 1 << 0;
    QTest::newRow("time in seconds") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"t":1672348887}]})") << 0 << 1;
    QTest::newRow("time in us") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"t":1672348887666000}]})") << 0 << 1;
    QTest::newRow("time huge") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"t":99999999999999999999}]})") << 0 << 1;
    QTest::newRow("time negative") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"t":-5}]})") << 0 << 1;
    QTest::newRow("time string") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"t":"1672348887666"}]})") << 1 << 0;
    QTest::newRow("time missing") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1}]})") << 0 << 1;
    QTest::newRow("symbol number") << QByteArray(R"({"type":"trade","data":[{"s":5,"p":1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("symbol empty") << QByteArray(R"({"type":"trade","data":[{"s":"","p":1,)" + t + "}]}") << 0 << 1;
    QTest::newRow("volume text") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"v":"abc",)" + t + "}]}") << 0 << 1;
    QTest::newRow("volume negative") << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,"v":-2,)" + t + "}]}") << 0 << 1;
    QTest::newRow("one bad, two good")
        << QByteArray(R"({"type":"trade","data":[{"s":"A","p":1,)" + t + R"(},{"s":"B","p":"x",)" + t
                      + R"(},{"s":"C","p":3,)" + t + "}]}")
        << 2 << 1;
    QTest::newRow("trailing garbage") << QByteArray(R"({"type":"ping"} xyz)") << 0 << 1;
}

void TestFinnhubParser::badFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, ticks);
    QFETCH(int, malformed);

    FinnhubParser parser;
    const ParseResult result = parser.parseFrame(frame, Now);
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.malformed, malformed);
    QVERIFY(!result.error);
    QVERIFY(test::isSane(result));
}

void TestFinnhubParser::quote()
{
    const ParseResult result = finnhub::parseQuote(test::payload(QStringLiteral("finnhub/quote_aapl.json")),
                                                   QStringLiteral("AAPL"), Now);
    QCOMPARE(result.malformed, 0);
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().timeMs, 1'582'641'000'000);   // seconds on REST
    QCOMPARE(result.ticks.first().price, 261.74);
    QCOMPARE(result.ticks.first().size, 0.0);
    QCOMPARE(result.ticks.first().receivedMs, Now);
    QCOMPARE(result.instruments.size(), 1);
    QCOMPARE(result.instruments.first().previousClose, std::optional(259.45));
    QCOMPARE(result.instruments.first().updatedMs, Now);
}

void TestFinnhubParser::quoteAllZeros()
{
    const ParseResult result = finnhub::parseQuote(test::payload(QStringLiteral("finnhub/quote_zeros.json")),
                                                   QStringLiteral("ZZZZ"), Now);
    QVERIFY(result.ticks.isEmpty());
    QVERIFY(result.instruments.isEmpty());
    QCOMPARE(result.ignored, 1);
    QCOMPARE(result.malformed, 0);
    QVERIFY(!result.error);

    const ParseResult negative = finnhub::parseQuote(R"({"c":-3,"pc":1,"t":1582641000})", QStringLiteral("X"), Now);
    QVERIFY(negative.ticks.isEmpty());
    QCOMPARE(negative.malformed, 1);
}

void TestFinnhubParser::profile()
{
    const ParseResult result = finnhub::parseProfile(test::payload(QStringLiteral("finnhub/profile2_aapl.json")),
                                                     QStringLiteral("AAPL"), Now);
    QCOMPARE(result.instruments.size(), 1);
    const Instrument &apple = result.instruments.first();
    QCOMPARE(apple.symbol, QStringLiteral("AAPL"));
    QCOMPARE(apple.provider, QStringLiteral("finnhub"));
    QCOMPARE(apple.name, QStringLiteral("Apple Inc"));
    QCOMPARE(apple.currency, QStringLiteral("USD"));
    QCOMPARE(apple.exchange, QStringLiteral("NASDAQ NMS - GLOBAL MARKET"));
    QCOMPARE(apple.logoUrl.toString(),
             QStringLiteral("https://static2.finnhub.io/file/publicdatany/finnhubimage/stock_logo/AAPL.png"));

    const ParseResult empty = finnhub::parseProfile(test::payload(QStringLiteral("finnhub/profile2_empty.json")),
                                                    QStringLiteral("BTCUSDT"), Now);
    QVERIFY(empty.instruments.isEmpty());
    QCOMPARE(empty.ignored, 1);
    QVERIFY(!empty.error);
}

void TestFinnhubParser::profileRejectsNonHttpLogo()
{
    const ParseResult result = finnhub::parseProfile(test::payload(QStringLiteral("finnhub/profile2_file_logo.json")),
                                                     QStringLiteral("EVIL"), Now);
    QCOMPARE(result.instruments.size(), 1);
    QVERIFY(result.instruments.first().logoUrl.isEmpty());
    QCOMPARE(result.instruments.first().name, QStringLiteral("Evil Corp"));
}

void TestFinnhubParser::metric()
{
    const ParseResult result = finnhub::parseMetric(test::payload(QStringLiteral("finnhub/metric_aapl.json")),
                                                    QStringLiteral("AAPL"), Now);
    QCOMPARE(result.instruments.size(), 1);
    QCOMPARE(result.instruments.first().week52High, std::optional(408.61));
    QCOMPARE(result.instruments.first().week52Low, std::optional(205.28));

    const ParseResult empty = finnhub::parseMetric(test::payload(QStringLiteral("finnhub/metric_empty.json")),
                                                   QStringLiteral("ZZZZ"), Now);
    QVERIFY(empty.instruments.isEmpty());
    QCOMPARE(empty.ignored, 1);

    const ParseResult swapped = finnhub::parseMetric(R"({"metric":{"52WeekHigh":10,"52WeekLow":20}})",
                                                     QStringLiteral("X"), Now);
    QVERIFY(swapped.instruments.isEmpty());
    QCOMPARE(swapped.malformed, 1);
}

void TestFinnhubParser::restErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");

    QTest::newRow("api limit") << "finnhub/error_api_limit.json" << int(ProviderError::Kind::RateLimited);
    QTest::newRow("no access") << "finnhub/error_no_access.json" << int(ProviderError::Kind::Auth);
}

void TestFinnhubParser::restErrors()
{
    QFETCH(QString, file);
    QFETCH(int, kind);

    const QByteArray body = test::payload(file);
    for (const ParseResult &result : {finnhub::parseQuote(body, QStringLiteral("AAPL"), Now),
                                      finnhub::parseProfile(body, QStringLiteral("AAPL"), Now),
                                      finnhub::parseMetric(body, QStringLiteral("AAPL"), Now)}) {
        QCOMPARE(errorKind(result), kind);
        QVERIFY(result.ticks.isEmpty());
        QVERIFY(result.instruments.isEmpty());
    }
}

void TestFinnhubParser::truncatedPayloadsStaySane()
{
    FinnhubParser parser;
    const QString symbol = QStringLiteral("AAPL");
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("finnhub"),
                                         [&](const QByteArray &b) { return parser.parseFrame(b, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("finnhub"),
                                         [&](const QByteArray &b) { return finnhub::parseQuote(b, symbol, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("finnhub"),
                                         [&](const QByteArray &b) { return finnhub::parseProfile(b, symbol, Now); }),
             QString());
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("finnhub"),
                                         [&](const QByteArray &b) { return finnhub::parseMetric(b, symbol, Now); }),
             QString());
}

QTEST_GUILESS_MAIN(TestFinnhubParser)
#include "tst_finnhubparser.moc"
