#include <SymbolSearchParsers.h>
#include <SymbolSpelling.h>

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString &path)
{
    QFile file(QStringLiteral(TICKERLINE_PROVIDER_DATA) + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const SymbolMatch *find(const SymbolSearchParse &parse, const QString &symbol)
{
    const auto it = std::find_if(parse.matches.cbegin(), parse.matches.cend(),
                                 [&](const SymbolMatch &m) { return m.symbol == symbol; });
    return it == parse.matches.cend() ? nullptr : &*it;
}

using Parser = SymbolSearchParse (*)(const QByteArray &);

} // namespace

Q_DECLARE_METATYPE(Parser)

class TestSymbolSearchParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yahoo();
    void finnhubMapsShareClasses();
    void twelveDataAddsVenueSuffixes();
    void coinbaseSkipsOfflineProducts();
    void binanceSpellsPairsForTheFeeds();
    void krakenTranslatesAssetCodes();
    void providerErrors_data();
    void providerErrors();
    void malformed_data();
    void malformed();
    void spellings_data();
    void spellings();
};

void TestSymbolSearchParsers::yahoo()
{
    const QByteArray body = sample(u"yahoo/search_apple.json"_s);
    QVERIFY(!body.isEmpty());
    const SymbolSearchParse parse = symbolsearch::parseYahoo(body);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.matches.size(), 3);   // the news entry without a symbol is skipped
    const SymbolMatch &apple = parse.matches.first();
    QCOMPARE(apple.symbol, u"AAPL"_s);
    QCOMPARE(apple.name, u"Apple Inc."_s);
    QCOMPARE(apple.venue, u"NASDAQ"_s);
    QCOMPARE(apple.kind, SymbolMatch::Kind::Equity);
    QCOMPARE(apple.providers, QStringList{u"yahoo"_s});
    QVERIFY(find(parse, u"APC.F"_s));
    QCOMPARE(find(parse, u"APLE"_s)->name, u"Apple Hospitality REIT, Inc."_s);
}

void TestSymbolSearchParsers::finnhubMapsShareClasses()
{
    const SymbolSearchParse parse = symbolsearch::parseFinnhub(sample(u"finnhub/search_apple.json"_s));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.matches.size(), 4);
    const SymbolMatch *berkshire = find(parse, u"BRK-B"_s);
    QVERIFY(berkshire);
    QCOMPARE(berkshire->providerSymbol, u"BRK.B"_s);
    QCOMPARE(berkshire->name, u"BERKSHIRE HATHAWAY INC-CL B"_s);
    QCOMPARE(berkshire->kind, SymbolMatch::Kind::Equity);
    QVERIFY(find(parse, u"VOD.L"_s));    // an exchange suffix, not a class
    QVERIFY(find(parse, u"APC.DE"_s));
}

void TestSymbolSearchParsers::twelveDataAddsVenueSuffixes()
{
    const SymbolSearchParse parse = symbolsearch::parseTwelveData(sample(u"twelvedata/symbol_search_apple.json"_s));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.matches.size(), 5);
    QCOMPARE(find(parse, u"AAPL"_s)->currency, u"USD"_s);
    QCOMPARE(find(parse, u"AAPL"_s)->venue, u"NASDAQ"_s);
    QVERIFY(find(parse, u"BRK-B"_s));
    const SymbolMatch *vodafone = find(parse, u"VOD.L"_s);
    QVERIFY(vodafone);
    QCOMPARE(vodafone->providerSymbol, u"VOD"_s);
    QCOMPARE(vodafone->currency, u"GBp"_s);
    const SymbolMatch *bitcoin = find(parse, u"BTC-USD"_s);
    QVERIFY(bitcoin);
    QCOMPARE(bitcoin->kind, SymbolMatch::Kind::Crypto);
    QCOMPARE(bitcoin->providerSymbol, u"BTC/USD"_s);
    QCOMPARE(find(parse, u"EUR/USD"_s)->kind, SymbolMatch::Kind::Forex);
}

void TestSymbolSearchParsers::coinbaseSkipsOfflineProducts()
{
    const SymbolSearchParse parse = symbolsearch::parseCoinbaseProducts(sample(u"coinbase/products.json"_s));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.matches.size(), 2);
    const SymbolMatch *bitcoin = find(parse, u"BTC-USD"_s);
    QVERIFY(bitcoin);
    QCOMPARE(bitcoin->name, u"Bitcoin / USD"_s);
    QCOMPARE(bitcoin->currency, u"USD"_s);
    QCOMPARE(bitcoin->venue, u"Coinbase"_s);
    QCOMPARE(find(parse, u"ETH-EUR"_s)->currency, u"EUR"_s);
    QVERIFY(!find(parse, u"OLD-USD"_s));
}

void TestSymbolSearchParsers::binanceSpellsPairsForTheFeeds()
{
    const SymbolSearchParse parse = symbolsearch::parseBinanceExchangeInfo(sample(u"binance/exchange_info.json"_s));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.matches.size(), 2);   // LUNAUSDT is not trading
    const SymbolMatch *bitcoin = find(parse, u"BTC-USDT"_s);
    QVERIFY(bitcoin);
    QCOMPARE(bitcoin->providerSymbol, u"BTCUSDT"_s);
    QCOMPARE(bitcoin->currency, u"USDT"_s);
    QVERIFY(find(parse, u"ETH-BTC"_s));
}

void TestSymbolSearchParsers::krakenTranslatesAssetCodes()
{
    const SymbolSearchParse parse = symbolsearch::parseKrakenAssetPairs(sample(u"kraken/asset_pairs.json"_s));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.matches.size(), 2);   // the dark-pool pair is skipped
    const SymbolMatch *bitcoin = find(parse, u"BTC-USD"_s);
    QVERIFY(bitcoin);
    QCOMPARE(bitcoin->providerSymbol, u"XBT/USD"_s);
    QCOMPARE(bitcoin->name, u"Bitcoin / USD"_s);
    const SymbolMatch *doge = find(parse, u"DOGE-EUR"_s);
    QVERIFY(doge);
    QCOMPARE(doge->name, u"Dogecoin / EUR"_s);
}

void TestSymbolSearchParsers::providerErrors_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("yahoo") << &symbolsearch::parseYahoo << u"yahoo/search_error.json"_s
                           << u"Missing required query parameter=q"_s;
    QTest::newRow("finnhub") << &symbolsearch::parseFinnhub << u"finnhub/search_error.json"_s << u"Invalid API key"_s;
    QTest::newRow("twelvedata") << &symbolsearch::parseTwelveData << u"twelvedata/symbol_search_error.json"_s
                                << u"**apikey** parameter is incorrect or not specified."_s;
    QTest::newRow("kraken") << &symbolsearch::parseKrakenAssetPairs << u"kraken/asset_pairs_error.json"_s
                            << u"EGeneral:Too many requests"_s;
}

void TestSymbolSearchParsers::providerErrors()
{
    QFETCH(Parser, parser);
    QFETCH(QString, path);
    QFETCH(QString, error);
    const QByteArray body = sample(path);
    QVERIFY(!body.isEmpty());
    const SymbolSearchParse parse = parser(body);
    QCOMPARE(parse.error, error);
    QVERIFY(parse.matches.isEmpty());
}

void TestSymbolSearchParsers::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"quotes":[{"symbol":"AA)");
    QTest::newRow("wrong root") << QByteArray(R"([1,2,3])");
    QTest::newRow("wrong shape") << QByteArray(R"({"quotes":7,"result":"x","data":{},"symbols":null})");
    QTest::newRow("number") << QByteArray("42");
}

void TestSymbolSearchParsers::malformed()
{
    QFETCH(QByteArray, body);
    for (Parser parser : {&symbolsearch::parseYahoo, &symbolsearch::parseFinnhub, &symbolsearch::parseTwelveData,
                          &symbolsearch::parseBinanceExchangeInfo, &symbolsearch::parseKrakenAssetPairs}) {
        const SymbolSearchParse parse = parser(body);
        QVERIFY(!parse.ok());
        QVERIFY(parse.matches.isEmpty());
    }
    // Coinbase answers with an array, so "[1,2,3]" is an answer of no products.
    const SymbolSearchParse coinbase = symbolsearch::parseCoinbaseProducts(body);
    QCOMPARE(coinbase.ok(), body.startsWith('['));
    QVERIFY(coinbase.matches.isEmpty());
}

void TestSymbolSearchParsers::spellings_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("class B") << u"BRK.B"_s << u"BRK-B"_s;
    QTest::newRow("class A lower") << u"bf.a"_s << u"BF-A"_s;
    QTest::newRow("London") << u"VOD.L"_s << u"VOD.L"_s;
    QTest::newRow("Tokyo") << u"7203.T"_s << u"7203.T"_s;
    QTest::newRow("Xetra") << u"SAP.DE"_s << u"SAP.DE"_s;
    QTest::newRow("plain") << u"AAPL"_s << u"AAPL"_s;
}

void TestSymbolSearchParsers::spellings()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QCOMPARE(spelling::shareClass(given), expected);
    QCOMPARE(spelling::cryptoPair(u"XBT"_s, u"ZUSD"_s), u"BTC-USD"_s);
    QCOMPARE(spelling::cryptoPair(u"btc"_s, u"usdt"_s), u"BTC-USDT"_s);
    QCOMPARE(spelling::withVenueSuffix(u"7203"_s, u"XTKS"_s), u"7203.T"_s);
    QCOMPARE(spelling::withVenueSuffix(u"MSFT"_s, u"XNGS"_s), u"MSFT"_s);
}

QTEST_GUILESS_MAIN(TestSymbolSearchParsers)
#include "tst_symbolsearchparsers.moc"
