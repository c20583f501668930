#pragma once

#include "Watchlists.h"

#include <QObject>

namespace tickerline {

class Settings;

// The named watchlists over Settings: Symbols and HiddenWatchlistColumns
// always hold the current list's, Watchlists every list (the current one
// kept up to date as those keys change), CurrentWatchlist its name. Before a
// second list is made there is one, named `defaultName`, and nothing is
// written. Every refusal comes back as a reason to show.
class WatchlistBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchlistBook)
public:
    WatchlistBook(Settings &settings, QString defaultName, QObject *parent = nullptr);

    [[nodiscard]] QList<tickerline::Watchlist> lists() const;
    [[nodiscard]] QString current() const;
    // Why the saved lists could not all be read (empty: they could).
    [[nodiscard]] QString problem() const;

    // Each returns why it did not happen; empty when it did.
    QString switchTo(const QString &name);
    // A watchlist cannot be empty: a new one starts with `firstSymbol`.
    QString add(const QString &name, const QString &firstSymbol);
    QString rename(const QString &from, const QString &to);
    QString remove(const QString &name);
    // Onto another list; moved unless `copy` (or it is the last symbol of its list).
    QString moveSymbol(const QString &symbol, const QString &toList, bool copy);
    // Every list at once (a workspace being applied), the current one by name.
    QString replaceAll(const QList<tickerline::Watchlist> &lists, const QString &current);

Q_SIGNALS:
    void changed();

private:
    void handleSettingChanged(int key);
    void write(const QList<tickerline::Watchlist> &lists, const QString &current);

    Settings &m_settings;
    QString m_defaultName;
    bool m_writing = false;
};

} // namespace tickerline
