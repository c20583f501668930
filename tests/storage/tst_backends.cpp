// The storage suite's core behaviours against both backends: each test runs
// once on a SQLite file and once on a PostgreSQL database of a throw-away
// server (tests/support/PostgresServer) started for this executable.
#include "CsvExport.h"
#include "CsvImport.h"
#include "PostgresServer.h"
#include "Schema.h"
#include "StorageTestData.h"
#include "StoreConnection.h"
#include "TickStore.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace tickerline;
using tickerline::test::makeBar;
using tickerline::test::makeTick;
using tickerline::test::openStore;

class TstBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void writeAndReopen_data() { backends(); }
    void writeAndReopen();
    void duplicatesAreIgnored_data() { backends(); }
    void duplicatesAreIgnored();
    void identicalPrintsAreEachStoredOnce_data() { backends(); }
    void identicalPrintsAreEachStoredOnce();
    void historyIsBucketedWithBars_data() { backends(); }
    void historyIsBucketedWithBars();
    void instrumentsUpsertAndReload_data() { backends(); }
    void instrumentsUpsertAndReload();
    void csvRoundTrip_data() { backends(); }
    void csvRoundTrip();
    void csvImportAcrossBatches_data() { backends(); }
    void csvImportAcrossBatches();
    void retentionDeletesOldTicksKeepsBars_data() { backends(); }
    void retentionDeletesOldTicksKeepsBars();
    void olderPostgresSchemaIsMigrated();
    void newerPostgresSchemaIsRefused();
    void passwordIsNeverShown();

private:
    void backends();
    // A new, empty database of the row's backend.
    QString freshLocation();
    // A new PostgreSQL database with the current schema, then statements run on it.
    QString postgresDatabaseAfter(const QStringList &statements);

    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;
};

void TstBackends::initTestCase()
{
    if (test::PostgresServer::binDir().isEmpty())
        return;   // the postgresql rows skip with the reason, or fail where real parts are required
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorMessage()));
}

void TstBackends::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstBackends::backends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

QString TstBackends::freshLocation()
{
    QFETCH(bool, postgres);
    const QString name = QStringLiteral("db%1").arg(++m_databases);
    if (!postgres)
        return m_dir->filePath(name + QStringLiteral(".sqlite"));
    if (!m_server)
        return {};
    return m_server->createDatabase(name) ? m_server->url(name) : QString();
}

#define FRESH_LOCATION(var)                                                                    \
    const QString var = freshLocation();                                                       \
    if (var.isEmpty() && !m_server)                                                            \
        TICKERLINE_POSTGRES_MISSING();                                                         \
    QVERIFY2(!var.isEmpty(), qPrintable(m_server ? m_server->errorMessage() : QString()))

void TstBackends::writeAndReopen()
{
    FRESH_LOCATION(location);
    const TickBatch batch{makeTick(QStringLiteral("AAPL"), 1000, 190.5, 10),
                          makeTick(QStringLiteral("MSFT"), 1500, 410.25, 3),
                          makeTick(QStringLiteral("AAPL"), 2000, 0.1 + 0.2, 0.5, 42)};
    {
        auto store = openStore(location);
        QVERIFY(store);
        store->writeTicks(batch);
        const StoreStatus status = test::flush(*store);
        QCOMPARE(status.state, StoreState::Open);
        QCOMPARE(status.committedTicks, 3u);
        QCOMPARE(status.duplicateTicks, 0u);
    }
    auto reopened = openStore(location);
    QVERIFY(reopened);
    // 0.1 + 0.2 comes back bit for bit: prices are stored losslessly.
    QCOMPARE(test::history(*reopened, QStringLiteral("AAPL")), (Series{{1000, 190.5}, {2000, 0.1 + 0.2}}));
    QCOMPARE(test::history(*reopened, QStringLiteral("MSFT")), (Series{{1500, 410.25}}));
}

void TstBackends::duplicatesAreIgnored()
{
    FRESH_LOCATION(location);
    const Tick withSeq = makeTick(QStringLiteral("AAPL"), 1000, 10, 1, 7);
    Tick sameSeqOtherTrade = withSeq;
    sameSeqOtherTrade.price = 11;   // a replayed sequence is the same tick, whatever it says
    const Tick noSeq = makeTick(QStringLiteral("AAPL"), 2000, 12, 2);
    {
        auto store = openStore(location);
        QVERIFY(store);
        store->writeTicks({withSeq, noSeq, sameSeqOtherTrade, noSeq, makeTick(QStringLiteral("AAPL"), 3000, 13)});
        const StoreStatus status = test::flush(*store);
        QCOMPARE(status.committedTicks, 3u);
        QCOMPARE(status.duplicateTicks, 2u);
    }
    auto reopened = openStore(location);
    QVERIFY(reopened);
    reopened->writeTicks({withSeq, noSeq});
    const StoreStatus again = test::flush(*reopened);
    QCOMPARE(again.committedTicks, 0u);
    QCOMPARE(again.duplicateTicks, 2u);
    QCOMPARE(test::history(*reopened, QStringLiteral("AAPL")).size(), 3);
}

// Issue #12 §1. A Finnhub frame with three identical trades (no trade ids)
// stores three rows; the same frame again after a reconnect stores none; a
// repeated sequence (Coinbase) is still one tick, whatever else it says; and
// the export writes the three prints as three rows.
void TstBackends::identicalPrintsAreEachStoredOnce()
{
    FRESH_LOCATION(location);
    const QString aapl = QStringLiteral("AAPL");
    TickBatch frame{makeTick(aapl, 1'672'348'887'666, 129.58, 1), makeTick(aapl, 1'672'348'887'666, 129.58, 1),
                    makeTick(aapl, 1'672'348'887'666, 129.58, 1), makeTick(aapl, 1'672'348'887'666, 129.6, 1)};
    numberIdenticalTicks(frame);
    QCOMPARE(frame.at(2).occurrence, 2u);
    QCOMPARE(frame.at(3).occurrence, 0u);
    auto store = openStore(location);
    QVERIFY(store);
    store->writeTicks(frame);
    StoreStatus status = test::flush(*store);
    QCOMPARE(status.committedTicks, 4u);
    QCOMPARE(status.duplicateTicks, 0u);
    store->writeTicks(frame);   // the reconnect repeats the frame
    status = test::flush(*store);
    QCOMPARE(status.committedTicks, 4u);
    QCOMPARE(status.duplicateTicks, 4u);

    const Tick sequenced = makeTick(QStringLiteral("BTC-USD"), 5'000, 99'727.5, 1.5, 93'526'013'152, QStringLiteral("coinbase"));
    Tick resent = sequenced;
    resent.occurrence = 1;   // numbering never applies to a sequence: still the same tick
    store->writeTicks({sequenced, resent, sequenced});
    status = test::flush(*store);
    QCOMPARE(status.committedTicks, 5u);
    QCOMPARE(status.duplicateTicks, 6u);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ExportRequest request;
    request.location = location;
    request.symbols = {aapl};
    QVERIFY(exportTicksCsv(request, out).ok);
    QCOMPARE(out.data(), QByteArray("symbol,time,price,volume\n"
                                    "AAPL,2022-12-29T21:21:27.666Z,129.58,1\n"
                                    "AAPL,2022-12-29T21:21:27.666Z,129.58,1\n"
                                    "AAPL,2022-12-29T21:21:27.666Z,129.58,1\n"
                                    "AAPL,2022-12-29T21:21:27.666Z,129.6,1\n"));
}

void TstBackends::historyIsBucketedWithBars()
{
    FRESH_LOCATION(location);
    auto store = openStore(location);
    QVERIFY(store);
    TickBatch ticks;
    for (int i = 0; i < 1000; ++i)
        ticks.append(makeTick(QStringLiteral("AAPL"), 600'000 + i * 10, 100 + (i % 50)));
    store->writeTicks(ticks);
    // Bars before the ticks fill in; the one overlapping them does not.
    store->writeBars({makeBar(QStringLiteral("AAPL"), 0, 90), makeBar(QStringLiteral("AAPL"), 60'000, 91),
                      makeBar(QStringLiteral("AAPL"), 600'000, 1)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    HistoryRequest request;
    request.symbols = {QStringLiteral("AAPL")};
    request.fromMs = 0;
    request.toMs = 700'000;
    request.maxPoints = 40;
    const HistoryResult result = test::history(*store, request);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const Series series = result.series.value(QStringLiteral("AAPL"));
    QVERIFY(series.size() <= 2 * request.maxPoints + 2);
    QCOMPARE(series.first(), (SeriesPoint{0, 90}));
    QVERIFY(std::none_of(series.cbegin(), series.cend(), [](const SeriesPoint &p) { return p.value == 1; }));
    QCOMPARE(series.last().timeMs, 600'000 + 999 * 10);
}

void TstBackends::instrumentsUpsertAndReload()
{
    FRESH_LOCATION(location);
    {
        auto store = openStore(location);
        QVERIFY(store);
        Instrument first;
        first.provider = QStringLiteral("sim");
        first.symbol = QStringLiteral("AAPL");
        first.name = QStringLiteral("Apple Inc.");
        first.previousClose = 189.5;
        Instrument later = first;
        later.name.clear();   // unknown now: the stored name stays
        later.currency = QStringLiteral("USD");
        later.logo = QByteArrayLiteral("\x89PNG\0\x01");
        later.logoMimeType = QStringLiteral("image/png");
        store->writeInstruments({first});
        QCOMPARE(test::flush(*store).state, StoreState::Open);
        store->writeInstruments({later});
        QCOMPARE(test::flush(*store).state, StoreState::Open);
    }
    auto reopened = openStore(location);
    QVERIFY(reopened);
    QSignalSpy loaded(reopened.get(), &TickStore::instrumentsLoaded);
    reopened->requestInstruments();
    QCOMPARE(loaded.count(), 1);
    const auto instruments = loaded.at(0).at(0).value<InstrumentList>();
    QCOMPARE(instruments.size(), 1);
    QCOMPARE(instruments.at(0).name, QStringLiteral("Apple Inc."));
    QCOMPARE(instruments.at(0).currency, QStringLiteral("USD"));
    QCOMPARE(instruments.at(0).previousClose, std::optional<double>(189.5));
    QCOMPARE(instruments.at(0).logo, QByteArrayLiteral("\x89PNG\0\x01"));
}

void TstBackends::csvRoundTrip()
{
    FRESH_LOCATION(source);
    FRESH_LOCATION(target);
    {
        auto store = openStore(source);
        QVERIFY(store);
        TickBatch message{makeTick(QStringLiteral("AAPL"), 1'700'000'000'123, 190.5, 10),
                          makeTick(QStringLiteral("AAPL"), 1'700'000'000'123, 190.5, 10),   // identical print
                          makeTick(QStringLiteral("MSFT"), 1'700'000'001'000, 0.1 + 0.2, 0.25)};
        numberIdenticalTicks(message);
        store->writeTicks(message);
        QCOMPARE(test::flush(*store).committedTicks, 3u);
    }
    const auto exportFrom = [](const QString &location) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportRequest request;
        request.location = location;
        const ExportResult result = exportTicksCsv(request, out);
        return result.ok ? out.data() : QByteArray("failed: ") + result.error.toUtf8();
    };
    const QByteArray exported = exportFrom(source);
    QCOMPARE(exported.count('\n'), 4);
    const auto importInto = [&exported](const QString &location) {
        QBuffer in;
        in.setData(exported);
        in.open(QIODevice::ReadOnly);
        ImportRequest request;
        request.location = location;
        return importTicksCsv(request, in);
    };
    const ImportResult first = importInto(target);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.insertedTicks, 3u);
    QCOMPARE(exportFrom(target), exported);
    const ImportResult second = importInto(target);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.insertedTicks, 0u);
    QCOMPARE(second.duplicateTicks, 3u);
    // Into the database it came from: nothing new either.
    QCOMPARE(importInto(source).insertedTicks, 0u);
}

void TstBackends::csvImportAcrossBatches()
{
    FRESH_LOCATION(location);
    // Identical trades in one millisecond, split over statements of two rows:
    // each is counted once, on both sides of a boundary.
    const QByteArray csv = "symbol,time,price,volume\n"
                           "AAPL,1700000000000,10,1\n"
                           "AAPL,1700000000000,10,1\n"
                           "AAPL,1700000000000,10,1\n"
                           "MSFT,1700000000000,10,1\n"
                           "AAPL,1700000000001,11,2\n"
                           "AAPL,1700000000001,11,2\n"
                           "AAPL,1700000000002,12,3\n";
    const auto importInto = [&location](const QByteArray &data, int batchRows) {
        QBuffer in;
        in.setData(data);
        in.open(QIODevice::ReadOnly);
        ImportRequest request;
        request.location = location;
        request.batchRows = batchRows;
        return importTicksCsv(request, in);
    };
    const ImportResult first = importInto(csv, 2);
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.insertedTicks, 7u);
    // Again, cut into other batches: nothing is new.
    const ImportResult again = importInto(csv, 3);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.insertedTicks, 0u);
    QCOMPARE(again.duplicateTicks, 7u);
    // A fourth identical trade is new, whatever the batch it lands in.
    const ImportResult more = importInto(csv.left(csv.indexOf("MSFT")) + "AAPL,1700000000000,10,1\n", 1);
    QVERIFY2(more.ok, qPrintable(more.error));
    QCOMPARE(more.insertedTicks, 1u);
    QCOMPARE(more.duplicateTicks, 3u);
    auto store = openStore(location);
    QVERIFY(store);
    QCOMPARE(test::history(*store, QStringLiteral("AAPL")).size(), 4 + 2 + 1);
}

void TstBackends::retentionDeletesOldTicksKeepsBars()
{
    constexpr qint64 day = 86'400'000;
    constexpr qint64 now = 1'795'478'400'000;   // 2026-11-24T00:00:00Z
    ManualClock clock(now);
    FRESH_LOCATION(location);
    auto store = openStore(location, clock);
    QVERIFY(store);
    store->writeTicks({makeTick(QStringLiteral("AAA"), now - 10 * day, 10), makeTick(QStringLiteral("AAA"), now - 3 * day, 12),
                       makeTick(QStringLiteral("AAA"), now - day, 14)});
    store->writeBars({makeBar(QStringLiteral("AAA"), now - 30 * day, 9)});
    QCOMPARE(test::flush(*store).committedTicks, 3u);
    QSignalSpy applied(store.get(), &TickStore::retentionApplied);
    store->setRetentionDays(3);
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toULongLong(), 1u);
    QCOMPARE(applied.at(0).at(1).toLongLong(), now - 3 * day);
    // The bar stays, and still fills the span before the ticks.
    QCOMPARE(test::history(*store, QStringLiteral("AAA")),
             (Series{{now - 30 * day, 9}, {now - 3 * day, 12}, {now - day, 14}}));
}

QString TstBackends::postgresDatabaseAfter(const QStringList &statements)
{
    const QString name = QStringLiteral("db%1").arg(++m_databases);
    if (!m_server->createDatabase(name))
        return {};
    const QString url = m_server->url(name);
    if (!openStore(url))
        return {};
    StoreConnection raw;
    if (!raw.open(url, StoreConnection::Mode::Write))
        return {};
    for (const QString &statement : statements) {
        if (!raw.exec(statement)) {
            qWarning() << statement << raw.errorMessage();
            return {};
        }
    }
    return url;
}

void TstBackends::olderPostgresSchemaIsMigrated()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    // Version 1 had ticks but no bars, instruments or rollups.
    const QString url = postgresDatabaseAfter({QStringLiteral("DROP TABLE rollups"), QStringLiteral("DROP TABLE bars"),
                                               QStringLiteral("DROP TABLE instruments"),
                                               QStringLiteral("UPDATE tickerline_schema SET version = 1")});
    QVERIFY(!url.isEmpty());
    {
        StoreConnection raw;
        QVERIFY(raw.open(url, StoreConnection::Mode::Write));
        QCOMPARE(readSchemaVersion(raw.database()), std::optional<int>(1));
    }
    {
        auto store = openStore(url);
        QVERIFY(store);
        store->writeTicks({makeTick(QStringLiteral("AAPL"), 1000, 10)});
        store->writeBars({makeBar(QStringLiteral("AAPL"), 0, 9)});
        QCOMPARE(test::flush(*store).state, StoreState::Open);
    }
    StoreConnection raw;
    QVERIFY(raw.open(url, StoreConnection::Mode::Write));
    QCOMPARE(readSchemaVersion(raw.database()), std::optional<int>(latestSchemaVersion()));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM bars")).toInt(), 1);
}

void TstBackends::newerPostgresSchemaIsRefused()
{
    if (!m_server)
        TICKERLINE_POSTGRES_MISSING();
    // The version is a number computed here, not data: no value to bind.
    const QString url = postgresDatabaseAfter(
        {QStringLiteral("UPDATE tickerline_schema SET version = %1").arg(latestSchemaVersion() + 1)});
    QVERIFY(!url.isEmpty());
    TickStore store(SystemClock::instance());
    QSignalSpy failed(&store, &TickStore::failed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer Tickerline")));
    store.open(url);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("written by a newer Tickerline (schema version %1").arg(latestSchemaVersion() + 1)),
             qPrintable(message));
    QVERIFY2(message.contains(url), qPrintable(message));
}

void TstBackends::passwordIsNeverShown()
{
    qputenv("PGPASSWORD", "hunter2");
    auto store = std::make_unique<TickStore>(SystemClock::instance());
    QSignalSpy failed(store.get(), &TickStore::failed);
    // Port 1: nothing listens, so the open fails and says so.
    store->open(QStringLiteral("postgresql://me:s3cret@127.0.0.1:1/ticks?password=other"));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("postgresql://me@127.0.0.1:1/ticks")), qPrintable(message));
    for (const char *secret : {"s3cret", "other", "hunter2"})
        QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
    qunsetenv("PGPASSWORD");
}

QTEST_GUILESS_MAIN(TstBackends)
#include "tst_backends.moc"
