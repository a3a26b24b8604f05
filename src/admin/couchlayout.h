#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

// How a Buurtbrug deployment is laid out on Apache CouchDB 3 (docs/DEPLOY-COUCHDB.md): the
// database names, their `_security` objects, the validation design documents and the
// `_replicator` jobs between them. Only values here, no network: CouchDeployment applies them.
//
// - `directory`: every device reads; `_design/buurtbrug` holds the writes as AccessPolicy does.
// - `org-<slug>`: the organisation's workers (role `org:<slug>`).
// - `cards`: the hub, server admins only: every card and stamp, where `couchdb import` puts a
//   buurtbrug-server's `cards` and where the jobs meet.
// - `cards-<org>`: the organisation's coordinators, verbindingswerkers and hosts; its
//   `_design/buurtbrug` holds their writes as CardAccess does.
// - `card-<code>`: one card holder's card and stamps; members by user name; its
//   `_design/buurtbrug` lets the holder change only `shareProgress` and add self-stamps.
// Jobs: cards-<org> → cards (everything the organisation writes), cards → cards-<org> (its
// cards), cards → card-<code> (the card and its stamps, whoever made them) and card-<code> →
// cards-<org> (the holder's writes, and stamps hosts of other organisations made). Stamps do
// not name their card's organisation, so the per-card database is what routes a host's stamp
// on another organisation's card to that organisation.
namespace CouchLayout {

inline QString directory() { return QStringLiteral("directory"); }
inline QString cardsHub() { return QStringLiteral("cards"); }
inline QString organisation(const QString &slug) { return QStringLiteral("org-") + slug; }
inline QString organisationCards(const QString &slug) { return QStringLiteral("cards-") + slug; }
// CouchDB database names are lowercase.
inline QString cardDatabase(const QString &code) { return QStringLiteral("card-") + code.toLower(); }
inline QString designId() { return QStringLiteral("_design/buurtbrug"); }

// The roles a device user gets for Buurtbrug's roles in an organisation.
[[nodiscard]] QStringList userRoles(const QStringList &roles, const QString &organisation);
// Whether a CouchDB database name is one of an organisation's ("org-x" or "cards-x"); its slug.
[[nodiscard]] QString organisationOf(const QString &database);
[[nodiscard]] bool isValidSlug(const QString &slug);

[[nodiscard]] QJsonObject directorySecurity();
[[nodiscard]] QJsonObject hubSecurity();
[[nodiscard]] QJsonObject organisationSecurity(const QString &slug);
[[nodiscard]] QJsonObject organisationCardsSecurity(const QString &slug);
[[nodiscard]] QJsonObject cardSecurity(QStringList holders);

// The `validate_doc_update` source of each database's `_design/buurtbrug`.
[[nodiscard]] QString directoryValidation();
[[nodiscard]] QString organisationCardsValidation(const QString &slug);
[[nodiscard]] QString cardValidation(const QString &code);

struct Job
{
    QString id;
    QJsonObject doc; // without _id and _rev
};
// jobsBase: where the jobs reach the cluster (no credentials); user and password: the account
// they run as, kept only in the job documents in `_replicator` (admins only).
struct JobAccount
{
    QUrl base;
    QString user;
    QString password;
};
[[nodiscard]] QList<Job> organisationJobs(const JobAccount &account, const QString &slug);
[[nodiscard]] QList<Job> cardJobs(const JobAccount &account, const QString &code, const QString &organisation);
// Every job id a card has (to remove them when the card is revoked).
[[nodiscard]] QStringList cardJobIds(const QString &code);
}
