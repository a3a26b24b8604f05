#include "accesspolicy.h"

bool AccessPolicy::canRead(const Principal &who, const QString &database) const
{
    Q_UNUSED(database);
    return who.isAdmin();
}

bool AccessPolicy::canWrite(const Principal &who, const QString &database, const QJsonObject &doc) const
{
    Q_UNUSED(database);
    Q_UNUSED(doc);
    return who.isAdmin();
}
