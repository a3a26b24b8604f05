// The attachment reads of DocumentDatabase: metadata from a leaf's stored "_attachments",
// bytes from the content the leaf names (kept once per MD5).
#include "documentdatabase.h"

#include "attachmentresolver.h"
#include "jsontext.h"
#include "revision.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace {
StoreError missing(const QString &reason)
{
    return StoreError::make(StoreError::Code::NotFound, reason);
}

// The depth of the newest revision in atts_since that is an ancestor of (or is) the document's
// revision: attachments written after it are sent, older ones the client has.
int sincePosition(DocumentDatabase *db, const QJsonObject &doc, const QStringList &attsSince)
{
    if (attsSince.isEmpty())
        return 0;
    QJsonObject revisions = doc.value(QLatin1String("_revisions")).toObject();
    if (revisions.isEmpty()) {
        GetOptions options;
        options.rev = doc.value(QLatin1String("_rev")).toString();
        options.revisions = true;
        Result<QJsonObject> read = db->get(doc.value(QLatin1String("_id")).toString(), options);
        if (read.ok())
            revisions = read.value().value(QLatin1String("_revisions")).toObject();
    }
    return AttachmentResolver::sincePosition(revisions, attsSince);
}
}

Result<StoredAttachmentData> DocumentDatabase::attachment(const QString &id, const QString &rev, const QString &name, bool withData)
{
    ReadScope scope(*this);
    GetOptions options;
    options.rev = rev;
    Result<QJsonObject> doc = get(id, options);
    if (!doc.ok())
        return doc.error();
    StoredAttachmentData answer;
    answer.rev = doc.value().value(QLatin1String("_rev")).toString();
    answer.stub = doc.value().value(QLatin1String("_attachments")).toObject().value(name).toObject();
    if (answer.stub.isEmpty())
        return missing(QStringLiteral("Document is missing attachment"));
    if (!withData)
        return answer;
    Result<QByteArray> bytes = attachmentBytes(id, answer.rev, name);
    if (!bytes.ok())
        return bytes.error();
    answer.data = std::move(bytes).value();
    return answer;
}

Result<QByteArray> DocumentDatabase::attachmentBytes(const QString &id, const QString &rev, const QString &name)
{
    SqliteStatement &select = m_connection.statement(
            "SELECT c.data FROM docs d JOIN attachment_refs a ON a.doc = d.id JOIN attachment_data c ON c.md5 = a.md5 "
            "WHERE d.doc_id = ? AND a.rev = ? AND a.name = ?");
    select.bind(1, id).bind(2, rev).bind(3, name);
    const int rc = select.step();
    QByteArray data = rc == SQLITE_ROW ? select.bytes(0) : QByteArray();
    select.reset();
    if (rc == SQLITE_DONE)
        return missing(QStringLiteral("Document is missing attachment"));
    if (rc != SQLITE_ROW)
        return m_connection.errorFor(rc, QStringLiteral("reading an attachment"));
    return data;
}

Result<QJsonObject> DocumentDatabase::withAttachmentData(QJsonObject doc, const QStringList &attsSince)
{
    QJsonObject attachments = doc.value(QLatin1String("_attachments")).toObject();
    if (attachments.isEmpty())
        return doc;
    const int since = sincePosition(this, doc, attsSince);
    const QString id = doc.value(QLatin1String("_id")).toString();
    const QString rev = doc.value(QLatin1String("_rev")).toString();
    for (auto it = attachments.begin(); it != attachments.end(); ++it) {
        QJsonObject stub = it.value().toObject();
        if (stub.value(QLatin1String("revpos")).toInt() <= since)
            continue; // the client has it
        Result<QByteArray> data = attachmentBytes(id, rev, it.key());
        if (!data.ok())
            return data.error();
        stub.remove(QStringLiteral("stub"));
        stub.remove(QStringLiteral("length"));
        stub.insert(QStringLiteral("data"), QString::fromLatin1(data.value().toBase64()));
        it.value() = stub;
    }
    doc.insert(QStringLiteral("_attachments"), attachments);
    return doc;
}

Result<QByteArray> DocumentDatabase::withAttachmentData(const QByteArray &json, const QStringList &attsSince)
{
    if (!json.contains("\"_attachments\""))
        return json;
    Result<QJsonObject> doc = JsonText::parseObject(json);
    if (!doc.ok())
        return doc.error();
    Result<QJsonObject> inlined = withAttachmentData(doc.value(), attsSince);
    if (!inlined.ok())
        return inlined.error();
    return QJsonDocument(inlined.value()).toJson(QJsonDocument::Compact);
}

Result<DocumentWithBytes> DocumentDatabase::withFollowingAttachments(const QByteArray &json, const QStringList &attsSince)
{
    if (!json.contains("\"_attachments\""))
        return DocumentWithBytes { json, {} };
    Result<QJsonObject> parsed = JsonText::parseObject(json);
    if (!parsed.ok())
        return parsed.error();
    QJsonObject doc = std::move(parsed).value();
    QJsonObject attachments = doc.value(QLatin1String("_attachments")).toObject();
    if (attachments.isEmpty())
        return DocumentWithBytes { json, {} };
    const int since = sincePosition(this, doc, attsSince);
    const QString id = doc.value(QLatin1String("_id")).toString();
    const QString rev = doc.value(QLatin1String("_rev")).toString();
    DocumentWithBytes out;
    // QJsonObject keeps its members sorted, and so does its text: the bytes go in that order.
    for (auto it = attachments.begin(); it != attachments.end(); ++it) {
        const QJsonObject stub = it.value().toObject();
        if (stub.value(QLatin1String("revpos")).toInt() <= since)
            continue; // the other side has it
        Result<QByteArray> data = attachmentBytes(id, rev, it.key());
        if (!data.ok())
            return data.error();
        // No digest: a peer's digest of a compressed form would not match these plain bytes;
        // the receiver makes its own. CouchDB needs the length to read the part.
        it.value() = QJsonObject { { QStringLiteral("content_type"), stub.value(QLatin1String("content_type")) },
                                   { QStringLiteral("revpos"), stub.value(QLatin1String("revpos")) },
                                   { QStringLiteral("length"), qint64(data.value().size()) },
                                   { QStringLiteral("follows"), true } };
        out.attachments.append({ it.key(), std::move(data).value() });
    }
    if (out.attachments.isEmpty())
        return DocumentWithBytes { json, {} };
    doc.insert(QStringLiteral("_attachments"), attachments);
    out.json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    return out;
}
