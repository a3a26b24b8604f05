#pragma once

#include "attachmentresolver.h"
#include "documentparts.h"
#include "documenttypes.h"
#include "revisiontree.h"
#include "sqliteconnection.h"

// The write path of DocumentDatabase for one transaction: loads a document's revision tree,
// adds the new revision (new_edits=true) or merges a foreign history (new_edits=false), stems
// it to the revs limit, and writes the tree, the winner, the counters and the secondary index
// keys. A per-document refusal (conflict) writes nothing for that doc; a storage failure is
// fatal and the caller must roll the whole transaction back.
class DocumentWriter
{
public:
    DocumentWriter(SqliteConnection &connection, const Indexer &indexer, int revsLimit, qint64 maxAttachmentBytes = 0);

    [[nodiscard]] StoreError begin();
    [[nodiscard]] WriteResult write(const DocumentParts &parts, bool newEdits);
    [[nodiscard]] StoreError commit();
    // Removes a document with its whole revision tree and index rows, leaving no tombstone
    // (CouchDB's _purge): a later replication never hears of it. False when it did not exist.
    bool purge(const QString &id);
    void rollback() { m_connection.rollback(); }
    // Removes attachment content that no kept revision names any more (after a purge, before
    // a compaction). False only on a storage error.
    bool collectAttachmentGarbage();

    // Set once a storage error happened; the transaction can only be rolled back.
    [[nodiscard]] const StoreError &fatalError() const { return m_fatal; }
    [[nodiscard]] bool changedAnything() const { return m_changed; }
    [[nodiscard]] qint64 updateSeq() const { return m_updateSeq; }

private:
    struct DocRow
    {
        bool exists = false;
        qint64 rowId = 0;
        QString winner;
        bool deleted = false;
    };

    SqliteConnection &m_connection;
    const Indexer &m_indexer;
    int m_revsLimit;
    qint64 m_maxAttachmentBytes;
    qint64 m_updateSeq = 0;
    qint64 m_docCount = 0;
    qint64 m_deletedCount = 0;
    bool m_changed = false;
    StoreError m_fatal;

    WriteResult fail(const QString &id, StoreError error);
    // new_edits=false: merges a peer's history of the document.
    WriteResult writeHistory(const DocumentParts &parts);
    bool loadDoc(const QString &id, DocRow &row);
    bool loadTree(qint64 rowId, RevisionTree &tree);
    // Persists the added revisions and the new winner of one document.
    bool store(const DocumentParts &parts, DocRow &row, RevisionTree &tree,
               const QList<Revision> &added, const QByteArray &leafBody, const ResolvedAttachments &attachments);
    // Resolves the document's "_attachments" against what the store holds (the parent leaf's
    // for new_edits=true, the document's leaves for new_edits=false) and stores new content.
    // A refusal (bad data, missing stub) is set in refused; false only on a storage error.
    bool resolveAttachments(const DocumentParts &parts, qint64 rowId, const std::optional<Revision> &parent,
                            int revpos, bool newEdits, ResolvedAttachments &resolved, StoreError &refused);
    // The attachments of a document's stored leaves (of one leaf when rev is given).
    bool loadAttachments(qint64 rowId, const QString &rev, QList<StoredAttachment> &out);
    bool writeAttachmentRefs(qint64 rowId, const QString &rev, const ResolvedAttachments &attachments);
    bool dropAttachmentRefs(qint64 rowId, const QString *rev);
    // Writes a document the store has never seen from a peer's history (new_edits=false):
    // the history is the whole tree, its newest revision the winner. Writes nothing and
    // leaves row.exists false when the id is taken.
    bool storeFirstHistory(const DocumentParts &parts, DocRow &row, const QList<Revision> &path,
                           const QByteArray &leafBody, const ResolvedAttachments &attachments);
    // Inserts the docs row of a new document and counts it; row.exists tells whether it was
    // inserted (false: the id is taken). False only on a storage error.
    bool insertDoc(const QString &id, qint64 seq, const RevisionNode &winner, DocRow &row);
    // Indexes the winner: the written revision's body as given when it won, else read back.
    bool reindex(qint64 rowId, const QString &id, bool isNew, const RevisionNode &winner,
                 const Revision &written, const DocumentParts &writtenParts);
};
