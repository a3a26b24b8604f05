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
    QHash<QString, qint64> stored; // place → bytes on the phone now
    QHash<QString, QStringList> photosOf;
    if (m_store) {
        const Result<QList<InitiativePhotos::Photo>> photos = InitiativePhotos(*m_store).onDevice();
        if (!photos.ok())
            return; // the store could not be read: keep everything, try again at the next write
        for (const InitiativePhotos::Photo &photo : photos.value()) {
            stored[photo.initiativeId] += photo.displayBytes + photo.thumbnailBytes;
            photosOf[photo.initiativeId].append(photo.id);
        }
    }

    // Most wanted first; then the places whose photos are here but no longer wanted, the
    // latest wanted first (those never ranked by id, so the order is the same on every run).
    QStringList order = m_wanted;
    QStringList unranked;
    for (const QString &place : std::as_const(m_order)) {
        if (stored.contains(place) && !order.contains(place))
            order.append(place);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!order.contains(it.key()))
            unranked.append(it.key());
    }
    unranked.sort();
    order.append(unranked);

    // What is here now is what it weighs; a place wanted but not here weighs what it did.
    QHash<QString, qint64> sizes;
    for (const QString &place : std::as_const(order))
        sizes.insert(place, stored.contains(place) ? stored.value(place) : m_sizes.value(place));

    // Greedy in that order: a smaller, less wanted place may still fit after one that does not.
    QStringList kept;
    QStringList goes; // places whose photos are purged
    qint64 used = 0;
    for (const QString &place : std::as_const(order)) {
        const qint64 size = sizes.value(place);
        if (m_active && used + size > m_budget) {
            if (stored.contains(place))
                goes.append(place);
            continue;
        }
        used += size;
        if (m_wanted.contains(place))
            kept.append(place);
    }
    QStringList purge;
    for (const QString &place : std::as_const(goes))
        purge.append(photosOf.value(place));
    if (!purge.isEmpty() && !m_store->purge(purge).ok())
        return; // nothing lost: the next write tries again

    // Remembered from now on: the places wanted or here, in order, with their sizes.
    QStringList ranked;
    QHash<QString, qint64> rankedSizes;
    qint64 onPhone = 0;
    for (const QString &place : std::as_const(order)) {
        const bool here = stored.contains(place) && !goes.contains(place);
        if (here)
            onPhone += stored.value(place);
        if (here || m_wanted.contains(place)) {
            ranked.append(place);
            rankedSizes.insert(place, sizes.value(place));
        }
    }
    sizes = rankedSizes;
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
