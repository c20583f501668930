#include "CsvTransferController.h"
#include "TestSupport.h"
#include "TickStore.h"

#include "Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

namespace {

// 2026-11-24T14:03:07.123Z
constexpr qint64 kT0 = 1'795'528'987'123;

QByteArray csvOf(int rows)
{
    QByteArray csv = "symbol,time,price,volume\n";
    for (int i = 0; i < rows; ++i)
        csv += (i % 2 ? "MSFT," : "AAPL,") + QByteArray::number(kT0 + i) + ',' + QByteArray::number(100 + i % 50) + ",1\n";
    return csv;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Every stored point of a symbol, read through a store of our own.
Series stored(const QString &database, const QString &symbol)
{
    TickStore store(SystemClock::instance());
    store.open(database);
    QSignalSpy ready(&store, &TickStore::historyReady);
    HistoryRequest request;
    request.symbols = {symbol};
    request.toMs = std::numeric_limits<qint64>::max();
    request.maxPoints = 0;
    store.requestHistory(request);
    return ready.size() == 1 ? ready.at(0).at(0).value<HistoryResult>().series.value(symbol) : Series{};
}

// The controller with a store of its own on this thread, as the engine's
// runs on the store thread: imports go through that store's writer.
struct Transfers
{
    explicit Transfers(const QString &database)
    {
        store.open(database);
    }
    // An import the store still runs ends while its controller is there to hear it.
    ~Transfers() { store.close(); }

    TickStore store{SystemClock::instance()};
    CsvTransferController controller{[this](CsvImportJob job, QObject *) { store.importCsv(job); }};
};

} // namespace

// The controller behind File → Import/Export CSV…, driven without its dialogs.
class TstCsvTransfer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importReportsProgressAndStoresTicks();
    void exportWritesTheFile();
    void cancelledImportWritesNothing();
    void cancelledExportLeavesNoFile();

private:
    test::TempFolder m_folder;
};

void TstCsvTransfer::importReportsProgressAndStoresTicks()
{
    const QString csv = m_folder.path(QStringLiteral("in.csv"));
    const QString db = m_folder.path(QStringLiteral("imported.sqlite"));
    QVERIFY(writeFile(csv, csvOf(20'000)));   // several read chunks

    Transfers transfers(db);
    CsvTransferController &controller = transfers.controller;
    QSignalSpy progress(&controller, &CsvTransferController::progressChanged);
    QSignalSpy finished(&controller, &CsvTransferController::importFinished);
    ImportRequest request;
    request.location = db;
    QVERIFY(controller.startImport(request, csv));
    QVERIFY(controller.isBusy());
    QVERIFY(!controller.startImport(request, csv));   // one transfer at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QVERIFY(!controller.isBusy());

    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.insertedTicks, 20'000ull);
    QCOMPARE(finished.at(0).at(1).toString(), csv);
    QVERIFY(progress.size() > 1);
    QCOMPARE(progress.constLast().at(0).toInt(), 100);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());
    QCOMPARE(stored(db, QStringLiteral("AAPL")).size(), 10'000);
    QCOMPARE(stored(db, QStringLiteral("MSFT")).constFirst(), (SeriesPoint{kT0 + 1, 101}));
}

void TstCsvTransfer::exportWritesTheFile()
{
    const QString db = m_folder.path(QStringLiteral("export.sqlite"));
    const QString in = m_folder.path(QStringLiteral("export-in.csv"));
    const QByteArray content = csvOf(5000);
    QVERIFY(writeFile(in, content));
    ImportRequest importRequest;
    importRequest.location = db;
    Transfers transfers(db);
    CsvTransferController &controller = transfers.controller;
    QSignalSpy imported(&controller, &CsvTransferController::importFinished);
    QVERIFY(controller.startImport(importRequest, in));
    QTRY_COMPARE(imported.size(), 1);

    const QString out = m_folder.path(QStringLiteral("out.csv"));
    QSignalSpy progress(&controller, &CsvTransferController::progressChanged);
    QSignalSpy exported(&controller, &CsvTransferController::exportFinished);
    ExportRequest request;
    request.location = db;
    QVERIFY(controller.startExport(request, out));
    QTRY_COMPARE(exported.size(), 1);
    const auto result = exported.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, 5000ull);
    QCOMPARE(progress.constLast().at(0).toInt(), 100);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 5001);
}

void TstCsvTransfer::cancelledImportWritesNothing()
{
    const QString csv = m_folder.path(QStringLiteral("big.csv"));
    const QString db = m_folder.path(QStringLiteral("cancelled.sqlite"));
    QVERIFY(writeFile(csv, csvOf(300'000)));
    Transfers transfers(db);
    CsvTransferController &controller = transfers.controller;
    QSignalSpy finished(&controller, &CsvTransferController::importFinished);
    ImportRequest request;
    request.location = db;
    QVERIFY(controller.startImport(request, csv));
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QVERIFY(stored(db, QStringLiteral("AAPL")).isEmpty());
}

void TstCsvTransfer::cancelledExportLeavesNoFile()
{
    const QString db = m_folder.path(QStringLiteral("big-export.sqlite"));
    const QString in = m_folder.path(QStringLiteral("big-export-in.csv"));
    QVERIFY(writeFile(in, csvOf(300'000)));
    Transfers transfers(db);
    CsvTransferController &controller = transfers.controller;
    QSignalSpy imported(&controller, &CsvTransferController::importFinished);
    ImportRequest importRequest;
    importRequest.location = db;
    QVERIFY(controller.startImport(importRequest, in));
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60'000);

    const QString out = m_folder.path(QStringLiteral("never.csv"));
    QSignalSpy exported(&controller, &CsvTransferController::exportFinished);
    ExportRequest request;
    request.location = db;
    QVERIFY(controller.startExport(request, out));
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30'000);
    QVERIFY(exported.at(0).at(0).value<ExportResult>().cancelled);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TstCsvTransfer)
#include "tst_csvtransfer.moc"
