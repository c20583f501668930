#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabBar;
class QToolButton;
QT_END_NAMESPACE

namespace tickerline {

class WatchlistBook;

// The watchlists as tabs above the watchlist table [watchlistTabs]: a click
// switches the current list, a symbol dragged from the table onto a tab
// moves there (copied with Ctrl), the + button [newWatchlistButton] makes a
// list, a tab's context menu renames or deletes it. Every refusal is said
// through problemOccurred().
class WatchlistTabs final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistTabs)
public:
    // `selected` answers the symbol a new list starts with.
    WatchlistTabs(WatchlistBook &book, std::function<QString()> selected, QWidget *parent = nullptr);

    [[nodiscard]] QTabBar *tabBar() const { return m_tabs; }
    // Asks for a name, then makes the list (a dialog opened without blocking).
    void askForNewList();
    void askToRename(const QString &name);
    // What a drop on the tab at `index` does.
    void dropSymbols(const QStringList &symbols, int index, bool copy);

Q_SIGNALS:
    void problemOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void say(const QString &problem);

    WatchlistBook &m_book;
    std::function<QString()> m_selected;
    QTabBar *m_tabs;
    QToolButton *m_add;
};

} // namespace tickerline
