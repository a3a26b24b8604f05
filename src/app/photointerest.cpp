#include "photointerest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
bool isInitiative(const QString &id)
{
    return id.startsWith(QLatin1String("initiative:")) && id.size() > 11;
}
}

PhotoInterest::PhotoInterest(QObject *parent) : QObject(parent) { }

void PhotoInterest::setStore(DocumentDatabase *directory)
{
    m_recent.clear();
    for (const QJsonValue &id : m_stored.load(directory).value(QLatin1String("recent")).toArray()) {
        if (isInitiative(id.toString()) && !m_recent.contains(id.toString()) && m_recent.size() < recentLimit)
            m_recent.append(id.toString());
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
    // Losing the list costs a refetch, never data.
    m_stored.save({ { "recent", QJsonArray::fromStringList(m_recent) } });
}
