#include "documentwriter.h"

#include "indexwriter.h"
#include "revisiontreestore.h"

#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

namespace {
StoreError conflict()
{
    return StoreError::make(StoreError::Code::Conflict, QStringLiteral("Document update conflict."));
}
}

DocumentWriter::DocumentWriter(SqliteConnection &connection, const Indexer &indexer, int revsLimit, qint64 maxAttachmentBytes)
    : m_connection(connection), m_indexer(indexer), m_revsLimit(revsLimit), m_maxAttachmentBytes(maxAttachmentBytes)
{
}

StoreError DocumentWriter::begin()
{
    if (StoreError error = m_connection.begin(); !error.ok())
        return error;
    // Read under the write lock, so counters stay exact with other processes writing too.
    SqliteStatement &counters = m_connection.statement(
            "SELECT update_seq, doc_count, del_count FROM counters WHERE id = 1");
    const int rc = counters.step();
    if (rc != SQLITE_ROW) {
        m_connection.rollback();
        return m_connection.errorFor(rc, QStringLiteral("reading counters"));
    }
    m_updateSeq = counters.int64(0);
    m_docCount = counters.int64(1);
    m_deletedCount = counters.int64(2);
    counters.reset();
    return StoreError::none();
}

StoreError DocumentWriter::commit()
{
    if (!m_fatal.ok()) {
        m_connection.rollback();
        return m_fatal;
    }
    if (m_changed) {
        SqliteStatement &update = m_connection.statement(
                "UPDATE counters SET update_seq = ?, doc_count = ?, del_count = ? WHERE id = 1");
        update.bind(1, m_updateSeq).bind(2, m_docCount).bind(3, m_deletedCount);
        if (StoreError error = m_connection.checkStep(update.exec(), QStringLiteral("writing counters"));
            !error.ok()) {
            m_connection.rollback();
            return error;
        }
    }
    return m_connection.commit();
}

bool DocumentWriter::purge(const QString &id)
{
    DocRow row;
    if (!loadDoc(id, row) || !row.exists)
        return false;
    IndexWriter indexes(m_connection, m_indexer);
    if (StoreError error = indexes.clear(row.rowId); !error.ok()) {
        m_fatal = error;
        return false;
    }
    if (!dropAttachmentRefs(row.rowId, nullptr))
        return false;
    for (const char *sql : { "DELETE FROM revs WHERE doc = ?", "DELETE FROM docs WHERE id = ?" }) {
        SqliteStatement &remove = m_connection.statement(sql);
        remove.bind(1, row.rowId);
        if (StoreError error = m_connection.checkStep(remove.exec(), QStringLiteral("purging a document")); !error.ok()) {
            m_fatal = error;
            return false;
        }
    }
    if (row.deleted)
        --m_deletedCount;
    else
        --m_docCount;
    // The sequence moves on, so listeners and "changed since" readers see that something changed.
    if (!m_changed)
        ++m_updateSeq;
    m_changed = true;
    return true;
}

WriteResult DocumentWriter::fail(const QString &id, StoreError error)
{
    if (error.code != StoreError::Code::Conflict && error.code != StoreError::Code::BadRequest
        && error.code != StoreError::Code::InvalidRevision && error.code != StoreError::Code::MissingStub
        && error.code != StoreError::Code::AttachmentTooLarge)
        m_fatal = error;
    return WriteResult { id, {}, std::move(error) };
}

bool DocumentWriter::loadDoc(const QString &id, DocRow &row)
{
    SqliteStatement &select =
            m_connection.statement("SELECT id, winner, deleted FROM docs WHERE doc_id = ?");
    select.bind(1, id);
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        row.exists = true;
        row.rowId = select.int64(0);
        row.winner = select.text(1);
        row.deleted = select.int64(2) != 0;
    } else if (rc != SQLITE_DONE) {
        m_fatal = m_connection.errorFor(rc, QStringLiteral("reading a document"));
    }
    select.reset();
    return m_fatal.ok();
}

bool DocumentWriter::loadTree(qint64 rowId, RevisionTree &tree)
{
    Result<RevisionTree> loaded = RevisionTreeStore::load(m_connection, rowId);
    if (!loaded.ok())
        m_fatal = loaded.error();
    else
        tree = std::move(loaded).value();
    return m_fatal.ok();
}

WriteResult DocumentWriter::write(const DocumentParts &parts, bool newEdits)
{
    if (!newEdits)
        return writeHistory(parts);
    DocRow row;
    RevisionTree tree;
    if (!loadDoc(parts.id, row) || (row.exists && !loadTree(row.rowId, tree)))
        return fail(parts.id, m_fatal);

    std::optional<Revision> parent;
    if (parts.rev)
        parent = parts.rev;
    else if (row.exists && row.deleted)
        parent = Revision::parse(row.winner); // recreating a deleted doc extends its tombstone
    else if (row.exists)
        return fail(parts.id, conflict());
    ResolvedAttachments attachments;
    if (!parts.attachments.isEmpty()) {
        if (parent && !tree.contains(parent->toString()))
            return fail(parts.id, conflict());
        StoreError refused;
        if (!resolveAttachments(parts, row.exists ? row.rowId : 0, parent, parent ? parent->pos + 1 : 1, true, attachments, refused))
            return fail(parts.id, m_fatal);
        if (!refused.ok())
            return fail(parts.id, refused);
    }
    QJsonObject hashed = parts.bodyObject();
    if (!attachments.stubs.isEmpty()) // an attachment's change is a change of the revision
        hashed.insert(QStringLiteral("_attachments"), attachments.stubs);
    const Revision leaf = Revision::next(parent, parts.deleted, hashed);
    if (tree.contains(leaf.toString()))
        return WriteResult { parts.id, leaf.toString(), {} }; // a retry of a stored write
    if (parent && !tree.isLeaf(parent->toString()))
        return fail(parts.id, conflict());
    tree.insert(RevisionNode { leaf, parent, parts.deleted });
    if (!store(parts, row, tree, { leaf }, AttachmentResolver::withStubs(parts.bodyText(), attachments.stubs), attachments))
        return fail(parts.id, m_fatal);
    return WriteResult { parts.id, leaf.toString(), {} };
}

WriteResult DocumentWriter::writeHistory(const DocumentParts &parts)
{
    if (!parts.rev)
        return fail(parts.id, StoreError::make(StoreError::Code::BadRequest, QStringLiteral("new_edits=false needs a _rev")));
    const Revision leaf = *parts.rev;
    const QList<Revision> path = parts.history.isEmpty() ? QList<Revision> { leaf } : parts.history;
    // Most documents a replication brings are new here: their row is inserted straight away,
    // and only when the id is taken is the stored tree loaded and the history merged into it.
    ResolvedAttachments attachments;
    if (!parts.attachments.isEmpty()) {
        DocRow existing;
        if (!loadDoc(parts.id, existing))
            return fail(parts.id, m_fatal);
        StoreError refused;
        if (!resolveAttachments(parts, existing.exists ? existing.rowId : 0, {}, leaf.pos, false, attachments, refused))
            return fail(parts.id, m_fatal);
        if (!refused.ok())
            return fail(parts.id, refused);
    }
    const QByteArray leafBody = AttachmentResolver::withStubs(parts.bodyText(), attachments.stubs);
    DocRow row;
    if (!storeFirstHistory(parts, row, path, leafBody, attachments))
        return fail(parts.id, m_fatal);
    if (row.exists)
        return WriteResult { parts.id, leaf.toString(), {} };
    RevisionTree tree;
    if (!loadDoc(parts.id, row) || !loadTree(row.rowId, tree))
        return fail(parts.id, m_fatal);
    const QList<Revision> added = tree.mergePath(path, parts.deleted);
    if (added.isEmpty() || added.first() != leaf)
        return WriteResult { parts.id, leaf.toString(), {} }; // already known: nothing to do
    if (!store(parts, row, tree, added, leafBody, attachments))
        return fail(parts.id, m_fatal);
    return WriteResult { parts.id, leaf.toString(), {} };
}

bool DocumentWriter::loadAttachments(qint64 rowId, const QString &rev, QList<StoredAttachment> &out)
{
    SqliteStatement &select = m_connection.statement(
            "SELECT r.rev, r.body, a.name, a.md5 FROM attachment_refs a JOIN revs r ON r.doc = a.doc AND r.rev = a.rev "
            "WHERE a.doc = ? AND (?2 IS NULL OR a.rev = ?2) ORDER BY a.rev");
    select.bind(1, rowId);
    if (rev.isEmpty())
        select.bindNull(2);
    else
        select.bind(2, rev);
    QString bodyRev;
    QJsonObject stubs;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        const QString rowRev = select.text(0);
        if (rowRev != bodyRev) {
            bodyRev = rowRev;
            stubs = QJsonDocument::fromJson(select.bytes(1)).object().value(QLatin1String("_attachments")).toObject();
        }
        const QString name = select.text(2);
        out.append({ rowRev, name, stubs.value(name).toObject(), select.bytes(3) });
    }
    select.reset();
    if (rc != SQLITE_DONE)
        m_fatal = m_connection.errorFor(rc, QStringLiteral("reading attachments"));
    return m_fatal.ok();
}

bool DocumentWriter::resolveAttachments(const DocumentParts &parts, qint64 rowId, const std::optional<Revision> &parent,
                                        int revpos, bool newEdits, ResolvedAttachments &resolved, StoreError &refused)
{
    AttachmentResolver::Context context;
    context.docId = parts.id;
    context.revpos = revpos;
    context.newEdits = newEdits;
    context.maxBytes = m_maxAttachmentBytes;
    for (const Revision &rev : parts.history)
        context.ancestry.append(rev.toString());
    // new_edits=true: a stub names an attachment of the revision it extends; false: of any
    // stored leaf (the target of a replication holds the ancestor atts_since named).
    if (rowId != 0 && (parent || !newEdits) && !loadAttachments(rowId, parent ? parent->toString() : QString(), context.known))
        return false;
    context.contentLength = [this](const QByteArray &md5) {
        SqliteStatement &select = m_connection.statement("SELECT length FROM attachment_data WHERE md5 = ?");
        select.bind(1, md5);
        const qint64 length = select.step() == SQLITE_ROW ? select.int64(0) : -1;
        select.reset();
        return length;
    };
    Result<ResolvedAttachments> result = AttachmentResolver::resolve(parts.attachments, context, parts.following);
    if (!result.ok())
        refused = result.error();
    else
        resolved = std::move(result).value();
    return true;
}

bool DocumentWriter::writeAttachmentRefs(qint64 rowId, const QString &rev, const ResolvedAttachments &attachments)
{
    for (const auto &[md5, data] : attachments.contents) {
        SqliteStatement &insert = m_connection.statement(
                "INSERT INTO attachment_data(md5, length, data) VALUES (?, ?, ?) ON CONFLICT(md5) DO NOTHING");
        insert.bind(1, md5).bind(2, qint64(data.size())).bindBlob(3, data);
        if (!(m_fatal = m_connection.checkStep(insert.exec(), QStringLiteral("storing an attachment"))).ok())
            return false;
    }
    for (const auto &[name, md5] : attachments.refs) {
        SqliteStatement &insert = m_connection.statement(
                "INSERT OR REPLACE INTO attachment_refs(doc, rev, name, md5) VALUES (?, ?, ?, ?)");
        insert.bind(1, rowId).bind(2, rev).bind(3, name).bind(4, md5);
        if (!(m_fatal = m_connection.checkStep(insert.exec(), QStringLiteral("naming an attachment"))).ok())
            return false;
    }
    return true;
}

bool DocumentWriter::dropAttachmentRefs(qint64 rowId, const QString *rev)
{
    SqliteStatement &remove = m_connection.statement(rev ? "DELETE FROM attachment_refs WHERE doc = ? AND rev = ?"
                                                         : "DELETE FROM attachment_refs WHERE doc = ?");
    remove.bind(1, rowId);
    if (rev)
        remove.bind(2, *rev);
    m_fatal = m_connection.checkStep(remove.exec(), QStringLiteral("dropping attachment names"));
    return m_fatal.ok();
}

bool DocumentWriter::collectAttachmentGarbage()
{
    SqliteStatement &remove = m_connection.statement(
            "DELETE FROM attachment_data WHERE NOT EXISTS (SELECT 1 FROM attachment_refs r WHERE r.md5 = attachment_data.md5)");
    m_fatal = m_connection.checkStep(remove.exec(), QStringLiteral("removing unused attachments"));
    return m_fatal.ok();
}

bool DocumentWriter::store(const DocumentParts &parts, DocRow &row, RevisionTree &tree,
                           const QList<Revision> &added, const QByteArray &leafBody, const ResolvedAttachments &attachments)
{
    const QStringList dropped = tree.stem(m_revsLimit);
    const RevisionNode winner = tree.winner();
    const bool isNew = !row.exists;
    const bool winnerChanged = isNew || winner.rev.toString() != row.winner;
    const qint64 seq = ++m_updateSeq;

    if (isNew) {
        if (!insertDoc(parts.id, seq, winner, row))
            return false;
        if (!row.exists) { // read as missing in this same transaction: the file is not sound
            m_fatal = StoreError::make(StoreError::Code::Corrupt, QStringLiteral("a document appeared while it was written"));
            return false;
        }
    } else {
        SqliteStatement &update =
                m_connection.statement("UPDATE docs SET seq = ?, winner = ?, deleted = ? WHERE id = ?");
        update.bind(1, seq).bind(2, winner.rev.toString()).bind(3, winner.deleted).bind(4, row.rowId);
        if (!(m_fatal = m_connection.checkStep(update.exec(), QStringLiteral("updating a document"))).ok())
            return false;
        if (row.deleted != winner.deleted) {
            (row.deleted ? m_deletedCount : m_docCount) -= 1;
            (winner.deleted ? m_deletedCount : m_docCount) += 1;
        }
    }

    QSet<QString> addedIds;
    for (const Revision &rev : added)
        addedIds.insert(rev.toString());
    for (const Revision &rev : added) {
        const RevisionNode *node = tree.node(rev.toString());
        if (!node)
            continue; // stemmed away at once
        const bool isLeafRev = tree.isLeaf(rev.toString());
        SqliteStatement &insert = m_connection.statement(
                "INSERT OR REPLACE INTO revs(doc, rev, parent, deleted, leaf, body) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, row.rowId).bind(2, rev.toString());
        if (node->parent)
            insert.bind(3, node->parent->toString());
        insert.bind(4, node->deleted).bind(5, isLeafRev);
        if (isLeafRev && rev == added.first())
            insert.bind(6, leafBody);
        if (!(m_fatal = m_connection.checkStep(insert.exec(), QStringLiteral("inserting a revision"))).ok())
            return false;
        if (isLeafRev && rev == added.first() && !attachments.refs.isEmpty()
            && !writeAttachmentRefs(row.rowId, rev.toString(), attachments))
            return false;
        // Its parent, if stored before, stops being a leaf; only leaves keep bodies.
        if (node->parent && !addedIds.contains(node->parent->toString())) {
            SqliteStatement &demote = m_connection.statement(
                    "UPDATE revs SET leaf = 0, body = NULL WHERE doc = ? AND rev = ? AND leaf = 1");
            demote.bind(1, row.rowId).bind(2, node->parent->toString());
            if (!(m_fatal = m_connection.checkStep(demote.exec(), QStringLiteral("updating a revision"))).ok())
                return false;
            const QString parentRev = node->parent->toString();
            if (!dropAttachmentRefs(row.rowId, &parentRev))
                return false;
        }
    }
    for (const QString &rev : dropped) {
        SqliteStatement &remove = m_connection.statement("DELETE FROM revs WHERE doc = ? AND rev = ?");
        remove.bind(1, row.rowId).bind(2, rev);
        if (!(m_fatal = m_connection.checkStep(remove.exec(), QStringLiteral("stemming revisions"))).ok())
            return false;
        if (!dropAttachmentRefs(row.rowId, &rev))
            return false;
    }
    row.exists = true;
    m_changed = true;
    if (m_indexer && winnerChanged)
        return reindex(row.rowId, parts.id, isNew, winner, added.first(), parts);
    return true;
}

bool DocumentWriter::insertDoc(const QString &id, qint64 seq, const RevisionNode &winner, DocRow &row)
{
    SqliteStatement &insert = m_connection.statement(
            "INSERT INTO docs(doc_id, seq, winner, deleted) VALUES (?, ?, ?, ?) ON CONFLICT(doc_id) DO NOTHING");
    insert.bind(1, id).bind(2, seq).bind(3, winner.rev.toString()).bind(4, winner.deleted);
    if (!(m_fatal = m_connection.checkStep(insert.exec(), QStringLiteral("inserting a document"))).ok())
        return false;
    row.exists = sqlite3_changes(m_connection.handle()) == 1;
    if (!row.exists)
        return true; // the id is taken
    row.rowId = sqlite3_last_insert_rowid(m_connection.handle());
    (winner.deleted ? m_deletedCount : m_docCount) += 1;
    return true;
}

bool DocumentWriter::storeFirstHistory(const DocumentParts &parts, DocRow &row, const QList<Revision> &path,
                                       const QByteArray &leafBody, const ResolvedAttachments &attachments)
{
    const RevisionNode winner { path.first(), {}, parts.deleted };
    if (!insertDoc(parts.id, m_updateSeq + 1, winner, row))
        return false;
    if (!row.exists)
        return true; // the id is taken: nothing written
    ++m_updateSeq;
    m_changed = true;

    // The newest revisions up to the revs limit are kept, as stemming the merged tree would;
    // each names its parent even when that parent is stemmed away. Only the leaf has a body.
    const qsizetype kept = m_revsLimit > 0 ? qMin<qsizetype>(path.size(), m_revsLimit) : path.size();
    SqliteStatement &insertRev = m_connection.statement(
            "INSERT OR REPLACE INTO revs(doc, rev, parent, deleted, leaf, body) VALUES (?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < kept; ++i) {
        const bool isLeaf = i == 0;
        insertRev.bind(1, row.rowId).bind(2, path.at(i).toString());
        if (i + 1 < path.size())
            insertRev.bind(3, path.at(i + 1).toString());
        else
            insertRev.bindNull(3);
        insertRev.bind(4, isLeaf && parts.deleted).bind(5, isLeaf);
        if (isLeaf)
            insertRev.bind(6, leafBody);
        else
            insertRev.bindNull(6);
        if (!(m_fatal = m_connection.checkStep(insertRev.exec(), QStringLiteral("inserting a revision"))).ok())
            return false;
    }
    if (!attachments.refs.isEmpty() && !writeAttachmentRefs(row.rowId, path.first().toString(), attachments))
        return false;
    return !m_indexer || reindex(row.rowId, parts.id, true, winner, winner.rev, parts);
}

bool DocumentWriter::reindex(qint64 rowId, const QString &id, bool isNew, const RevisionNode &winner,
                             const Revision &written, const DocumentParts &writtenParts)
{
    IndexWriter indexes(m_connection, m_indexer);
    if (!isNew && !(m_fatal = indexes.clear(rowId)).ok())
        return false;
    if (winner.deleted)
        return true;
    if (winner.rev == written) {
        m_fatal = writtenParts.indexes ? indexes.write(rowId, *writtenParts.indexes)
                                       : indexes.write(rowId, id, writtenParts.bodyObject());
        return m_fatal.ok();
    }
    SqliteStatement &select = m_connection.statement("SELECT body FROM revs WHERE doc = ? AND rev = ?");
    select.bind(1, rowId).bind(2, winner.rev.toString());
    const QByteArray body = select.step() == SQLITE_ROW ? select.bytes(0) : QByteArray("{}");
    select.reset();
    m_fatal = indexes.write(rowId, id, QJsonDocument::fromJson(body).object());
    return m_fatal.ok();
}
