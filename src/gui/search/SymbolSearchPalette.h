#pragma once

#include "SymbolMatch.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace tickerline {

class SymbolSearchBox;
class SymbolSearchService;

// The quick-add palette (Ctrl+K): a framed panel over the top of its
// window, not a window of its own, so it never blocks and never waits for a
// window manager. A search field, the matches, and a line for what the
// search or the last choice said. Escape, or focus leaving it, closes it.
class SymbolSearchPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymbolSearchPalette)
public:
    SymbolSearchPalette(SymbolSearchService &service, QWidget *window);

    // Shown over the window with the field focused and its text selected.
    void popUp();
    // Says why the choice was not taken ("AAPL is already in the watchlist.").
    void showRefusal(const QString &text);

    [[nodiscard]] QLineEdit *searchEdit() const { return m_edit; }
    [[nodiscard]] QListWidget *resultList() const { return m_list; }

Q_SIGNALS:
    void matchChosen(const tickerline::SymbolMatch &match);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void place();
    void handleFocusChanged(QWidget *old, QWidget *now);

    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_refusal = nullptr;
    SymbolSearchBox *m_box = nullptr;
};

} // namespace tickerline
