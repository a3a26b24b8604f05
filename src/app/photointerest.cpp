#include "photointerest.h"

#include "documentdatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QString recentDoc = QStringLiteral("_local/buurtbrug-photo-places");

bool isInitiative(const QString &id)
{
    return id.startsWith(QLatin1String("initiative:")) && id.size() > 11;
}
}

PhotoInterest::PhotoInterest(QObject *parent) : QObject(parent) { }

void PhotoInterest::setStore(DocumentDatabase *directory)
{
    m_store = directory;
    m_recent.clear();
    m_storedRev.clear();
    if (m_store) {
        const Result<QJsonObject> doc = m_store->getLocal(recentDoc);
        if (doc.ok()) {
            m_storedRev = doc.value().value(QLatin1String("_rev")).toString();
            for (const QJsonValue &id : doc.value().value(QLatin1String("recent")).toArray()) {
                if (isInitiative(id.toString()) && !m_recent.contains(id.toString()) && m_recent.size() < recentLimit)
                    m_recent.append(id.toString());
            }
        }
    }
    announce();
}

void PhotoInterest::noteShown(const QString &initiativeId)
{
    if (!isInitiative(initiativeId) || m_recent.value(0) == initiativeId)
        return;
    m_recent.removeAll(initiativeId);
    m_recent.prepend(initiativeId);
    while (m_recent.size() > recentLimit)
        m_recent.removeLast();
    save();
    announce();
}

void PhotoInterest::setCardPlaces(const QStringList &initiativeIds)
{
    m_card = initiativeIds;
    announce();
}

void PhotoInterest::setNearPlaces(const QStringList &initiativeIds)
{
    m_near = initiativeIds.mid(0, nearLimit);
    announce();
}

QStringList PhotoInterest::places() const
{
    QStringList all;
    for (const QStringList *part : { &m_card, &m_recent, &m_near }) {
        for (const QString &id : *part) {
            if (isInitiative(id) && !all.contains(id))
                all.append(id);
        }
    }
    return all;
}

void PhotoInterest::announce()
{
    QStringList now = places();
    now.sort();
    if (now == m_announced)
        return;
    m_announced = now;
    emit changed();
}

void PhotoInterest::save()
{
    if (!m_store)
        return;
    QJsonObject doc { { "_id", recentDoc }, { "recent", QJsonArray::fromStringList(m_recent) } };
    if (!m_storedRev.isEmpty())
        doc.insert("_rev", m_storedRev);
    // Losing the list costs a refetch, never data.
    const WriteResult written = m_store->putLocal(doc);
    if (written.error.ok())
        m_storedRev = written.rev;
}
