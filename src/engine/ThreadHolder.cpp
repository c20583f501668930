#include "ThreadHolder.h"

#include <QObject>

namespace tickerline {

ThreadHolder::ThreadHolder(const QString &name)
    : m_thread(std::make_unique<QThread>())
    , m_anchor(std::make_unique<QObject>())
{
    m_thread->setObjectName(name);
    m_anchor->moveToThread(m_thread.get());
}

ThreadHolder::~ThreadHolder()
{
    quitAfterPending();
    join();
}

void ThreadHolder::adoptObject(QObject *worker)
{
    worker->moveToThread(m_thread.get());
    // QThread sends deferred deletes after finished(), so the worker's
    // destructor runs on its own thread.
    QObject::connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
}

void ThreadHolder::start()
{
    m_thread->start();
}

void ThreadHolder::quitAfterPending()
{
    if (!m_thread->isRunning())
        return;
    // A queued call runs after everything already posted, unlike quit() which
    // would drop pending batches.
    QMetaObject::invokeMethod(
        m_anchor.get(), [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
}

void ThreadHolder::join()
{
    m_thread->wait();
}

} // namespace tickerline
