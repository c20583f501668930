#include "WorkspaceController.h"

#include "ChartPanel.h"
#include "ChartPanes.h"
#include "PaneState.h"
#include "Settings.h"
#include "StandardFolders.h"
#include "WatchlistBook.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QSaveFile>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {
constexpr int MaxNameLength = 40;
}

WorkspaceController::WorkspaceController(Parts parts, QMenu *viewMenu, QString path, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_path(std::move(path))
{
    buildMenu(viewMenu);
}

void WorkspaceController::buildMenu(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    m_newPane = viewMenu->addAction(tr("New C&hart Pane"), this, [this] { m_parts.panes->addPane(); });
    m_newPane->setObjectName(u"newChartPaneAction"_s);
    m_newPane->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    // Closed panes come back from here.
    QMenu *panesMenu = viewMenu->addMenu(tr("Chart &Panes"));
    panesMenu->setObjectName(u"chartPanesMenu"_s);
    connect(panesMenu, &QMenu::aboutToShow, this, [this, panesMenu] {
        panesMenu->clear();
        const QList<QDockWidget *> docks = m_parts.panes->docks();
        for (qsizetype i = 0; i < docks.size(); ++i) {
            QPointer<QDockWidget> dock = docks.at(i);
            QAction *toggle = panesMenu->addAction(
                tr("&%1 %2").arg(i + 1).arg(dock->windowTitle().replace(u'&', u"&&"_s)));
            toggle->setCheckable(true);
            toggle->setChecked(dock->isVisible());
            connect(toggle, &QAction::toggled, dock, [dock](bool shown) {
                dock->setVisible(shown);
                if (shown)
                    dock->raise();
            });
        }
        if (docks.isEmpty())
            panesMenu->addAction(tr("&None yet: View → New Chart Pane"))->setEnabled(false);
    });
    m_linkCrosshair = viewMenu->addAction(tr("Lin&k Crosshair Across Charts"));
    m_linkCrosshair->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_linkCrosshair->setObjectName(u"linkCrosshairAction"_s);
    m_linkCrosshair->setCheckable(true);
    m_linkCrosshair->setChecked(m_parts.panes->isCrosshairLinked());
    connect(m_linkCrosshair, &QAction::toggled, m_parts.panes, &ChartPanes::setCrosshairLinked);
    m_linkRanges = viewMenu->addAction(tr("Link Chart Ran&ges"));
    m_linkRanges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_linkRanges->setObjectName(u"linkRangesAction"_s);
    m_linkRanges->setCheckable(true);
    m_linkRanges->setChecked(m_parts.panes->areRangesLinked());
    connect(m_linkRanges, &QAction::toggled, m_parts.panes, &ChartPanes::setRangesLinked);

    m_menu = viewMenu->addMenu(tr("&Workspaces"));
    m_menu->setObjectName(u"workspacesMenu"_s);
    m_group = new QActionGroup(this);
    connect(m_menu, &QMenu::aboutToShow, this, &WorkspaceController::refreshMenu);
    refreshMenu();
}

void WorkspaceController::refreshMenu()
{
    m_menu->clear();
    m_workspaceActions.clear();
    const QStringList all = names();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString name = all.at(i);
        QAction *action = m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(QString(name).replace(u'&', u"&&"_s)), this,
                                            [this, name] {
            if (const QString why = switchTo(name); !why.isEmpty())
                Q_EMIT problemOccurred(why);
        });
        action->setCheckable(true);
        action->setChecked(name == current() || (current().isEmpty() && i == 0));
        action->setActionGroup(m_group);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_workspaceActions.append(action);
    }
    m_menu->addSeparator();
    QAction *saveAction = m_menu->addAction(tr("&Save Workspace"), this, [this] {
        if (save())
            Q_EMIT messageShown(tr("Workspace \"%1\" saved.").arg(current()));
    });
    saveAction->setObjectName(u"saveWorkspaceAction"_s);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_menu->addAction(tr("Save Workspace &As…"), this, &WorkspaceController::askSaveAs)
        ->setObjectName(u"saveWorkspaceAsAction"_s);
    m_menu->addAction(tr("&Delete This Workspace"), this, [this] {
        if (const QString why = remove(current()); !why.isEmpty())
            Q_EMIT problemOccurred(why);
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Export Workspace…"), this, &WorkspaceController::askExport)
        ->setObjectName(u"exportWorkspaceAction"_s);
    m_menu->addAction(tr("&Import Workspace…"), this, &WorkspaceController::askImport)
        ->setObjectName(u"importWorkspaceAction"_s);
}

QStringList WorkspaceController::names() const
{
    QStringList out;
    for (const Workspace &w : m_set.workspaces)
        out.append(w.name);
    if (out.isEmpty())
        out.append(current().isEmpty() ? tr("Default") : current());
    return out;
}

Workspace WorkspaceController::capture() const
{
    Workspace w;
    w.name = m_set.current.isEmpty() ? tr("Default") : m_set.current;
    w.watchlists = m_parts.watchlists->lists();
    w.currentWatchlist = m_parts.watchlists->current();
    w.mainPane = PaneState::save(*m_parts.settings);
    w.dockedPanes = m_parts.panes->saveDocked();
    w.crosshairLinked = m_parts.panes->isCrosshairLinked();
    w.rangesLinked = m_parts.panes->areRangesLinked();
    w.windowState = m_parts.window->saveState();
    w.geometry = m_parts.window->saveGeometry();
    w.splitterState = m_parts.splitter->saveState();
    return w;
}

void WorkspaceController::apply(const Workspace &w, Scope scope)
{
    if (scope == Scope::Everything) {
        if (const QString why = m_parts.watchlists->replaceAll(w.watchlists, w.currentWatchlist); !why.isEmpty())
            Q_EMIT problemOccurred(why);
        PaneState::apply(w.mainPane, *m_parts.settings);
        m_parts.mainPane->setSettings(m_parts.settings);   // its choices, applied afresh
    }
    m_parts.panes->restoreDocked(w.dockedPanes);
    m_linkCrosshair->setChecked(w.crosshairLinked);
    m_linkRanges->setChecked(w.rangesLinked);
    if (!w.geometry.isEmpty())
        m_parts.window->restoreGeometry(w.geometry);
    if (!w.windowState.isEmpty())
        m_parts.window->restoreState(w.windowState);
    if (!w.splitterState.isEmpty())
        m_parts.splitter->restoreState(w.splitterState);
    m_set.current = w.name;
}

bool WorkspaceController::restore()
{
    QFile file(m_path);
    if (!file.exists())
        return false;
    QString problem;
    std::optional<WorkspaceSet> set;
    if (!file.open(QIODevice::ReadOnly))
        problem = file.errorString();
    else
        set = WorkspaceFile::read(file.readAll(), &problem);
    file.close();
    if (!set) {
        // Kept aside, not overwritten at the next save: the user may want it back.
        const QString aside = m_path + u".damaged"_s;
        QFile::remove(aside);
        const bool kept = QFile::rename(m_path, aside);
        Q_EMIT problemOccurred(kept ? tr("The saved workspaces could not be read (%1). The file was kept as %2.")
                                          .arg(problem, QDir::toNativeSeparators(aside))
                                    : tr("The saved workspaces could not be read (%1).").arg(problem));
        return false;
    }
    m_set = *set;
    const qsizetype at = m_set.indexOf(m_set.current);
    if (at < 0)
        return false;
    // The watchlists and the main chart's choices are the settings' already.
    apply(m_set.workspaces.at(at), Scope::Layout);
    return true;
}

bool WorkspaceController::writeFile()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(WorkspaceFile::write(m_set)) < 0 || !file.commit()) {
        Q_EMIT problemOccurred(tr("The workspaces could not be saved to %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    // Names and shortcuts as they are now, once the action that got here has returned.
    QMetaObject::invokeMethod(this, &WorkspaceController::refreshMenu, Qt::QueuedConnection);
    return true;
}

bool WorkspaceController::save()
{
    const Workspace now = capture();
    m_set.current = now.name;
    const qsizetype at = m_set.indexOf(now.name);
    if (at < 0)
        m_set.workspaces.append(now);
    else
        m_set.workspaces[at] = now;
    return writeFile();
}

bool WorkspaceController::saveAs(const QString &name)
{
    const QString trimmed = name.trimmed();
    QString why;
    if (trimmed.isEmpty())
        why = tr("A workspace needs a name.");
    else if (trimmed.size() > MaxNameLength)
        why = tr("A workspace name has at most %1 characters.").arg(MaxNameLength);
    else if (m_set.indexOf(trimmed) >= 0)
        why = tr("There is already a workspace called \"%1\".").arg(trimmed);
    if (!why.isEmpty()) {
        Q_EMIT problemOccurred(why);
        return false;
    }
    // The one left keeps what it had when it was last saved.
    m_set.current = trimmed;
    return save();
}

QString WorkspaceController::switchTo(const QString &name)
{
    const qsizetype at = m_set.indexOf(name);
    if (at < 0)
        return tr("There is no workspace called \"%1\".").arg(name);
    if (name == m_set.current)
        return {};
    save();
    apply(m_set.workspaces.at(m_set.indexOf(name)), Scope::Everything);
    writeFile();
    Q_EMIT messageShown(tr("Workspace \"%1\".").arg(name));
    return {};
}

QString WorkspaceController::remove(const QString &name)
{
    const qsizetype at = m_set.indexOf(name);
    if (at < 0 || m_set.workspaces.size() < 2)
        return tr("The only workspace cannot be deleted.");
    m_set.workspaces.removeAt(at);
    if (name == m_set.current) {
        m_set.current.clear();
        apply(m_set.workspaces.first(), Scope::Everything);
    }
    writeFile();
    return {};
}

QString WorkspaceController::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    QString problem;
    std::optional<Workspace> imported = WorkspaceFile::readOne(file.readAll(), &problem);
    if (!imported)
        return tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), problem);
    const QString base = imported->name;
    for (int n = 2; m_set.indexOf(imported->name) >= 0; ++n)
        imported->name = tr("%1 (%2)").arg(base).arg(n);
    save();
    m_set.workspaces.append(*imported);
    apply(*imported, Scope::Everything);
    writeFile();
    Q_EMIT messageShown(tr("Workspace \"%1\" imported.").arg(imported->name));
    return {};
}

QString WorkspaceController::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(WorkspaceFile::writeOne(capture())) < 0 || !file.commit())
        return tr("The workspace could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void WorkspaceController::askSaveAs()
{
    auto *dialog = new QInputDialog(m_parts.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Workspace As"));
    dialog->setLabelText(tr("Name of the new workspace:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (saveAs(name))
            Q_EMIT messageShown(tr("Workspace \"%1\" saved.").arg(current()));
    });
    dialog->open();
}

void WorkspaceController::askExport()
{
    auto *dialog = new QFileDialog(m_parts.window, tr("Export Workspace"),
                                   QDir(existingStandardFolder(QStandardPaths::DocumentsLocation)).filePath(current() + u".tickerline-workspace.json"_s),
                                   tr("Tickerline workspaces (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const QString why = exportTo(path); !why.isEmpty())
            Q_EMIT problemOccurred(why);
        else
            Q_EMIT messageShown(tr("Workspace exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void WorkspaceController::askImport()
{
    auto *dialog = new QFileDialog(m_parts.window, tr("Import Workspace"), existingStandardFolder(QStandardPaths::DocumentsLocation),
                                   tr("Tickerline workspaces (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const QString why = importFrom(path); !why.isEmpty())
            Q_EMIT problemOccurred(why);
    });
    dialog->open();
}

} // namespace tickerline
