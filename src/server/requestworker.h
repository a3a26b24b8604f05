#pragma once

#include <QObject>
#include <QThread>

#include <functional>

// A thread of the server's own for work on a request that needs no database, such as reading
// a _bulk_docs body (BulkDocsBody) while the main thread writes the batch before. Work runs
// in the order it was given; its result is handed to done on the thread of a context object,
// and dropped if that object is gone by then. The destructor waits for the work in flight.
class RequestWorker
{
public:
    RequestWorker();
    ~RequestWorker();
    RequestWorker(const RequestWorker &) = delete;
    RequestWorker &operator=(const RequestWorker &) = delete;

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

    void post(std::function<void()> work);
};
