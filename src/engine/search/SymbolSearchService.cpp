#include "SymbolSearchService.h"

#include "SymbolSearchWorker.h"
#include "ThreadHolder.h"

namespace tickerline {

SymbolSearchService::SymbolSearchService(const SymbolSearchOptions &options, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<ThreadHolder>(QStringLiteral("symbol search")))
{
    qRegisterMetaType<SymbolSearchResult>();
    m_worker = m_thread->adopt(std::make_unique<SymbolSearchWorker>(options));
    connect(m_worker, &SymbolSearchWorker::answered, this, &SymbolSearchService::handleAnswered);
    m_thread->start();
}

SymbolSearchService::~SymbolSearchService() = default;

quint64 SymbolSearchService::search(const QString &query)
{
    const quint64 id = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, query] { worker->search(id, query); });
    return id;
}

void SymbolSearchService::setSources(const QList<SymbolSearchSource> &sources)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, sources] { worker->setSources(sources); });
}

void SymbolSearchService::handleAnswered(const SymbolSearchResult &result)
{
    if (result.id == m_latest)
        Q_EMIT resultsArrived(result);
}

} // namespace tickerline
