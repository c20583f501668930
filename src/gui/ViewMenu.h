#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QTableView;
class QToolBar;
class QWidget;
QT_END_NAMESPACE

namespace tickerline {

class Settings;

// What View shows and hides, kept in Settings: the chart, the chart's tool
// bar, the watchlist's columns (Symbol and Last always stay) and the docks.
// A hidden chart draws nothing at all, so a watchlist-only window idles.
class ViewMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMenu)
public:
    struct Parts
    {
        QWidget *chart = nullptr;
        QToolBar *chartToolBar = nullptr;
        QTableView *watchlist = nullptr;   // its model's columns are QuoteTableModel's
        QList<QAction *> dockToggles;      // each dock's toggleViewAction()
    };
    // Adds its actions to `menu` and applies what Settings say.
    ViewMenu(QMenu *menu, Settings &settings, Parts parts, QObject *parent = nullptr);

    [[nodiscard]] QAction *chartAction() const { return m_chart; }
    [[nodiscard]] QAction *chartToolBarAction() const { return m_chartToolBar; }
    // The action that shows or hides a watchlist column; none for Symbol and Last.
    [[nodiscard]] QAction *columnAction(int column) const;

private:
    void applyColumns();

    Settings &m_settings;
    Parts m_parts;
    QAction *m_chart;
    QAction *m_chartToolBar;
    QList<std::pair<int, QAction *>> m_columns;
};

} // namespace tickerline
