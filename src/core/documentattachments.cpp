// The attachment reads of DocumentDatabase: metadata from a leaf's stored "_attachments",
// bytes from the content the leaf names (kept once per MD5).
#include "documentdatabase.h"

#include <sqlite3.h>

namespace {
StoreError missing(const QString &reason)
{
    return StoreError::make(StoreError::Code::NotFound, reason);
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
