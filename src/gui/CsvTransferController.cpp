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
    // Written by the worker, read here only after its thread finished.
    enum class Kind { Export, Import };
    Kind kind = Kind::Export;
    QString csvPath;
    ExportResult exportResult;
    ImportResult importResult;

    std::unique_ptr<QThread> worker;
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

ImportResult importFromFile(const ImportRequest &request, const QString &csvPath)
{
    QFile in(csvPath);
    if (!in.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(csvPath), in.errorString());
        return result;
    }
    return importTicksCsv(request, in);
}

} // namespace

CsvTransferController::CsvTransferController(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
}

CsvTransferController::~CsvTransferController()
{
    if (d->worker) {
        d->stop.request_stop();
        d->worker->wait();
    }
}

bool CsvTransferController::isBusy() const
{
    return d->worker != nullptr;
}

void CsvTransferController::cancel()
{
    d->stop.request_stop();
}

bool CsvTransferController::startExport(const ExportRequest &request, const QString &csvPath)
{
    if (isBusy())
        return false;
    d->kind = Private::Kind::Export;
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
    d->kind = Private::Kind::Import;
    d->csvPath = csvPath;
    d->stop = std::stop_source();
    d->percent = -1;
    ImportRequest job = request;
    job.stop = d->stop.get_token();
    const qint64 total = std::max<qint64>(1, QFileInfo(csvPath).size());
    job.progress = [this, total](qint64 bytes) { reportProgress(int(bytes * 100 / total)); };
    d->worker.reset(QThread::create([this, job, csvPath] { d->importResult = importFromFile(job, csvPath); }));
    launch();
    return true;
}

void CsvTransferController::launch()
{
    d->worker->setObjectName(QStringLiteral("tickerline-csv"));
    // Emitted on the worker, delivered here once its work is done.
    connect(d->worker.get(), &QThread::finished, this, [this] {
        d->worker.reset();   // waits out the last instructions of the finished thread
        if (d->kind == Private::Kind::Export)
            Q_EMIT exportFinished(d->exportResult, d->csvPath);
        else
            Q_EMIT importFinished(d->importResult, d->csvPath);
    });
    d->worker->start();
}

void CsvTransferController::reportProgress(int percent)
{
    // Called on the worker: only whole-percent steps cross to this thread.
    percent = std::clamp(percent, 0, 100);
    if (d->percent.exchange(percent) != percent)
        QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progressChanged(percent); }, Qt::QueuedConnection);
}

} // namespace tickerline
