// The write side of DocumentDatabase: batches of documents, given as objects or as JSON text,
// in one transaction through DocumentWriter; and _local documents, which have no history.
#include "documentdatabase.h"

#include "documentparts.h"
#include "documentwriter.h"
#include "jsontext.h"

#include <QJsonDocument>
#include <QUuid>

#include <sqlite3.h>

// One document of a batch as it was given: parsed, or as JSON text that is split without
// parsing it (DocumentParts::fromText).
struct DocumentDatabase::IncomingDoc
{
    QJsonObject object;
    QByteArray text;
    const DocumentParts *split = nullptr;

    [[nodiscard]] bool isText() const { return !text.isNull(); }
    [[nodiscard]] QString id() const
    {
        if (split)
            return split->id;
        return isText() ? DocumentParts::idOf(text) : object.value(QLatin1String("_id")).toString();
    }
    [[nodiscard]] Result<DocumentParts> parts() const
    {
        if (split)
            return *split;
        return isText() ? DocumentParts::fromText(text) : DocumentParts::fromJson(object);
    }
};

namespace {
StoreError notFound(const QString &reason)
{
    return StoreError::make(StoreError::Code::NotFound, reason);
}
}

WriteResult DocumentDatabase::put(const QJsonObject &doc)
{
    return write({ IncomingDoc { doc, {}, nullptr } }, true).constFirst();
}

WriteResult DocumentDatabase::remove(const QString &id, const QString &rev)
{
    return put(QJsonObject { { QStringLiteral("_id"), id },
                             { QStringLiteral("_rev"), rev },
                             { QStringLiteral("_deleted"), true } });
}

QList<WriteResult> DocumentDatabase::bulkDocs(const QList<QJsonObject> &docs, bool newEdits)
{
    QList<IncomingDoc> incoming;
    incoming.reserve(docs.size());
    for (const QJsonObject &doc : docs)
        incoming.append({ doc, {}, nullptr });
    return write(incoming, newEdits);
}

QList<WriteResult> DocumentDatabase::bulkDocs(const QList<QByteArray> &docs, bool newEdits)
{
    QList<IncomingDoc> incoming;
    incoming.reserve(docs.size());
    for (const QByteArray &doc : docs)
        incoming.append({ {}, doc.isNull() ? QByteArray("") : doc, nullptr });
    return write(incoming, newEdits);
}

QList<WriteResult> DocumentDatabase::bulkDocs(const QList<DocumentParts> &docs, bool newEdits)
{
    QList<IncomingDoc> incoming;
    incoming.reserve(docs.size());
    for (const DocumentParts &doc : docs)
        incoming.append({ {}, {}, &doc });
    return write(incoming, newEdits);
}

QList<WriteResult> DocumentDatabase::write(const QList<IncomingDoc> &docs, bool newEdits)
{
    QList<WriteResult> results;
    results.reserve(docs.size());
    if (m_connection.isReadOnly()) {
        for (const IncomingDoc &doc : docs)
            results.append({ doc.id(), {}, StoreError::make(StoreError::Code::ReadOnly, QStringLiteral("the database is open read-only")) });
        return results;
    }

    DocumentWriter writer(m_connection, m_indexer, m_revsLimit, m_maxAttachmentBytes);
    StoreError error = writer.begin();
    bool anyLocal = false;
    for (const IncomingDoc &doc : docs) {
        if (!error.ok())
            break;
        Result<DocumentParts> parsed = doc.parts();
        if ((parsed.ok() ? parsed.value().id : doc.id()).startsWith(QLatin1String("_local/"))) {
            if (doc.split) {
                results.append({ doc.split->id, {}, StoreError::make(StoreError::Code::BadRequest,
                                                                     QStringLiteral("_local documents are not replicated")) });
                continue;
            }
            Result<QJsonObject> object = doc.isText() ? JsonText::parseObject(doc.text) : Result<QJsonObject>(doc.object);
            WriteResult local = object.ok() ? writeLocal(object.value()) : WriteResult { doc.id(), {}, object.error() };
            anyLocal = anyLocal || local.error.ok();
            if (!local.error.ok() && local.error.code != StoreError::Code::Conflict
                && local.error.code != StoreError::Code::NotFound && object.ok())
                error = local.error;
            results.append(local);
            continue;
        }
        if (!parsed.ok()) {
            results.append({ doc.id(), {}, parsed.error() });
            continue;
        }
        DocumentParts &parts = parsed.value();
        if (parts.id.isEmpty()) {
            if (!newEdits) {
                results.append({ {}, {}, StoreError::make(StoreError::Code::BadRequest,
                                                          QStringLiteral("new_edits=false needs an _id")) });
                continue;
            }
            parts.id = QUuid::createUuid().toString(QUuid::Id128);
            parts.indexes.reset(); // derived, if at all, without the id
        }
        results.append(writer.write(parts, newEdits));
        error = writer.fatalError();
    }
    if (error.ok() && (writer.changedAnything() || anyLocal))
        error = writer.commit();
    else
        writer.rollback();

    if (!error.ok()) {
        // Nothing of this batch is stored: every document reports the storage failure.
        results.clear();
        for (const IncomingDoc &doc : docs)
            results.append({ doc.id(), {}, error });
        return results;
    }
    if (writer.changedAnything())
        emit documentsChanged(writer.updateSeq());
    return results;
}

Result<int> DocumentDatabase::purge(const QStringList &ids)
{
    if (m_connection.isReadOnly())
        return StoreError::make(StoreError::Code::ReadOnly, QStringLiteral("the database is open read-only"));
    DocumentWriter writer(m_connection, m_indexer, m_revsLimit, m_maxAttachmentBytes);
    if (StoreError error = writer.begin(); !error.ok())
        return error;
    int purged = 0;
    for (const QString &id : ids) {
        if (writer.purge(id))
            ++purged;
        if (!writer.fatalError().ok()) {
            writer.rollback();
            return writer.fatalError();
        }
    }
    if (!writer.changedAnything()) {
        writer.rollback();
        return 0;
    }
    if (!writer.collectAttachmentGarbage()) {
        writer.rollback();
        return writer.fatalError();
    }
    if (StoreError error = writer.commit(); !error.ok())
        return error;
    emit documentsChanged(writer.updateSeq());
    return purged;
}

Result<QJsonObject> DocumentDatabase::getLocal(const QString &id)
{
    SqliteStatement &select = m_connection.statement("SELECT rev, body FROM local_docs WHERE doc_id = ?");
    select.bind(1, id);
    const int rc = select.step();
    if (rc != SQLITE_ROW) {
        select.reset();
        return rc == SQLITE_DONE ? notFound(QStringLiteral("missing"))
                                 : m_connection.errorFor(rc, QStringLiteral("reading a local document"));
    }
    QJsonObject doc = QJsonDocument::fromJson(select.bytes(1)).object();
    doc.insert(QStringLiteral("_id"), id);
    doc.insert(QStringLiteral("_rev"), QStringLiteral("0-%1").arg(select.int64(0)));
    select.reset();
    return doc;
}

WriteResult DocumentDatabase::putLocal(const QJsonObject &doc)
{
    return write({ IncomingDoc { doc, {}, nullptr } }, true).constFirst();
}

WriteResult DocumentDatabase::removeLocal(const QString &id, const QString &rev)
{
    return putLocal(QJsonObject { { QStringLiteral("_id"), id },
                                  { QStringLiteral("_rev"), rev },
                                  { QStringLiteral("_deleted"), true } });
}

// Local docs carry "0-N" revisions; a stale N is a conflict, as in CouchDB. Called inside the
// write transaction of write(). Creating one accepts any given _rev, as CouchDB does.
WriteResult DocumentDatabase::writeLocal(const QJsonObject &doc)
{
    const QString id = doc.value(QLatin1String("_id")).toString();
    const QString givenRev = doc.value(QLatin1String("_rev")).toString();
    const bool deleted = doc.value(QLatin1String("_deleted")).toBool(false);
    QJsonObject body;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            body.insert(it.key(), it.value());
    }

    SqliteStatement &select = m_connection.statement("SELECT rev FROM local_docs WHERE doc_id = ?");
    select.bind(1, id);
    int rc = select.step();
    const bool exists = rc == SQLITE_ROW;
    const qint64 current = exists ? select.int64(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return { id, {}, m_connection.errorFor(rc, QStringLiteral("reading a local document")) };
    if (exists && givenRev != QStringLiteral("0-%1").arg(current))
        return { id, {}, StoreError::make(StoreError::Code::Conflict, QStringLiteral("Document update conflict.")) };
    if (deleted) {
        if (!exists)
            return { id, {}, notFound(QStringLiteral("missing")) };
        SqliteStatement &remove = m_connection.statement("DELETE FROM local_docs WHERE doc_id = ?");
        remove.bind(1, id);
        rc = remove.exec();
        return { id, QStringLiteral("0-0"), m_connection.checkStep(rc, QStringLiteral("deleting a local document")) };
    }
    SqliteStatement &upsert =
            m_connection.statement("INSERT OR REPLACE INTO local_docs(doc_id, rev, body) VALUES (?, ?, ?)");
    upsert.bind(1, id).bind(2, current + 1).bind(3, QJsonDocument(body).toJson(QJsonDocument::Compact));
    rc = upsert.exec();
    return { id, QStringLiteral("0-%1").arg(current + 1),
             m_connection.checkStep(rc, QStringLiteral("writing a local document")) };
}
