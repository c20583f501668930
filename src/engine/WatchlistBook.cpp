#include "WatchlistBook.h"

#include "Settings.h"


namespace tickerline {

WatchlistBook::WatchlistBook(Settings &settings, QString defaultName, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_defaultName(std::move(defaultName))
{
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) { handleSettingChanged(int(key)); });
}

QList<Watchlist> WatchlistBook::lists() const
{
    QList<Watchlist> lists = Watchlists::fromJson(m_settings.value(Settings::Key::Watchlists).toString()).lists;
    const QString name = current();
    const Watchlist shown{name, m_settings.symbols(),
                          m_settings.value(Settings::Key::HiddenWatchlistColumns).toStringList()};
    // Symbols is the current list's truth, whatever the saved copy says.
    const qsizetype at = Watchlists{lists, {}}.indexOf(name);
    if (at < 0)
        lists.prepend(shown);
    else
        lists[at] = shown;
    return lists;
}

QString WatchlistBook::current() const
{
    const QString name = m_settings.value(Settings::Key::CurrentWatchlist).toString();
    return name.isEmpty() ? m_defaultName : name;
}

QString WatchlistBook::problem() const
{
    return Watchlists::fromJson(m_settings.value(Settings::Key::Watchlists).toString()).problem;
}

void WatchlistBook::write(const QList<Watchlist> &lists, const QString &current)
{
    m_writing = true;
    m_settings.setValue(Settings::Key::Watchlists, Watchlists::toJson(lists));
    m_settings.setValue(Settings::Key::CurrentWatchlist, current);
    for (const Watchlist &list : lists) {
        if (list.name == current) {
            m_settings.setSymbols(list.symbols);
            m_settings.setValue(Settings::Key::HiddenWatchlistColumns, list.hiddenColumns);
        }
    }
    m_writing = false;
    Q_EMIT changed();
}

void WatchlistBook::handleSettingChanged(int key)
{
    const auto changedKey = Settings::Key(key);
    if (m_writing)
        return;
    if (changedKey == Settings::Key::Symbols || changedKey == Settings::Key::HiddenWatchlistColumns) {
        // Edited in the Tickers page, Ctrl+K or View: the current list's copy follows.
        if (!m_settings.value(Settings::Key::Watchlists).toString().isEmpty())
            write(lists(), current());
        else
            Q_EMIT changed();
    }
}

QString WatchlistBook::switchTo(const QString &name)
{
    const QList<Watchlist> all = lists();
    if (Watchlists{all, {}}.indexOf(name) < 0)
        return tr("There is no watchlist called \"%1\".").arg(name);
    if (name != current())
        write(all, name);
    return {};
}

QString WatchlistBook::add(const QString &name, const QString &firstSymbol)
{
    QList<Watchlist> all = lists();
    if (const QString why = Watchlists::nameProblem(name, all); !why.isEmpty())
        return why;
    if (firstSymbol.isEmpty())
        return tr("A watchlist needs a first symbol.");
    all.append({name.trimmed(), {firstSymbol}, {}});
    write(all, name.trimmed());
    return {};
}

QString WatchlistBook::rename(const QString &from, const QString &to)
{
    QList<Watchlist> all = lists();
    const qsizetype at = Watchlists{all, {}}.indexOf(from);
    if (at < 0)
        return tr("There is no watchlist called \"%1\".").arg(from);
    QList<Watchlist> others = all;
    others.removeAt(at);
    if (const QString why = Watchlists::nameProblem(to, others); !why.isEmpty())
        return why;
    all[at].name = to.trimmed();
    write(all, current() == from ? to.trimmed() : current());
    return {};
}

QString WatchlistBook::remove(const QString &name)
{
    QList<Watchlist> all = lists();
    const qsizetype at = Watchlists{all, {}}.indexOf(name);
    if (at < 0)
        return tr("There is no watchlist called \"%1\".").arg(name);
    if (all.size() == 1)
        return tr("The last watchlist cannot be deleted.");
    all.removeAt(at);
    write(all, current() == name ? all.first().name : current());
    return {};
}

QString WatchlistBook::moveSymbol(const QString &symbol, const QString &toList, bool copy)
{
    QList<Watchlist> all = lists();
    const qsizetype to = Watchlists{all, {}}.indexOf(toList);
    if (to < 0)
        return tr("There is no watchlist called \"%1\".").arg(toList);
    if (all[to].symbols.contains(symbol))
        return tr("%1 is already on \"%2\".").arg(symbol, toList);
    all[to].symbols.append(symbol);
    const qsizetype from = Watchlists{all, {}}.indexOf(current());
    if (!copy && from >= 0 && from != to && all[from].symbols.size() > 1)
        all[from].symbols.removeAll(symbol);
    write(all, current());
    return {};
}

QString WatchlistBook::replaceAll(const QList<Watchlist> &lists, const QString &current)
{
    if (lists.isEmpty())
        return tr("A workspace needs at least one watchlist.");
    for (const Watchlist &list : lists) {
        if (list.symbols.isEmpty())
            return tr("The watchlist \"%1\" has no symbols.").arg(list.name);
    }
    write(lists, Watchlists{lists, {}}.indexOf(current) < 0 ? lists.first().name : current);
    return {};
}

} // namespace tickerline
