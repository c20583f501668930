#pragma once

#include <QString>
#include <QThread>

#include <memory>

class QObject;

namespace tickerline {

// Owns one worker thread. Workers adopted by it are moved to the thread and
// deleted there when it finishes; the destructor quits and joins.
class ThreadHolder final
{
    Q_DISABLE_COPY_MOVE(ThreadHolder)
public:
    explicit ThreadHolder(const QString &name);
    ~ThreadHolder();

    // Moves the worker to this thread; it is deleted on the thread when the thread ends.
    template<typename T>
    T *adopt(std::unique_ptr<T> worker)
    {
        T *raw = worker.release();
        adoptObject(raw);
        return raw;
    }

    void start();
    // Quits the event loop once the events already posted to the thread have run.
    void quitAfterPending();
    void join();
    [[nodiscard]] QThread *thread() const { return m_thread.get(); }

private:
    void adoptObject(QObject *worker);

    const std::unique_ptr<QThread> m_thread;
    // Lives on the worker thread, so calls posted to it run there, in order.
    const std::unique_ptr<QObject> m_anchor;
};

} // namespace tickerline
