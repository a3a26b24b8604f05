#include "storethread.h"

#include "documentdatabase.h"

StoreThread::StoreThread(QString path, Indexer indexer)
    : m_path(std::move(path)), m_indexer(std::move(indexer))
{
    m_thread.setObjectName(QStringLiteral("replication store"));
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // Close the connection where it was used, after the work already asked for.
    QMetaObject::invokeMethod(m_home, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_home, std::move(work), Qt::QueuedConnection);
}

bool StoreThread::open()
{
    if (m_db)
        return true;
    if (!m_openError.ok())
        return false;
    auto db = std::make_unique<DocumentDatabase>(QStringLiteral("replication"));
    if (StoreError error = db->open(m_path); !error.ok()) {
        m_openError = error;
        return false;
    }
    // The same indexes as the app's own connection (already current: no rebuild happens).
    if (StoreError error = db->setIndexer(m_indexer); !error.ok()) {
        m_openError = error;
        return false;
    }
    m_db = std::move(db);
    return true;
}
