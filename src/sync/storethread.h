#pragma once

#include "documenttypes.h"
#include "result.h"
#include "workerthread.h"

#include <QObject>

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
        m_worker.run<Result<T>>(context, [this, work = std::move(work)]() { return open() ? work(*m_db) : Result<T>(m_openError); },
                                std::move(done));
    }

private:
    QString m_path;
    Indexer m_indexer;
    WorkerThread m_worker { QStringLiteral("replication store") }; // before m_db: it outlives it
    std::unique_ptr<DocumentDatabase> m_db; // opened, used and closed on the worker only
    bool m_opened = false;
    StoreError m_openError;

    bool open();
};
