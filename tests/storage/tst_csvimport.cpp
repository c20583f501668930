#include "CsvExport.h"
#include "CsvImport.h"
#include "StorageTestData.h"
#include "TickStore.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace tickerline;
using tickerline::test::makeTick;

namespace {

// 2026-11-24T14:03:07.123Z
constexpr qint64 kT0 = 1'795'528'987'123;

QByteArray exportAll(const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportRequest request;
    request.location = path;
    const ExportResult result = exportTicksCsv(request, buffer);
    return result.ok ? buffer.data() : QByteArray("export failed: ") + result.error.toUtf8();
}

ImportResult importBytes(const QString &path, const QByteArray &csv, ImportMode mode = ImportMode::AllOrNothing)
{
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ImportRequest request;
    request.location = path;
    request.mode = mode;
    return importTicksCsv(request, buffer);
}

qint64 tickCount(const QString &path)
{
    test::RawDb raw(path);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM ticks")).toLongLong();
}

QString describe(const ImportResult &result)
{
    QString text = result.error;
    for (const CsvRowProblem &p : result.problems)
        text += QStringLiteral("\n  line %1: %2").arg(p.line).arg(p.reason);
    return text;
}

} // namespace

class TstCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void exportImportExportIsByteIdentical();
    void secondImportAddsNothing();
    void importIntoItsSourceAddsNothing();
    void repeatAfterLaterTimesIsADuplicate();
    void acceptedSpellings_data();
    void acceptedSpellings();
    void badRowReportedWithLineNumber_data();
    void badRowReportedWithLineNumber();
    void allOrNothingWritesNothing();
    void goodRowsOnlySkipsBadRows();
    void headerIsRequired();
    void problemListIsCapped();
    void progressCountsBytesAndCancelRollsBack();
    void importBesideAnOpenStore();
    void importThroughTheStoresWriter();
    void storeClosingAbortsItsImport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    QString m_target;
};

void TstCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath(QStringLiteral("source.sqlite"));
    m_target = m_dir->filePath(QStringLiteral("target.sqlite"));
    auto store = test::openStore(m_source);
    QVERIFY(store);
    const QString p2 = QStringLiteral("other");
    store->writeTicks({
        makeTick(QStringLiteral("AAPL"), kT0, 190.25, 10, 1),
        // Two trades alike in all a CSV row shows, told apart by their sequence.
        makeTick(QStringLiteral("AAPL"), kT0 + 1, 190.5, 100, 2),
        makeTick(QStringLiteral("AAPL"), kT0 + 1, 190.5, 100, 3),
        makeTick(QStringLiteral("AAPL"), kT0 + 1, 190.49, 100, 4),
        // One trade seen by two providers.
        makeTick(QStringLiteral("MSFT"), kT0 + 1, 410.5, 3),
        makeTick(QStringLiteral("MSFT"), kT0 + 1, 410.5, 3, -1, p2),
        makeTick(QStringLiteral("MSFT"), kT0 + 1, 410.25, 0, -1, p2),
        makeTick(QStringLiteral("BTC-USD"), kT0 + 2001, 0.1 + 0.2, 1.0 / 3.0),
        makeTick(QStringLiteral("BTC-USD"), -1, 5e-324, 1.7976931348623157e308),
        makeTick(QStringLiteral("EUR/USD"), 253'402'300'799'999, 1.0842, 0),
    });
    QCOMPARE(test::flush(*store).committedTicks, 10ull);
}

void TstCsvImport::exportImportExportIsByteIdentical()
{
    const QByteArray first = exportAll(m_source);
    QCOMPARE(first.count('\n'), 11);
    const ImportResult result = importBytes(m_target, first);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.rows, 10ull);
    QCOMPARE(result.insertedTicks, 10ull);
    QCOMPARE(result.badRows, 0ull);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(exportAll(m_target), first);

    // The imported ticks are ordinary ticks for the store.
    auto store = test::openStore(m_target);
    QVERIFY(store);
    QCOMPARE(test::history(*store, QStringLiteral("AAPL")).size(), 4);
}

void TstCsvImport::secondImportAddsNothing()
{
    const QByteArray csv = exportAll(m_source);
    QVERIFY(importBytes(m_target, csv).ok);
    const ImportResult again = importBytes(m_target, csv);
    QVERIFY2(again.ok, qPrintable(describe(again)));
    QCOMPARE(again.insertedTicks, 0ull);
    QCOMPARE(again.duplicateTicks, 10ull);
    QCOMPARE(tickCount(m_target), 10);
    QCOMPARE(exportAll(m_target), csv);
}

void TstCsvImport::importIntoItsSourceAddsNothing()
{
    const QByteArray csv = exportAll(m_source);
    const ImportResult result = importBytes(m_source, csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.insertedTicks, 0ull);
    QCOMPARE(result.duplicateTicks, 10ull);
    QCOMPARE(exportAll(m_source), csv);

    // A third identical AAPL trade is new, the first two are known.
    QByteArray more = csv;
    more += "AAPL,2026-11-24T14:03:07.124Z,190.5,100\n";
    const ImportResult plusOne = importBytes(m_source, more);
    QCOMPARE(plusOne.insertedTicks, 0ull);   // a repeat after later times: not in the same run
    const QByteArray sameRun = "symbol,time,price,volume\n"
                               "AAPL,2026-11-24T14:03:07.124Z,190.5,100\n"
                               "AAPL,2026-11-24T14:03:07.124Z,190.5,100\n"
                               "AAPL,2026-11-24T14:03:07.124Z,190.5,100\n";
    const ImportResult three = importBytes(m_source, sameRun);
    QCOMPARE(three.insertedTicks, 1ull);
    QCOMPARE(three.duplicateTicks, 2ull);
}

void TstCsvImport::repeatAfterLaterTimesIsADuplicate()
{
    const QByteArray csv = "symbol,time,price,volume\n"
                           "AAA,1970-01-01T00:00:01Z,10,1\n"
                           "AAA,1970-01-01T00:00:02Z,11,1\n"
                           "AAA,1970-01-01T00:00:01Z,10,1\n";
    const ImportResult result = importBytes(m_target, csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.insertedTicks, 2ull);
    QCOMPARE(result.duplicateTicks, 1ull);
}

void TstCsvImport::acceptedSpellings_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");   // the export afterwards, without header

    const QString row = QStringLiteral("AAPL,2026-11-24T14:03:07.000Z,190.5,10\n");
    QTest::newRow("whole seconds") << QByteArray("symbol,time,price,volume\nAAPL,2026-11-24T14:03:07Z,190.5,10\n") << row;
    QTest::newRow("tenths") << QByteArray("symbol,time,price,volume\nAAPL,2026-11-24T14:03:07.1Z,190.5,10\n")
                            << QStringLiteral("AAPL,2026-11-24T14:03:07.100Z,190.5,10\n");
    QTest::newRow("+00:00") << QByteArray("symbol,time,price,volume\nAAPL,2026-11-24T14:03:07.000+00:00,190.5,10\n")
                            << row;
    QTest::newRow("epoch ms") << QByteArray("symbol,time,price,volume\nAAPL,1795528987000,190.5,10\n") << row;
    QTest::newRow("CRLF") << QByteArray("symbol,time,price,volume\r\nAAPL,2026-11-24T14:03:07Z,190.5,10\r\n") << row;
    QTest::newRow("no final line break") << QByteArray("symbol,time,price,volume\nAAPL,2026-11-24T14:03:07Z,190.5,10")
                                         << row;
    QTest::newRow("trailing empty lines")
        << QByteArray("symbol,time,price,volume\nAAPL,2026-11-24T14:03:07Z,190.5,10\n\n\r\n") << row;
    QTest::newRow("quoted fields") << QByteArray("\"symbol\",\"time\",price,volume\n\"AAPL\",\"2026-11-24T14:03:07Z\","
                                                 "\"190.5\",\"1e1\"\n")
                                   << row;
    QTest::newRow("byte order mark, header case")
        << QByteArray("\xEF\xBB\xBFSymbol,Time,Price,Volume\nAAPL,2026-11-24T14:03:07Z,190.5,10\n") << row;
    QTest::newRow("lower-case symbol") << QByteArray("symbol,time,price,volume\naapl,2026-11-24T14:03:07Z,190.5,10\n")
                                       << row;
    QTest::newRow("leap day") << QByteArray("symbol,time,price,volume\nX,2024-02-29T00:00:00Z,1,0\n")
                              << QStringLiteral("X,2024-02-29T00:00:00.000Z,1,0\n");
    QTest::newRow("before 1970") << QByteArray("symbol,time,price,volume\nX,1969-12-31T23:59:59.999Z,1,0\n")
                                 << QStringLiteral("X,1969-12-31T23:59:59.999Z,1,0\n");
}

void TstCsvImport::acceptedSpellings()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const ImportResult result = importBytes(m_target, csv);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.insertedTicks, 1ull);
    QCOMPARE(QString::fromUtf8(exportAll(m_target)), QStringLiteral("symbol,time,price,volume\n") + expected);
}

void TstCsvImport::badRowReportedWithLineNumber_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");

    const auto add = [](const char *name, const char *row, const char *reason) {
        QTest::newRow(name) << QByteArray(row) << QString::fromUtf8(reason);
    };
    add("too few fields", "AAPL,2026-11-24T14:03:07Z,190.5", "expected 4 fields (symbol,time,price,volume), found 3");
    add("too many fields", "AAPL,2026-11-24T14:03:07Z,190.5,1,x", "found 5");
    add("bad symbol", "AA PL,2026-11-24T14:03:07Z,190.5,1", "bad symbol \u201cAA PL\u201d: The symbol contains a space.");
    add("empty symbol", ",2026-11-24T14:03:07Z,190.5,1", "bad symbol");
    add("local time", "AAPL,2026-11-24T14:03:07,190.5,1", "bad time \u201c2026-11-24T14:03:07\u201d");
    add("other offset", "AAPL,2026-11-24T14:03:07+01:00,190.5,1", "bad time");
    add("no such day", "AAPL,2026-02-29T14:03:07Z,190.5,1", "bad time");
    add("microseconds", "AAPL,2026-11-24T14:03:07.123456Z,190.5,1", "bad time");
    add("words", "AAPL,yesterday,190.5,1", "bad time");
    add("epoch beyond 9999", "AAPL,253402300800000,190.5,1", "bad time");
    add("zero price", "AAPL,2026-11-24T14:03:07Z,0,1", "bad price \u201c0\u201d: expected a number greater than 0");
    add("negative price", "AAPL,2026-11-24T14:03:07Z,-1,1", "bad price");
    add("nan price", "AAPL,2026-11-24T14:03:07Z,nan,1", "bad price");
    add("inf price", "AAPL,2026-11-24T14:03:07Z,inf,1", "bad price");
    add("price with space", "AAPL,2026-11-24T14:03:07Z, 1,1", "bad price");
    add("negative volume", "AAPL,2026-11-24T14:03:07Z,1,-1", "bad volume \u201c-1\u201d: expected a number of 0 or more");
    add("empty volume", "AAPL,2026-11-24T14:03:07Z,1,", "bad volume");
    add("quote in field", "AA\"PL,2026-11-24T14:03:07Z,1,1", "quote inside an unquoted field");
    add("text after quote", "\"AAPL\"x,2026-11-24T14:03:07Z,1,1", "text after a closing quote");
    add("empty line", "", "empty line");
}

void TstCsvImport::badRowReportedWithLineNumber()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    // A quoted field spanning two lines first, so line numbers count physical lines.
    const QByteArray csv = "symbol,time,price,volume\n"
                           "\"MSFT\",1000,1,1\n"
                           "AAPL,1000,\"1\n\",1\n"        // bad (a line break in the price), lines 3-4
                           + row + "\n"                     // line 5
                           + "MSFT,2000,2,2\n";
    const ImportResult result = importBytes(m_target, csv, ImportMode::GoodRowsOnly);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.rows, 4ull);
    QCOMPARE(result.badRows, 2ull);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).line, 3);
    QCOMPARE(result.problems.at(1).line, 5);
    QVERIFY2(result.problems.at(1).reason.contains(reason), qPrintable(result.problems.at(1).reason));
    QCOMPARE(result.insertedTicks, 2ull);
}

void TstCsvImport::allOrNothingWritesNothing()
{
    const QByteArray csv = "symbol,time,price,volume\n"
                           "AAPL,1000,1,1\n"
                           "AAPL,2000,-1,1\n"
                           "AAPL,3000,1,1\n"
                           "AAPL,4000,1\n";
    const ImportResult result = importBytes(m_target, csv);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("2 of 4 rows are bad; nothing was imported"));
    QCOMPARE(result.insertedTicks, 0ull);
    QCOMPARE(result.badRows, 2ull);
    QCOMPARE(result.problems.at(0).line, 3);
    QCOMPARE(result.problems.at(1).line, 5);   // validation goes on after the first bad row
    QCOMPARE(tickCount(m_target), 0);
}

void TstCsvImport::goodRowsOnlySkipsBadRows()
{
    const QByteArray csv = "symbol,time,price,volume\n"
                           "AAPL,1000,1,1\n"
                           "AAPL,2000,-1,1\n"
                           "\n"
                           "AAPL,3000,1,1\n";
    const ImportResult result = importBytes(m_target, csv, ImportMode::GoodRowsOnly);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.insertedTicks, 2ull);
    QCOMPARE(result.badRows, 2ull);
    QCOMPARE(result.problems.at(1).line, 4);
    QCOMPARE(result.problems.at(1).reason, QStringLiteral("empty line"));
    QCOMPARE(tickCount(m_target), 2);
}

void TstCsvImport::headerIsRequired()
{
    const ImportResult result = importBytes(m_target, "AAPL,1000,1,1\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 1);
    QVERIFY(result.error.contains(QLatin1String("symbol,time,price,volume")));
    // A file that is no tick export leaves no database behind.
    QVERIFY(!QFileInfo::exists(m_target));
    QVERIFY(!importBytes(m_target, QByteArray()).ok);
}

void TstCsvImport::problemListIsCapped()
{
    QByteArray csv = "symbol,time,price,volume\n";
    for (int i = 0; i < 250; ++i)
        csv += "AAPL," + QByteArray::number(i) + ",0,1\n";
    const ImportResult result = importBytes(m_target, csv, ImportMode::GoodRowsOnly);
    QCOMPARE(result.badRows, 250ull);
    QCOMPARE(result.problems.size(), MaxReportedProblems);
    QCOMPARE(result.problems.constLast().line, MaxReportedProblems + 1);
}

void TstCsvImport::progressCountsBytesAndCancelRollsBack()
{
    // About 2.5 MB: several read chunks.
    QByteArray csv = "symbol,time,price,volume\n";
    for (int i = 0; i < 100'000; ++i)
        csv += "AAPL," + QByteArray::number(1'000'000 + i) + ",190.25,1\n";

    QList<qint64> seen;
    QByteArray data = csv;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ImportRequest request;
    request.location = m_target;
    request.progress = [&seen](qint64 bytes) { seen.append(bytes); };
    ImportResult result = importTicksCsv(request, buffer);
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QVERIFY(seen.size() > 10);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.constLast(), csv.size());
    QCOMPARE(tickCount(m_target), 100'000);

    // Cancelled half-way into another file: nothing of it stays.
    const QString other = m_dir->filePath(QStringLiteral("cancelled.sqlite"));
    std::stop_source stop;
    buffer.seek(0);
    request.location = other;
    request.stop = stop.get_token();
    request.progress = [&](qint64 bytes) {
        if (bytes > csv.size() / 2)
            stop.request_stop();
    };
    result = importTicksCsv(request, buffer);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.rows > 0);
    QCOMPARE(result.insertedTicks, 0ull);
    QCOMPARE(tickCount(other), 0);
}

void TstCsvImport::importBesideAnOpenStore()
{
    auto store = test::openStore(m_source);
    QVERIFY(store);
    const ImportResult result = importBytes(m_source, "symbol,time,price,volume\nNEW,1000,1,1\n");
    QVERIFY2(result.ok, qPrintable(describe(result)));
    QCOMPARE(result.insertedTicks, 1ull);
    QCOMPARE(test::history(*store, QStringLiteral("NEW")), (Series{{1000, 1}}));
    store->writeTicks({makeTick(QStringLiteral("NEW"), 2000, 2)});
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    QCOMPARE(test::history(*store, QStringLiteral("NEW")).size(), 2);
}

namespace {

QString writeCsv(const QString &path, qsizetype rows)
{
    QByteArray csv("symbol,time,price,volume\n");
    for (qsizetype i = 0; i < rows; ++i)
        csv += "IMP," + QByteArray::number(1000 + i) + ",1.5,1\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return path;
}

} // namespace

void TstCsvImport::importThroughTheStoresWriter()
{
    auto store = test::openStore(m_source);
    QVERIFY(store);
    const QString csv = writeCsv(m_dir->filePath(QStringLiteral("rows.csv")), 12'000);
    QVERIFY(!csv.isEmpty());
    std::optional<ImportResult> result;
    std::optional<ImportResult> refused;
    CsvImportJob job{.csvPath = csv, .request = {}, .finished = [&result](const ImportResult &r) { result = r; }};
    job.request.batchRows = 1000;   // several turns of the event loop
    store->importCsv(job);
    QVERIFY(!result);   // runs between the store's other work
    store->importCsv({.csvPath = csv, .request = {}, .finished = [&refused](const ImportResult &r) { refused = r; }});
    QVERIFY(refused);
    QVERIFY(!refused->ok);
    QVERIFY2(refused->error.contains(QLatin1String("Another import")), qPrintable(refused->error));
    // Ticks that arrive meanwhile are committed after the import's transaction.
    store->writeTicks({makeTick(QStringLiteral("LIVE"), 5000, 7)});
    QTRY_VERIFY(result);
    QVERIFY2(result->ok, qPrintable(describe(*result)));
    QCOMPARE(result->rows, 12'000ull);
    QCOMPARE(result->insertedTicks, 12'000ull);
    QCOMPARE(test::flush(*store).state, StoreState::Open);
    QCOMPARE(test::history(*store, QStringLiteral("IMP")).size(), 12'000);
    QCOMPARE(test::history(*store, QStringLiteral("LIVE")), (Series{{5000, 7}}));

    // A second time: every row is already stored.
    result.reset();
    store->importCsv(job);
    QTRY_VERIFY(result);
    QVERIFY2(result->ok, qPrintable(describe(*result)));
    QCOMPARE(result->insertedTicks, 0ull);
    QCOMPARE(result->duplicateTicks, 12'000ull);
}

void TstCsvImport::storeClosingAbortsItsImport()
{
    auto store = test::openStore(m_source);
    QVERIFY(store);
    const QString csv = writeCsv(m_dir->filePath(QStringLiteral("rows.csv")), 5000);
    QVERIFY(!csv.isEmpty());
    std::optional<ImportResult> result;
    CsvImportJob job{.csvPath = csv, .request = {}, .finished = [&result](const ImportResult &r) { result = r; }};
    job.request.batchRows = 100;
    store->importCsv(job);
    store->close();
    QVERIFY(result);
    QVERIFY(!result->ok);
    QCOMPARE(result->insertedTicks, 0ull);
    QCOMPARE(tickCount(m_source), 10);

    // Not open: the job is told so, nothing is written.
    result.reset();
    store->importCsv(job);
    QVERIFY(result);
    QVERIFY(!result->ok);
    QVERIFY2(result->error.contains(QLatin1String("not open")), qPrintable(result->error));
}

QTEST_GUILESS_MAIN(TstCsvImport)
#include "tst_csvimport.moc"
