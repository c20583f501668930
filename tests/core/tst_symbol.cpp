#include "Symbol.h"

#include <QTest>

using namespace tickerline;

class TestSymbol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void checkList_data();
    void checkList();
};

void TestSymbol::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << QStringLiteral("AAPL") << QStringLiteral("AAPL");
    QTest::newRow("lower case, padded") << QStringLiteral("  aapl ") << QStringLiteral("AAPL");
    QTest::newRow("share class") << QStringLiteral("brk-b") << QStringLiteral("BRK-B");
    QTest::newRow("crypto pair") << QStringLiteral("BTC-USD") << QStringLiteral("BTC-USD");
    QTest::newRow("fx pair") << QStringLiteral("eur/usd") << QStringLiteral("EUR/USD");
    QTest::newRow("index") << QStringLiteral("^GSPC") << QStringLiteral("^GSPC");
    QTest::newRow("exchange suffix") << QStringLiteral("VOD.L") << QStringLiteral("VOD.L");
    QTest::newRow("future") << QStringLiteral("ES=F") << QStringLiteral("ES=F");
    QTest::newRow("exchange prefix") << QStringLiteral("binance:btcusdt") << QStringLiteral("BINANCE:BTCUSDT");
    QTest::newRow("digits") << QStringLiteral("7203.T") << QStringLiteral("7203.T");
    QTest::newRow("longest") << QString(Symbol::MaxLength, u'A') << QString(Symbol::MaxLength, u'A');
}

void TestSymbol::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    const SymbolCheck check = Symbol::check(text);
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.normalized, normalized);
    QVERIFY(check.reason.isEmpty());
}

void TestSymbol::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("inner space") << QStringLiteral("AA PL") << QStringLiteral("space");
    QTest::newRow("inner tab") << QStringLiteral("AA\tPL") << QStringLiteral("space");
    QTest::newRow("dollars") << QStringLiteral("$$$") << QStringLiteral("$");
    QTest::newRow("too long") << QString(Symbol::MaxLength + 1, u'A') << QString::number(Symbol::MaxLength);
    QTest::newRow("non-ASCII letter") << QStringLiteral("\u00C4PFEL") << QStringLiteral("\u00C4");
    QTest::newRow("punctuation only") << QStringLiteral("./-") << QStringLiteral("letter or digit");
    QTest::newRow("comma") << QStringLiteral("AAPL,MSFT") << QStringLiteral(",");
}

void TestSymbol::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);
    const SymbolCheck check = Symbol::check(text);
    QVERIFY(!check.ok);
    QVERIFY2(check.reason.contains(reasonMentions), qPrintable(check.reason));
}

void TestSymbol::checkList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("symbols");
    QTest::addColumn<QString>("reasonMentions");
    QTest::newRow("normalized and de-duplicated")
        << QStringLiteral("AAPL, msft ,NVDA,aapl,,MSFT") << true
        << QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT"), QStringLiteral("NVDA")} << QString();
    QTest::newRow("blank entries skipped")
        << QStringLiteral("AAPL, , MSFT, ") << true
        << QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")} << QString();
    QTest::newRow("single") << QStringLiteral("brk-b") << true << QStringList{QStringLiteral("BRK-B")} << QString();
    QTest::newRow("nothing") << QStringLiteral(" , ,") << false << QStringList() << QStringLiteral("No symbols");
    QTest::newRow("empty") << QString() << false << QStringList() << QStringLiteral("No symbols");
    // The first bad symbol is the one reported.
    QTest::newRow("first error wins")
        << QStringLiteral("AAPL,$$$,AA PL") << false << QStringList{QStringLiteral("AAPL")} << QStringLiteral("$");
}

void TestSymbol::checkList()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, symbols);
    QFETCH(QString, reasonMentions);
    QStringList out{QStringLiteral("stale")};
    const SymbolCheck check = Symbol::checkList(text, &out);
    QCOMPARE(check.ok, ok);
    QCOMPARE(out, symbols);
    if (ok)
        QVERIFY(check.reason.isEmpty());
    else
        QVERIFY2(check.reason.contains(reasonMentions), qPrintable(check.reason));
}

QTEST_GUILESS_MAIN(TestSymbol)
#include "tst_symbol.moc"
