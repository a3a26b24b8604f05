#include "photoshelf.h"

#include "documentdatabase.h"
#include "initiativephotos.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
constexpr qint64 smallestBudget = 1024 * 1024; // below this a phone keeps next to nothing
constexpr qint64 largestBudget = 100LL * 1024 * 1024 * 1024;
}

PhotoShelf::PhotoShelf(QObject *parent) : QObject(parent) { }

QVariantList PhotoShelf::budgetChoices()
{
    return { 50, 100, 200, 500, 1000 };
}

void PhotoShelf::setStore(DocumentDatabase *directory)
{
    m_store = directory;
    m_sizes.clear();
    m_order.clear();
    const QJsonObject stored = m_stored.load(directory);
    const qint64 budget = stored.value(QLatin1String("budgetBytes")).toInteger();
    if (budget >= smallestBudget && budget <= largestBudget)
        m_budget = budget;
    for (const QJsonValue &place : stored.value(QLatin1String("order")).toArray())
        m_order.append(place.toString());
    const QJsonObject sizes = stored.value(QLatin1String("sizes")).toObject();
    for (auto it = sizes.begin(); it != sizes.end(); ++it)
        m_sizes.insert(it.key(), std::max<qint64>(0, it.value().toInteger()));
    tidy();
}

void PhotoShelf::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    tidy();
    emit changed();
}

void PhotoShelf::setWanted(const QStringList &initiativeIds)
{
    if (initiativeIds == m_wanted)
        return;
    m_wanted = initiativeIds;
    tidy();
}

void PhotoShelf::setBudgetMb(int megabytes)
{
    setBudgetBytes(qint64(megabytes) * megabyte);
}

void PhotoShelf::setBudgetBytes(qint64 bytes)
{
    const qint64 budget = std::clamp(bytes, smallestBudget, largestBudget);
    if (budget == m_budget)
        return;
    m_budget = budget;
    save();
    tidy();
    emit changed();
}

void PhotoShelf::tidy()
{
    if (!m_active) {
        // Takes every photo (an editor's phone): nothing to measure or purge, and the pull
        // does not ask by place. Not read on every write to a large directory.
        const bool keptChanges = m_kept != m_wanted;
        m_kept = m_wanted;
        if (keptChanges)
            emit keptChanged();
        return;
    }
    // What each place has on the phone now.
    struct Held
    {
        qint64 bytes = 0;
        QStringList photoIds;
    };
    QHash<QString, Held> held;
    if (m_store) {
        const Result<QList<InitiativePhotos::Photo>> photos = InitiativePhotos(*m_store).onDevice();
        if (!photos.ok())
            return; // the store could not be read: keep everything, try again at the next write
        for (const InitiativePhotos::Photo &photo : photos.value()) {
            Held &place = held[photo.initiativeId];
            place.bytes += photo.displayBytes + photo.thumbnailBytes;
            place.photoIds.append(photo.id);
        }
    }

    // Most wanted first; then the places whose photos are here but no longer wanted, the
    // latest wanted first (those never ranked by id, so the order is the same on every run).
    QStringList order = m_wanted;
    for (const QString &place : std::as_const(m_order)) {
        if (held.contains(place) && !order.contains(place))
            order.append(place);
    }
    QStringList unranked;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (!order.contains(it.key()))
            unranked.append(it.key());
    }
    unranked.sort();
    order.append(unranked);

    // Greedy in that order: a smaller, less wanted place may still fit after one that does not.
    // What is here weighs what it is; a place wanted but not here weighs what it did.
    // Remembered from now on: the places wanted or still here, in that order, with their sizes.
    QStringList kept;
    QStringList purge;
    QStringList ranked;
    QHash<QString, qint64> sizes;
    qint64 used = 0;    // what the kept places weigh, those not here yet as they did
    qint64 onPhone = 0; // what stays here
    for (const QString &place : std::as_const(order)) {
        const auto here = held.constFind(place);
        const qint64 size = here != held.cend() ? here->bytes : m_sizes.value(place);
        const bool fits = used + size <= m_budget;
        const bool wanted = m_wanted.contains(place);
        if (fits)
            used += size;
        if (fits && here != held.cend())
            onPhone += size;
        else if (here != held.cend())
            purge.append(here->photoIds);
        if (fits && wanted)
            kept.append(place);
        if (wanted || (fits && here != held.cend())) {
            ranked.append(place);
            sizes.insert(place, size);
        }
    }
    if (!purge.isEmpty() && !m_store->purge(purge).ok())
        return; // nothing lost: the next write tries again
    const bool orderChanged = ranked != m_order;
    m_order = ranked;

    const bool sizesChanged = sizes != m_sizes;
    m_sizes = sizes;
    if (sizesChanged || orderChanged)
        save();
    const bool keptChanges = kept != m_kept;
    const bool news = keptChanges || onPhone != m_used;
    m_used = onPhone;
    m_kept = kept;
    if (keptChanges)
        emit keptChanged();
    if (news)
        emit changed();
}

void PhotoShelf::save()
{
    QJsonObject sizes;
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        sizes.insert(it.key(), it.value());
    // Losing it costs a refetch (or the default budget), never data.
    m_stored.save({ { "budgetBytes", m_budget }, { "sizes", sizes }, { "order", QJsonArray::fromStringList(m_order) } });
}
