#include <SimulatedCatalogue.h>
#include <SymbolRanking.h>

#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

SymbolMatch match(const QString &symbol, const QString &name, const QString &provider, const QString &venue = {},
                  const QString &currency = {})
{
    SymbolMatch m;
    m.symbol = symbol;
    m.providerSymbol = symbol;
    m.name = name;
    m.venue = venue;
    m.currency = currency;
    m.providers = {provider};
    return m;
}

QStringList symbols(const SymbolMatchList &matches)
{
    QStringList out;
    for (const SymbolMatch &m : matches)
        out.append(m.symbol);
    return out;
}

} // namespace

class TestSymbolRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactThenPrefixThenNameWords();
    void dedupesAcrossProvidersKeepingTheList();
    void providerSpellingsMatchExactly();
    void limit();
    void simulatedCatalogueKnowsMoreThanTheDefaults();
};

void TestSymbolRanking::exactThenPrefixThenNameWords()
{
    const SymbolMatchList answer{
        match(u"PINEAPPLE"_s, u"Pineapple Holdings"_s, u"yahoo"_s),   // name contains "apple" only
        match(u"APLE"_s, u"Apple Hospitality REIT"_s, u"yahoo"_s),    // name word
        match(u"APPLEX"_s, u"Applied Examples"_s, u"yahoo"_s),        // symbol prefix
        match(u"ZZZ"_s, u"Something Else"_s, u"yahoo"_s),             // the provider's own choice
        match(u"APPLE"_s, u"Apple Ltd"_s, u"yahoo"_s),                // exact symbol
    };
    QCOMPARE(symbols(symbolsearch::merge({answer}, u"apple"_s)),
             (QStringList{u"APPLE"_s, u"APPLEX"_s, u"APLE"_s, u"PINEAPPLE"_s, u"ZZZ"_s}));
    QCOMPARE(symbols(symbolsearch::filter(answer, u"apple"_s)),
             (QStringList{u"PINEAPPLE"_s, u"APLE"_s, u"APPLEX"_s, u"APPLE"_s}));
    QVERIFY(symbolsearch::filter(answer, u"   "_s).isEmpty());
}

void TestSymbolRanking::dedupesAcrossProvidersKeepingTheList()
{
    const SymbolMatchList simulated{match(u"AAPL"_s, u"Apple Inc."_s, u"simulated"_s, u"NASDAQ"_s, u"USD"_s)};
    SymbolMatchList yahoo{match(u"AAPL"_s, u"Apple Inc."_s, u"yahoo"_s, u"NASDAQ"_s),
                          match(u"APLE"_s, u"Apple Hospitality REIT, Inc."_s, u"yahoo"_s, u"NYSE"_s)};
    SymbolMatchList finnhub{match(u"AAPL"_s, u"APPLE INC"_s, u"finnhub"_s)};
    finnhub.first().cached = true;
    const SymbolMatchList merged = symbolsearch::merge({simulated, yahoo, finnhub}, u"apple"_s);
    QCOMPARE(symbols(merged), (QStringList{u"AAPL"_s, u"APLE"_s}));
    const SymbolMatch &apple = merged.first();
    QCOMPARE(apple.providers, (QStringList{u"simulated"_s, u"yahoo"_s, u"finnhub"_s}));
    QCOMPARE(apple.name, u"Apple Inc."_s);   // the first provider's
    QCOMPARE(apple.currency, u"USD"_s);
    QVERIFY(!apple.cached);                  // one fresh answer is enough
}

void TestSymbolRanking::providerSpellingsMatchExactly()
{
    SymbolMatch binance = match(u"BTC-USDT"_s, u"Bitcoin / USDT"_s, u"binance"_s);
    binance.providerSymbol = u"BTCUSDT"_s;
    QCOMPARE(symbolsearch::rank(binance, u"btcusdt"_s), symbolsearch::Rank::ExactSymbol);
    QCOMPARE(symbolsearch::rank(binance, u"BTC/USDT"_s), symbolsearch::Rank::ExactSymbol);
    QCOMPARE(symbolsearch::rank(binance, u"btc"_s), symbolsearch::Rank::SymbolPrefix);
    QCOMPARE(symbolsearch::rank(binance, u"bitc"_s), symbolsearch::Rank::NameWord);
    QCOMPARE(symbolsearch::rank(binance, u"ether"_s), std::nullopt);
}

void TestSymbolRanking::limit()
{
    SymbolMatchList many;
    for (int i = 0; i < 80; ++i)
        many.append(match(u"A%1"_s.arg(i), u"A company"_s, u"yahoo"_s));
    QCOMPARE(symbolsearch::merge({many}, u"a"_s).size(), 50);
    QCOMPARE(symbolsearch::merge({many}, u"a"_s, 5).size(), 5);
}

void TestSymbolRanking::simulatedCatalogueKnowsMoreThanTheDefaults()
{
    const SymbolMatchList catalogue = simulatedCatalogue();
    QVERIFY(catalogue.size() >= 20);
    const QStringList found = symbols(symbolsearch::filter(catalogue, u"toyota"_s));
    QCOMPARE(found, QStringList{u"7203.T"_s});
    QCOMPARE(symbols(symbolsearch::filter(catalogue, u"bitcoin"_s)), QStringList{u"BTC-USD"_s});
    QCOMPARE(symbols(symbolsearch::filter(catalogue, u"apple"_s)), QStringList{u"AAPL"_s});
    const std::optional<CatalogueEntry> vodafone = simulatedCatalogueEntry(u"VOD.L"_s);
    QVERIFY(vodafone);
    QCOMPARE(vodafone->currency, u"GBp"_s);
    QCOMPARE(vodafone->exchange, u"LSE"_s);
}

QTEST_GUILESS_MAIN(TestSymbolRanking)
#include "tst_symbolranking.moc"
