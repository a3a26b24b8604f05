// The batch endpoints of DatabaseEndpoints that a replication uses: _revs_diff, _bulk_docs
// and _bulk_get. Their bodies are scanned (JsonScan) rather than parsed: ids and revisions are
// read as text, and documents pass to the store as the bytes they came in, unless the access
// rules need to look into them.
#include "databaseendpoints.h"
#include "designendpoints.h"

#include "attachmentendpoints.h"
#include "bulkdocsbody.h"
#include "documentdatabase.h"
#include "documenttext.h"
#include "revision.h"
#include "revsdiffbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <algorithm>

namespace {
QJsonObject writeResultJson(const WriteResult &r)
{
    if (r.error.ok())
        return { { "ok", true }, { "id", r.id }, { "rev", r.rev } };
    return { { "id", r.id }, { "error", r.error.couchName() }, { "reason", r.error.reason } };
}

CouchResponse tooLarge(int limit)
{
    return CouchResponse::error(413, QStringLiteral("too_large"), QStringLiteral("At most %1 documents per request.").arg(limit));
}
}

CouchResponse DatabaseEndpoints::revsDiff(const CouchRequest &request, const Principal &who, DocumentDatabase *db)
{
    const RevsDiffBody body = RevsDiffBody::read(request.body, m_limits.maxDocsPerRequest);
    if (body.tooLarge)
        return tooLarge(m_limits.maxDocsPerRequest);
    if (!body.error.ok())
        return CouchResponse::from(body.error);
    QHash<QString, QStringList> asked;
    QHash<QString, QStringList> hidden; // answered as all missing, so nothing is revealed
    const auto canSee = visibility(who, db);
    for (auto it = body.asked.cbegin(); it != body.asked.cend(); ++it)
        (canSee(it.key()) ? asked : hidden).insert(it.key(), it.value());
    Result<QHash<QString, RevsDiffEntry>> diff = db->revsDiff(asked);
    if (diff.ok()) {
        for (auto it = hidden.cbegin(); it != hidden.cend(); ++it)
            diff.value().insert(it.key(), RevsDiffEntry { it.value(), {} });
    }
    if (!diff.ok())
        return CouchResponse::from(diff.error());
    // Written as text: a thousand ids inserted one by one into a QJsonObject cost more than the diff.
    QByteArray answer = "{";
    for (auto it = diff.value().cbegin(); it != diff.value().cend(); ++it) {
        if (answer.size() > 1)
            answer += ',';
        answer += DocumentText::quoted(it.key()) + ":{\"missing\":" + DocumentText::stringArray(it->missing);
        if (!it->possibleAncestors.isEmpty())
            answer += ",\"possible_ancestors\":" + DocumentText::stringArray(it->possibleAncestors);
        answer += '}';
    }
    return CouchResponse::jsonText(200, answer + '}');
}

CouchResponse DatabaseEndpoints::bulkDocs(const CouchRequest &request, const Principal &who, DocumentDatabase *db)
{
    const bool checked = checksDocuments(who, db->name());
    // Read on the server's worker thread already, as a rule (SyncServer); else here.
    const std::shared_ptr<const BulkDocsBody> body = request.bulkDocs && request.bulkDocs->forChecks == checked
            ? request.bulkDocs
            : std::make_shared<const BulkDocsBody>(BulkDocsBody::read(request.body, m_limits.maxDocsPerRequest, checked, db->indexer()));
    if (body->tooLarge)
        return tooLarge(m_limits.maxDocsPerRequest);
    if (!body->error.ok())
        return CouchResponse::from(body->error);
    if (!body->sawDocs)
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("POST body must include `docs` parameter."));

    // Refused documents are answered in place; the others go to the store in one transaction:
    // split already (or, with a _local document among them, as text), or as objects when the
    // access rules had to look into them. Answers are JSON text, and with new_edits=false
    // only failures get one (as in CouchDB): a pushed batch of a thousand then costs no answer
    // objects at all.
    const QList<BulkDocsBody::Doc> &docs = body->docs;
    // The rule DocumentDatabase's write follows: a _local id, whether or not the rest splits
    // (its "0-N" revision does not).
    const bool anyLocal = !checked && std::any_of(docs.cbegin(), docs.cend(), [](const BulkDocsBody::Doc &doc) {
        return doc.parts && (doc.parts->ok() ? doc.parts->value().id : DocumentParts::idOf(doc.text)).startsWith(QLatin1String("_local/"));
    });
    QList<QJsonObject> acceptedObjects;
    QList<DocumentParts> acceptedParts;
    QList<QByteArray> acceptedTexts;
    QList<int> positions;
    QHash<int, QString> askedIds; // by accepted position: the id as the caller named it (_local)
    QList<QByteArray> answers(docs.size());
    const auto answer = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    for (int i = 0; i < docs.size(); ++i) {
        const BulkDocsBody::Doc &doc = docs.at(i);
        if (!doc.isObject()) {
            answers[i] = answer({ { "error", "bad_request" }, { "reason", "Document must be a JSON object" } });
            continue;
        }
        if (AttachmentEndpoints::documentBytes(doc.text) > maxDocumentBytes(db->name())) {
            answers[i] = answer({ { "id", DocumentParts::idOf(doc.text) }, { "error", "document_too_large" },
                                  { "reason", QStringLiteral("A document in this database may have %1 bytes at most.").arg(maxDocumentBytes(db->name())) } });
            continue;
        }
        // The text is searched first: only a design document holding the word pays for its id.
        if (doc.text.contains("\"validate_doc_update\"") && DesignEndpoints::holdsValidation(DocumentParts::idOf(doc.text), doc.text)) {
            answers[i] = answer({ { "id", DocumentParts::idOf(doc.text) }, { "error", "forbidden" }, { "reason", DesignEndpoints::validationRefusal() } });
            continue;
        }
        if (checked && doc.parts && !doc.parts->ok()) {
            answers[i] = answer(writeResultJson({ DocumentParts::idOf(doc.text), {}, doc.parts->error() }));
            continue;
        }
        if (checked) {
            QJsonObject object = doc.object;
            const QString id = object.value(QLatin1String("_id")).toString();
            if (id.startsWith(QLatin1String("_local/"))) {
                object.insert(QStringLiteral("_id"), localId(who, id));
                askedIds.insert(positions.size(), id);
            }
            if (StoreError refused = checkWrite(who, db, object); !refused.ok()) {
                answers[i] = answer({ { "id", id }, { "error", "forbidden" }, { "reason", refused.reason } });
                continue;
            }
            acceptedObjects.append(object);
        } else if (anyLocal) {
            acceptedTexts.append(doc.text);
        } else if (!doc.parts->ok()) {
            answers[i] = answer(writeResultJson({ DocumentParts::idOf(doc.text), {}, doc.parts->error() }));
            continue;
        } else {
            acceptedParts.append(doc.parts->value());
        }
        positions.append(i);
    }
    const QList<WriteResult> written = checked ? db->bulkDocs(acceptedObjects, body->newEdits)
            : anyLocal                         ? db->bulkDocs(acceptedTexts, body->newEdits)
                                               : db->bulkDocs(acceptedParts, body->newEdits);
    for (int k = 0; k < written.size(); ++k) {
        if (body->newEdits || !written.at(k).error.ok()) {
            WriteResult result = written.at(k);
            result.id = askedIds.value(k, result.id);
            answers[positions.at(k)] = answer(writeResultJson(result));
        }
    }
    QByteArray result = "[";
    for (const QByteArray &text : std::as_const(answers)) {
        if (text.isEmpty())
            continue;
        if (result.size() > 1)
            result += ',';
        result += text;
    }
    return CouchResponse::jsonText(201, result + ']');
}

CouchResponse DatabaseEndpoints::bulkGet(const CouchRequest &request, const Principal &who, DocumentDatabase *db)
{
    Result<QJsonObject> body = request.couchBodyObject();
    if (!body.ok())
        return CouchResponse::from(body.error());
    const QJsonValue docs = body.value().value(QLatin1String("docs"));
    if (docs.isUndefined())
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Missing JSON list of 'docs'."));
    // CouchDB crashes on a docs value that is not a list (500 function_clause).
    if (!docs.isArray())
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("'docs' must be a list."));
    // What the answer needs after this call returns: it is written piece by piece.
    struct Reading
    {
        QPointer<DocumentDatabase> db;
        Principal who;
        QJsonArray asked;
        qsizetype next = 0;
        bool withRevisions = false;
        bool latest = false;
        bool attachments = false;
        std::function<bool(const QString &)> canSee;
    };
    auto reading = std::make_shared<Reading>();
    reading->asked = docs.toArray();
    if (reading->asked.size() > m_limits.maxDocsPerRequest)
        return CouchResponse::error(413, QStringLiteral("too_large"), QStringLiteral("At most %1 documents per request.").arg(m_limits.maxDocsPerRequest));
    reading->db = db;
    reading->who = who;
    reading->withRevisions = request.flag(QStringLiteral("revs"));
    reading->latest = request.flag(QStringLiteral("latest"));
    reading->attachments = request.flag(QStringLiteral("attachments"));
    reading->canSee = visibility(reading->who, db);

    const auto failure = [](const QJsonValue &id, const QJsonValue &rev, const QString &error, const QString &reason) {
        return "{\"error\":" + QJsonDocument(QJsonObject { { "id", id }, { "rev", rev }, { "error", error }, { "reason", reason } }).toJson(QJsonDocument::Compact) + '}';
    };
    // An item CouchDB refuses in place, before looking anything up: not an object, no id, a
    // revision that is not one. The answer names what was asked (null where it was not given).
    const auto refusal = [failure](const QJsonValue &asked) -> QByteArray {
        const QJsonObject item = asked.toObject();
        const QJsonValue id = item.value(QLatin1String("id"));
        const QJsonValue rev = item.value(QLatin1String("rev"));
        const QJsonValue namedId = id.isString() ? id : QJsonValue(QJsonValue::Null);
        // CouchDB names the revision only once it has an id to go with it.
        const QJsonValue namedRev = rev.isUndefined() || !id.isString() ? QJsonValue(QJsonValue::Null) : rev;
        QString reason;
        if (!asked.isObject())
            reason = QStringLiteral("document must be a JSON object");
        else if (!id.isString() || id.toString().isEmpty())
            reason = QStringLiteral("document id missed"); // CouchDB's words; it crashes on a number
        else if (!rev.isUndefined() && !(rev.isString() && Revision::parse(rev.toString())))
            reason = QStringLiteral("Invalid rev format");
        else
            return {};
        return "{\"id\":" + (namedId.isString() ? DocumentText::quoted(namedId.toString()) : QByteArray("null"))
                + ",\"docs\":[" + failure(asked.isObject() ? namedId : QJsonValue(QJsonValue::Null),
                                           asked.isObject() ? namedRev : QJsonValue(QJsonValue::Null), QStringLiteral("bad_request"), reason)
                + "]}";
    };
    // The documents go out as the stored text, without a parse and a serialisation each, about
    // a quarter of a megabyte at a time: 10 000 documents of 64 KiB are never in memory at once.
    return CouchResponse::streamed(200, [reading, failure, refusal]() -> std::optional<QByteArray> {
        const qsizetype count = reading->asked.size();
        if (reading->next > count)
            return std::nullopt;
        if (!reading->db) {
            reading->next = count + 1;
            return std::nullopt; // the database was deleted meanwhile: the answer ends short
        }
        QByteArray piece = reading->next == 0 ? QByteArray("{\"results\":[") : QByteArray();
        DocumentDatabase::ReadScope scope(*reading->db);
        while (reading->next < count && piece.size() < 256 * 1024) {
            if (reading->next > 0)
                piece += ',';
            if (const QByteArray refused = refusal(reading->asked.at(reading->next)); !refused.isEmpty()) {
                piece += refused;
                ++reading->next;
                continue;
            }
            const QJsonObject item = reading->asked.at(reading->next).toObject();
            const QString id = item.value(QLatin1String("id")).toString();
            const QString rev = item.value(QLatin1String("rev")).toString();
            Result<QList<OpenRevision>> answers = reading->canSee(id)
                    ? reading->db->openRevs(id, rev.isEmpty() ? QStringList() : QStringList { rev }, reading->withRevisions,
                                            reading->latest, DocumentDatabase::Form::Text)
                    : Result<QList<OpenRevision>>(StoreError::make(StoreError::Code::NotFound, QStringLiteral("missing")));
            piece += "{\"id\":" + DocumentText::quoted(id) + ",\"docs\":[";
            if (!answers.ok()) {
                piece += failure(id, rev.isEmpty() ? QStringLiteral("undefined") : rev, answers.error().couchName(), answers.error().reason);
            } else {
                bool first = true;
                for (const OpenRevision &answer : answers.value()) {
                    if (!first)
                        piece += ',';
                    first = false;
                    // attachments=true: the data of those newer than the item's atts_since, inline
                    const Result<QByteArray> json = AttachmentEndpoints::withData(
                            reading->db, answer.json,
                            AttachmentEndpoints::InlineOptions::from(item.value(QLatin1String("atts_since")), reading->attachments));
                    piece += answer.missing ? failure(id, answer.rev, QStringLiteral("not_found"), QStringLiteral("missing"))
                            : !json.ok()    ? failure(id, answer.rev, json.error().couchName(), json.error().reason)
                                            : "{\"ok\":" + json.value() + '}';
                }
            }
            piece += "]}";
            ++reading->next;
        }
        if (reading->next == count) {
            piece += "]}\n";
            ++reading->next;
        }
        return piece;
    });
}
