#pragma once

#include "SymbolSearchCache.h"
#include "SymbolSearchTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace tickerline {

// The search thread's half of SymbolSearchService: asks every source over
// its own QNetworkAccessManager, merges as answers come, keeps the cache.
// Search providers (Yahoo, Finnhub, Twelve Data) are asked each query; list
// providers (Coinbase, Binance, Kraken) are fetched once and filtered here.
// A new search aborts what the previous one still waits for.
class SymbolSearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymbolSearchWorker)
public:
    explicit SymbolSearchWorker(SymbolSearchOptions options, QObject *parent = nullptr);
    ~SymbolSearchWorker() override;

    void search(quint64 id, const QString &query);
    void setSources(const QList<tickerline::SymbolSearchSource> &sources);

Q_SIGNALS:
    void answered(const tickerline::SymbolSearchResult &result);

private:
    struct Pending;
    void ensureNetwork();
    void ask(const SymbolSearchSource &source);
    void handleFinished(const SymbolSearchSource &source, QNetworkReply *reply);
    void answerFromList(const QString &provider);
    void record(const QString &provider, const SymbolSearchParse &parse, bool offline);
    void emitProgress();
    [[nodiscard]] SymbolSearchCache &cache();
    [[nodiscard]] static bool isListProvider(const QString &provider);

    SymbolSearchOptions m_options;
    std::unique_ptr<SymbolSearchCache> m_cache;        // read on the search thread, at the first search
    std::unique_ptr<QNetworkAccessManager> m_network;   // made on the search thread
    quint64 m_id = 0;
    QString m_query;
    QList<QPointer<QNetworkReply>> m_replies;           // of the current search
    QHash<QString, SymbolMatchList> m_answers;          // provider → its answer to m_query
    QList<SymbolSearchFailure> m_failures;
    QStringList m_waiting;                              // providers not answered yet
    QHash<QString, SymbolMatchList> m_lists;            // list providers' whole lists
};

} // namespace tickerline
