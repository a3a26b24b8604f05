#include "workerthread.h"

WorkerThread::WorkerThread(const QString &name)
{
    m_thread.setObjectName(name);
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit(); // the work running finishes; work not started yet is dropped
    m_thread.wait();
}

void WorkerThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_home, std::move(work), Qt::QueuedConnection);
}

void WorkerThread::postAndWait(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_home, std::move(work), Qt::BlockingQueuedConnection);
}
