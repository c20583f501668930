#pragma once

#include "Workspace.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QSplitter;
QT_END_NAMESPACE

namespace tickerline {

class ChartPanel;
class ChartPanes;
class Settings;
class WatchlistBook;

// Named workspaces (WorkspaceFile) for one window: View → Workspaces
// [workspacesMenu] switches them (Ctrl+Alt+1 … 9), saves the current one or
// saves it under a new name, deletes one, exports one to a file and imports
// one; View → New Chart Pane (Ctrl+Shift+N) and the crosshair / range links
// are here too. The current workspace is saved when the window closes and
// restored when it opens. A file that cannot be read is refused with its
// reason and the layout on screen stays as it is.
class WorkspaceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr;   // watchlist above the main chart
        ChartPanes *panes = nullptr;
        ChartPanel *mainPane = nullptr;
        WatchlistBook *watchlists = nullptr;
        Settings *settings = nullptr;
    };
    WorkspaceController(Parts parts, QMenu *viewMenu, QString path = WorkspaceFile::defaultPath(),
                        QObject *parent = nullptr);

    // At start: reads the file and brings back its current workspace's
    // panes, links and window layout (its watchlists and main chart are the
    // settings' already); false (and the reason through problemOccurred,
    // the damaged file kept aside) when there is none or it is refused.
    bool restore();
    // The window as it is now into the current workspace, and the file written.
    bool save();
    bool saveAs(const QString &name);
    // Each returns why it did not happen; empty when it did.
    QString switchTo(const QString &name);
    QString importFrom(const QString &file);
    QString exportTo(const QString &file) const;
    QString remove(const QString &name);

    [[nodiscard]] Workspace capture() const;
    [[nodiscard]] QString current() const { return m_set.current; }
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] QAction *newPaneAction() const { return m_newPane; }
    [[nodiscard]] QAction *linkCrosshairAction() const { return m_linkCrosshair; }
    [[nodiscard]] QAction *linkRangesAction() const { return m_linkRanges; }

Q_SIGNALS:
    void problemOccurred(const QString &message);
    void messageShown(const QString &message);

private:
    void buildMenu(QMenu *viewMenu);
    void refreshMenu();
    enum class Scope { Layout, Everything };
    void apply(const Workspace &workspace, Scope scope);
    [[nodiscard]] bool writeFile();
    void askSaveAs();
    void askImport();
    void askExport();

    Parts m_parts;
    QString m_path;
    WorkspaceSet m_set;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    QList<QAction *> m_workspaceActions;
    QAction *m_newPane = nullptr;
    QAction *m_linkCrosshair = nullptr;
    QAction *m_linkRanges = nullptr;
};

} // namespace tickerline
