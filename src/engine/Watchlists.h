#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tickerline {

// One named watchlist: its symbols in order and the columns it hides.
struct Watchlist
{
    QString name;
    QStringList symbols;
    QStringList hiddenColumns;   // column keys, as Settings::Key::HiddenWatchlistColumns holds them

    friend bool operator==(const Watchlist &, const Watchlist &) = default;
};

// The named watchlists as Settings::Key::Watchlists keeps them (a JSON array
// of {"name", "symbols", "hiddenColumns"}), read back with every problem
// said: a damaged text gives no lists and the reason, a bad symbol is dropped
// and named.
struct Watchlists
{
    QList<Watchlist> lists;
    QString problem;   // empty: read as written

    [[nodiscard]] static Watchlists fromJson(const QString &text);
    [[nodiscard]] static QString toJson(const QList<Watchlist> &lists);
    // Why a user's name for a list cannot be used (empty: it can).
    [[nodiscard]] static QString nameProblem(const QString &name, const QList<Watchlist> &others);

    [[nodiscard]] qsizetype indexOf(const QString &name) const;
};

} // namespace tickerline
