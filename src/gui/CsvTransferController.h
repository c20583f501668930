#pragma once

#include "CsvExport.h"
#include "CsvImport.h"

#include <QObject>

#include <memory>

namespace tickerline {

// Runs one CSV export or import at a time on a worker thread with its own
// database connection, and reports progress and the outcome as signals on the
// thread that owns it, which it never blocks. The dialogs around it live in
// CsvTransferDialogs; tests drive this directly.
class CsvTransferController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvTransferController)
public:
    explicit CsvTransferController(QObject *parent = nullptr);
    // Cancels a running transfer and waits for it to stop (a chunk at most).
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

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
