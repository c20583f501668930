#pragma once

#include "Watchlists.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tickerline {

// One named layout: the watchlists, every chart pane's choices, the window's
// docks and geometry, and whether the panes' crosshair and ranges are linked.
struct Workspace
{
    QString name;
    QList<Watchlist> watchlists;
    QString currentWatchlist;
    QJsonObject mainPane;        // PaneState of the main chart
    QJsonArray dockedPanes;      // ChartPanes::saveDocked()
    bool crosshairLinked = true;
    bool rangesLinked = false;
    QByteArray windowState;      // QMainWindow::saveState()
    QByteArray geometry;         // QWidget::saveGeometry()
    QByteArray splitterState;    // watchlist above the main chart
};

struct WorkspaceSet
{
    QList<Workspace> workspaces;
    QString current;

    [[nodiscard]] qsizetype indexOf(const QString &name) const;
};

// The files workspaces live in, versioned: the app's own (every workspace,
// workspaces.json in the app data folder) and an exported one (a single
// workspace). Reading checks everything before anything is used: a damaged
// file, one of another kind or one from a newer Tickerline is refused whole,
// with the reason.
namespace WorkspaceFile {

constexpr int Version = 1;

[[nodiscard]] QString defaultPath();
[[nodiscard]] QByteArray write(const WorkspaceSet &set);
[[nodiscard]] std::optional<WorkspaceSet> read(const QByteArray &bytes, QString *problem);
[[nodiscard]] QByteArray writeOne(const Workspace &workspace);
[[nodiscard]] std::optional<Workspace> readOne(const QByteArray &bytes, QString *problem);

} // namespace WorkspaceFile

} // namespace tickerline
