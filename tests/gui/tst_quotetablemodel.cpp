#include "SeriesPalette.h"
#include "Clock.h"
#include "QuoteTableModel.h"
#include "SymbolDelegate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

Quote quote(const QString &symbol, double last, double volume = 0.0, double previousClose = 0.0)
{
    Quote q;
    q.symbol = symbol;
    q.last = last;
    q.volume = volume;
    q.previousClose = previousClose;
    q.timeMs = 1'700'000'000'000;
    q.tickCount = 1;
    return q;
}

Frame frameOf(const QList<Quote> &quotes)
{
    Frame frame;
    for (const Quote &q : quotes)
        frame.quotes.insert(q.symbol, q);
    frame.ticks = quint64(quotes.size());
    return frame;
}

// A model under QAbstractItemModelTester for the whole test function.
struct Fixture
{
    QuoteTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QVariant value(const QString &symbol, int column, int role = QuoteTableModel::SortRole) const
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, column);
            if (index.data(QuoteTableModel::SymbolRole).toString() == symbol)
                return index.data(role);
        }
        return {};
    }
};

} // namespace

class TestQuoteTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setSymbols_data();
    void setSymbols();
    void reorderKeepsColoursAndLetters();
    void applyFrameUpdatesQuotes();
    void applyFrameEmitsOneChangePerRowRun();
    void changeUsesInstrumentPreviousClose();
    void rangeRole();
    void sortsByLastPriceThroughProxy();
    void checkStateTogglesHiddenSymbols();
    void spaceInViewTogglesCheckState();
    void flashFadesOut_data();
    void flashFadesOut();
    void flashOnlyForAShownMoveAndAtMostFourTimesASecond();
    void staleFeedDimsRow();
};

void TestQuoteTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestQuoteTableModel::setSymbols_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");

    const QStringList abc{u"A"_s, u"B"_s, u"C"_s};
    QTest::newRow("add at end") << abc << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    QTest::newRow("add in middle") << abc << QStringList{u"A"_s, u"X"_s, u"B"_s, u"C"_s};
    QTest::newRow("remove one") << abc << QStringList{u"A"_s, u"C"_s};
    QTest::newRow("remove all") << abc << QStringList{};
    QTest::newRow("reverse") << abc << QStringList{u"C"_s, u"B"_s, u"A"_s};
    QTest::newRow("mixed") << abc << QStringList{u"D"_s, u"C"_s, u"E"_s, u"A"_s};
    QTest::newRow("duplicates collapse") << abc << QStringList{u"B"_s, u"B"_s, u"A"_s};
    QTest::newRow("from empty") << QStringList{} << abc;
}

void TestQuoteTableModel::reorderKeepsColoursAndLetters()
{
    const QStringList symbols{QStringLiteral("AAPL"), QStringLiteral("AMZN"), QStringLiteral("MSFT"),
                              QStringLiteral("GOOG"), QStringLiteral("NVDA"), QStringLiteral("TSLA")};
    Fixture f;
    f.model.setSymbols(symbols);
    const auto colourOf = [&](const QString &symbol) {
        const int row = int(f.model.symbols().indexOf(symbol));
        return f.model.index(row, QuoteTableModel::SymbolColumn).data(QuoteTableModel::SeriesColorRole).value<QColor>();
    };
    QHash<QString, QColor> before;
    for (const QString &s : symbols)
        before.insert(s, colourOf(s));
    QSet<QRgb> distinct;
    for (const QColor &c : std::as_const(before))
        distinct.insert(c.rgb());
    QCOMPARE(distinct.size(), symbols.size());

    QStringList reversed = symbols;
    std::reverse(reversed.begin(), reversed.end());
    f.model.setSymbols(reversed);
    QCOMPARE(f.model.symbols(), reversed);
    for (const QString &s : symbols)
        QCOMPARE(colourOf(s), before.value(s));

    // Two letter badges never read the same, and the looks do not depend on order.
    const auto looks = symbolLooks(symbols);
    QCOMPARE(looks.value(QStringLiteral("AAPL")).letters, QStringLiteral("AA"));
    QCOMPARE(looks.value(QStringLiteral("AMZN")).letters, QStringLiteral("AM"));
    QSet<QString> letters;
    for (const QString &s : symbols)
        letters.insert(looks.value(s).letters);
    QCOMPARE(letters.size(), symbols.size());
    for (const QString &s : symbols) {
        QCOMPARE(symbolLooks(reversed).value(s).color, looks.value(s).color);
        QCOMPARE(symbolLooks(reversed).value(s).letters, looks.value(s).letters);
    }
}

void TestQuoteTableModel::setSymbols()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);

    Fixture f;
    f.model.setSymbols(before);
    QCOMPARE(f.model.symbols(), before);
    QList<Quote> quotes;
    for (qsizetype i = 0; i < before.size(); ++i)
        quotes.append(quote(before.at(i), 10.0 + double(i)));
    f.model.applyFrame(frameOf(quotes));

    f.model.setSymbols(after);
    after.removeDuplicates();
    QCOMPARE(f.model.symbols(), after);
    QCOMPARE(f.model.rowCount(), after.size());
    for (const QString &symbol : std::as_const(after)) {
        const qsizetype old = before.indexOf(symbol);
        const double expected = old >= 0 ? 10.0 + double(old) : 0.0;
        QCOMPARE(f.value(symbol, QuoteTableModel::LastColumn).toDouble(), expected);
    }
}

void TestQuoteTableModel::applyFrameUpdatesQuotes()
{
    Fixture f;
    f.model.setSymbols({u"AAPL"_s, u"MSFT"_s});
    f.model.applyFrame(frameOf({quote(u"AAPL"_s, 190.5, 1200, 180.0), quote(u"ZZZ"_s, 1.0)}));

    QCOMPARE(f.value(u"AAPL"_s, QuoteTableModel::LastColumn).toDouble(), 190.5);
    QCOMPARE(f.value(u"AAPL"_s, QuoteTableModel::ChangeColumn).toDouble(), 10.5);
    QCOMPARE(f.value(u"AAPL"_s, QuoteTableModel::VolumeColumn).toDouble(), 1200.0);
    QCOMPARE(f.value(u"AAPL"_s, QuoteTableModel::LastColumn, Qt::DisplayRole).toString(), u"190.50"_s);
    QCOMPARE(f.value(u"AAPL"_s, QuoteTableModel::ChangeColumn, Qt::DisplayRole).toString(), u"+10.50"_s);
    QVERIFY(f.value(u"AAPL"_s, QuoteTableModel::ChangeColumn, Qt::ForegroundRole).isValid());
    QVERIFY(!f.value(u"AAPL"_s, QuoteTableModel::TimeColumn, Qt::DisplayRole).toString().isEmpty());
    QVERIFY(f.value(u"MSFT"_s, QuoteTableModel::LastColumn, Qt::DisplayRole).toString().isEmpty());
    QVERIFY(f.model.hasQuotes());

    f.model.applyFrame(frameOf({quote(u"AAPL"_s, 0.5, 1300, 0.25)}));
    QCOMPARE(f.value(u"AAPL"_s, QuoteTableModel::LastColumn, Qt::DisplayRole).toString(), u"0.5000"_s);
}

void TestQuoteTableModel::applyFrameEmitsOneChangePerRowRun()
{
    Fixture f;
    f.model.setSymbols({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s});
    QSignalSpy spy(&f.model, &QAbstractItemModel::dataChanged);

    // Rows 0-1 and 3-4 change: two runs, whatever the hash order of the frame.
    f.model.applyFrame(frameOf({quote(u"E"_s, 5), quote(u"A"_s, 1), quote(u"D"_s, 4), quote(u"B"_s, 2)}));
    QCOMPARE(spy.size(), 2);
    QList<std::pair<int, int>> runs;
    for (const QList<QVariant> &args : std::as_const(spy))
        runs.append({args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row()});
    std::sort(runs.begin(), runs.end());
    QCOMPARE(runs, (QList<std::pair<int, int>>{{0, 1}, {3, 4}}));
    QCOMPARE(spy.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(spy.at(0).at(1).toModelIndex().column(), QuoteTableModel::ColumnCount - 1);

    // A frame that repeats the same quotes changes nothing.
    spy.clear();
    f.model.applyFrame(frameOf({quote(u"A"_s, 1), quote(u"B"_s, 2)}));
    QCOMPARE(spy.size(), 0);

    // C's first quote can change its whole row; A's and B's next ones only
    // the quote's cells, so the symbol and name columns are not repainted
    // (and Session and Age wait for their once-a-second update).
    f.model.applyFrame(frameOf({quote(u"A"_s, 1.5), quote(u"B"_s, 2.5), quote(u"C"_s, 3)}));
    QCOMPARE(spy.size(), 2);
    const auto spans = [&](int i) {
        const QList<QVariant> &args = spy.at(i);
        return std::tuple(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row(),
                          args.at(0).toModelIndex().column(), args.at(1).toModelIndex().column());
    };
    QCOMPARE(spans(0), std::tuple(2, 2, 0, QuoteTableModel::ColumnCount - 1));
    QCOMPARE(spans(1), std::tuple(0, 1, int(QuoteTableModel::LastColumn), int(QuoteTableModel::TimeColumn)));
}

void TestQuoteTableModel::changeUsesInstrumentPreviousClose()
{
    Fixture f;
    f.model.setSymbols({u"SAP"_s});
    Instrument sap;
    sap.symbol = u"SAP"_s;
    sap.name = u"SAP SE"_s;
    sap.previousClose = 200.0;
    QSignalSpy spy(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setInstruments({sap});
    QCOMPARE(spy.size(), 1);
    f.model.applyFrame(frameOf({quote(u"SAP"_s, 190.0)}));

    QCOMPARE(f.value(u"SAP"_s, QuoteTableModel::NameColumn, Qt::DisplayRole).toString(), u"SAP SE"_s);
    QCOMPARE(f.value(u"SAP"_s, QuoteTableModel::ChangeColumn).toDouble(), -10.0);
    QCOMPARE(f.value(u"SAP"_s, QuoteTableModel::ChangePercentColumn).toDouble(), -5.0);
    QCOMPARE(f.value(u"SAP"_s, QuoteTableModel::ChangePercentColumn, Qt::DisplayRole).toString(), u"-5.00%"_s);

    // The quote's own previous close wins over the instrument's.
    f.model.applyFrame(frameOf({quote(u"SAP"_s, 190.0, 0, 100.0)}));
    QCOMPARE(f.value(u"SAP"_s, QuoteTableModel::ChangePercentColumn).toDouble(), 90.0);
}

void TestQuoteTableModel::rangeRole()
{
    Fixture f;
    f.model.setSymbols({u"A"_s, u"B"_s});
    Instrument a;
    a.symbol = u"A"_s;
    a.week52Low = 80.0;
    a.week52High = 120.0;
    Instrument implausible;
    implausible.symbol = u"B"_s;
    implausible.week52Low = 120.0;
    implausible.week52High = 80.0;
    f.model.setInstruments({a, implausible});
    f.model.applyFrame(frameOf({quote(u"A"_s, 110.0)}));

    const auto range = f.value(u"A"_s, QuoteTableModel::RangeColumn, QuoteTableModel::RangeRole).value<Week52Position>();
    QCOMPARE(range.low, 80.0);
    QCOMPARE(range.high, 120.0);
    QCOMPARE(range.last, 110.0);
    QCOMPARE(f.value(u"A"_s, QuoteTableModel::RangeColumn, Qt::DisplayRole).toString(), u"80.00 \u2013 120.00"_s);
    QVERIFY(f.value(u"A"_s, QuoteTableModel::RangeColumn, Qt::ToolTipRole).toString().contains(u"120.00"_s));
    QVERIFY(!f.value(u"B"_s, QuoteTableModel::RangeColumn, QuoteTableModel::RangeRole).isValid());
}

void TestQuoteTableModel::sortsByLastPriceThroughProxy()
{
    Fixture f;
    QSortFilterProxyModel proxy;
    proxy.setSortRole(QuoteTableModel::SortRole);
    proxy.setSourceModel(&f.model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    f.model.setSymbols({u"A"_s, u"B"_s, u"C"_s});
    f.model.applyFrame(frameOf({quote(u"A"_s, 9.5), quote(u"B"_s, 100.0), quote(u"C"_s, 10.0)}));
    proxy.sort(QuoteTableModel::LastColumn, Qt::DescendingOrder);

    const auto order = [&proxy] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out.append(proxy.index(r, 0).data(QuoteTableModel::SymbolRole).toString());
        return out;
    };
    // Numeric, not text order ("9.50" would sort above "100.00" as text).
    QCOMPARE(order(), (QStringList{u"B"_s, u"C"_s, u"A"_s}));

    // Live updates re-sort.
    f.model.applyFrame(frameOf({quote(u"A"_s, 500.0)}));
    QCOMPARE(order(), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
}

void TestQuoteTableModel::checkStateTogglesHiddenSymbols()
{
    Fixture f;
    f.model.setSymbols({u"A"_s, u"B"_s});
    QSignalSpy spy(&f.model, &QuoteTableModel::hiddenSymbolsChanged);
    const QModelIndex b = f.model.index(1, QuoteTableModel::SymbolColumn);
    QVERIFY(f.model.flags(b) & Qt::ItemIsUserCheckable);
    QCOMPARE(b.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    QVERIFY(f.model.setData(b, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{u"B"_s});
    QCOMPARE(b.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Setting the same state again is not a change.
    QVERIFY(f.model.setData(b, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(spy.size(), 1);

    f.model.setHiddenSymbols({u"A"_s});
    QCOMPARE(spy.size(), 2);
    QCOMPARE(f.model.hiddenSymbols(), QStringList{u"A"_s});
}

void TestQuoteTableModel::spaceInViewTogglesCheckState()
{
    Fixture f;
    f.model.setSymbols({u"A"_s, u"B"_s});
    QTableView view;
    view.setModel(&f.model);
    view.setItemDelegateForColumn(QuoteTableModel::SymbolColumn, new SymbolDelegate(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&f.model, &QuoteTableModel::hiddenSymbolsChanged);

    view.setCurrentIndex(f.model.index(0, QuoteTableModel::SymbolColumn));
    QTest::keyClick(view.viewport(), Qt::Key_Space);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(f.model.hiddenSymbols(), QStringList{u"A"_s});
}

void TestQuoteTableModel::flashFadesOut_data()
{
    QTest::addColumn<double>("next");
    QTest::addColumn<int>("sign");
    QTest::newRow("up") << 101.0 << 1;
    QTest::newRow("down") << 99.0 << -1;
}

void TestQuoteTableModel::flashFadesOut()
{
    QFETCH(double, next);
    QFETCH(int, sign);

    Fixture f;
    f.model.setSymbols({u"A"_s});
    const QModelIndex last = f.model.index(0, QuoteTableModel::LastColumn);
    f.model.applyFrame(frameOf({quote(u"A"_s, 100.0)}));
    QCOMPARE(last.data(QuoteTableModel::FlashRole).toDouble(), 0.0);   // no move yet

    QSignalSpy spy(&f.model, &QAbstractItemModel::dataChanged);
    f.model.applyFrame(frameOf({quote(u"A"_s, next)}));
    QVERIFY(last.data(QuoteTableModel::FlashRole).toDouble() * sign > 0.0);
    QTRY_COMPARE(last.data(QuoteTableModel::FlashRole).toDouble(), 0.0);
    // The fade was animated through the model, not only switched off.
    QVERIFY(spy.size() > 3);
}

void TestQuoteTableModel::flashOnlyForAShownMoveAndAtMostFourTimesASecond()
{
    Fixture f;
    ManualClock clock(1'000'000);
    f.model.setClock(&clock);
    f.model.setSymbols({u"A"_s});
    const QModelIndex last = f.model.index(0, QuoteTableModel::LastColumn);
    const auto flash = [&] { return last.data(QuoteTableModel::FlashRole).toDouble(); };
    f.model.applyFrame(frameOf({quote(u"A"_s, 100.0)}));

    // 100.001 still reads 100.00: nothing to see, nothing flashes.
    f.model.applyFrame(frameOf({quote(u"A"_s, 100.001)}));
    QCOMPARE(flash(), 0.0);
    QCOMPARE(last.data().toString(), QLocale().toString(100.0, 'f', 2));

    f.model.applyFrame(frameOf({quote(u"A"_s, 100.5)}));
    QCOMPARE(flash(), 1.0);
    // Ticks within FlashRestartMs move the price but do not restart the flash.
    clock.advanceMs(QuoteTableModel::FlashRestartMs - 50);
    f.model.applyFrame(frameOf({quote(u"A"_s, 100.2)}));
    QVERIFY(flash() > 0.0);
    QVERIFY(flash() < 1.0);
    QCOMPARE(last.data().toString(), QLocale().toString(100.2, 'f', 2));
    // Past it, the next shown move flashes again, its own way.
    clock.advanceMs(50);
    f.model.applyFrame(frameOf({quote(u"A"_s, 99.9)}));
    QCOMPARE(flash(), -1.0);
}

void TestQuoteTableModel::staleFeedDimsRow()
{
    Fixture f;
    f.model.setSymbols({u"A"_s});
    f.model.applyFrame(frameOf({quote(u"A"_s, 10.0)}));
    QVERIFY(!f.value(u"A"_s, QuoteTableModel::LastColumn, Qt::ForegroundRole).isValid());

    f.model.setFeedState(u"A"_s, FeedState::Stale, u"no data for 30 s"_s);
    QVERIFY(f.value(u"A"_s, QuoteTableModel::LastColumn, Qt::ForegroundRole).isValid());
    QVERIFY(f.value(u"A"_s, QuoteTableModel::LastColumn, Qt::ToolTipRole).toString().contains(u"no data for 30 s"_s));
    QCOMPARE(f.value(u"A"_s, 0, QuoteTableModel::FeedStateRole).toInt(), int(FeedState::Stale));

    f.model.setFeedState(u"A"_s, FeedState::Live);
    QVERIFY(!f.value(u"A"_s, QuoteTableModel::LastColumn, Qt::ForegroundRole).isValid());
}

QTEST_MAIN(TestQuoteTableModel)
#include "tst_quotetablemodel.moc"
