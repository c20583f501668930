#include "CsvTransferDialogs.h"

#include "CsvTransferController.h"
#include "Engine.h"
#include "StandardFolders.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>
#include <limits>

namespace tickerline {

namespace {

// tr()'s plural count is an int; no file holds more rows than that.
int count(quint64 n)
{
    return int(std::min<quint64>(n, quint64(std::numeric_limits<int>::max())));
}

constexpr int MessageTimeoutMs = 10'000;
constexpr qsizetype ProblemsInText = 10;   // the rest go to the details

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString problemLine(const CsvRowProblem &problem)
{
    return CsvTransferDialogs::tr("line %1: %2").arg(problem.line).arg(problem.reason);
}

} // namespace

CsvTransferDialogs::CsvTransferDialogs(QMainWindow *window, Engine &engine)
    : QObject(window), m_window(window), m_controller(new CsvTransferController(
          [&engine](CsvImportJob job, QObject *context) { engine.importCsv(std::move(job), context); }, this)), m_engine(engine)
{
    m_controller->setObjectName(QStringLiteral("csvTransferController"));
    connect(&engine, &Engine::storeOpened, this, [this](const StoreStatus &status) { m_database = status.location; });
    connect(m_controller, &CsvTransferController::exportFinished, this, &CsvTransferDialogs::handleExported);
    connect(m_controller, &CsvTransferController::importFinished, this, &CsvTransferDialogs::handleImported);
}

CsvTransferDialogs::~CsvTransferDialogs() = default;

bool CsvTransferDialogs::checkReady()
{
    if (m_controller->isBusy()) {
        // One transfer at a time; the one running is in front already.
        if (m_progress)
            m_progress->raise();
        return false;
    }
    if (m_database.isEmpty()) {
        inform(tr("CSV"), tr("The database is not open, so there is nothing to export or import into."), {}, true);
        return false;
    }
    return true;
}

void CsvTransferDialogs::exportCsv()
{
    if (!checkReady())
        return;
    const QString start = existingStandardFolder(QStandardPaths::DocumentsLocation)
                          + QStringLiteral("/ticks.csv");
    auto *dialog = new QFileDialog(m_window, tr("Export Ticks as CSV"), start, tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(start);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &csvPath) {
        if (!checkReady())
            return;
        ExportRequest request;
        request.location = m_database;
        request.password = m_engine.config().databasePassword;
        m_controller->startExport(request, csvPath);
        showProgress(tr("Exporting ticks to %1\u2026").arg(fileName(csvPath)));
    });
    dialog->open();
}

void CsvTransferDialogs::importCsv()
{
    if (!checkReady())
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import Ticks from CSV"),
                                   existingStandardFolder(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CsvTransferDialogs::askImportMode);
    dialog->open();
}

void CsvTransferDialogs::askImportMode(const QString &csvPath)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import CSV"),
                                tr("Import the ticks in %1 into %2?\n\nEvery row is checked first. If some rows are "
                                   "bad, import nothing, or import the good rows and skip the bad ones?")
                                    .arg(fileName(csvPath), fileName(m_database)),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *allOrNothing = box->addButton(tr("All or Nothing"), QMessageBox::AcceptRole);
    QPushButton *skipBad = box->addButton(tr("Skip Bad Rows"), QMessageBox::AcceptRole);
    box->setDefaultButton(allOrNothing);
    connect(box, &QMessageBox::buttonClicked, this, [this, csvPath, allOrNothing, skipBad](QAbstractButton *button) {
        if ((button != allOrNothing && button != skipBad) || !checkReady())
            return;
        ImportRequest request;
        request.location = m_database;
        request.password = m_engine.config().databasePassword;
        request.mode = button == skipBad ? ImportMode::GoodRowsOnly : ImportMode::AllOrNothing;
        m_controller->startImport(request, csvPath);
        showProgress(tr("Importing ticks from %1\u2026").arg(fileName(csvPath)));
    });
    box->open();
}

void CsvTransferDialogs::showProgress(const QString &label)
{
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("CSV"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_controller, &CsvTransferController::cancel);
    connect(m_controller, &CsvTransferController::progressChanged, m_progress, &QProgressDialog::setValue);
    m_progress->open();
}

void CsvTransferDialogs::handleExported(const ExportResult &result, const QString &csvPath)
{
    if (m_progress) {
        // Closing a progress dialog reads as Cancel; the transfer is over.
        m_progress->disconnect(m_controller);
        m_progress->close();
    }
    if (result.cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."), MessageTimeoutMs);
    } else if (!result.ok) {
        inform(tr("Export CSV"), tr("The export to %1 failed: %2").arg(fileName(csvPath), result.error), {}, true);
    } else {
        m_window->statusBar()->showMessage(
            tr("Exported %Ln tick(s) to %1.", nullptr, count(result.rows)).arg(csvPath), MessageTimeoutMs);
    }
}

void CsvTransferDialogs::handleImported(const ImportResult &result, const QString &csvPath)
{
    if (m_progress) {
        m_progress->disconnect(m_controller);
        m_progress->close();
    }
    if (result.cancelled) {
        m_window->statusBar()->showMessage(tr("Import cancelled; nothing was imported."), MessageTimeoutMs);
        return;
    }
    QString text = result.ok ? tr("Imported %Ln new tick(s) from %1.", nullptr, count(result.insertedTicks))
                                       .arg(fileName(csvPath))
                                   + u' ' + tr("%Ln tick(s) were already stored.", nullptr, count(result.duplicateTicks))
                             : result.error;
    QStringList details;
    if (result.badRows > 0) {
        if (result.ok)
            text += u' ' + tr("%Ln bad row(s) were skipped.", nullptr, count(result.badRows));
        text += QStringLiteral("\n\n");
        for (const CsvRowProblem &problem : result.problems) {
            if (details.size() < ProblemsInText)
                text += problemLine(problem) + u'\n';
            details.append(problemLine(problem));
        }
        const quint64 unlisted = result.badRows - quint64(result.problems.size());
        if (unlisted > 0)
            details.append(tr("\u2026 and %Ln more bad row(s)", nullptr, count(unlisted)));
    }
    inform(tr("Import CSV"), text.trimmed(), details.size() > ProblemsInText ? details.join(u'\n') : QString(),
           !result.ok || result.badRows > 0);
    if (result.ok && result.insertedTicks > 0)
        Q_EMIT ticksImported();
}

void CsvTransferDialogs::inform(const QString &title, const QString &text, const QString &details, bool problem)
{
    auto *box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace tickerline
