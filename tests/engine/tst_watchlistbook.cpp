#include "Settings.h"
#include "WatchlistBook.h"
#include "Watchlists.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

// Named watchlists over Settings: the current one in Symbols, every one in
// Watchlists, the feed on all of them, and every refusal with its reason.
class tst_WatchlistBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneListUntilASecondIsMade();
    void switchingKeepsEachListsSymbolsAndColumns();
    void movesRenamesAndDeletes();
    void refusesWithReasons();
    void damagedSavedListsAreSaidAndSkipped();
    void chartSourceIsChecked();

private:
    QTemporaryDir m_dir;
    QString m_ini;
};

void tst_WatchlistBook::init()
{
    QVERIFY(m_dir.isValid());
    m_ini = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini");
}

void tst_WatchlistBook::oneListUntilASecondIsMade()
{
    Settings settings(m_ini);
    settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
    WatchlistBook book(settings, u"Watchlist"_s);
    QCOMPARE(book.lists().size(), 1);
    QCOMPARE(book.current(), u"Watchlist"_s);
    QCOMPARE(book.lists().first().symbols, (QStringList{u"AAPL"_s, u"MSFT"_s}));
    QCOMPARE(settings.value(Settings::Key::Watchlists).toString(), QString());   // nothing written yet
    QCOMPARE(settings.subscribedSymbols(), (QStringList{u"AAPL"_s, u"MSFT"_s}));
}

void tst_WatchlistBook::switchingKeepsEachListsSymbolsAndColumns()
{
    Settings settings(m_ini);
    settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
    settings.setValue(Settings::Key::HiddenWatchlistColumns, QStringList{u"volume"_s});
    WatchlistBook book(settings, u"Stocks"_s);
    QSignalSpy changed(&book, &WatchlistBook::changed);
    QCOMPARE(book.add(u"Crypto"_s, u"BTC-USD"_s), QString());
    QCOMPARE(book.current(), u"Crypto"_s);
    QCOMPARE(settings.symbols(), QStringList{u"BTC-USD"_s});
    QCOMPARE(settings.value(Settings::Key::HiddenWatchlistColumns).toStringList(), QStringList());
    settings.setSymbols({u"BTC-USD"_s, u"ETH-USD"_s});   // the Tickers page, Ctrl+K
    settings.setValue(Settings::Key::HiddenWatchlistColumns, QStringList{u"session"_s});
    QVERIFY(changed.size() >= 3);
    // The feed subscribes every list's symbols, the current one's first.
    QCOMPARE(settings.subscribedSymbols(), (QStringList{u"BTC-USD"_s, u"ETH-USD"_s, u"AAPL"_s, u"MSFT"_s}));

    QCOMPARE(book.switchTo(u"Stocks"_s), QString());
    QCOMPARE(settings.symbols(), (QStringList{u"AAPL"_s, u"MSFT"_s}));
    QCOMPARE(settings.value(Settings::Key::HiddenWatchlistColumns).toStringList(), QStringList{u"volume"_s});
    QCOMPARE(book.switchTo(u"Crypto"_s), QString());
    QCOMPARE(settings.symbols(), (QStringList{u"BTC-USD"_s, u"ETH-USD"_s}));
    QCOMPARE(settings.value(Settings::Key::HiddenWatchlistColumns).toStringList(), QStringList{u"session"_s});

    // Read back by another run.
    Settings again(m_ini);
    WatchlistBook reread(again, u"Stocks"_s);
    QCOMPARE(reread.current(), u"Crypto"_s);
    QCOMPARE(reread.lists().size(), 2);
    QCOMPARE(reread.lists().at(0).symbols, (QStringList{u"AAPL"_s, u"MSFT"_s}));
}

void tst_WatchlistBook::movesRenamesAndDeletes()
{
    Settings settings(m_ini);
    settings.setSymbols({u"AAPL"_s, u"MSFT"_s});
    WatchlistBook book(settings, u"A"_s);
    QCOMPARE(book.add(u"B"_s, u"NVDA"_s), QString());
    QCOMPARE(book.switchTo(u"A"_s), QString());
    QCOMPARE(book.moveSymbol(u"MSFT"_s, u"B"_s, false), QString());
    QCOMPARE(settings.symbols(), QStringList{u"AAPL"_s});
    QCOMPARE(book.lists().at(1).symbols, (QStringList{u"NVDA"_s, u"MSFT"_s}));
    // The last symbol of a list is copied, never moved away.
    QCOMPARE(book.moveSymbol(u"AAPL"_s, u"B"_s, false), QString());
    QCOMPARE(settings.symbols(), QStringList{u"AAPL"_s});
    QCOMPARE(book.lists().at(1).symbols, (QStringList{u"NVDA"_s, u"MSFT"_s, u"AAPL"_s}));
    QCOMPARE(book.rename(u"B"_s, u"Tech"_s), QString());
    QCOMPARE(book.lists().at(1).name, u"Tech"_s);
    QCOMPARE(book.rename(u"A"_s, u"Main"_s), QString());
    QCOMPARE(book.current(), u"Main"_s);
    QCOMPARE(book.remove(u"Main"_s), QString());
    QCOMPARE(book.current(), u"Tech"_s);
    QCOMPARE(settings.symbols(), (QStringList{u"NVDA"_s, u"MSFT"_s, u"AAPL"_s}));
}

void tst_WatchlistBook::refusesWithReasons()
{
    Settings settings(m_ini);
    WatchlistBook book(settings, u"Watchlist"_s);
    QVERIFY(book.add(u"  "_s, u"AAPL"_s).contains(u"needs a name"_s));
    QVERIFY(book.add(u"WATCHLIST"_s, u"AAPL"_s).contains(u"already a watchlist"_s));
    QVERIFY(book.add(QString(41, u'x'), u"AAPL"_s).contains(u"40"_s));
    QVERIFY(book.remove(u"Watchlist"_s).contains(u"last watchlist"_s));
    QVERIFY(book.switchTo(u"Nope"_s).contains(u"no watchlist"_s));
    QCOMPARE(book.add(u"Other"_s, u"AAPL"_s), QString());
    QVERIFY(book.moveSymbol(u"AAPL"_s, u"Other"_s, true).contains(u"already on"_s));
    QVERIFY(book.rename(u"Other"_s, u"watchlist"_s).contains(u"already a watchlist"_s));
    QCOMPARE(book.lists().size(), 2);
}

void tst_WatchlistBook::damagedSavedListsAreSaidAndSkipped()
{
    Settings settings(m_ini);
    settings.setValue(Settings::Key::Watchlists, u"[{\"name\": \"Ok\", \"symbols\": [\"AAPL\", \"bad symbol!\"]},"
                                                  " {\"name\": \"\", \"symbols\": [\"MSFT\"]}]"_s);
    settings.setValue(Settings::Key::CurrentWatchlist, u"Ok"_s);
    WatchlistBook book(settings, u"Watchlist"_s);
    QVERIFY2(book.problem().contains(u"bad symbol!"_s), qPrintable(book.problem()));
    QVERIFY2(book.problem().contains(u"needs a name"_s), qPrintable(book.problem()));
    QCOMPARE(book.lists().size(), 1);

    settings.setValue(Settings::Key::Watchlists, u"{not json"_s);
    QVERIFY(!book.problem().isEmpty());
    QCOMPARE(Watchlists::fromJson(u"{not json"_s).lists.size(), 0);
}

void tst_WatchlistBook::chartSourceIsChecked()
{
    QCOMPARE(Settings::problemWith(Settings::Key::ChartSource, u"selection"_s), QString());
    QCOMPARE(Settings::problemWith(Settings::Key::ChartSource, u"symbols:AAPL,msft"_s), QString());
    QVERIFY(!Settings::problemWith(Settings::Key::ChartSource, u"symbols:"_s).isEmpty());
    QVERIFY(!Settings::problemWith(Settings::Key::ChartSource, u"everything"_s).isEmpty());
    Settings memory(Settings::InMemory{});
    memory.setValue(Settings::Key::ChartSource, u"symbols:aapl"_s);
    QCOMPARE(memory.value(Settings::Key::ChartSource).toString(), u"symbols:AAPL"_s);
    QCOMPARE(memory.fileName(), QString());
}

QTEST_GUILESS_MAIN(tst_WatchlistBook)
#include "tst_watchlistbook.moc"
