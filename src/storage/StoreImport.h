#pragma once

#include "CsvImport.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace tickerline {

class CsvImporter;
class StoreWriter;

// A CsvImportJob that TickStore runs through its own writer: one transaction
// across the whole file, a batch per turn of the store's event loop, so that
// the store goes on queueing ticks and answering history meanwhile (their
// commit waits for the import's, which holds the write lock either way).
class StoreImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreImport)
public:
    StoreImport(CsvImportJob job, QObject *parent = nullptr);
    ~StoreImport() override;

    // Opens the file, reads the header and begins the transaction on writer
    // (nullptr: the store is not open). False when the import is over
    // already: the job was told why and ended() was emitted.
    bool start(StoreWriter *writer);
    // The store closes or lost its connection: roll back and tell the job.
    void abort(const QString &reason);

Q_SIGNALS:
    // The job's finished() ran; the store may let go of this import.
    void ended();

private:
    void step();
    void end(const ImportResult &result);

    CsvImportJob m_job;
    QFile m_file;
    std::unique_ptr<CsvImporter> m_importer;
    QTimer m_step;
    bool m_ended = false;
};

} // namespace tickerline
