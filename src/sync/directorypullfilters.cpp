#include "directorypullfilters.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace DirectoryPullFilters {

ReplicationFilter text()
{
    // By id, not by type: a deletion's tombstone has no type left, but keeps its id.
    ReplicationFilter filter;
    filter.selector = QJsonObject { { "$not", QJsonObject { { "_id", QJsonObject { { "$regex", "^photo:" } } } } } };
    return filter;
}

ReplicationFilter allPhotos()
{
    ReplicationFilter filter;
    filter.selector = QJsonObject { { "_id", QJsonObject { { "$regex", "^photo:" } } } };
    return filter;
}

ReplicationFilter photosOf(const QStringList &initiativeIds)
{
    QStringList slugs;
    for (const QString &id : initiativeIds) {
        if (id.startsWith(QLatin1String("initiative:")) && id.size() > 11)
            slugs.append(QRegularExpression::escape(id.mid(11)));
    }
    slugs.sort();
    slugs.removeDuplicates();
    ReplicationFilter filter;
    if (slugs.isEmpty())
        return filter;
    // A regular expression on the id, not a range: CouchDB orders ids by Unicode collation,
    // where ":" and ";" are not neighbours as they are in ASCII.
    filter.selector = QJsonObject { { "_id", QJsonObject { { "$regex", QStringLiteral("^photo:(%1):").arg(slugs.join(u'|')) } } } };
    // The set changes with every place opened: one checkpoint, not one per set.
    filter.checkpointName = QStringLiteral("directory-photos");
    return filter;
}

QList<ReplicationFilter> forPlaces(const QStringList &initiativeIds)
{
    QList<ReplicationFilter> pulls { text() };
    const ReplicationFilter photos = photosOf(initiativeIds);
    if (!photos.isEmpty())
        pulls.append(photos);
    return pulls;
}

} // namespace DirectoryPullFilters
