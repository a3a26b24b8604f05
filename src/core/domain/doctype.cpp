#include "doctype.h"
#include "databasenames.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<DocType, const char *>, 12> names { {
        { DocType::Initiative, "initiative" },
        { DocType::Activity, "activity" },
        { DocType::Translation, "translation" },
        { DocType::Photo, "photo" },
        { DocType::OrgKey, "orgkey" },
        { DocType::Visit, "visit" },
        { DocType::Contact, "contact" },
        { DocType::Tally, "tally" },
        { DocType::Erasure, "erasure" },
        { DocType::Receipt, "receipt" },
        { DocType::Card, "card" },
        { DocType::Stamp, "stamp" },
} };
}

std::optional<DocType> DocTypes::fromString(const QString &type)
{
    for (const auto &[value, name] : names) {
        if (type == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString DocTypes::toString(DocType type)
{
    for (const auto &[value, name] : names) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

bool DocTypes::belongsIn(DocType type, const QString &database)
{
    switch (type) {
    case DocType::Initiative:
    case DocType::Activity:
    case DocType::Translation:
    case DocType::Photo:
    case DocType::OrgKey: return database == QLatin1String("directory");
    case DocType::Visit:
    case DocType::Contact:
    case DocType::Tally:
    case DocType::Erasure: return DatabaseNames::isOrganisation(database);
    case DocType::Receipt: return DatabaseNames::isOrganisation(database);
    case DocType::Card:
    case DocType::Stamp: return database == QLatin1String("cards");
    }
    return false;
}
