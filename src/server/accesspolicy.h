#pragma once

#include "principal.h"

#include <QJsonObject>

// Who may read and write which database (docs/SYNC-PROTOCOL.md, "Access"). The server admin
// may do everything; anonymous callers nothing but the welcome. Device roles come with
// enrolment.
class AccessPolicy
{
public:
    [[nodiscard]] bool canManageDatabases(const Principal &who) const { return who.isAdmin(); }
    [[nodiscard]] bool canRead(const Principal &who, const QString &database) const;
    [[nodiscard]] bool canWrite(const Principal &who, const QString &database, const QJsonObject &doc) const;
};
