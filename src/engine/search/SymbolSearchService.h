#pragma once

#include "SymbolSearchTypes.h"

#include <QObject>

#include <memory>

namespace tickerline {

class SymbolSearchWorker;
class ThreadHolder;

// Symbol search across the simulated market and the providers the user can
// use, off the GUI thread: search() returns at once with the search's id and
// resultsArrived() answers it, again as each provider answers (a provider's
// own search, or its instrument list filtered, fetched once per run). The
// same instrument from several providers is one match listing them all;
// exact symbols rank first, then symbol prefixes, then name words. Answers
// are cached on disk; a provider that cannot be reached answers from the
// cache, its matches marked cached. Only the latest search is answered.
class SymbolSearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymbolSearchService)
public:
    explicit SymbolSearchService(const SymbolSearchOptions &options, QObject *parent = nullptr);
    ~SymbolSearchService() override;

    quint64 search(const QString &query);
    // Later searches ask these (e.g. once a provider's key has been read).
    void setSources(const QList<tickerline::SymbolSearchSource> &sources);
    [[nodiscard]] quint64 latestId() const { return m_latest; }

Q_SIGNALS:
    void resultsArrived(const tickerline::SymbolSearchResult &result);

private:
    void handleAnswered(const tickerline::SymbolSearchResult &result);

    const std::unique_ptr<ThreadHolder> m_thread;
    SymbolSearchWorker *m_worker = nullptr;   // owned by m_thread
    quint64 m_latest = 0;
};

} // namespace tickerline
