#pragma once

#include "documenttypes.h"
#include "result.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class DocumentDatabase;

// A second connection to a database's file, on a thread of its own, for the heavy work of a
// replication: reading and writing batches of a thousand documents there leaves the calling
// thread free to send the next request to a remote peer (and the app's UI free to draw).
// Every write committed there is announced on the database's own instance (announceWrite),
// so its listeners hear of it as of their own writes, before the write's answer arrives.
// Work runs in the order it was asked and answers on the thread of a context object, which
// must outlive this StoreThread (its owner: the destructor waits for the work in flight).
class StoreThread
{
public:
    explicit StoreThread(DocumentDatabase &owner);
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    template<typename T>
    void run(QObject *context, std::function<Result<T>(DocumentDatabase &)> work, std::function<void(Result<T>)> done)
    {
        post([this, context, work = std::move(work), done = std::move(done)]() mutable {
            Result<T> result = open() ? work(*m_db) : Result<T>(m_openError);
            QMetaObject::invokeMethod(context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
                                      Qt::QueuedConnection);
        });
    }

private:
    QString m_path;
    Indexer m_indexer;
    QThread m_thread;
    QObject *m_home = nullptr; // lives on m_thread; work is posted to it
    std::unique_ptr<DocumentDatabase> m_db; // opened, used and closed on m_thread only
    bool m_opened = false;
    StoreError m_openError;

    void post(std::function<void()> work);
    bool open();
};
