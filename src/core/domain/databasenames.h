#pragma once

#include <QString>

// The databases Buurtbrug knows by name, spelled here once: the shared directory, the cards
// of Kijk op de Wijk, and one database per organisation ("org-" + its slug). The validator,
// the server's access rules, the admin CLI and the app all ask here.
namespace DatabaseNames {

inline QString directory() { return QStringLiteral("directory"); }
inline QString cards() { return QStringLiteral("cards"); }
inline QString organisation(const QString &slug) { return QStringLiteral("org-") + slug; }
inline bool isOrganisation(QStringView name) { return name.startsWith(u"org-"); }
// The slug of an organisation's database ("org-visserijplein" → "visserijplein"), else empty.
inline QString slugOf(const QString &name) { return isOrganisation(name) ? name.mid(4) : QString(); }
// The databases whose documents must pass DocumentValidator, whoever writes them.
inline bool isTyped(QStringView name) { return name == directory() || name == cards() || isOrganisation(name); }

}
