#include "storethread.h"

#include "documentdatabase.h"

StoreThread::StoreThread(DocumentDatabase &owner)
    : m_path(owner.path()), m_indexer(owner.indexer()), m_db(std::make_unique<DocumentDatabase>(owner.name()))
{
    // Queued to the owner's thread, ahead of the answer of the write that emitted it; made
    // here, where both are known to be alive (Qt drops it if the owner goes first).
    QObject::connect(m_db.get(), &DocumentDatabase::documentsChanged, &owner, &DocumentDatabase::announceWrite);
    m_thread.setObjectName(QStringLiteral("replication store"));
    m_db->moveToThread(&m_thread);
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
    if (m_opened)
        return true;
    if (!m_openError.ok())
        return false;
    m_openError = m_db->open(m_path);
    // The same indexes as the app's own connection (already current: no rebuild happens).
    if (m_openError.ok())
        m_openError = m_db->setIndexer(m_indexer);
    m_opened = m_openError.ok();
    return m_opened;
}
