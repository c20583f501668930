#pragma once

#include "CsvExport.h"
#include "CsvImport.h"

#include <QObject>

#include <functional>
#include <memory>

namespace tickerline {

// Runs one CSV export or import at a time and reports progress and the
// outcome as signals on the thread that owns it, which it never blocks. An
// export reads on a worker thread with a read-only connection of its own; an
// import goes to the store's thread and through its writer (ImportRunner,
// Engine::importCsv), the database's only one. The dialogs around it live in
// CsvTransferDialogs; tests drive this directly.
class CsvTransferController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvTransferController)
public:
    // Hands a job to the store's writer (TickStore::importCsv); its progress
    // and finished must run on context's thread, and not at all once context
    // is gone.
    using ImportRunner = std::function<void(tickerline::CsvImportJob job, QObject *context)>;

    explicit CsvTransferController(ImportRunner runImport, QObject *parent = nullptr);
    // Cancels a running transfer; waits for an export to stop (a chunk at
    // most), an import rolls back on the store's thread.
    ~CsvTransferController() override;

    // The request's progress and stop are the controller's. False when a
    // transfer is already running.
    bool startExport(const tickerline::ExportRequest &request, const QString &csvPath);
    bool startImport(const tickerline::ImportRequest &request, const QString &csvPath);
    // The transfer stops after its current chunk: an import writes nothing,
    // an export leaves no file.
    void cancel();
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void progressChanged(int percent);   // 0..100, once per whole percent
    void exportFinished(const tickerline::ExportResult &result, const QString &csvPath);
    void importFinished(const tickerline::ImportResult &result, const QString &csvPath);

private:
    void launch();
    void reportProgress(int percent);
    void handleImported(const tickerline::ImportResult &result);

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
