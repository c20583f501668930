#include "ProviderPayloads.h"

#include <YahooParser.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tickerline;

namespace {

constexpr qint64 Now = 1'787'342'405'000;

yahoo::ChartRequest request(const QString &symbol, const QString &interval = QStringLiteral("1m"))
{
    return {symbol, interval, Now};
}

// The AAPL chart with meta fields replaced or removed, for variants of one real payload.
QByteArray withMeta(const QJsonObject &changes, const QStringList &removals = {})
{
    QJsonObject root = QJsonDocument::fromJson(test::payload(QStringLiteral("yahoo/chart_aapl_1m.json"))).object();
    QJsonObject chart = root.value(u"chart").toObject();
    QJsonArray results = chart.value(u"result").toArray();
    QJsonObject result = results.at(0).toObject();
    QJsonObject meta = result.value(u"meta").toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        meta.insert(it.key(), it.value());
    for (const QString &key : removals)
        meta.remove(key);
    result.insert(QStringLiteral("meta"), meta);
    results.replace(0, result);
    chart.insert(QStringLiteral("result"), results);
    root.insert(QStringLiteral("chart"), chart);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestYahooParser : public QObject
{
    Q_OBJECT

private slots:
    void charts_data();
    void charts();
    void regularSession();
    void postMarketAddsLastClose();
    void pence();
    void week52Checks_data();
    void week52Checks();
    void metaVariants_data();
    void metaVariants();
    void unknownIntervalGivesNoBars();
    void inconsistentBarSkipped();
    void errors_data();
    void errors();
    void notFoundWithoutRequestSymbol();
    void intervals_data();
    void intervals();
    void truncatedPayloadsStaySane();
};

void TestYahooParser::charts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<int>("bars");
    QTest::addColumn<int>("ignored");
    QTest::addColumn<int>("malformed");

    QTest::newRow("regular 1m") << "yahoo/chart_aapl_1m.json" << "1m" << 1 << 6 << 1 << 0;
    QTest::newRow("post-market") << "yahoo/chart_aapl_postmarket.json" << "1m" << 2 << 10 << 2 << 0;
    QTest::newRow("LSE 5m") << "yahoo/chart_vod_l_5m.json" << "5m" << 1 << 6 << 0 << 0;
    QTest::newRow("52w echo") << "yahoo/chart_msft_52w_echo.json" << "1m" << 1 << 1 << 0 << 1;
    QTest::newRow("crypto 1d") << "yahoo/chart_btc_usd_1d.json" << "1d" << 1 << 5 << 0 << 0;
    QTest::newRow("index without price") << "yahoo/chart_gspc_no_meta_price.json" << "1m" << 1 << 2 << 1 << 0;
}

void TestYahooParser::charts()
{
    QFETCH(QString, file);
    QFETCH(QString, interval);
    QFETCH(int, ticks);
    QFETCH(int, bars);
    QFETCH(int, ignored);
    QFETCH(int, malformed);

    const QByteArray body = test::payload(file);
    QVERIFY(!body.isEmpty());
    const ParseResult result = yahoo::parseChart(body, request(QStringLiteral("USER"), interval));
    QCOMPARE(result.ticks.size(), ticks);
    QCOMPARE(result.bars.size(), bars);
    QCOMPARE(result.ignored, ignored);
    QCOMPARE(result.malformed, malformed);
    QCOMPARE(result.instruments.size(), 1);
    QVERIFY(!result.error);
    QVERIFY(test::isSane(result));
    for (const Tick &tick : result.ticks) {
        QCOMPARE(tick.symbol, QStringLiteral("USER"));   // the caller's spelling, not meta.symbol
        QCOMPARE(tick.receivedMs, Now);
        QCOMPARE(tick.size, 0.0);
    }
    QVERIFY(std::all_of(result.bars.cbegin(), result.bars.cend(),
                        [&](const Bar &bar) { return bar.intervalMs == *yahoo::intervalMs(interval); }));
}

void TestYahooParser::regularSession()
{
    const ParseResult result = yahoo::parseChart(test::payload(QStringLiteral("yahoo/chart_aapl_1m.json")),
                                                 request(QStringLiteral("AAPL")));
    const Tick &tick = result.ticks.first();
    QCOMPARE(tick.provider, QStringLiteral("yahoo"));
    QCOMPARE(tick.timeMs, 1'787'342'401'000);   // regularMarketTime, seconds → ms
    QCOMPARE(tick.price, 344.82);

    const Bar &first = result.bars.first();
    QCOMPARE(first.timeMs, 1'787'341'980'000);
    QCOMPARE(first.intervalMs, 60'000);
    QCOMPARE(first.open, 344.51);
    QCOMPARE(first.high, 344.62);
    QCOMPARE(first.low, 344.40);
    QCOMPARE(first.close, 344.59);
    QCOMPARE(first.volume, 81234.0);
    QCOMPARE(result.bars.at(2).timeMs, 1'787'342'160'000);   // the null minute is skipped

    const Instrument &apple = result.instruments.first();
    QCOMPARE(apple.name, QStringLiteral("Apple Inc."));
    QCOMPARE(apple.currency, QStringLiteral("USD"));
    QCOMPARE(apple.exchange, QStringLiteral("NasdaqGS"));
    QCOMPARE(apple.week52High, std::optional(408.61));
    QCOMPARE(apple.week52Low, std::optional(205.28));
    QCOMPARE(apple.previousClose, std::optional(340.67));
    QCOMPARE(apple.updatedMs, Now);
}

void TestYahooParser::postMarketAddsLastClose()
{
    const ParseResult result = yahoo::parseChart(test::payload(QStringLiteral("yahoo/chart_aapl_postmarket.json")),
                                                 request(QStringLiteral("AAPL")));
    QCOMPARE(result.ticks.size(), 2);
    QCOMPARE(result.ticks.at(0).timeMs, 1'787'342'401'000);
    QCOMPARE(result.ticks.at(1).timeMs, 1'787'346'000'000);   // the 17:00 EDT bar
    QCOMPARE(result.ticks.at(1).price, 345.10);
}

void TestYahooParser::pence()
{
    const ParseResult result = yahoo::parseChart(test::payload(QStringLiteral("yahoo/chart_vod_l_5m.json")),
                                                 request(QStringLiteral("VOD.L"), QStringLiteral("5m")));
    const Instrument &vodafone = result.instruments.first();
    QCOMPARE(vodafone.currency, QStringLiteral("GBp"));   // kept: prices are in pence
    QVERIFY(yahoo::isQuotedInMinorUnits(vodafone.currency));
    QVERIFY(!yahoo::isQuotedInMinorUnits(u"GBP"));
    QVERIFY(!yahoo::isQuotedInMinorUnits(u"USD"));
    QCOMPARE(result.ticks.first().price, 72.36);
    QCOMPARE(vodafone.name, QStringLiteral("Vodafone Group Public Limited Company"));
    QCOMPARE(result.bars.first().intervalMs, 300'000);
}

void TestYahooParser::week52Checks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<int>("malformed");

    const auto number = [](double v) { return QJsonValue(v); };
    QTest::newRow("plausible") << withMeta({}) << true << 0;
    QTest::newRow("echo of day range") << test::payload(QStringLiteral("yahoo/chart_msft_52w_echo.json")) << false << 1;
    QTest::newRow("swapped") << withMeta({{QStringLiteral("fiftyTwoWeekHigh"), number(205.28)},
                                          {QStringLiteral("fiftyTwoWeekLow"), number(408.61)}})
                             << false << 1;
    QTest::newRow("equal") << withMeta({{QStringLiteral("fiftyTwoWeekHigh"), number(300)},
                                        {QStringLiteral("fiftyTwoWeekLow"), number(300)}})
                           << false << 1;
    QTest::newRow("zero low") << withMeta({{QStringLiteral("fiftyTwoWeekLow"), number(0)}}) << false << 1;
    QTest::newRow("only high equals day high")
        << withMeta({{QStringLiteral("fiftyTwoWeekHigh"), number(346.2)}}) << true << 0;
    QTest::newRow("absent") << withMeta({}, {QStringLiteral("fiftyTwoWeekHigh"), QStringLiteral("fiftyTwoWeekLow")})
                            << false << 0;
}

void TestYahooParser::week52Checks()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, kept);
    QFETCH(int, malformed);

    const ParseResult result = yahoo::parseChart(body, request(QStringLiteral("X")));
    QCOMPARE(result.instruments.size(), 1);
    QCOMPARE(result.instruments.first().week52High.has_value(), kept);
    QCOMPARE(result.instruments.first().week52Low.has_value(), kept);
    QCOMPARE(result.malformed, malformed);
}

void TestYahooParser::metaVariants_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<double>("price");
    QTest::addColumn<int>("malformed");

    const qint64 metaTime = 1'787'342'401'000;
    const qint64 lastBar = 1'787'342'340'000;
    QTest::newRow("price as string") << withMeta({{QStringLiteral("regularMarketPrice"), QStringLiteral("344.9")}})
                                     << metaTime << 344.9 << 0;
    QTest::newRow("price NaN string") << withMeta({{QStringLiteral("regularMarketPrice"), QStringLiteral("NaN")}})
                                      << lastBar << 344.82 << 1;
    QTest::newRow("price negative") << withMeta({{QStringLiteral("regularMarketPrice"), -1}}) << lastBar << 344.82
                                    << 1;
    QTest::newRow("price null") << withMeta({{QStringLiteral("regularMarketPrice"), QJsonValue()}}) << lastBar
                                << 344.82 << 1;
    QTest::newRow("time in ms") << withMeta({{QStringLiteral("regularMarketTime"), 1787342401000.0}}) << lastBar
                                << 344.82 << 1;
    QTest::newRow("time as string") << withMeta({{QStringLiteral("regularMarketTime"), QStringLiteral("1787342401")}})
                                    << metaTime << 344.82 << 0;
}

void TestYahooParser::metaVariants()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, timeMs);
    QFETCH(double, price);
    QFETCH(int, malformed);

    const ParseResult result = yahoo::parseChart(body, request(QStringLiteral("AAPL")));
    QCOMPARE(result.ticks.size(), 1);
    QCOMPARE(result.ticks.first().timeMs, timeMs);
    QCOMPARE(result.ticks.first().price, price);
    QCOMPARE(result.malformed, malformed);
}

void TestYahooParser::unknownIntervalGivesNoBars()
{
    const ParseResult result = yahoo::parseChart(test::payload(QStringLiteral("yahoo/chart_gspc_no_meta_price.json")),
                                                 request(QStringLiteral("^GSPC"), QStringLiteral("sometimes")));
    QVERIFY(result.bars.isEmpty());
    QCOMPARE(result.ticks.size(), 1);   // the last close still makes the tick
    QCOMPARE(result.ticks.first().price, 6432.9);
    QCOMPARE(result.ticks.first().timeMs, 1'787'342'280'000);
    QCOMPARE(result.instruments.first().previousClose, std::optional(6412.3));   // chartPreviousClose
}

void TestYahooParser::inconsistentBarSkipped()
{
    // Found by fuzz_yahoo: bars with prices outside their own low-high range got through.
    const QByteArray body = R"({"chart":{"result":[{"meta":{"symbol":"AAPL"},"timestamp":[1787342400,1787342460],)"
                            R"("indicators":{"quote":[{"open":[1,1],"high":[2,0.9],"low":[0.5,0.5],"close":[1.5,1.5],)"
                            R"("volume":[10,10]}]}}],"error":null}})";
    const ParseResult result = yahoo::parseChart(body, request(QStringLiteral("AAPL")));
    QCOMPARE(result.bars.size(), 1);
    QCOMPARE(result.bars.first().timeMs, 1'787'342'400'000);
    QCOMPARE(result.malformed, 1);
}

void TestYahooParser::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("malformed");

    QTest::newRow("not found") << test::payload(QStringLiteral("yahoo/chart_not_found.json"))
                               << int(ProviderError::Kind::UnknownSymbol) << 0;
    QTest::newRow("bad interval") << test::payload(QStringLiteral("yahoo/chart_bad_interval.json"))
                                  << int(ProviderError::Kind::Other) << 0;
    QTest::newRow("crumb") << test::payload(QStringLiteral("yahoo/chart_unauthorized.json"))
                           << int(ProviderError::Kind::Auth) << 0;
    QTest::newRow("429 text") << test::payload(QStringLiteral("yahoo/too_many_requests.txt")) << -1 << 1;
    QTest::newRow("empty") << QByteArray() << -1 << 1;
    QTest::newRow("no chart") << QByteArray(R"({"finance":null})") << -1 << 1;
    QTest::newRow("result empty") << QByteArray(R"({"chart":{"result":[],"error":null}})") << -1 << 1;
    QTest::newRow("result wrong type") << QByteArray(R"({"chart":{"result":"AAPL","error":null}})") << -1 << 1;
    QTest::newRow("array root") << QByteArray("[1,2]") << -1 << 1;
}

void TestYahooParser::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    QFETCH(int, malformed);

    const ParseResult result = yahoo::parseChart(body, request(QStringLiteral("NOPE")));
    QCOMPARE(result.error ? int(result.error->kind) : -1, error);
    QCOMPARE(result.malformed, malformed);
    QVERIFY(result.ticks.isEmpty());
    QVERIFY(result.bars.isEmpty());
    if (result.error && result.error->kind == ProviderError::Kind::UnknownSymbol)
        QCOMPARE(result.error->symbols, QStringList{QStringLiteral("NOPE")});
    if (result.error)
        QVERIFY(result.error->message.startsWith(u"Not Found") || result.error->message.startsWith(u"Bad Request")
                || result.error->message.startsWith(u"Unauthorized"));
}

void TestYahooParser::notFoundWithoutRequestSymbol()
{
    // Found by fuzz_yahoo: the error named the empty symbol "" as unknown.
    const ParseResult result =
        yahoo::parseChart(test::payload(QStringLiteral("yahoo/chart_not_found.json")), request(QString()));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, ProviderError::Kind::UnknownSymbol);
    QVERIFY(result.error->symbols.isEmpty());
}

void TestYahooParser::intervals_data()
{
    QTest::addColumn<QString>("interval");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("1m") << "1m" << qint64(60'000);
    QTest::newRow("90m") << "90m" << qint64(5'400'000);
    QTest::newRow("1h") << "1h" << qint64(3'600'000);
    QTest::newRow("5d") << "5d" << qint64(432'000'000);
    QTest::newRow("1wk") << "1wk" << qint64(604'800'000);
    QTest::newRow("3mo") << "3mo" << qint64(7'776'000'000);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("no count") << "m" << qint64(-1);
    QTest::newRow("zero") << "0m" << qint64(-1);
    QTest::newRow("unit unknown") << "1y" << qint64(-1);
}

void TestYahooParser::intervals()
{
    QFETCH(QString, interval);
    QFETCH(qint64, ms);
    QCOMPARE(yahoo::intervalMs(interval).value_or(-1), ms);
}

void TestYahooParser::truncatedPayloadsStaySane()
{
    QCOMPARE(test::firstInsaneTruncation(QStringLiteral("yahoo"),
                                         [](const QByteArray &b) {
                                             return yahoo::parseChart(b, request(QStringLiteral("AAPL")));
                                         }),
             QString());
}

QTEST_GUILESS_MAIN(TestYahooParser)
#include "tst_yahooparser.moc"
