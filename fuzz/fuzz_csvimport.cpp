// CSV tick import: any file must give a consistent result and leave the
// database holding exactly what the result says; importing the same file
// again must add nothing (the exactly-once promise of CsvImport.h).

#include "FuzzSupport.h"

#include <CsvImport.h>

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tickerline;

namespace {

struct Imported
{
    ImportResult result;
    qint64 lastProgress = 0;
};

Imported runImport(const QString &location, ImportMode mode, const QByteArray &csv)
{
    Imported imported;
    ImportRequest request;
    request.location = location;
    request.mode = mode;
    request.progress = [&imported, &csv](qint64 bytesRead) {
        FUZZ_CHECK(bytesRead >= imported.lastProgress && bytesRead <= csv.size());
        imported.lastProgress = bytesRead;
    };
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    imported.result = importTicksCsv(request, buffer);
    return imported;
}

void checkResult(const ImportResult &result, ImportMode mode)
{
    FUZZ_CHECK(result.ok == result.error.isEmpty());
    FUZZ_CHECK(!result.cancelled);
    // A missing header is one bad "row" before any row was read.
    FUZZ_CHECK(result.badRows <= result.rows || (!result.ok && result.rows == 0 && result.badRows == 1));
    FUZZ_CHECK(result.problems.size() == qsizetype(std::min<quint64>(result.badRows, MaxReportedProblems)));
    for (qsizetype i = 0; i < result.problems.size(); ++i) {
        FUZZ_CHECK(result.problems.at(i).line >= 1 && !result.problems.at(i).reason.isEmpty());
        FUZZ_CHECK(i == 0 || result.problems.at(i - 1).line <= result.problems.at(i).line);   // file order
    }
    if (!result.ok) {
        FUZZ_CHECK(result.insertedTicks == 0);
        return;
    }
    FUZZ_CHECK(mode == ImportMode::GoodRowsOnly || result.badRows == 0);
    FUZZ_CHECK(result.insertedTicks + result.duplicateTicks == result.rows - result.badRows);
}

qint64 count(const QSqlDatabase &db, const char *sql)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(sql)) || !query.next())
        fuzz::fail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
    return query.value(0).toLongLong();
}

// What the database holds after an import that reported `inserted` new ticks.
// Read through Qt directly, not the store's own connection class, so that the
// check does not share the code it checks. Times span the years 0000-9999, as
// ISO-8601 with four-digit years can.
void checkDatabase(const QString &location, quint64 inserted)
{
    const QString name = QStringLiteral("fuzz-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        FUZZ_CHECK(db.open());
        FUZZ_CHECK(count(db, "SELECT count(*) FROM ticks") == qint64(inserted));
        FUZZ_CHECK(count(db, "SELECT count(*) FROM ticks WHERE NOT (price > 0 AND size >= 0"
                             " AND time_ms BETWEEN -62167219200000 AND 253402300799999)") == 0);
        FUZZ_CHECK(count(db, "SELECT count(*) FROM series WHERE symbol = '' OR provider <> 'csv'") == 0);
    }
    QSqlDatabase::removeDatabase(name);
}

void removeDatabase(const QString &location)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(location + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::silenceQtMessages();
    fuzz::ensureApplication(argc, argv);   // the SQL driver plugin loader wants one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One database file, emptied after every input so that each run starts
    // from nothing and a saved crash reproduces on its own. Set TMPDIR to a
    // tmpfs (scripts/fuzz uses /dev/shm) to keep the disk out of it.
    static const QTemporaryDir dir;
    static const QString location = dir.filePath(QStringLiteral("fuzz.sqlite"));
    if (!dir.isValid())
        fuzz::fail("no temporary directory", __FILE__, __LINE__);

    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImportMode mode = size % 2 == 0 ? ImportMode::AllOrNothing : ImportMode::GoodRowsOnly;

    const Imported first = runImport(location, mode, csv);
    checkResult(first.result, mode);
    if (first.result.ok) {
        checkDatabase(location, first.result.insertedTicks);
        const Imported again = runImport(location, mode, csv);
        checkResult(again.result, mode);
        FUZZ_CHECK(again.result.ok);
        FUZZ_CHECK(again.result.insertedTicks == 0);
        FUZZ_CHECK(again.result.duplicateTicks == first.result.insertedTicks + first.result.duplicateTicks);
        checkDatabase(location, first.result.insertedTicks);
    }
    removeDatabase(location);
    return 0;
}
