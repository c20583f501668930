#include "WatchlistTabs.h"

#include "QuoteTableModel.h"
#include "WatchlistBook.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QSignalBlocker>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tickerline {

WatchlistTabs::WatchlistTabs(WatchlistBook &book, std::function<QString()> selected, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_selected(std::move(selected))
    , m_tabs(new QTabBar(this))
    , m_add(new QToolButton(this))
{
    setObjectName(u"watchlistTabs"_s);
    m_tabs->setObjectName(u"watchlistTabBar"_s);
    m_tabs->setAccessibleName(tr("Watchlists"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setMovable(false);
    m_tabs->setAcceptDrops(true);
    m_tabs->installEventFilter(this);
    m_add->setObjectName(u"newWatchlistButton"_s);
    m_add->setText(u"+"_s);
    m_add->setToolTip(tr("New watchlist"));
    m_add->setAccessibleName(tr("New watchlist"));
    m_add->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs);
    layout->addWidget(m_add);
    layout->addStretch(1);
    connect(m_add, &QToolButton::clicked, this, &WatchlistTabs::askForNewList);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            say(m_book.switchTo(m_tabs->tabData(index).toString()));
    });
    connect(&m_book, &WatchlistBook::changed, this, &WatchlistTabs::refresh);
    refresh();
}

void WatchlistTabs::refresh()
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    const QString current = m_book.current();
    for (const Watchlist &list : m_book.lists()) {
        const int index = m_tabs->addTab(list.name);
        m_tabs->setTabData(index, list.name);
        m_tabs->setTabToolTip(index, list.symbols.join(u", "));
        if (list.name == current)
            m_tabs->setCurrentIndex(index);
    }
}

void WatchlistTabs::say(const QString &problem)
{
    if (!problem.isEmpty())
        Q_EMIT problemOccurred(problem);
}

void WatchlistTabs::askForNewList()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Watchlist"));
    const QString first = m_selected();
    dialog->setLabelText(first.isEmpty() ? tr("Name of the new watchlist:")
                                         : tr("Name of the new watchlist (it starts with %1):").arg(first));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, first](const QString &name) {
        say(m_book.add(name, first));
    });
    dialog->open();
}

void WatchlistTabs::askToRename(const QString &name)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Watchlist"));
    dialog->setLabelText(tr("New name for \"%1\":").arg(name));
    dialog->setTextValue(name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name](const QString &to) {
        say(m_book.rename(name, to));
    });
    dialog->open();
}

void WatchlistTabs::dropSymbols(const QStringList &symbols, int index, bool copy)
{
    if (index < 0)
        return;
    const QString target = m_tabs->tabData(index).toString();
    for (const QString &symbol : symbols)
        say(m_book.moveSymbol(symbol, target, copy));
}

bool WatchlistTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tabs)
        return QWidget::eventFilter(watched, event);
    const auto symbolsIn = [](const QMimeData *data) {
        return QString::fromUtf8(data->data(QString::fromLatin1(QuoteTableModel::SymbolMimeType)))
            .split(u'\n', Qt::SkipEmptyParts);
    };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const int index = m_tabs->tabAt(drag->position().toPoint());
        const bool ok = drag->mimeData()->hasFormat(QString::fromLatin1(QuoteTableModel::SymbolMimeType))
            && index >= 0 && index != m_tabs->currentIndex();
        if (ok) {
            drag->setDropAction(drag->modifiers() & Qt::ControlModifier ? Qt::CopyAction : Qt::MoveAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        dropSymbols(symbolsIn(drop->mimeData()), m_tabs->tabAt(drop->position().toPoint()),
                    drop->modifiers() & Qt::ControlModifier);
        drop->acceptProposedAction();
        return true;
    }
    case QEvent::ContextMenu: {
        auto *context = static_cast<QContextMenuEvent *>(event);
        const int index = m_tabs->tabAt(context->pos());
        if (index < 0)
            return false;
        const QString name = m_tabs->tabData(index).toString();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("&Rename…"), this, [this, name] { askToRename(name); });
        menu->addAction(tr("&Delete"), this, [this, name] { say(m_book.remove(name)); });
        menu->addSeparator();
        menu->addAction(tr("&New Watchlist…"), this, &WatchlistTabs::askForNewList);
        menu->popup(context->globalPos());
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace tickerline
