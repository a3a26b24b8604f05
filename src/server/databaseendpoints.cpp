#include "databaseendpoints.h"
#include "databasenames.h"

#include "alldocsquery.h"
#include "attachmentendpoints.h"
#include "changesfeed.h"
#include "changesquery.h"
#include "designendpoints.h"
#include "findendpoint.h"
#include "mangoindexes.h"
#include "maintenanceendpoints.h"

#include "cardaccess.h"
#include "databasefolder.h"
#include "documenttext.h"
#include "documentvalidator.h"
#include "jsontext.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace {
CouchResponse notFound(const QString &reason = QStringLiteral("missing"))
{
    return CouchResponse::error(404, QStringLiteral("not_found"), reason);
}

constexpr int maxFilteredPages = 20; // per _changes request with _doc_ids, _selector or _design

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

// A document in a request body, refused in CouchDB's words.
Result<QJsonObject> documentBody(const CouchRequest &request)
{
    Result<QJsonValue> parsed = JsonText::parse(request.body);
    if (!parsed.ok())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("invalid UTF-8 JSON"));
    if (!parsed.value().isObject())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("Document must be a JSON object"));
    return parsed.value().toObject();
}

bool isRevision(const QString &rev)
{
    const qsizetype dash = rev.indexOf(u'-');
    bool number = false;
    return dash > 0 && dash + 1 < rev.size() && rev.left(dash).toLongLong(&number) > 0 && number;
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
    if (writesOneDocument(request) && AttachmentEndpoints::documentBytesOf(request) > maxDocumentBytes(request.segments.first()))
        return CouchResponse::error(413, QStringLiteral("document_too_large"),
                                    QStringLiteral("A document in this database may have %1 bytes at most.").arg(maxDocumentBytes(request.segments.first())));
    return database(request, who, request.segments.first());
}

CouchResponse DatabaseEndpoints::server(const CouchRequest &request, const Principal &who)
{
    const QString what = request.segments.value(0);
    if (what == QLatin1String("_uuids")) {
        if (request.method != "GET" && request.method != "HEAD")
            return methodNotAllowed(QStringLiteral("GET"));
        bool number = true;
        const int count = request.has(QStringLiteral("count")) ? request.text(QStringLiteral("count")).toInt(&number) : 1;
        if (!number || count < 0)
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("count must be a positive integer"));
        if (count > 1000) // CouchDB's max_count
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("count parameter too large"));
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
    if (request.method != "PUT")
        return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Database does not exist."));
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
                    { "cluster", QJsonObject { { "q", 1 }, { "n", 1 }, { "w", 1 }, { "r", 1 } } }, { "props", QJsonObject() },
                    { "disk_format_version", 8 }, { "instance_start_time", "0" },
                    { "sizes", QJsonObject { { "file", i.fileSize }, { "active", i.fileSize }, { "external", i.fileSize } } } });
        }
        if (method == "POST") {
            Result<QJsonObject> doc = documentBody(request);
            if (!doc.ok())
                return CouchResponse::from(doc.error());
            QJsonObject body = doc.value();
            if (!body.contains(QLatin1String("_id")))
                body.insert(QStringLiteral("_id"), QUuid::createUuid().toString(QUuid::Id128));
            return writeOne(who, db, body, true, 201);
        }
        return methodNotAllowed(QStringLiteral("DELETE,GET,HEAD,POST"));
    }

    const QString what = request.segments.at(1);
    if (what == QLatin1String("_local")) {
        if (request.segments.size() < 3)
            return notFound();
        return local(request, db, localId(who, QStringLiteral("_local/") + request.segments.mid(2).join(u'/')));
    }
    if (DesignEndpoints::handles(request))
        return DesignEndpoints::handle(request, *db);
    if (what == QLatin1String("_design") && request.segments.size() >= 4)
        return attachment(request, who, db, QStringLiteral("_design/") + request.segments.at(2), request.segments.mid(3).join(u'/'));
    if (what == QLatin1String("_design") && request.segments.size() >= 3)
        return document(request, who, db, QStringLiteral("_design/") + request.segments.mid(2).join(u'/'));
    if (request.segments.size() > 2 && !what.startsWith(u'_'))
        return attachment(request, who, db, what, request.segments.mid(2).join(u'/'));
    if (what == QLatin1String("_index"))
        return MangoIndexes::handle(request, who.isAdmin(), *db);
    if (what == QLatin1String("_find") || what == QLatin1String("_explain")) {
        FindEndpoint find(*db, visibility(who, db), m_limits.maxFindExamined);
        return what == QLatin1String("_find") ? find.find(request) : find.explain(request);
    }
    if (MaintenanceEndpoints::handles(what))
        return MaintenanceEndpoints::handle(request, who, *db);
    if (request.segments.size() > 2)
        return notFound();
    if (what == QLatin1String("_all_docs") || what == QLatin1String("_design_docs"))
        return allDocs(request, who, db, what == QLatin1String("_design_docs"));
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
        if (method != "GET" && method != "HEAD" && method != "PUT")
            return methodNotAllowed(QStringLiteral("PUT,GET"));
        if (method == "GET" || method == "HEAD")
            return CouchResponse::json(200, db->revsLimit());
        if (!m_policy.canManageDatabases(who))
            return CouchResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("Only server admins may change revs_limit."));
        const StoreError set = db->setRevsLimit(request.body.trimmed().toInt());
        return set.ok() ? CouchResponse::ok(200) : CouchResponse::from(set);
    }
    if (what.startsWith(u'_') && method != "PUT")
        return notFound();
    if (what.startsWith(u'_'))
        return CouchResponse::error(400, QStringLiteral("illegal_docid"), QStringLiteral("Only reserved document ids may start with underscore."));
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

CouchResponse DatabaseEndpoints::writeOne(const Principal &who, DocumentDatabase *db, QJsonObject doc, bool newEdits, int createdStatus,
                                          const FollowingBytes &following)
{
    if (StoreError refused = checkWrite(who, db, doc); !refused.ok())
        return CouchResponse::error(403, QStringLiteral("forbidden"), refused.reason);
    // A validation function this server would not run is refused, not stored to be ignored.
    if (doc.value(QLatin1String("_id")).toString().startsWith(QLatin1String("_design/")) && doc.contains(QLatin1String("validate_doc_update")))
        return CouchResponse::error(403, QStringLiteral("forbidden"), DesignEndpoints::validationRefusal());
    WriteResult written;
    if (following.isEmpty()) {
        written = db->bulkDocs({ doc }, newEdits).constFirst();
    } else { // the bytes of a multipart/related body go to the store beside the document
        Result<DocumentParts> parts = DocumentParts::fromJson(doc);
        if (!parts.ok())
            return CouchResponse::from(parts.error());
        parts.value().following = following;
        written = db->bulkDocs(QList<DocumentParts> { std::move(parts).value() }, newEdits).constFirst();
    }
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
        if (request.has(QStringLiteral("rev")) && !isRevision(request.text(QStringLiteral("rev"))))
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Invalid rev format"));
        if (request.has(QStringLiteral("open_revs"))) {
            if (request.text(QStringLiteral("open_revs")) != QLatin1String("all") && !JsonText::parse(request.text(QStringLiteral("open_revs")).toUtf8()).ok())
                return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON"));
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
        const bool revsInfo = request.flag(QStringLiteral("revs_info"));
        options.revisions = options.revisions || revsInfo;
        Result<QJsonObject> doc = db->get(id, options);
        if (doc.ok())
            doc = AttachmentEndpoints::withData(db, doc.value(), AttachmentEndpoints::InlineOptions::from(request));
        if (doc.ok() && revsInfo) {
            // Only the current revision's body is kept: the others are "missing", as after
            // CouchDB's compaction.
            const QJsonObject revisions = doc.value().value(QLatin1String("_revisions")).toObject();
            const qint64 start = revisions.value(QLatin1String("start")).toInteger();
            QJsonArray info;
            const QJsonArray ids = revisions.value(QLatin1String("ids")).toArray();
            for (qsizetype i = 0; i < ids.size(); ++i)
                info.append(QJsonObject { { "rev", QStringLiteral("%1-%2").arg(start - i).arg(ids.at(i).toString()) },
                                          { "status", i == 0 ? "available" : "missing" } });
            doc.value().insert(QStringLiteral("_revs_info"), info);
            if (!request.flag(QStringLiteral("revs")))
                doc.value().remove(QStringLiteral("_revisions"));
        }
        return doc.ok() ? CouchResponse::json(200, doc.value()) : CouchResponse::from(doc.error());
    }
    if (method == "PUT") {
        const bool multipart = request.header("Content-Type").trimmed().toLower().startsWith("multipart/related");
        FollowingBytes following;
        Result<QJsonObject> body = multipart ? AttachmentEndpoints::documentOf(request, &following) : documentBody(request);
        if (!body.ok())
            return CouchResponse::from(body.error());
        QJsonObject doc = body.value();
        doc.insert(QStringLiteral("_id"), id); // the URL names the document, as in CouchDB
        if (request.has(QStringLiteral("rev")) && !doc.contains(QLatin1String("_rev")))
            doc.insert(QStringLiteral("_rev"), request.text(QStringLiteral("rev")));
        const bool newEdits = request.text(QStringLiteral("new_edits")) != QLatin1String("false");
        return writeOne(who, db, doc, newEdits, doc.value(QLatin1String("_deleted")).toBool() ? 200 : 201, following);
    }
    if (method == "DELETE") {
        QString rev = request.text(QStringLiteral("rev"));
        if (rev.isEmpty())
            rev = QString::fromUtf8(request.header("If-Match")).remove(u'"');
        if (rev.isEmpty())
            return CouchResponse::error(409, QStringLiteral("conflict"), QStringLiteral("Document update conflict."));
        AllDocsOptions current;
        current.keys = { id };
        if (const Result<QList<AllDocsRow>> row = db->allDocs(current); row.ok() && !row.value().isEmpty()
            && (row.value().constFirst().missing || row.value().constFirst().deleted)) // every leaf is a tombstone then
            return notFound(row.value().constFirst().missing ? QStringLiteral("missing") : QStringLiteral("deleted"));
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

CouchResponse DatabaseEndpoints::allDocs(const CouchRequest &request, const Principal &who, DocumentDatabase *db, bool designOnly)
{
    qint64 total = 0;
    if (designOnly) {
        AllDocsOptions designs;
        designs.startKey = QStringLiteral("_design/");
        designs.endKey = QStringLiteral("_design0");
        designs.inclusiveEnd = false;
        const Result<QList<AllDocsRow>> rows = db->allDocs(designs);
        total = rows.ok() ? rows.value().size() : 0;
    } else if (m_policy.isFiltered(who, db->name())) {
        const Result<qint64> visible = visibleCount(who, db);
        total = visible.ok() ? visible.value() : 0;
    } else {
        const Result<DatabaseInfo> info = db->info();
        total = info.ok() ? info.value().docCount : 0;
    }
    return AllDocsQuery(*db, visibility(who, db), total, m_limits.maxDocsPerRequest).answer(request, designOnly);
}

qint64 DatabaseEndpoints::sinceOf(DocumentDatabase *db, const CouchRequest &request)
{
    return ChangesQuery::read(request, *db).since;
}

Result<ChangesPage> DatabaseEndpoints::changesPage(DocumentDatabase *db, const CouchRequest &request, qint64 since,
                                                   const Principal &who)
{
    const ChangesQuery query = ChangesQuery::read(request, *db);
    if (query.error) // DatabaseEndpoints::changes answers with it
        return StoreError::make(StoreError::Code::BadRequest, query.error->body.toObject().value(QLatin1String("reason")).toString());
    ChangesOptions options;
    options.since = query.descending ? 0 : since;
    options.descending = query.descending;
    options.allLeaves = query.allLeaves;
    options.includeDocs = query.includeDocs || query.needsDocument();
    // Pages with documents are smaller; `pending` tells the client to go on.
    const qint64 cap = options.includeDocs ? m_limits.maxChangesWithDocs : m_limits.maxChangesLimit;
    const qint64 wanted = query.limit < 0 ? cap : std::min(query.limit, cap);
    options.limit = int(std::max<qint64>(wanted, 0));
    options.countPending = true;
    const auto canSee = visibility(who, db);
    const bool filtered = m_policy.isFiltered(who, db->name());
    ChangesPage seen;
    seen.lastSeq = since;
    qint64 scanned = 0; // changes read; a filtered feed's pending counts those it did not pass
    // A filtered feed reads on past pages it passes nothing of (PouchDB ends a replication at
    // the first empty page); one with a client's filter up to a bounded number of pages per
    // request, after which it answers with the last_seq it reached. A card holder's
    // `pending` says only whether more may follow (0 or 1), not how many changes others made.
    // A card holder's feed reads on to the end as before (PouchDB would stop at an empty page).
    for (int pageRead = 0; filtered || pageRead < maxFilteredPages; ++pageRead) {
        Result<ChangesPage> page = db->changes(options);
        if (!page.ok())
            return page.error();
        QList<ChangeRow> &rows = page.value().rows;
        seen.lastSeq = page.value().lastSeq;
        seen.hasMore = page.value().hasMore;
        seen.pending = page.value().pending;
        scanned += rows.size();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ChangeRow &row = rows[i];
            if (!canSee(row.id))
                continue;
            if (query.needsDocument() && row.deleted)
                row.doc = QJsonObject { { "_id", row.id }, { "_rev", row.revs.value(0) }, { "_deleted", true } };
            if (!query.passes(row.id, row.doc))
                continue;
            if (!query.includeDocs) {
                row.doc = QJsonObject();
            } else if (query.conflicts && !row.deleted) {
                GetOptions withConflicts;
                withConflicts.conflicts = true;
                if (const Result<QJsonObject> doc = db->get(row.id, withConflicts); doc.ok())
                    row.doc = doc.value();
            }
            seen.rows.append(std::move(row));
            if (seen.rows.size() >= wanted) { // the limit is reached inside this page
                seen.lastSeq = seen.rows.constLast().seq;
                seen.hasMore = seen.hasMore || i + 1 < rows.size();
                seen.pending += rows.size() - i - 1;
                break;
            }
        }
        // Without a client's filter one page is the answer (a card holder's: the first with rows).
        const bool unfiltered = query.filter == ChangesQuery::Filter::None;
        if (seen.rows.size() >= wanted || !page.value().hasMore || (unfiltered && (!filtered || !seen.rows.isEmpty()))
            || (!query.descending && page.value().lastSeq <= options.since))
            break;
        options.since = page.value().lastSeq;
    }
    // CouchDB's pending of a _doc_ids or _design feed counts the changes it did not pass; of a
    // _selector feed, the changes after last_seq.
    if ((query.filter == ChangesQuery::Filter::DocIds || query.filter == ChangesQuery::Filter::Design) && seen.rows.size() < wanted)
        seen.pending = scanned + seen.pending - seen.rows.size();
    if (filtered)
        seen.pending = seen.hasMore ? 1 : 0;
    return seen;
}

// Written as text: a page of a thousand rows as QJsonObjects costs more than reading it.
QByteArray DatabaseEndpoints::changesJson(const ChangesPage &page)
{
    QByteArray out = "{\"results\":[";
    for (qsizetype i = 0; i < page.rows.size(); ++i)
        out += (i > 0 ? "," : "") + ChangesFeed::rowJson(page.rows.at(i));
    out += "],\"last_seq\":" + QByteArray::number(page.lastSeq) + ",\"pending\":" + QByteArray::number(page.pending) + '}';
    return out;
}

CouchResponse DatabaseEndpoints::changes(const CouchRequest &request, const Principal &who, DocumentDatabase *db)
{
    const ChangesQuery query = ChangesQuery::read(request, *db);
    if (query.error)
        return *query.error;
    Result<ChangesPage> page = changesPage(db, request, query.since, who);
    return page.ok() ? CouchResponse::jsonText(200, changesJson(page.value())) : CouchResponse::from(page.error());
}
