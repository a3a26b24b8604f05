#include "couchlayout.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
// The roles that read and write an organisation's database, and its cards (AccessPolicy).
const QStringList organisationWorkers { QStringLiteral("buurtmaatje"), QStringLiteral("verbindingswerker"),
                                        QStringLiteral("host"), QStringLiteral("coordinator") };
const QStringList cardWorkers { QStringLiteral("coordinator"), QStringLiteral("verbindingswerker"), QStringLiteral("host") };

QJsonObject security(const QStringList &memberNames, const QStringList &memberRoles)
{
    return { { "admins", QJsonObject { { "names", QJsonArray() }, { "roles", QJsonArray() } } },
             { "members", QJsonObject { { "names", QJsonArray::fromStringList(memberNames) },
                                        { "roles", QJsonArray::fromStringList(memberRoles) } } } };
}

QJsonObject endpoint(const CouchLayout::JobAccount &account, const QString &database)
{
    QUrl url = account.base;
    url.setPath(account.base.path() + QLatin1Char('/') + database);
    return { { "url", url.toString() },
             { "auth", QJsonObject { { "basic", QJsonObject { { "username", account.user }, { "password", account.password } } } } } };
}

CouchLayout::Job job(const CouchLayout::JobAccount &account, const QString &id, const QString &from, const QString &to,
                     const QJsonObject &selector)
{
    QJsonObject doc { { "source", endpoint(account, from) }, { "target", endpoint(account, to) }, { "continuous", true } };
    if (!selector.isEmpty())
        doc.insert("selector", selector);
    return { id, doc };
}

// Cards and stamps only: a job must never carry one database's design document into another.
const QJsonObject cardsAndStampsOnly { { "_id", QJsonObject { { "$regex", "^(card|stamp):" } } } };

// Shared head of every validation: server admins (and the jobs, which run as one) pass.
const char *const adminsPass = "  if (userCtx.roles.indexOf('_admin') >= 0) return;\n";
}

QStringList CouchLayout::userRoles(const QStringList &roles, const QString &organisation)
{
    QStringList out { QStringLiteral("buurtbrug") };
    for (const QString &role : roles) {
        out.append(role);
        if (!organisation.isEmpty() && organisationWorkers.contains(role)) {
            if (!out.contains(QStringLiteral("org:") + organisation))
                out.append(QStringLiteral("org:") + organisation);
            out.append(QStringLiteral("org:%1:%2").arg(organisation, role));
        }
    }
    return out;
}

QString CouchLayout::organisationOf(const QString &database)
{
    for (const QString &prefix : { QStringLiteral("org-"), QStringLiteral("cards-") }) {
        if (database.startsWith(prefix) && isValidSlug(database.mid(prefix.size())))
            return database.mid(prefix.size());
    }
    return QString();
}

bool CouchLayout::isValidSlug(const QString &slug)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    return valid.match(slug).hasMatch();
}

QJsonObject CouchLayout::directorySecurity() { return security({}, { QStringLiteral("buurtbrug") }); }
QJsonObject CouchLayout::hubSecurity() { return security({}, { QStringLiteral("_admin") }); }
QJsonObject CouchLayout::organisationSecurity(const QString &slug) { return security({}, { QStringLiteral("org:") + slug }); }

QJsonObject CouchLayout::organisationCardsSecurity(const QString &slug)
{
    QStringList roles;
    for (const QString &role : cardWorkers)
        roles.append(QStringLiteral("org:%1:%2").arg(slug, role));
    return security({}, roles);
}

QJsonObject CouchLayout::cardSecurity(QStringList holders)
{
    holders.sort();
    holders.removeDuplicates();
    // _admin keeps the database closed while the card has no holder (empty members = public).
    return security(holders, { QStringLiteral("_admin") });
}

QString CouchLayout::directoryValidation()
{
    return QStringLiteral("function (newDoc, oldDoc, userCtx, secObj) {\n") + QLatin1String(adminsPass)
            + QStringLiteral(
                    "  var has = function (r) { return userCtx.roles.indexOf(r) >= 0; };\n"
                    "  if (has('coordinator') || has('editor')) return;\n"
                    "  if ((has('buurtmaatje') || has('host')) && newDoc._id.indexOf('translation:') === 0) return;\n"
                    "  throw({forbidden: 'only coordinators and editors write the directory; buurtmaatjes and hosts write translations'});\n"
                    "}\n");
}

QString CouchLayout::organisationCardsValidation(const QString &slug)
{
    return QStringLiteral("function (newDoc, oldDoc, userCtx, secObj) {\n") + QLatin1String(adminsPass)
            + QStringLiteral("  var org = '%1';\n").arg(slug)
            + QStringLiteral(
                    "  var has = function (r) { return userCtx.roles.indexOf('org:' + org + ':' + r) >= 0; };\n"
                    "  var coordinator = has('coordinator'), worker = coordinator || has('verbindingswerker'), host = has('host');\n"
                    "  var id = newDoc._id, old = oldDoc && !oldDoc._deleted ? oldDoc : null;\n"
                    "  if (newDoc._deleted) {\n"
                    "    if (coordinator) return;\n"
                    "    throw({forbidden: 'only a coordinator deletes cards and stamps'});\n"
                    "  }\n"
                    "  if (id.indexOf('card:') === 0) {\n"
                    "    if (!worker) throw({forbidden: 'only coordinators and verbindingswerkers write cards'});\n"
                    "    if (newDoc.org !== org) throw({forbidden: 'a card in cards-' + org + ' has org ' + org});\n"
                    "    if (old && (old.shareProgress === true) !== (newDoc.shareProgress === true))\n"
                    "      throw({forbidden: 'only the card holder changes shareProgress'});\n"
                    "    return;\n"
                    "  }\n"
                    "  if (id.indexOf('stamp:') === 0) {\n"
                    "    var self = /:self$/.test(id);\n"
                    "    if (newDoc.method === 'self' && !self) throw({forbidden: 'method self needs an id ending in :self'});\n"
                    "    if (self) throw({forbidden: 'a self-stamp is the card holder\\'s to write'});\n"
                    "    if (worker) return;\n"
                    "    if (host && newDoc.method === 'host') return;\n"
                    "    throw({forbidden: 'a host writes only stamps with method host'});\n"
                    "  }\n"
                    "  throw({forbidden: 'only cards and stamps belong in cards-' + org});\n"
                    "}\n");
}

QString CouchLayout::cardValidation(const QString &code)
{
    return QStringLiteral("function (newDoc, oldDoc, userCtx, secObj) {\n") + QLatin1String(adminsPass)
            + QStringLiteral("  var code = '%1';\n").arg(code)
            + QStringLiteral(
                    "  if (newDoc._deleted) throw({forbidden: 'a card holder deletes nothing'});\n"
                    "  var id = newDoc._id;\n"
                    "  if (id === 'card:' + code) {\n"
                    "    if (!oldDoc || oldDoc._deleted) throw({forbidden: 'a card holder does not make cards'});\n"
                    "    var keys = {}, k;\n"
                    "    for (k in newDoc) keys[k] = true;\n"
                    "    for (k in oldDoc) keys[k] = true;\n"
                    "    for (k in keys) {\n"
                    "      if (k.charAt(0) === '_' || k === 'shareProgress') continue;\n"
                    "      if (JSON.stringify(newDoc[k]) !== JSON.stringify(oldDoc[k]))\n"
                    "        throw({forbidden: 'a card holder changes only shareProgress, not ' + k});\n"
                    "    }\n"
                    "    return;\n"
                    "  }\n"
                    "  var m = /^stamp:([^:]+):([^:]+):(\\d{4}-\\d{2}-\\d{2}):self$/.exec(id);\n"
                    "  if (m && m[1] === code) {\n"
                    "    if (newDoc.method !== 'self') throw({forbidden: 'a card holder\\'s stamp has method self'});\n"
                    "    if (newDoc.verified === true) throw({forbidden: 'a card holder\\'s stamp is never verified'});\n"
                    "    if (newDoc.card !== 'card:' + code) throw({forbidden: 'a stamp names its own card'});\n"
                    "    if (newDoc.date !== m[3]) throw({forbidden: 'a stamp\\'s date is the day in its id'});\n"
                    "    if (Math.abs(Date.now() - Date.parse(m[3] + 'T12:00:00Z')) > 36 * 3600 * 1000)\n"
                    "      throw({forbidden: 'a card holder stamps today'});\n"
                    "    return;\n"
                    "  }\n"
                    "  throw({forbidden: 'a card holder writes only their card\\'s shareProgress and their own stamps'});\n"
                    "}\n");
}

QList<CouchLayout::Job> CouchLayout::organisationJobs(const JobAccount &account, const QString &slug)
{
    return { job(account, QStringLiteral("buurtbrug-org-%1-up").arg(slug), organisationCards(slug), cardsHub(), cardsAndStampsOnly),
             job(account, QStringLiteral("buurtbrug-org-%1-down").arg(slug), cardsHub(), organisationCards(slug),
                 { { "type", "card" }, { "org", slug } }) };
}

QList<CouchLayout::Job> CouchLayout::cardJobs(const JobAccount &account, const QString &code, const QString &organisation)
{
    const QString cardId = QStringLiteral("card:") + code;
    const QJsonObject cardAndStamps { { "$or", QJsonArray { QJsonObject { { "_id", cardId } }, QJsonObject { { "card", cardId } } } } };
    const QStringList ids = cardJobIds(code);
    return { job(account, ids.at(0), cardsHub(), cardDatabase(code), cardAndStamps),
             job(account, ids.at(1), cardDatabase(code), organisationCards(organisation), cardsAndStampsOnly) };
}

QStringList CouchLayout::cardJobIds(const QString &code)
{
    return { QStringLiteral("buurtbrug-card-%1-down").arg(code), QStringLiteral("buurtbrug-card-%1-up").arg(code) };
}
