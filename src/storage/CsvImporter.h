#pragma once

#include "CsvImport.h"
#include "CsvReader.h"
#include "StoreWriter.h"

#include <memory>

namespace tickerline {

// One CSV import (CsvImport.h has the rules) in steps: the header, then a
// transaction on a writer, a batch of rows per step(), and finish() commits
// or rolls back. importTicksCsv() runs the steps at once on a connection of
// its own; TickStore runs them between its other work through its own writer.
// Rolls back what it began if destroyed before finish().
class CsvImporter final
{
    Q_DISABLE_COPY_MOVE(CsvImporter)
public:
    // Both must outlive the importer.
    CsvImporter(const ImportRequest &request, QIODevice &in);
    ~CsvImporter();

    // False when the file is not a tick export (result() says why): then
    // nothing else is done, and no database is created.
    [[nodiscard]] bool readHeader();
    // Starts the import's transaction; the writer must outlive finish().
    [[nodiscard]] bool begin(StoreWriter &writer);
    // Reads and writes one batch; false when there is nothing more to do.
    [[nodiscard]] bool step();
    // Commits the good rows (or nothing, per the mode) and returns the outcome.
    [[nodiscard]] ImportResult finish();
    // Rolls back whatever was written and fails with this error.
    ImportResult abort(const QString &error);
    [[nodiscard]] const ImportResult &result() const { return m_result; }

private:
    bool checkHeader();
    // Empty on success, else why the row is bad.
    QString parseRow(const CsvRecord &record, ImportedTick &tick);
    void addProblem(qint64 line, const QString &reason);
    bool reportProgress();
    ImportResult fail(const QString &error);

    struct Parts;   // the parsing caches

    const ImportRequest &m_request;
    CsvReader m_reader;
    CsvRecord m_record;
    const std::unique_ptr<Parts> m_parts;
    ImportResult m_result;
    qint64 m_reportedBytes = -1;
    StoreWriter *m_writer = nullptr;   // between begin() and finish()
    ImportedTick m_tick;
    QList<ImportedTick> m_batch;
    QList<qint64> m_blankLines;
    WriteOutcome m_written;
    bool m_stopped = false;
    bool m_failed = false;
};

} // namespace tickerline
