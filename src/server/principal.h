#pragma once

#include <QStringList>

// Who is calling: nobody, the server admin (may do anything, as a CouchDB admin), or an
// enrolled device acting for a person with roles in one organisation.
struct Principal
{
    enum class Kind { Anonymous, Admin, Device };
    Kind kind = Kind::Anonymous;
    QString name;
    QStringList roles;
    QString organisation; // slug; the device's org-<slug> database
    QString card;         // for a card holder: the card's code
    QStringList hosts;    // for a host: the initiatives (ids) it stamps cards for

    [[nodiscard]] bool isAdmin() const { return kind == Kind::Admin; }
    [[nodiscard]] bool isAnonymous() const { return kind == Kind::Anonymous; }
    [[nodiscard]] bool hasRole(const QString &role) const { return roles.contains(role); }
};
