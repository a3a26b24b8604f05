#pragma once

#include <QObject>
#include <QThread>

#include <functional>

// A thread of its own that runs posted work in order, one piece at a time. run() hands each
// result back on the thread of a context object, and drops it when that object is gone by
// then. The destructor lets the work running finish and drops work not started yet.
// Used for the replication's store connection (StoreThread) and the server's reading of
// _bulk_docs bodies.
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // For objects that must live on this thread (QObject::moveToThread).
    [[nodiscard]] QThread *thread() { return &m_thread; }
    void post(std::function<void()> work);
    // Runs work there after the work posted before, and returns when it is done.
    void postAndWait(std::function<void()> work);

    template<typename T>
    void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
    {
        post([context, work = std::move(work), done = std::move(done)]() mutable {
            T result = work();
            QMetaObject::invokeMethod(context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                                      Qt::QueuedConnection);
        });
    }

private:
    QThread m_thread;
    QObject *m_home = nullptr; // lives on m_thread; work is posted to it
};
