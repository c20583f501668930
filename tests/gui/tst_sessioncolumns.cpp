#include "Clock.h"
#include "QuoteTableModel.h"
#include "Settings.h"
#include "TestSupport.h"
#include "ViewMenu.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

const qint64 Saturday = utc(2026, 12, 5, 15);           // every exchange shut, crypto trading
const qint64 MondayNewYorkLondon = utc(2026, 12, 7, 15); // 10:00 in New York, 15:00 in London
const qint64 TuesdayTokyo = utc(2026, 12, 8, 1);         // 10:00 in Tokyo

Instrument instrument(const QString &symbol, const QString &provider, const QString &exchange = {})
{
    Instrument i;
    i.symbol = symbol;
    i.provider = provider;
    i.exchange = exchange;
    i.name = symbol;
    return i;
}

Frame frameOf(const QString &symbol, qint64 timeMs, double last = 100.0)
{
    Quote q;
    q.symbol = symbol;
    q.last = last;
    q.timeMs = timeMs;
    q.tickCount = 1;
    Frame frame;
    frame.quotes.insert(symbol, q);
    return frame;
}

// The four symbols of the issue, as Yahoo (stocks) and Coinbase (crypto) give them,
// on a model driven by a manual clock.
struct Fixture
{
    explicit Fixture(qint64 nowMs)
        : clock(nowMs)
    {
        model.setClock(&clock);
        model.setSymbols({u"AAPL"_s, u"VOD.L"_s, u"7203.T"_s, u"BTC-USD"_s});
        model.setInstruments({instrument(u"AAPL"_s, u"yahoo"_s, u"NMS"_s), instrument(u"VOD.L"_s, u"yahoo"_s),
                              instrument(u"7203.T"_s, u"yahoo"_s), instrument(u"BTC-USD"_s, u"coinbase"_s)});
    }

    [[nodiscard]] QModelIndex cell(const QString &symbol, int column) const
    {
        return model.index(int(model.symbols().indexOf(symbol)), column);
    }
    [[nodiscard]] QString text(const QString &symbol, int column, int role = Qt::DisplayRole) const
    {
        return cell(symbol, column).data(role).toString();
    }
    [[nodiscard]] bool stale(const QString &symbol) const
    {
        return cell(symbol, QuoteTableModel::AgeColumn).data(QuoteTableModel::StaleRole).toBool();
    }

    ManualClock clock;
    QuoteTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

class TestSessionColumns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionTextAndToolTip_data();
    void sessionTextAndToolTip();
    void ageTicksWithTheClockOneCellAtATime();
    void closedMarketIsNeverStale();
    void delayedProviderShowsItsBadgeAndIsNotStaleForIt();
    void columnsToggleFromTheViewMenu();
};

void TestSessionColumns::sessionTextAndToolTip_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QStringList>("toolTip");   // lines the tool tip holds

    QTest::newRow("AAPL on Saturday") << Saturday << u"AAPL"_s << u"Closed"_s
                                      << QStringList{u"Nasdaq"_s, u"Exchange time: Sat 10:00 EST"_s,
                                                     u"Opens Mon 09:30 EST"_s, u"Quotes from Yahoo Finance: real-time"_s};
    QTest::newRow("VOD.L on Saturday") << Saturday << u"VOD.L"_s << u"Closed"_s
                                       << QStringList{u"London Stock Exchange"_s, u"Opens Mon 08:00 GMT"_s,
                                                      u"Quotes from Yahoo Finance: delayed 20 min"_s};
    QTest::newRow("7203.T on Saturday") << Saturday << u"7203.T"_s << u"Closed"_s
                                        << QStringList{u"Tokyo Stock Exchange"_s, u"Exchange time: Sun 00:00 JST"_s,
                                                       u"Opens Mon 09:00 JST"_s};
    QTest::newRow("BTC-USD on Saturday") << Saturday << u"BTC-USD"_s << u"Open"_s
                                         << QStringList{u"Crypto (24/7)"_s, u"Trades around the clock"_s,
                                                        u"Quotes from Coinbase Exchange: real-time"_s};
    QTest::newRow("AAPL on Monday morning") << MondayNewYorkLondon << u"AAPL"_s << u"Open"_s
                                            << QStringList{u"Exchange time: Mon 10:00 EST"_s, u"Closes Mon 16:00 EST"_s};
    QTest::newRow("VOD.L on Monday afternoon") << MondayNewYorkLondon << u"VOD.L"_s << u"Open"_s
                                               << QStringList{u"Closes Mon 16:30 GMT"_s};
    QTest::newRow("7203.T at night") << MondayNewYorkLondon << u"7203.T"_s << u"Closed"_s
                                     << QStringList{u"Opens Tue 09:00 JST"_s};
    QTest::newRow("7203.T on Tuesday morning") << TuesdayTokyo << u"7203.T"_s << u"Open"_s
                                               << QStringList{u"Closes Tue 11:30 JST"_s};
    QTest::newRow("AAPL after hours") << utc(2026, 12, 7, 22) << u"AAPL"_s << u"After hours"_s
                                      << QStringList{u"Opens Tue 09:30 EST"_s};
    QTest::newRow("BTC-USD on Monday") << MondayNewYorkLondon << u"BTC-USD"_s << u"Open"_s
                                       << QStringList{u"Trades around the clock"_s};
}

void TestSessionColumns::sessionTextAndToolTip()
{
    QFETCH(qint64, now);
    QFETCH(QString, symbol);
    QFETCH(QString, session);
    QFETCH(QStringList, toolTip);
    Fixture f(now);
    QCOMPARE(f.text(symbol, QuoteTableModel::SessionColumn), session);
    const QStringList lines = f.text(symbol, QuoteTableModel::SessionColumn, Qt::ToolTipRole).split(u'\n');
    for (const QString &line : std::as_const(toolTip))
        QVERIFY2(lines.contains(line), qPrintable(lines.join(u" | ") + u" lacks " + line));
}

void TestSessionColumns::ageTicksWithTheClockOneCellAtATime()
{
    Fixture f(Saturday);
    f.model.applyFrame(frameOf(u"BTC-USD"_s, Saturday - 3'000));
    f.model.applyFrame(frameOf(u"AAPL"_s, utc(2026, 12, 4, 21)));   // Friday's close
    QCOMPARE(f.text(u"BTC-USD"_s, QuoteTableModel::AgeColumn), u"3s"_s);
    QCOMPARE(f.text(u"AAPL"_s, QuoteTableModel::AgeColumn), u"18h"_s);

    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.clock.advanceMs(2'000);
    QTRY_COMPARE(f.text(u"BTC-USD"_s, QuoteTableModel::AgeColumn), u"5s"_s);
    // Only the one cell whose text changed was announced; AAPL's "18h" stayed.
    QTRY_VERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex(), f.cell(u"BTC-USD"_s, QuoteTableModel::AgeColumn));
        QCOMPARE(args.at(1).toModelIndex(), f.cell(u"BTC-USD"_s, QuoteTableModel::AgeColumn));
    }
    QCOMPARE(f.text(u"AAPL"_s, QuoteTableModel::AgeColumn), u"18h"_s);

    f.clock.advanceMs(3 * 60'000);
    QTRY_COMPARE(f.text(u"BTC-USD"_s, QuoteTableModel::AgeColumn), u"3m"_s);
}

void TestSessionColumns::closedMarketIsNeverStale()
{
    Fixture f(Saturday);
    f.model.applyFrame(frameOf(u"AAPL"_s, utc(2026, 12, 4, 21)));
    f.model.applyFrame(frameOf(u"BTC-USD"_s, Saturday - 10 * 60'000));
    QVERIFY(!f.stale(u"AAPL"_s));
    QVERIFY(!f.cell(u"AAPL"_s, QuoteTableModel::AgeColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(f.text(u"AAPL"_s, QuoteTableModel::AgeColumn, Qt::ToolTipRole).contains(u"not trading"_s));
    // Crypto trades on Saturdays: ten quiet minutes are stale, shaded and said so.
    QVERIFY(f.stale(u"BTC-USD"_s));
    QVERIFY(f.cell(u"BTC-USD"_s, QuoteTableModel::AgeColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(f.text(u"BTC-USD"_s, QuoteTableModel::AgeColumn, Qt::ToolTipRole).contains(u"Stale"_s));

    // The same Friday quote on Monday morning, with New York open: stale now.
    f.clock.setNowMs(MondayNewYorkLondon);
    QTRY_VERIFY(f.stale(u"AAPL"_s));
    QCOMPARE(f.text(u"AAPL"_s, QuoteTableModel::SessionColumn), u"Open"_s);
}

void TestSessionColumns::delayedProviderShowsItsBadgeAndIsNotStaleForIt()
{
    Fixture f(MondayNewYorkLondon);
    // Yahoo's London quotes come 20 minutes late: 21 minutes old is as fresh as they get.
    f.model.applyFrame(frameOf(u"VOD.L"_s, MondayNewYorkLondon - 21 * 60'000));
    QCOMPARE(f.text(u"VOD.L"_s, QuoteTableModel::AgeColumn), u"21m \u00b7 20m delayed"_s);
    QVERIFY(!f.stale(u"VOD.L"_s));
    QVERIFY(f.text(u"VOD.L"_s, QuoteTableModel::AgeColumn, Qt::ToolTipRole).contains(u"delayed 20 min"_s));
    // US quotes are real-time at Yahoo: no badge.
    f.model.applyFrame(frameOf(u"AAPL"_s, MondayNewYorkLondon - 4'000));
    QCOMPARE(f.text(u"AAPL"_s, QuoteTableModel::AgeColumn), u"4s"_s);

    f.clock.advanceMs(5 * 60'000);
    QTRY_VERIFY(f.stale(u"VOD.L"_s));
}

void TestSessionColumns::columnsToggleFromTheViewMenu()
{
    const test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    QuoteTableModel model;
    QTableView table;
    table.setModel(&model);
    QWidget chart;
    QToolBar toolBar;
    QMenu menu;
    const ViewMenu view(&menu, settings, {&chart, &toolBar, &table, {}});

    auto *columns = menu.findChild<QMenu *>(u"watchlistColumnsMenu"_s);
    auto *session = menu.findChild<QAction *>(u"showColumnAction_session"_s);
    auto *age = menu.findChild<QAction *>(u"showColumnAction_age"_s);
    QVERIFY(columns && session && age);
    QVERIFY(columns->actions().contains(session) && columns->actions().contains(age));
    QVERIFY(session->isChecked() && age->isChecked());
    QVERIFY(!table.isColumnHidden(QuoteTableModel::SessionColumn));
    QVERIFY(!table.isColumnHidden(QuoteTableModel::AgeColumn));

    session->trigger();
    QVERIFY(table.isColumnHidden(QuoteTableModel::SessionColumn));
    QVERIFY(!table.isColumnHidden(QuoteTableModel::AgeColumn));
    age->trigger();
    QVERIFY(table.isColumnHidden(QuoteTableModel::AgeColumn));
    QCOMPARE(settings.value(Settings::Key::HiddenWatchlistColumns).toStringList(), (QStringList{u"session"_s, u"age"_s}));

    // A new window over the same settings starts with them hidden.
    QTableView again;
    again.setModel(&model);
    QMenu menu2;
    const ViewMenu view2(&menu2, settings, {&chart, &toolBar, &again, {}});
    QVERIFY(again.isColumnHidden(QuoteTableModel::SessionColumn) && again.isColumnHidden(QuoteTableModel::AgeColumn));
    session->trigger();
    QVERIFY(!table.isColumnHidden(QuoteTableModel::SessionColumn));
}

QTEST_MAIN(TestSessionColumns)
#include "tst_sessioncolumns.moc"
