#include "CsvExport.h"
#include "StorageTestData.h"
#include "TickStore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tickerline;
using tickerline::test::makeTick;

namespace {

// 2026-11-24T14:03:07.123Z
constexpr qint64 kT0 = 1'795'528'987'123;

ExportRequest exportOf(const QString &path, const QStringList &symbols, qint64 fromMs, qint64 toMs)
{
    ExportRequest request;
    request.location = path;
    request.symbols = symbols;
    request.fromMs = fromMs;
    request.toMs = toMs;
    return request;
}

QByteArray exportToBytes(const ExportRequest &request, ExportResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult r = exportTicksCsv(request, buffer);
    if (result)
        *result = r;
    return buffer.data();
}

} // namespace

class TstCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void allRowsInTimeThenSymbolOrder();
    void numbersRoundTrip();
    void filters_data();
    void filters();
    void quotesSymbolsThatNeedIt();
    void timesAcrossDays();
    void runsOnAPlainThreadWhileTheStoreIsOpen();
    void progressByTimeAndStop();
    void missingFileIsNotCreated();
    void refusesFilesItCannotRead();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TickStore> m_store;
    TickBatch m_roundTrip;
};

void TstCsvExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ticks.sqlite"));
    m_store = test::openStore(m_path);
    QVERIFY(m_store);
    m_store->writeTicks({makeTick(QStringLiteral("MSFT"), kT0 + 1000, 410.5, 3),
                         makeTick(QStringLiteral("AAPL"), kT0, 190.25, 10),
                         makeTick(QStringLiteral("AAPL"), kT0 + 1000, 190.5, 0.5, 12),
                         makeTick(QStringLiteral("BTC-USD"), kT0 + 2001, 97'000.01, 0.00012345)});
    QCOMPARE(test::flush(*m_store).committedTicks, 4ull);
    // The store stays open: exports read beside a live writer.
}

void TstCsvExport::allRowsInTimeThenSymbolOrder()
{
    ExportResult result;
    const QByteArray csv = exportToBytes(exportOf(m_path, {}, 0, 0), &result);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 4ull);
    QCOMPARE(csv,
             QByteArray("symbol,time,price,volume\n"
                        "AAPL,2026-11-24T14:03:07.123Z,190.25,10\n"
                        "AAPL,2026-11-24T14:03:08.123Z,190.5,0.5\n"
                        "MSFT,2026-11-24T14:03:08.123Z,410.5,3\n"
                        "BTC-USD,2026-11-24T14:03:09.124Z,97000.01,0.00012345\n"));
}

void TstCsvExport::numbersRoundTrip()
{
    const double awkward[] = {0.1 + 0.2, 1.0 / 3.0, 1e-9, 123456789.12345678, 5e-324, 1.7976931348623157e308};
    TickBatch batch;
    for (const double v : awkward)
        batch.append(makeTick(QStringLiteral("RT"), kT0 + batch.size(), v, v));
    m_store->writeTicks(batch);
    test::flush(*m_store);

    ExportResult result;
    const QByteArray csv = exportToBytes(exportOf(m_path, {QStringLiteral("RT")}, 0, 0), &result);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), int(std::size(awkward)) + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).split(',');
        QCOMPARE(fields.size(), 4);
        bool ok = false;
        QCOMPARE(fields.at(2).toDouble(&ok), awkward[i - 1]);
        QVERIFY(ok);
        QCOMPARE(fields.at(3).toDouble(&ok), awkward[i - 1]);
        // Shortest form: no digits beyond what the value needs.
        QCOMPARE(fields.at(2), QByteArray::number(awkward[i - 1], 'g', QLocale::FloatingPointShortest));
    }
    QCOMPARE(lines.at(1).split(',').at(2), QByteArray("0.30000000000000004"));
}

void TstCsvExport::filters_data()
{
    QTest::addColumn<QStringList>("symbols");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<QStringList>("expectedRows");   // symbol@offset from kT0

    QTest::newRow("one symbol") << QStringList{QStringLiteral("AAPL")} << qint64(0) << qint64(0)
                                << QStringList{QStringLiteral("AAPL@0"), QStringLiteral("AAPL@1000")};
    QTest::newRow("two symbols, one unknown")
        << QStringList{QStringLiteral("MSFT"), QStringLiteral("BTC-USD"), QStringLiteral("NOPE")} << qint64(0)
        << qint64(0) << QStringList{QStringLiteral("MSFT@1000"), QStringLiteral("BTC-USD@2001")};
    QTest::newRow("from only, inclusive")
        << QStringList{} << kT0 + 1000 << qint64(0)
        << QStringList{QStringLiteral("AAPL@1000"), QStringLiteral("MSFT@1000"), QStringLiteral("BTC-USD@2001")};
    QTest::newRow("to only, inclusive") << QStringList{} << qint64(0) << kT0 << QStringList{QStringLiteral("AAPL@0")};
    QTest::newRow("range and symbol") << QStringList{QStringLiteral("AAPL"), QStringLiteral("MSFT")} << kT0 + 1
                                      << kT0 + 2001
                                      << QStringList{QStringLiteral("AAPL@1000"), QStringLiteral("MSFT@1000")};
    QTest::newRow("empty range") << QStringList{} << kT0 + 1 << kT0 + 999 << QStringList{};
}

void TstCsvExport::filters()
{
    QFETCH(QStringList, symbols);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(QStringList, expectedRows);

    ExportResult result;
    const QByteArray csv = exportToBytes(exportOf(m_path, symbols, fromMs, toMs), &result);
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList rows;
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.constFirst(), QByteArray("symbol,time,price,volume"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QList<QByteArray> fields = lines.at(i).split(',');
        if (fields.at(0) == "RT")
            continue;   // written by numbersRoundTrip
        const qint64 ms = QDateTime::fromString(QString::fromLatin1(fields.at(1)), Qt::ISODateWithMs).toMSecsSinceEpoch();
        rows << QString::fromLatin1(fields.at(0)) + QLatin1Char('@') + QString::number(ms - kT0);
    }
    QCOMPARE(rows, expectedRows);
}

void TstCsvExport::quotesSymbolsThatNeedIt()
{
    m_store->writeTicks({makeTick(QStringLiteral("ODD,\"SYM\""), 1000, 1)});
    test::flush(*m_store);
    const QByteArray csv = exportToBytes(exportOf(m_path, {QStringLiteral("ODD,\"SYM\"")}, 0, 0));
    QCOMPARE(csv, QByteArray("symbol,time,price,volume\n\"ODD,\"\"SYM\"\"\",1970-01-01T00:00:01.000Z,1,1\n"));
}

void TstCsvExport::timesAcrossDays()
{
    const QString symbol = QStringLiteral("DAYS");
    const qint64 times[] = {-1, 0, kT0 - 50'587'124, kT0 - 50'587'123, 253'402'300'799'999};
    TickBatch batch;
    for (const qint64 t : times)
        batch.append(makeTick(symbol, t, 1));
    m_store->writeTicks(batch);
    test::flush(*m_store);
    const QByteArray csv = exportToBytes(exportOf(m_path, {symbol}, -1, 0));
    QCOMPARE(csv, QByteArray("symbol,time,price,volume\n"
                             "DAYS,1969-12-31T23:59:59.999Z,1,1\n"
                             "DAYS,1970-01-01T00:00:00.000Z,1,1\n"
                             "DAYS,2026-11-23T23:59:59.999Z,1,1\n"
                             "DAYS,2026-11-24T00:00:00.000Z,1,1\n"
                             "DAYS,9999-12-31T23:59:59.999Z,1,1\n"));
}

void TstCsvExport::runsOnAPlainThreadWhileTheStoreIsOpen()
{
    ExportResult result;
    QByteArray csv;
    const ExportRequest request = exportOf(m_path, {QStringLiteral("AAPL")}, 0, 0);
    std::unique_ptr<QThread> worker(QThread::create([&] { csv = exportToBytes(request, &result); }));
    worker->start();
    QVERIFY(worker->wait(30'000));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 2ull);
    QCOMPARE(csv.count('\n'), 3);
}

void TstCsvExport::progressByTimeAndStop()
{
    TickBatch many;
    for (int i = 0; i < 20'000; ++i)
        many.append(makeTick(QStringLiteral("MANY"), kT0 + i * 1000, 10 + i % 100 * 0.01, i));
    m_store->writeTicks(many);
    test::flush(*m_store);

    QList<double> seen;
    ExportRequest request = exportOf(m_path, {QStringLiteral("MANY")}, 0, 0);
    request.progress = [&seen](double fraction) { seen.append(fraction); };
    ExportResult result;
    exportToBytes(request, &result);
    QVERIFY(result.ok);
    QVERIFY(seen.size() > 5);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.constFirst() > 0 && seen.constFirst() < 0.5);
    QCOMPARE(seen.constLast(), 1.0);

    std::stop_source stop;
    request.stop = stop.get_token();
    request.progress = [&stop](double) { stop.request_stop(); };
    const QByteArray partial = exportToBytes(request, &result);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.rows > 0 && result.rows < 20'000);
    QVERIFY(partial.size() > 0);
}

void TstCsvExport::missingFileIsNotCreated()
{
    const QString missing = m_dir.filePath(QStringLiteral("nope/missing.sqlite"));
    ExportResult result;
    const QByteArray csv = exportToBytes(exportOf(missing, {}, 0, 0), &result);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("no such database")), qPrintable(result.error));
    QVERIFY2(result.error.contains(missing), qPrintable(result.error));
    QVERIFY(csv.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope"))));
}

void TstCsvExport::refusesFilesItCannotRead()
{
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        test::RawDb raw(foreign);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text)")));
    }
    ExportResult result;
    exportToBytes(exportOf(foreign, {}, 0, 0), &result);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("not a Tickerline database")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TstCsvExport)
#include "tst_csvexport.moc"
