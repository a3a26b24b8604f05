#include "requestworker.h"

RequestWorker::RequestWorker()
{
    m_thread.setObjectName(QStringLiteral("request worker"));
    m_home = new QObject;
    m_home->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

RequestWorker::~RequestWorker()
{
    m_thread.quit(); // the work running finishes; work not started yet is dropped
    m_thread.wait();
}

void RequestWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_home, std::move(work), Qt::QueuedConnection);
}
