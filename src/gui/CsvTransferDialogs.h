#pragma once

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QProgressDialog;
QT_END_NAMESPACE

namespace tickerline {

class CsvTransferController;
class Engine;
struct ExportResult;
struct ImportResult;

// File → Export CSV… and Import CSV…: the file dialog, for an import the
// choice between all-or-nothing and skipping bad rows, a progress dialog with
// Cancel while the controller works, and the outcome (bad rows with their line
// numbers). Every dialog is window-modal through open(): no nested event loop,
// so quotes and charts keep updating meanwhile. Works on the database the
// engine's store opened.
class CsvTransferDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvTransferDialogs)
public:
    CsvTransferDialogs(QMainWindow *window, Engine &engine);
    ~CsvTransferDialogs() override;

    void exportCsv();
    void importCsv();

Q_SIGNALS:
    // An import added ticks: views of stored history should reload.
    void ticksImported();

private:
    [[nodiscard]] bool checkReady();
    void askImportMode(const QString &csvPath);
    void showProgress(const QString &label);
    void handleExported(const tickerline::ExportResult &result, const QString &csvPath);
    void handleImported(const tickerline::ImportResult &result, const QString &csvPath);
    void inform(const QString &title, const QString &text, const QString &details, bool problem);

    QMainWindow *const m_window;
    CsvTransferController *const m_controller;
    const Engine &m_engine;   // its config holds the database password from the keychain
    QPointer<QProgressDialog> m_progress;
    QString m_database;   // empty until the store has opened
};

} // namespace tickerline
