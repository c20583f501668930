#pragma once

#include "SymbolMatch.h"

#include <QHash>
#include <QString>

#include <optional>

namespace tickerline {

// What each provider last answered to each query, in a JSON file, so that a
// search still finds something while offline. Bounded (MaxEntries, oldest
// dropped first; entries older than MaxAgeMs forgotten) and written whole
// through QSaveFile, so a crash never leaves half a file. A missing or
// unreadable file is an empty cache. Lives on the search thread.
class SymbolSearchCache final
{
    Q_DISABLE_COPY_MOVE(SymbolSearchCache)
public:
    static constexpr qsizetype MaxEntries = 300;
    static constexpr qsizetype MaxMatchesPerEntry = 50;
    static constexpr qint64 MaxAgeMs = 30LL * 24 * 3600 * 1000;

    // file empty: kept in memory only.
    explicit SymbolSearchCache(QString file);

    // <AppDataLocation>/symbol-search-cache.json
    [[nodiscard]] static QString defaultFile();

    void store(const QString &provider, const QString &query, const SymbolMatchList &matches, qint64 nowMs);

    struct Hit
    {
        SymbolMatchList matches;   // marked cached
        qint64 savedMs = 0;
    };
    [[nodiscard]] std::optional<Hit> find(const QString &provider, const QString &query, qint64 nowMs) const;

private:
    struct Entry
    {
        SymbolMatchList matches;
        qint64 savedMs = 0;
    };
    [[nodiscard]] static QString key(const QString &provider, const QString &query);
    void load();
    void save() const;

    QString m_file;
    QHash<QString, Entry> m_entries;
};

} // namespace tickerline
