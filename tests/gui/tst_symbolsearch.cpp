#include "FakeProviderServer.h"
#include "MemorySecretStore.h"
#include "Settings.h"
#include "SymbolSearchController.h"
#include "SymbolSearchPalette.h"
#include "SymbolSearchService.h"
#include "TestSupport.h"
#include "TickersPage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString &path)
{
    QFile file(QStringLiteral(TICKERLINE_PROVIDER_DATA) + u'/' + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList rows(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

// The row of a symbol ("AAPL  Apple Inc.\nNASDAQ · USD · …"); -1 when absent.
int rowOf(const QListWidget *list, const QString &symbol)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == symbol)
            return i;
    }
    return -1;
}

QString statusOf(const SymbolSearchPalette *palette)
{
    return palette->findChild<QLabel *>(u"symbolSearchStatus"_s)->text();
}

// A main window with the search controller, over a fake provider on loopback.
struct Fixture
{
    explicit Fixture(const QStringList &providers, const QString &cacheFile = {})
    {
        QVERIFY(server.listen());
        settings.setSymbols({u"MSFT"_s, u"NVDA"_s});
        SymbolSearchOptions options;
        for (const QString &provider : providers)
            options.sources.append({provider, server.httpUrl(), u"test-key"_s});
        options.cacheFile = cacheFile.isEmpty() ? folder.path(u"search-cache.json"_s) : cacheFile;
        options.timeoutMs = 3'000;
        controller = new SymbolSearchController(window, settings, &secrets, options);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    SymbolSearchPalette *openPalette()
    {
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        SymbolSearchPalette *palette = controller->palette();
        return palette->isVisible() ? palette : nullptr;
    }

    test::TempFolder folder;
    test::FakeProviderServer server;
    Settings settings{folder.path(u"settings.ini"_s)};
    test::MemorySecretStore secrets;
    QMainWindow window;
    SymbolSearchController *controller = nullptr;
};

} // namespace

class TestSymbolSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlKFindsAppleAndAddsIt();
    void offlineShowsCachedResults();
    void garbageAnswerShowsItsErrorAndKeepsTheOthers();
    void escapeCloses();
    void tickersPageSearchAddsBinanceSpelling();
};

void TestSymbolSearch::ctrlKFindsAppleAndAddsIt()
{
    Fixture f({u"yahoo"_s});
    f.server.setSymbolSearchRoute(u"yahoo"_s, test::FakeResponse::json(sample(u"yahoo/search_apple.json"_s)));
    QVERIFY(!f.settings.symbols().contains(u"AAPL"_s));

    SymbolSearchPalette *palette = f.openPalette();
    QVERIFY(palette);
    QVERIFY(palette->searchEdit()->hasFocus());
    QTest::keyClicks(palette->searchEdit(), u"apple"_s);
    QListWidget *list = palette->resultList();
    QTRY_VERIFY(rowOf(list, u"APLE"_s) >= 0);   // Yahoo's answer has arrived
    QTRY_VERIFY(!statusOf(palette).contains(u"Searching"_s));
    const QList<test::FakeRequest> asked = f.server.requests(u"/v1/finance/search"_s);
    QVERIFY(!asked.isEmpty());
    QVERIFY(asked.last().query.contains(u"q=apple"_s));

    // The simulated market and Yahoo both know AAPL: one row, both named, first.
    QCOMPARE(rowOf(list, u"AAPL"_s), 0);
    const QString apple = list->item(0)->text();
    QVERIFY2(apple.contains(u"Apple Inc."_s) && apple.contains(u"NASDAQ"_s) && apple.contains(u"USD"_s)
                 && apple.contains(u"Yahoo Finance"_s) && apple.contains(u"Simulated market"_s),
             qPrintable(apple));
    QVERIFY(rowOf(list, u"APC.F"_s) > 0);
    QCOMPARE(list->currentRow(), 0);

    // Down and Up move the selection; Return adds what is selected.
    QTest::keyClick(palette->searchEdit(), Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Up);
    QCOMPARE(list->currentRow(), 0);
    QSignalSpy added(f.controller, &SymbolSearchController::symbolAdded);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    QCOMPARE(added.size(), 1);
    QCOMPARE(f.settings.symbols(), (QStringList{u"MSFT"_s, u"NVDA"_s, u"AAPL"_s}));
    QVERIFY(!palette->isVisible());

    // Again: refused out loud, nothing changes.
    QVERIFY(f.openPalette());
    QTest::keyClicks(palette->searchEdit(), u"x"_s);   // a new search, replacing the selected text
    QTest::keyClick(palette->searchEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(palette->searchEdit(), u"apple"_s);
    QTRY_COMPARE(rowOf(list, u"AAPL"_s), 0);
    QTRY_VERIFY(rowOf(list, u"APLE"_s) >= 0);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    const auto *refusal = palette->findChild<QLabel *>(u"symbolSearchRefusal"_s);
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), u"AAPL is already in the watchlist."_s);
    QCOMPARE(f.settings.symbols(), (QStringList{u"MSFT"_s, u"NVDA"_s, u"AAPL"_s}));
    QVERIFY(palette->isVisible());
}

void TestSymbolSearch::offlineShowsCachedResults()
{
    test::TempFolder cache;
    const QString cacheFile = cache.path(u"cache/search.json"_s);
    {
        Fixture online({u"yahoo"_s}, cacheFile);
        online.server.setSymbolSearchRoute(u"yahoo"_s, test::FakeResponse::json(sample(u"yahoo/search_apple.json"_s)));
        SymbolSearchPalette *palette = online.openPalette();
        QVERIFY(palette);
        QTest::keyClicks(palette->searchEdit(), u"apple"_s);
        QTRY_VERIFY(rowOf(palette->resultList(), u"APLE"_s) >= 0);
        QTRY_VERIFY(!statusOf(palette).contains(u"Searching"_s));
        const QString row = palette->resultList()->item(rowOf(palette->resultList(), u"APLE"_s))->text();
        QVERIFY2(!row.contains(u"(cached)"_s), qPrintable(row));
    }
    QTRY_VERIFY(QFile::exists(cacheFile));

    // A new run, the provider gone.
    Fixture offline({u"yahoo"_s}, cacheFile);
    offline.server.close();
    SymbolSearchPalette *palette = offline.openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"apple"_s);
    QListWidget *list = palette->resultList();
    QTRY_VERIFY(rowOf(list, u"APLE"_s) >= 0);
    QTRY_VERIFY(!statusOf(palette).contains(u"Searching"_s));
    const QString hotel = list->item(rowOf(list, u"APLE"_s))->text();
    QVERIFY2(hotel.contains(u"(cached)"_s) && hotel.contains(u"Apple Hospitality"_s), qPrintable(hotel));
    // AAPL is fresh from the simulated market, so it is not marked.
    QVERIFY(!list->item(rowOf(list, u"AAPL"_s))->text().contains(u"(cached)"_s));
    QVERIFY2(statusOf(palette).contains(u"Yahoo Finance is unreachable: showing its results cached"_s),
             qPrintable(statusOf(palette)));
}

void TestSymbolSearch::garbageAnswerShowsItsErrorAndKeepsTheOthers()
{
    Fixture f({u"yahoo"_s, u"finnhub"_s});
    f.server.setSymbolSearchRoute(u"yahoo"_s, test::FakeResponse::json(sample(u"yahoo/search_apple.json"_s)));
    f.server.setSymbolSearchRoute(u"finnhub"_s, test::FakeResponse::json("<html>502 Bad Gateway</html>"));
    SymbolSearchPalette *palette = f.openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"apple"_s);
    QTRY_VERIFY(statusOf(palette).contains(u"Finnhub: The answer is not JSON."_s));
    QTRY_VERIFY(rowOf(palette->resultList(), u"APLE"_s) >= 0);
    QVERIFY(rowOf(palette->resultList(), u"AAPL"_s) == 0);
    // The key went in a header, never in the URL.
    const QList<test::FakeRequest> asked = f.server.requests(u"/api/v1/search"_s);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(asked.last().headers.value("x-finnhub-token"), QByteArray("test-key"));
    QVERIFY(!asked.last().query.contains(u"test-key"_s));
}

void TestSymbolSearch::escapeCloses()
{
    Fixture f({});
    SymbolSearchPalette *palette = f.openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"zzzzqx"_s);
    QTRY_VERIFY(statusOf(palette).contains(u"No match for \u201czzzzqx\u201d."_s));
    QTest::keyClick(palette->searchEdit(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
    QCOMPARE(f.settings.symbols(), (QStringList{u"MSFT"_s, u"NVDA"_s}));
}

void TestSymbolSearch::tickersPageSearchAddsBinanceSpelling()
{
    test::TempFolder folder;
    test::FakeProviderServer server;
    QVERIFY(server.listen());
    server.setSymbolSearchRoute(u"binance"_s, test::FakeResponse::json(sample(u"binance/exchange_info.json"_s)));
    SymbolSearchOptions options;
    options.sources = {{u"binance"_s, server.httpUrl(), {}}};
    options.cacheFile = folder.path(u"cache.json"_s);
    SymbolSearchService service(options);
    Settings settings(folder.path(u"settings.ini"_s));
    settings.setSymbols({u"AAPL"_s});

    TickersPage page;
    page.setSymbolSearch(&service);
    page.load(settings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *edit = page.findChild<QLineEdit *>(u"symbolEdit"_s);
    auto *list = page.findChild<QListWidget *>(u"symbolSearchResults"_s);
    QVERIFY(edit && list);
    edit->setFocus();
    QTest::keyClicks(edit, u"btcusdt"_s);
    QTRY_COMPARE(rowOf(list, u"BTC-USDT"_s), 0);
    QVERIFY(list->isVisible());
    QVERIFY2(list->item(0)->text().contains(u"Binance"_s), qPrintable(rows(list).join(u'|')));
    QCOMPARE(list->item(0)->toolTip(), u"Binance spells it BTCUSDT; added as BTC-USDT."_s);
    // Nothing selected yet: Down selects, Return adds the feeds' spelling.
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Return);
    page.save(settings);
    QCOMPARE(settings.symbols(), (QStringList{u"AAPL"_s, u"BTC-USDT"_s}));
    QVERIFY(edit->text().isEmpty());
}

QTEST_MAIN(TestSymbolSearch)
#include "tst_symbolsearch.moc"
