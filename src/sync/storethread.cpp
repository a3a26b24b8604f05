#include "storethread.h"

#include "documentdatabase.h"

StoreThread::StoreThread(DocumentDatabase &owner)
    : m_path(owner.path()), m_indexer(owner.indexer()), m_db(std::make_unique<DocumentDatabase>(owner.name()))
{
    // Queued to the owner's thread, ahead of the answer of the write that emitted it; made
    // here, where both are known to be alive (Qt drops it if the owner goes first).
    QObject::connect(m_db.get(), &DocumentDatabase::documentsChanged, &owner, &DocumentDatabase::announceWrite);
    m_db->moveToThread(m_worker.thread());
}

StoreThread::~StoreThread()
{
    // Close the connection where it was used, after the work already asked for.
    m_worker.postAndWait([this] { m_db.reset(); });
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
