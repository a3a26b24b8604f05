#include "couchdeployment.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
// CouchDB adds these to a job document; they are not ours to compare.
bool sameJob(QJsonObject stored, const QJsonObject &wanted)
{
    for (const QString &key : { QStringLiteral("_id"), QStringLiteral("_rev"), QStringLiteral("owner"),
                                QStringLiteral("_replication_state"), QStringLiteral("_replication_state_time"),
                                QStringLiteral("_replication_state_reason"), QStringLiteral("_replication_id"),
                                QStringLiteral("_replication_stats") })
        stored.remove(key);
    return stored == wanted;
}
}

CouchDeployment::CouchDeployment(CouchClient &client, const QUrl &jobsBase)
    : m_client(client),
      m_account { jobsBase.isEmpty() ? client.server() : jobsBase.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash),
                  client.userName(), client.password() }
{
}

StoreError CouchDeployment::checkAdmin()
{
    const Result<QJsonObject> session = m_client.expect("GET", QStringLiteral("/_session"));
    if (!session.ok())
        return session.error();
    const QJsonArray roles = session.value().value("userCtx").toObject().value("roles").toArray();
    if (!roles.contains(QStringLiteral("_admin")))
        return StoreError::make(StoreError::Code::Forbidden,
                                QStringLiteral("%1: the URL's account is not a server admin").arg(m_client.describe()));
    return StoreError::none();
}

StoreError CouchDeployment::ensureDatabase(const QString &name)
{
    const Result<CouchClient::Answer> head = m_client.request("GET", CouchClient::path(name));
    if (!head.ok())
        return head.error();
    if (head.value().status == 200)
        return StoreError::none();
    const Result<QJsonObject> made = m_client.expect("PUT", CouchClient::path(name), QJsonValue::Undefined, { 201, 202, 412 });
    if (!made.ok())
        return made.error();
    ++m_changes;
    return StoreError::none();
}

StoreError CouchDeployment::ensureSecurity(const QString &database, const QJsonObject &security)
{
    const Result<QJsonObject> current = m_client.expect("GET", CouchClient::path(database) + QStringLiteral("/_security"));
    if (!current.ok())
        return current.error();
    if (current.value() == security)
        return StoreError::none();
    const Result<QJsonObject> put = m_client.expect("PUT", CouchClient::path(database) + QStringLiteral("/_security"), security);
    if (!put.ok())
        return put.error();
    ++m_changes;
    return StoreError::none();
}

StoreError CouchDeployment::ensureValidation(const QString &database, const QString &function)
{
    const QString path = CouchClient::path(database, CouchLayout::designId());
    const Result<CouchClient::Answer> current = m_client.request("GET", path);
    if (!current.ok())
        return current.error();
    QJsonObject doc { { "_id", CouchLayout::designId() }, { "validate_doc_update", function } };
    if (current.value().status == 200) {
        const QJsonObject stored = current.value().object();
        if (stored.value("validate_doc_update").toString() == function && stored.size() == 3)
            return StoreError::none();
        doc.insert("_rev", stored.value("_rev"));
    }
    const Result<QJsonObject> put = m_client.expect("PUT", path, doc);
    if (!put.ok())
        return put.error();
    ++m_changes;
    return StoreError::none();
}

StoreError CouchDeployment::ensureJob(const CouchLayout::Job &job)
{
    const QString path = CouchClient::path(QStringLiteral("_replicator"), job.id);
    const Result<CouchClient::Answer> current = m_client.request("GET", path);
    if (!current.ok())
        return current.error();
    QJsonObject doc = job.doc;
    if (current.value().status == 200) {
        if (sameJob(current.value().object(), job.doc))
            return StoreError::none();
        doc.insert("_rev", current.value().object().value("_rev"));
    }
    const Result<QJsonObject> put = m_client.expect("PUT", path, doc);
    if (!put.ok())
        return put.error();
    ++m_changes;
    return StoreError::none();
}

StoreError CouchDeployment::deleteDocument(const QString &database, const QString &id)
{
    const QString path = CouchClient::path(database, id);
    const Result<CouchClient::Answer> current = m_client.request("GET", path);
    if (!current.ok())
        return current.error();
    if (current.value().status == 404)
        return StoreError::none();
    const Result<CouchClient::Answer> gone =
            m_client.request("DELETE", path, QJsonValue::Undefined, { { QStringLiteral("rev"), current.value().object().value("_rev").toString() } });
    if (!gone.ok())
        return gone.error();
    if (!gone.value().ok())
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot delete %1: %2").arg(id, gone.value().problem()));
    ++m_changes;
    return StoreError::none();
}

StoreError CouchDeployment::ensureOrganisation(const QString &slug)
{
    if (!CouchLayout::isValidSlug(slug))
        return StoreError::make(StoreError::Code::BadRequest,
                                QStringLiteral("\"%1\" is not an organisation slug (a-z, 0-9, - and _, up to 63)").arg(slug));
    for (const QString &db : { CouchLayout::organisation(slug), CouchLayout::organisationCards(slug) }) {
        if (StoreError e = ensureDatabase(db); !e.ok())
            return e;
    }
    if (StoreError e = ensureSecurity(CouchLayout::organisation(slug), CouchLayout::organisationSecurity(slug)); !e.ok())
        return e;
    if (StoreError e = ensureSecurity(CouchLayout::organisationCards(slug), CouchLayout::organisationCardsSecurity(slug)); !e.ok())
        return e;
    if (StoreError e = ensureValidation(CouchLayout::organisationCards(slug), CouchLayout::organisationCardsValidation(slug)); !e.ok())
        return e;
    for (const CouchLayout::Job &job : CouchLayout::organisationJobs(m_account, slug)) {
        if (StoreError e = ensureJob(job); !e.ok())
            return e;
    }
    if (!m_organisations.contains(slug))
        m_organisations.append(slug);
    return StoreError::none();
}

Result<QStringList> CouchDeployment::holdersOf(const QString &code)
{
    const QJsonObject query { { "selector", QJsonObject { { "buurtbrug.card", code } } }, { "fields", QJsonArray { "name" } }, { "limit", 1000 } };
    const Result<QJsonObject> found = m_client.expect("POST", QStringLiteral("/_users/_find"), query);
    if (!found.ok())
        return found.error();
    QStringList names;
    for (const QJsonValue &doc : found.value().value("docs").toArray())
        names.append(doc.toObject().value("name").toString());
    return names;
}

Result<QString> CouchDeployment::organisationOfCard(const QString &code)
{
    const Result<CouchClient::Answer> card = m_client.request("GET", CouchClient::path(CouchLayout::cardsHub(), QStringLiteral("card:") + code));
    if (!card.ok())
        return card.error();
    const QString org = card.value().object().value("org").toString();
    if (card.value().status != 200 || org.isEmpty())
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no card %1 in %2").arg(code, CouchLayout::cardsHub()));
    const Result<QJsonObject> revoked = revokedCards();
    if (!revoked.ok())
        return revoked.error();
    if (revoked.value().value("codes").toArray().contains(code))
        return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("card %1 was revoked").arg(code));
    return org;
}

StoreError CouchDeployment::ensureCard(const QString &code, const QString &organisation, const QString &added, const QString &removed)
{
    const QString db = CouchLayout::cardDatabase(code);
    if (StoreError e = ensureOrganisation(organisation); !e.ok())
        return e;
    if (StoreError e = ensureDatabase(db); !e.ok())
        return e;
    Result<QStringList> holders = holdersOf(code);
    if (!holders.ok())
        return holders.error();
    if (!added.isEmpty())
        holders.value().append(added);
    holders.value().removeAll(removed);
    if (StoreError e = ensureSecurity(db, CouchLayout::cardSecurity(holders.value())); !e.ok())
        return e;
    if (StoreError e = ensureValidation(db, CouchLayout::cardValidation(code)); !e.ok())
        return e;
    for (const CouchLayout::Job &job : CouchLayout::cardJobs(m_account, code, organisation)) {
        if (StoreError e = ensureJob(job); !e.ok())
            return e;
    }
    ++m_cards;
    return StoreError::none();
}

Result<QJsonObject> CouchDeployment::revokedCards()
{
    const Result<CouchClient::Answer> list = m_client.request("GET", CouchClient::path(CouchLayout::cardsHub(), QStringLiteral("_local/buurtbrug-revoked-cards")));
    if (!list.ok())
        return list.error();
    if (list.value().status == 404)
        return QJsonObject { { "_id", "_local/buurtbrug-revoked-cards" }, { "codes", QJsonArray() } };
    if (!list.value().ok())
        return StoreError::make(StoreError::Code::IoError, list.value().problem());
    return list.value().object();
}

StoreError CouchDeployment::removeCard(const QString &code)
{
    Result<QJsonObject> revoked = revokedCards();
    if (!revoked.ok())
        return revoked.error();
    QJsonArray codes = revoked.value().value("codes").toArray();
    if (!codes.contains(code)) {
        codes.append(code);
        revoked.value().insert("codes", codes);
        const Result<QJsonObject> kept = m_client.expect("PUT", CouchClient::path(CouchLayout::cardsHub(), QStringLiteral("_local/buurtbrug-revoked-cards")), revoked.value());
        if (!kept.ok())
            return kept.error();
        ++m_changes;
    }
    for (const QString &id : CouchLayout::cardJobIds(code)) {
        if (StoreError e = deleteDocument(QStringLiteral("_replicator"), id); !e.ok())
            return e;
    }
    const Result<CouchClient::Answer> gone = m_client.request("DELETE", CouchClient::path(CouchLayout::cardDatabase(code)));
    if (!gone.ok())
        return gone.error();
    if (gone.value().ok())
        ++m_changes;
    else if (gone.value().status != 404)
        return StoreError::make(StoreError::Code::IoError, gone.value().problem());
    // A cluster deletes the shard files and forgets the shard map after it answered: until then
    // the node still finds the database, or fails to read its deleted shards (HTTP 500).
    const QString database = CouchClient::path(CouchLayout::cardDatabase(code));
    const Result<bool> closed = m_client.pollUntil([&]() -> Result<bool> {
        const Result<CouchClient::Answer> now = m_client.request("GET", database);
        if (!now.ok())
            return now.error();
        return now.value().status == 404;
    }, 60000);
    if (!closed.ok())
        return closed.error();
    if (!closed.value())
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("%1 still answers for %2 a minute after its deletion").arg(m_client.describe(), database));
    return StoreError::none();
}

StoreError CouchDeployment::setup(const QStringList &organisations)
{
    if (StoreError e = checkAdmin(); !e.ok())
        return e;
    for (const QString &db : { QStringLiteral("_users"), QStringLiteral("_replicator"), CouchLayout::directory(), CouchLayout::cardsHub() }) {
        if (StoreError e = ensureDatabase(db); !e.ok())
            return e;
    }
    if (StoreError e = ensureSecurity(CouchLayout::directory(), CouchLayout::directorySecurity()); !e.ok())
        return e;
    if (StoreError e = ensureValidation(CouchLayout::directory(), CouchLayout::directoryValidation()); !e.ok())
        return e;
    if (StoreError e = ensureSecurity(CouchLayout::cardsHub(), CouchLayout::hubSecurity()); !e.ok())
        return e;

    QStringList wanted = organisations;
    const Result<CouchClient::Answer> all = m_client.request("GET", QStringLiteral("/_all_dbs"));
    if (!all.ok())
        return all.error();
    for (const QJsonValue &name : all.value().body.toArray()) {
        const QString slug = CouchLayout::organisationOf(name.toString());
        if (!slug.isEmpty() && !wanted.contains(slug))
            wanted.append(slug);
    }
    // Every card in the hub, in pages, with the organisation it names.
    QList<QPair<QString, QString>> cards;
    QString startKey = QStringLiteral("\"card:\"");
    for (int page = 0; page < 100000; ++page) {
        const Result<CouchClient::Answer> rows = m_client.request(
                "GET", CouchClient::path(CouchLayout::cardsHub()) + QStringLiteral("/_all_docs"), QJsonValue::Undefined,
                { { QStringLiteral("startkey"), startKey }, { QStringLiteral("endkey"), QStringLiteral("\"card:\\ufff0\"") },
                  { QStringLiteral("include_docs"), QStringLiteral("true") }, { QStringLiteral("limit"), QStringLiteral("501") } });
        if (!rows.ok())
            return rows.error();
        if (!rows.value().ok())
            return StoreError::make(StoreError::Code::IoError, rows.value().problem());
        const QJsonArray list = rows.value().object().value("rows").toArray();
        for (int i = 0; i < list.size() && i < 500; ++i) {
            const QJsonObject doc = list.at(i).toObject().value("doc").toObject();
            const QString code = doc.value("code").toString();
            const QString org = doc.value("org").toString();
            if (!code.isEmpty() && CouchLayout::isValidSlug(org))
                cards.append({ code, org });
        }
        if (list.size() <= 500)
            break;
        startKey = QString::fromUtf8(QJsonDocument(QJsonArray { list.at(500).toObject().value("id") }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
    const Result<QJsonObject> revoked = revokedCards();
    if (!revoked.ok())
        return revoked.error();
    const QJsonArray revokedCodes = revoked.value().value("codes").toArray();
    cards.erase(std::remove_if(cards.begin(), cards.end(), [&](const auto &card) { return revokedCodes.contains(card.first); }), cards.end());
    for (const auto &card : cards) {
        if (!wanted.contains(card.second))
            wanted.append(card.second);
    }
    for (const QString &slug : wanted) {
        if (StoreError e = ensureOrganisation(slug); !e.ok())
            return e;
    }
    for (const auto &card : cards) {
        if (StoreError e = ensureCard(card.first, card.second); !e.ok())
            return e;
    }
    return StoreError::none();
}
