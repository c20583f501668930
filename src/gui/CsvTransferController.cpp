#include "CsvTransferController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace tickerline {

struct CsvTransferController::Private
{
    explicit Private(ImportRunner runImport) : runImport(std::move(runImport)) {}

    const ImportRunner runImport;
    QString csvPath;
    // Written by the export's worker, read here only after its thread finished.
    ExportResult exportResult;

    std::unique_ptr<QThread> worker;   // an export
    bool importing = false;            // an import runs on the store's thread
    std::stop_source stop;
    std::atomic<int> percent{-1};
};

namespace {

ExportResult exportToFile(const ExportRequest &request, const QString &csvPath)
{
    // QSaveFile: the file appears complete or not at all, never half-written.
    QSaveFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly)) {
        ExportResult result;
        result.error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(csvPath), out.errorString());
        return result;
    }
    ExportResult result = exportTicksCsv(request, out);
    if (!result.ok) {
        out.cancelWriting();
    } else if (!out.commit()) {
        result.ok = false;
        result.error = QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(csvPath), out.errorString());
    }
    return result;
}

} // namespace

CsvTransferController::CsvTransferController(ImportRunner runImport, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(runImport)))
{
}

CsvTransferController::~CsvTransferController()
{
    d->stop.request_stop();
    if (d->worker)
        d->worker->wait();
}

bool CsvTransferController::isBusy() const
{
    return d->worker != nullptr || d->importing;
}

void CsvTransferController::cancel()
{
    d->stop.request_stop();
}

bool CsvTransferController::startExport(const ExportRequest &request, const QString &csvPath)
{
    if (isBusy())
        return false;
    d->csvPath = csvPath;
    d->stop = std::stop_source();
    d->percent = -1;
    ExportRequest job = request;
    job.stop = d->stop.get_token();
    job.progress = [this](double fraction) { reportProgress(int(fraction * 100)); };
    d->worker.reset(QThread::create([this, job, csvPath] { d->exportResult = exportToFile(job, csvPath); }));
    launch();
    return true;
}

bool CsvTransferController::startImport(const ImportRequest &request, const QString &csvPath)
{
    if (isBusy())
        return false;
    d->csvPath = csvPath;
    d->stop = std::stop_source();
    d->percent = -1;
    d->importing = true;
    CsvImportJob job{.csvPath = csvPath, .request = request, .finished = {}};
    job.request.stop = d->stop.get_token();
    const qint64 total = std::max<qint64>(1, QFileInfo(csvPath).size());
    job.request.progress = [this, total](qint64 bytes) { reportProgress(int(bytes * 100 / total)); };
    job.finished = [this](const ImportResult &result) { handleImported(result); };
    d->runImport(std::move(job), this);
    return true;
}

void CsvTransferController::handleImported(const ImportResult &result)
{
    d->importing = false;
    Q_EMIT importFinished(result, d->csvPath);
}

void CsvTransferController::launch()
{
    d->worker->setObjectName(QStringLiteral("tickerline-csv"));
    // Emitted on the worker, delivered here once its work is done.
    connect(d->worker.get(), &QThread::finished, this, [this] {
        d->worker.reset();   // waits out the last instructions of the finished thread
        Q_EMIT exportFinished(d->exportResult, d->csvPath);
    });
    d->worker->start();
}

void CsvTransferController::reportProgress(int percent)
{
    // Called on the export's worker, where only whole-percent steps cross to
    // this thread, or here for an import (before its outcome).
    percent = std::clamp(percent, 0, 100);
    if (d->percent.exchange(percent) == percent)
        return;
    if (QThread::currentThread() == thread())
        Q_EMIT progressChanged(percent);
    else
        QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressChanged(percent); }, Qt::QueuedConnection);
}

} // namespace tickerline
