#include "databaseendpoints.h"
#include "databasenames.h"

#include "attachmentendpoints.h"
#include "cardaccess.h"
#include "databasefolder.h"
#include "documenttext.h"
#include "documentvalidator.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace {
CouchResponse notFound(const QString &reason = QStringLiteral("missing"))
{
    return CouchResponse::error(404, QStringLiteral("not_found"), reason);
}

CouchResponse methodNotAllowed(const QString &allowed)
{
    return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only %1 allowed").arg(allowed));
}

bool isTypedDatabase(const QString &name)
{
    return DatabaseNames::isTyped(name);
}

// {"uuids":[...]}: random (version 4) uuids as 32 hex digits, as CouchDB's "random"
// algorithm. The random bytes of all of them come from one call to the system's generator:
// a uuid at a time costs a system call each, and a client may ask for 1000 per request.
QByteArray uuidsJson(int count)
{
    QByteArray random(16 * count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QByteArray out = "{\"uuids\":[";
    out.reserve(out.size() + count * 35 + 2);
    for (int i = 0; i < count; ++i) {
        char *bytes = random.data() + 16 * i;
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        out += (i ? ",\"" : "\"") + QByteArray(bytes, 16).toHex() + '"';
    }
    return out + "]}";
}

// PUT /db/id, PUT /db/_design/id, PUT /db/_local/id, POST /db: the body is one document.
bool writesOneDocument(const CouchRequest &request)
{
    if (request.method != "PUT" && request.method != "POST")
        return false;
    if (request.segments.size() == 1)
        return request.method == "POST";
    const QString &second = request.segments.at(1);
    if (!second.startsWith(u'_')) // /db/doc/att is an attachment's bytes
        return request.segments.size() == 2;
    return second == QLatin1String("_design") || second == QLatin1String("_local");
}

}

qint64 DatabaseEndpoints::maxDocumentBytes(const QString &database) const
{
    return isTypedDatabase(database) ? m_limits.maxTypedDocumentBytes : m_limits.maxDocumentBytes;
}

DatabaseEndpoints::DatabaseEndpoints(DatabaseFolder &folder, const AccessPolicy &policy, const ServerLimits &limits)
    : m_folder(folder), m_policy(policy), m_limits(limits)
{
}

CouchResponse DatabaseEndpoints::handle(const CouchRequest &request, const Principal &who)
{
    if (request.body.size() > m_limits.maxRequestBytes)
        return CouchResponse::error(413, QStringLiteral("too_large"),
                                    QStringLiteral("Request body is larger than %1 bytes.").arg(m_limits.maxRequestBytes));
    if (request.segments.isEmpty() || request.segments.first().startsWith(u'_'))
        return server(request, who);
    if (writesOneDocument(request) && AttachmentEndpoints::documentBytes(request.body) > maxDocumentBytes(request.segments.first()))
        return CouchResponse::error(413, QStringLiteral("document_too_large"),
                                    QStringLiteral("A document in this database may have %1 bytes at most.").arg(maxDocumentBytes(request.segments.first())));
    return database(request, who, request.segments.first());
}

CouchResponse DatabaseEndpoints::server(const CouchRequest &request, const Principal &who)
{
    const QString what = request.segments.value(0);
    if (what == QLatin1String("_uuids")) {
        const int count = int(std::clamp<qint64>(request.number(QStringLiteral("count"), 1), 1, 1000));
        return CouchResponse::jsonText(200, uuidsJson(count));
    }
    if (what == QLatin1String("_session")) {
        QJsonArray roles;
        for (const QString &role : who.roles)
            roles.append(role);
        return CouchResponse::json(200, QJsonObject { { "ok", true },
                                                      { "userCtx", QJsonObject { { "name", who.isAnonymous() ? QJsonValue() : QJsonValue(who.name) },
                                                                                 { "roles", roles } } } });
    }
    if (who.isAnonymous())
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Authentication required."));
    if (what == QLatin1String("_all_dbs")) {
        QJsonArray names;
        for (const QString &name : m_folder.databaseNames()) {
            if (m_policy.canRead(who, name))
                names.append(name);
        }
        return CouchResponse::json(200, names);
    }
    return CouchResponse::error(400, QStringLiteral("illegal_database_name"),
                                QStringLiteral("Name: '%1'. Only lowercase characters (a-z), digits (0-9), and any of the characters _, $, (, ), +, -, and / are allowed. Must begin with a letter.").arg(what));
}

Result<DocumentDatabase *> DatabaseEndpoints::readable(const QString &name, const Principal &who)
{
    if (who.isAnonymous())
        return StoreError::make(StoreError::Code::Unauthorized, QStringLiteral("Authentication required."));
    if (!DatabaseFolder::isValidName(name) || !m_folder.exists(name))
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("Database does not exist."));
    if (!m_policy.canRead(who, name))
        return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("You are not allowed to access this db."));
    Result<DocumentDatabase *> db = m_folder.database(name);
    if (db.ok())
        db.value()->setMaxAttachmentBytes(m_limits.maxAttachmentBytes);
    return db;
}

CouchResponse DatabaseEndpoints::database(const CouchRequest &request, const Principal &who, const QString &name)
{
    if (who.isAnonymous())
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Authentication required."));
    const QByteArray &method = request.method;
    if (request.segments.size() == 1 && (method == "PUT" || method == "DELETE")) {
        if (!m_policy.canManageDatabases(who))
            return CouchResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("Only server admins may create or delete databases."));
        if (!DatabaseFolder::isValidName(name))
            return server(request, who);
        if (method == "PUT") {
            if (m_folder.exists(name))
                return CouchResponse::error(412, QStringLiteral("file_exists"), QStringLiteral("The database could not be created, the file already exists."));
            Result<DocumentDatabase *> created = m_folder.database(name, true);
            return created.ok() ? CouchResponse::ok(201) : CouchResponse::from(created.error());
        }
        const StoreError deleted = m_folder.deleteDatabase(name);
        return deleted.ok() ? CouchResponse::ok(200) : CouchResponse::from(deleted);
    }

    Result<DocumentDatabase *> opened = readable(name, who);
    if (!opened.ok())
        return CouchResponse::from(opened.error());
    DocumentDatabase *db = opened.value();
    if (request.segments.size() == 1) {
        if (method == "GET" || method == "HEAD") {
            Result<DatabaseInfo> info = db->info();
            if (!info.ok())
                return CouchResponse::from(info.error());
            DatabaseInfo i = info.value();
            if (m_policy.isFiltered(who, name)) {
                // Global counts would tell a card holder how many cards and stamps there are
                // and how busy the database is; they see their own. A replication needs none of it.
                Result<qint64> visible = visibleCount(who, db);
                if (!visible.ok())
                    return CouchResponse::from(visible.error());
                i.docCount = visible.value();
                i.deletedCount = 0;
                i.updateSeq = 0;
                i.fileSize = 0;
            }
            return CouchResponse::json(200, QJsonObject {
                    { "db_name", name }, { "doc_count", i.docCount }, { "doc_del_count", i.deletedCount },
                    { "update_seq", i.updateSeq }, { "purge_seq", 0 }, { "compact_running", false },
                    { "disk_format_version", 8 }, { "instance_start_time", "0" },
                    { "sizes", QJsonObject { { "file", i.fileSize }, { "active", i.fileSize }, { "external", i.fileSize } } } });
        }
        if (method == "POST") {
            Result<QJsonObject> doc = request.bodyObject();
            if (!doc.ok())
                return CouchResponse::from(doc.error());
            QJsonObject body = doc.value();
            if (!body.contains(QLatin1String("_id")))
                body.insert(QStringLiteral("_id"), QUuid::createUuid().toString(QUuid::Id128));
            return writeOne(who, db, body, true, 201);
        }
        return methodNotAllowed(QStringLiteral("GET,HEAD,POST,PUT,DELETE"));
    }

    const QString what = request.segments.at(1);
    if (what == QLatin1String("_local")) {
        if (request.segments.size() < 3)
            return notFound();
        return local(request, db, localId(who, QStringLiteral("_local/") + request.segments.mid(2).join(u'/')));
    }
    if (what == QLatin1String("_design") && request.segments.size() >= 4)
        return attachment(request, who, db, QStringLiteral("_design/") + request.segments.at(2), request.segments.mid(3).join(u'/'));
    if (what == QLatin1String("_design") && request.segments.size() >= 3)
        return document(request, who, db, QStringLiteral("_design/") + request.segments.mid(2).join(u'/'));
    if (request.segments.size() > 2 && !what.startsWith(u'_'))
        return attachment(request, who, db, what, request.segments.mid(2).join(u'/'));
    if (request.segments.size() > 2)
        return notFound();
    if (what == QLatin1String("_all_docs"))
        return allDocs(request, who, db);
    if (what == QLatin1String("_changes"))
        return changes(request, who, db);
    if (what == QLatin1String("_revs_diff"))
        return method == "POST" ? revsDiff(request, who, db) : methodNotAllowed(QStringLiteral("POST"));
    if (what == QLatin1String("_bulk_docs"))
        return method == "POST" ? bulkDocs(request, who, db) : methodNotAllowed(QStringLiteral("POST"));
    if (what == QLatin1String("_bulk_get"))
        return method == "POST" ? bulkGet(request, who, db) : methodNotAllowed(QStringLiteral("POST"));
    if (what == QLatin1String("_ensure_full_commit")) // every write is already committed and fsynced
        return method == "POST" ? CouchResponse::json(201, QJsonObject { { "ok", true }, { "instance_start_time", "0" } })
                                : methodNotAllowed(QStringLiteral("POST"));
    if (what == QLatin1String("_security"))
        return CouchResponse::json(200, QJsonObject());
    if (what == QLatin1String("_revs_limit")) {
        if (method == "GET")
            return CouchResponse::json(200, db->revsLimit());
        if (!m_policy.canManageDatabases(who))
            return CouchResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("Only server admins may change revs_limit."));
        const StoreError set = db->setRevsLimit(request.body.trimmed().toInt());
        return set.ok() ? CouchResponse::ok(200) : CouchResponse::from(set);
    }
    if (what.startsWith(u'_'))
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Unsupported endpoint %1").arg(what));
    return document(request, who, db, what);
}

bool DatabaseEndpoints::checksDocuments(const Principal &who, const QString &database) const
{
    // checkWrite reads a document only for callers other than the admin or in typed databases.
    return !who.isAdmin() || isTypedDatabase(database);
}

StoreError DatabaseEndpoints::checkWrite(const Principal &who, DocumentDatabase *db, const QJsonObject &doc) const
{
    const QString &database = db->name();
    const QString id = doc.value(QLatin1String("_id")).toString();
    if (id.startsWith(QLatin1String("_local/"))) // already in the caller's namespace (localId)
        return m_policy.canRead(who, database) ? StoreError::none()
                                               : StoreError::make(StoreError::Code::Forbidden, QStringLiteral("You are not allowed to access this db."));
    // The app's invented sample neighbourhood stays on the phone that shows it.
    if (doc.value(QLatin1String("sample")).toBool())
        return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("Sample data is not taken in by a server."));
    if (m_policy.isFiltered(who, database)) {
        if (!m_policy.canRead(who, database))
            return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("You are not allowed to access this db."));
        if (StoreError refused = CardAccess(who, *db).checkWrite(doc); !refused.ok())
            return refused;
    } else if (!m_policy.canWrite(who, database, doc)) {
        return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("You are not allowed to write this document."));
    }
    if (StoreError refused = AttachmentEndpoints::checkDatabase(database, doc); !refused.ok())
        return refused;
    if (isTypedDatabase(database))
        return DocumentValidator::validateFor(doc, database);
    return StoreError::none();
}

std::function<bool(const QString &)> DatabaseEndpoints::visibility(const Principal &who, DocumentDatabase *db) const
{
    if (m_policy.isFiltered(who, db->name())) {
        auto access = std::make_shared<CardAccess>(who, *db);
        return [access](const QString &id) { return access->canSee(id); };
    }
    return [this, &who, name = db->name()](const QString &id) { return m_policy.canSee(who, name, id); };
}

Result<qint64> DatabaseEndpoints::visibleCount(const Principal &who, DocumentDatabase *db) const
{
    const auto canSee = visibility(who, db);
    QList<AllDocsOptions> ranges { AllDocsOptions() };
    if (who.hasRole(QStringLiteral("cardholder")) && !AccessPolicy::isWorker(who)) {
        // Only their card's ranges are worth reading.
        ranges.first().keys = { QStringLiteral("card:") + who.card };
        AllDocsOptions stamps;
        stamps.startKey = QStringLiteral("stamp:") + who.card + u':';
        stamps.endKey = QStringLiteral("stamp:") + who.card + QStringLiteral(":\uffff");
        ranges.append(stamps);
    }
    qint64 count = 0;
    for (const AllDocsOptions &options : std::as_const(ranges)) {
        Result<QList<AllDocsRow>> rows = db->allDocs(options);
        if (!rows.ok())
            return rows.error();
        for (const AllDocsRow &row : rows.value())
            count += !row.deleted && !row.missing && canSee(row.id) ? 1 : 0;
    }
    return count;
}

QString DatabaseEndpoints::localId(const Principal &who, const QString &id)
{
    if (who.kind != Principal::Kind::Device)
        return id;
    return QStringLiteral("_local/") + who.name + u'/' + id.mid(7);
}

CouchResponse DatabaseEndpoints::writeOne(const Principal &who, DocumentDatabase *db, QJsonObject doc, bool newEdits, int createdStatus)
{
    if (StoreError refused = checkWrite(who, db, doc); !refused.ok())
        return CouchResponse::error(403, QStringLiteral("forbidden"), refused.reason);
    const WriteResult written = db->bulkDocs({ doc }, newEdits).constFirst();
    if (!written.error.ok())
        return CouchResponse::from(written.error);
    return CouchResponse::json(createdStatus, QJsonObject { { "ok", true }, { "id", written.id }, { "rev", written.rev } });
}

CouchResponse DatabaseEndpoints::document(const CouchRequest &request, const Principal &who, DocumentDatabase *db, const QString &id)
{
    const QByteArray &method = request.method;
    if (method == "GET" || method == "HEAD") {
        if (!visibility(who, db)(id))
            return notFound(); // not "forbidden": that would tell the document exists
        if (request.has(QStringLiteral("open_revs"))) {
            const QJsonValue openRevs = request.json(QStringLiteral("open_revs"));
            QStringList revs;
            for (const QJsonValue &rev : openRevs.toArray())
                revs.append(rev.toString());
            if (!openRevs.isArray() && openRevs.toString() != QLatin1String("all"))
                return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("open_revs must be \"all\" or a list of revisions"));
            Result<QList<OpenRevision>> answers = db->openRevs(id, revs, request.flag(QStringLiteral("revs")), request.flag(QStringLiteral("latest")),
                                                               DocumentDatabase::Form::Text);
            if (!answers.ok())
                return CouchResponse::from(answers.error());
            QList<QByteArray> parts;
            // A multipart answer carries the attachments' data, as CouchDB's does (its replicator
            // asks so, without attachments=true).
            AttachmentEndpoints::InlineOptions inlined = AttachmentEndpoints::InlineOptions::from(request);
            inlined.attachments = inlined.attachments || AttachmentEndpoints::wantsMultipart(request);
            for (const OpenRevision &answer : answers.value()) {
                Result<QByteArray> json = AttachmentEndpoints::withData(db, answer.json, inlined);
                if (!json.ok())
                    return CouchResponse::from(json.error());
                parts.append(answer.missing ? "{\"missing\":" + DocumentText::quoted(answer.rev) + '}' : json.value());
            }
            if (AttachmentEndpoints::wantsMultipart(request))
                return AttachmentEndpoints::multipartMixed(parts);
            QByteArray list = "[";
            for (qsizetype i = 0; i < parts.size(); ++i)
                list += (i ? "," : "") + (answers.value().at(i).missing ? parts.at(i) : "{\"ok\":" + parts.at(i) + '}');
            return CouchResponse::jsonText(200, list + ']');
        }
        GetOptions options;
        options.rev = request.text(QStringLiteral("rev"));
        options.revisions = request.flag(QStringLiteral("revs"));
        options.conflicts = request.flag(QStringLiteral("conflicts"));
        options.deletedConflicts = request.flag(QStringLiteral("deleted_conflicts"));
        Result<QJsonObject> doc = db->get(id, options);
        if (doc.ok())
            doc = AttachmentEndpoints::withData(db, doc.value(), AttachmentEndpoints::InlineOptions::from(request));
        return doc.ok() ? CouchResponse::json(200, doc.value()) : CouchResponse::from(doc.error());
    }
    if (method == "PUT") {
        Result<QJsonObject> body = AttachmentEndpoints::documentOf(request);
        if (!body.ok())
            return CouchResponse::from(body.error());
        QJsonObject doc = body.value();
        if (doc.contains(QLatin1String("_id")) && doc.value(QLatin1String("_id")).toString() != id)
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Document id in the body does not match the URL."));
        doc.insert(QStringLiteral("_id"), id);
        if (request.has(QStringLiteral("rev")) && !doc.contains(QLatin1String("_rev")))
            doc.insert(QStringLiteral("_rev"), request.text(QStringLiteral("rev")));
        const bool newEdits = request.text(QStringLiteral("new_edits")) != QLatin1String("false");
        return writeOne(who, db, doc, newEdits, 201);
    }
    if (method == "DELETE") {
        QString rev = request.text(QStringLiteral("rev"));
        if (rev.isEmpty())
            rev = QString::fromUtf8(request.header("If-Match")).remove(u'"');
        if (rev.isEmpty())
            return CouchResponse::error(409, QStringLiteral("conflict"), QStringLiteral("Document update conflict."));
        return writeOne(who, db, QJsonObject { { "_id", id }, { "_rev", rev }, { "_deleted", true } }, true, 200);
    }
    return methodNotAllowed(QStringLiteral("GET,HEAD,PUT,DELETE"));
}

CouchResponse DatabaseEndpoints::attachment(const CouchRequest &request, const Principal &who, DocumentDatabase *db,
                                            const QString &id, const QString &name)
{
    if (!visibility(who, db)(id))
        return notFound(); // as for the document itself
    return AttachmentEndpoints::handle(request, db, id, name, [&](const QJsonObject &doc, int status) {
        return writeOne(who, db, doc, true, status);
    });
}

// _local docs stay writable for anyone who can read the database: replication checkpoints,
// each device's in its own namespace (id is localId's already).
CouchResponse DatabaseEndpoints::local(const CouchRequest &request, DocumentDatabase *db, const QString &id)
{
    const QString asked = QStringLiteral("_local/") + request.segments.mid(2).join(u'/');
    if (request.method == "GET" || request.method == "HEAD") {
        Result<QJsonObject> doc = db->getLocal(id);
        if (doc.ok())
            doc.value().insert(QStringLiteral("_id"), asked);
        return doc.ok() ? CouchResponse::json(200, doc.value()) : CouchResponse::from(doc.error());
    }
    WriteResult written;
    if (request.method == "PUT") {
        Result<QJsonObject> body = request.bodyObject();
        if (!body.ok())
            return CouchResponse::from(body.error());
        QJsonObject doc = body.value();
        doc.insert(QStringLiteral("_id"), id);
        written = db->putLocal(doc);
    } else if (request.method == "DELETE") {
        written = db->removeLocal(id, request.text(QStringLiteral("rev")));
    } else {
        return methodNotAllowed(QStringLiteral("GET,HEAD,PUT,DELETE"));
    }
    if (!written.error.ok())
        return CouchResponse::from(written.error);
    return CouchResponse::json(request.method == "PUT" ? 201 : 200, QJsonObject { { "ok", true }, { "id", asked }, { "rev", written.rev } });
}

CouchResponse DatabaseEndpoints::allDocs(const CouchRequest &request, const Principal &who, DocumentDatabase *db)
{
    AllDocsOptions options;
    const auto key = [&](const char *a, const char *b) {
        const QString name = request.has(QLatin1String(a)) ? QLatin1String(a) : QLatin1String(b);
        return request.json(name).toString();
    };
    options.startKey = key("startkey", "start_key");
    options.endKey = key("endkey", "end_key");
    if (request.has(QStringLiteral("key")))
        options.keys = { request.json(QStringLiteral("key")).toString() };
    options.inclusiveEnd = request.text(QStringLiteral("inclusive_end")) != QLatin1String("false");
    options.descending = request.flag(QStringLiteral("descending"));
    options.limit = int(request.number(QStringLiteral("limit"), -1));
    options.skip = int(qMax<qint64>(0, request.number(QStringLiteral("skip"), 0)));
    options.includeDocs = request.flag(QStringLiteral("include_docs"));
    QJsonValue keys = request.has(QStringLiteral("keys")) ? request.json(QStringLiteral("keys")) : QJsonValue();
    if (request.method == "POST") {
        Result<QJsonObject> body = request.bodyObject();
        if (!body.ok())
            return CouchResponse::from(body.error());
        keys = body.value().value(QLatin1String("keys"));
    }
    if (keys.isArray() && keys.toArray().size() > m_limits.maxDocsPerRequest)
        return CouchResponse::error(413, QStringLiteral("too_large"), QStringLiteral("At most %1 keys per request.").arg(m_limits.maxDocsPerRequest));
    if (keys.isArray()) {
        for (const QJsonValue &k : keys.toArray())
            options.keys.append(k.toString());
    }
    Result<QList<AllDocsRow>> rows = db->allDocs(options);
    if (!rows.ok())
        return CouchResponse::from(rows.error());
    QJsonArray list;
    const auto canSee = visibility(who, db);
    for (const AllDocsRow &row : rows.value()) {
        if (!canSee(row.id))
            continue;
        if (row.missing) {
            list.append(QJsonObject { { "key", row.id }, { "error", "not_found" } });
            continue;
        }
        QJsonObject value { { "rev", row.rev } };
        if (row.deleted)
            value.insert("deleted", true);
        QJsonObject entry { { "id", row.id }, { "key", row.id }, { "value", value } };
        if (options.includeDocs)
            entry.insert("doc", row.deleted ? QJsonValue() : QJsonValue(row.doc));
        list.append(entry);
    }
    qint64 total = 0;
    if (m_policy.isFiltered(who, db->name())) {
        const Result<qint64> visible = visibleCount(who, db);
        total = visible.ok() ? visible.value() : 0;
    } else {
        const Result<DatabaseInfo> info = db->info();
        total = info.ok() ? info.value().docCount : 0;
    }
    return CouchResponse::json(200, QJsonObject { { "total_rows", total }, { "offset", options.skip }, { "rows", list } });
}

qint64 DatabaseEndpoints::sinceOf(DocumentDatabase *db, const CouchRequest &request)
{
    const QString since = request.text(QStringLiteral("since"));
    if (since == QLatin1String("now")) {
        const Result<DatabaseInfo> info = db->info();
        return info.ok() ? info.value().updateSeq : 0;
    }
    // Sequences are integers here; a foreign opaque sequence ("12-g1AAA") starts from its number.
    return qMax<qint64>(0, since.section(u'-', 0, 0).toLongLong());
}

Result<ChangesPage> DatabaseEndpoints::changesPage(DocumentDatabase *db, const CouchRequest &request, qint64 since,
                                                   const Principal &who)
{
    ChangesOptions options;
    options.since = since;
    const qint64 limit = request.number(QStringLiteral("limit"), m_limits.maxChangesLimit);
    options.limit = int(std::clamp<qint64>(limit, 1, m_limits.maxChangesLimit));
    options.allLeaves = request.text(QStringLiteral("style")) == QLatin1String("all_docs");
    options.includeDocs = request.flag(QStringLiteral("include_docs"));
    if (options.includeDocs) // pages with documents are smaller; `pending` tells the client to go on
        options.limit = std::min(options.limit, m_limits.maxChangesWithDocs);
    options.countPending = true;
    // filter=_doc_ids: only these documents (PouchDB's and CouchDB's doc_ids replication),
    // given as a JSON query value or, with POST, in the body.
    QSet<QString> only;
    const bool byIds = request.text(QStringLiteral("filter")) == QLatin1String("_doc_ids");
    if (byIds) {
        QJsonValue ids = request.json(QStringLiteral("doc_ids"));
        if (request.method == "POST") {
            Result<QJsonObject> body = request.bodyObject();
            if (body.ok() && body.value().contains(QLatin1String("doc_ids")))
                ids = body.value().value(QLatin1String("doc_ids"));
        }
        if (!ids.isArray())
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("filter=_doc_ids needs a doc_ids list"));
        for (const QJsonValue &id : ids.toArray())
            only.insert(id.toString());
    }
    const auto canSee = visibility(who, db);
    const bool filtered = m_policy.isFiltered(who, db->name());
    Result<ChangesPage> page = db->changes(options);
    ChangesPage seen;
    // A filtered caller reads on past pages it sees nothing of: PouchDB ends a replication at
    // the first empty page. Its `pending` says only whether more may follow (0 or 1), not how
    // many changes others made.
    while (page.ok()) {
        for (ChangeRow &row : page.value().rows) {
            if ((!byIds || only.contains(row.id)) && canSee(row.id))
                seen.rows.append(std::move(row));
        }
        seen.lastSeq = page.value().lastSeq;
        seen.hasMore = page.value().hasMore;
        seen.pending = filtered ? (page.value().hasMore ? 1 : 0) : page.value().pending;
        if (!filtered || !seen.rows.isEmpty() || !page.value().hasMore || page.value().lastSeq <= options.since)
            break;
        options.since = page.value().lastSeq;
        page = db->changes(options);
    }
    if (!page.ok())
        return page.error();
    return seen;
}

// Written as text: a page of a thousand rows as QJsonObjects costs more than reading it.
QByteArray DatabaseEndpoints::changesJson(const ChangesPage &page)
{
    QByteArray out = "{\"results\":[";
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        const ChangeRow &row = page.rows.at(i);
        if (i > 0)
            out += ',';
        out += "{\"seq\":" + QByteArray::number(row.seq) + ",\"id\":" + DocumentText::quoted(row.id) + ",\"changes\":[";
        for (qsizetype r = 0; r < row.revs.size(); ++r)
            out += (r > 0 ? ",{\"rev\":" : "{\"rev\":") + DocumentText::quoted(row.revs.at(r)) + '}';
        out += ']';
        if (row.deleted)
            out += ",\"deleted\":true";
        if (!row.doc.isEmpty())
            out += ",\"doc\":" + QJsonDocument(row.doc).toJson(QJsonDocument::Compact);
        out += '}';
    }
    out += "],\"last_seq\":" + QByteArray::number(page.lastSeq) + ",\"pending\":" + QByteArray::number(page.pending) + '}';
    return out;
}

CouchResponse DatabaseEndpoints::changes(const CouchRequest &request, const Principal &who, DocumentDatabase *db)
{
    Result<ChangesPage> page = changesPage(db, request, sinceOf(db, request), who);
    return page.ok() ? CouchResponse::jsonText(200, changesJson(page.value())) : CouchResponse::from(page.error());
}
