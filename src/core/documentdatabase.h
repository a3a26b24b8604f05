#pragma once

#include "documentparts.h"
#include "documenttypes.h"
#include "result.h"
#include "sqliteconnection.h"

#include <QHash>
#include <QObject>


// One CouchDB-style database stored in one SQLite file: documents with revision trees,
// deterministic winners, kept conflicts and tombstones, a changes feed ordered by a local
// sequence, _local documents, and secondary indexes kept in the same transaction as each write.
// Every write returns only after its transaction is committed with a full fsync.
// Not thread-safe: use one instance per thread (SQLite serialises writers across processes).
class DocumentDatabase : public QObject
{
    Q_OBJECT

public:
    explicit DocumentDatabase(QString name, QObject *parent = nullptr);
    ~DocumentDatabase() override;

    [[nodiscard]] StoreError open(const QString &path,
                                  SqliteConnection::Mode mode = SqliteConnection::Mode::ReadWrite);
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const QString &path() const { return m_path; }
    // A random id made when the file is created; replication ids are derived from it, so a
    // copied or moved file keeps its checkpoints and a recreated one starts afresh.
    [[nodiscard]] const QString &instanceUuid() const { return m_uuid; }

    // Derives secondary index keys and search text of each document, inside the write
    // transaction. Rebuilds this file's indexes when they were made by another version.
    [[nodiscard]] StoreError setIndexer(Indexer indexer);
    [[nodiscard]] const Indexer &indexer() const { return m_indexer; }
    [[nodiscard]] int revsLimit() const { return m_revsLimit; }
    [[nodiscard]] StoreError setRevsLimit(int limit);

    // new_edits=true: a new revision on top of _rev (or a new doc); 409 on a stale _rev.
    [[nodiscard]] WriteResult put(const QJsonObject &doc);
    [[nodiscard]] WriteResult remove(const QString &id, const QString &rev);
    // Several documents in one transaction. With newEdits=false each doc carries its _rev and
    // _revisions, which are merged into the tree as replication does. A storage failure
    // (disk full, read-only) refuses them all; per-document refusals leave the others written.
    [[nodiscard]] QList<WriteResult> bulkDocs(const QList<QJsonObject> &docs, bool newEdits);
    // The same for documents as JSON text (a replication's _bulk_get answers, a _bulk_docs
    // body): compact text is stored as its bytes, without a parse and a serialisation.
    [[nodiscard]] QList<WriteResult> bulkDocs(const QList<QByteArray> &docs, bool newEdits);
    // The same for documents split already (DocumentParts::fromText, with their indexes
    // derived), so that a replication's store thread only writes. _local documents are not
    // taken this way: a replication does not carry them.
    [[nodiscard]] QList<WriteResult> bulkDocs(const QList<DocumentParts> &docs, bool newEdits);

    // Removes these documents with their histories, leaving no tombstone (CouchDB's _purge):
    // for data that must never replicate, e.g. the sample neighbourhood when a phone joins.
    // The number purged; unknown ids are passed over.
    [[nodiscard]] Result<int> purge(const QStringList &ids);

    [[nodiscard]] Result<QJsonObject> get(const QString &id, const GetOptions &options = {});
    // One attachment of a leaf revision (the winner when rev is empty), with its bytes when
    // withData; not_found when the document, revision or attachment is not there.
    [[nodiscard]] Result<StoredAttachmentData> attachment(const QString &id, const QString &rev, const QString &name,
                                                          bool withData = true);
    // The bytes of an attachment of a document's leaf revision, by the attachment's name.
    [[nodiscard]] Result<QByteArray> attachmentBytes(const QString &id, const QString &rev, const QString &name);
    // The document (as read from this store) with the data of its attachments inline ("data"
    // instead of "stub"), leaving out those the holder of a revision in attsSince has: what
    // attachments=true and atts_since answer, and what a replication sends. As text, the text
    // is returned as it is when it has no attachments.
    [[nodiscard]] Result<QJsonObject> withAttachmentData(QJsonObject doc, const QStringList &attsSince = {});
    [[nodiscard]] Result<QByteArray> withAttachmentData(const QByteArray &json, const QStringList &attsSince = {});
    // The same with the attachments' bytes beside the text instead of base64 inside it: those
    // sent are marked "follows" (content_type, revpos, length). What a replication passes on.
    [[nodiscard]] Result<DocumentWithBytes> withFollowingAttachments(const QByteArray &json, const QStringList &attsSince = {});
    // The largest attachment a write may carry (0: no limit); beyond it 413 attachment_too_large.
    void setMaxAttachmentBytes(qint64 bytes) { m_maxAttachmentBytes = bytes; }
    // open_revs: the given revisions, or every leaf when revs is empty. With latest, a
    // revision that has descendants is answered with its leaf descendants instead.
    // As text, each answer is its compact JSON text (OpenRevision::json) made from the stored
    // bytes without parsing them: what a replication passes on.
    enum class Form { Object, Text };
    [[nodiscard]] Result<QList<OpenRevision>> openRevs(const QString &id, const QStringList &revs,
                                                       bool withRevisions, bool latest = false,
                                                       Form form = Form::Object);
    [[nodiscard]] Result<QList<AllDocsRow>> allDocs(const AllDocsOptions &options);
    [[nodiscard]] Result<QHash<QString, RevsDiffEntry>> revsDiff(const QHash<QString, QStringList> &revs);
    [[nodiscard]] Result<ChangesPage> changes(const ChangesOptions &options);
    [[nodiscard]] Result<DatabaseInfo> info();
    // The local sequence of a document's latest write (0 when unknown): compared with a push
    // checkpoint it tells whether the server has that write yet.
    [[nodiscard]] Result<qint64> sequenceOf(const QString &id);
    // How many documents changed after this sequence (local writes not yet pushed).
    [[nodiscard]] Result<qint64> changedSince(qint64 seq);

    [[nodiscard]] Result<QJsonObject> getLocal(const QString &id);
    [[nodiscard]] WriteResult putLocal(const QJsonObject &doc);
    [[nodiscard]] WriteResult removeLocal(const QString &id, const QString &rev);

    // Ids of documents whose winner has key in [from, to] in the named index, ordered by key.
    [[nodiscard]] Result<QStringList> queryIndex(const QString &index, const QString &from,
                                                 const QString &to, int limit = -1);
    [[nodiscard]] Result<qint64> countIndex(const QString &index, const QString &key);
    // Every key with its stored value in the named index, ordered by key (for lists).
    [[nodiscard]] Result<QList<IndexRow>> indexRows(const QString &index);
    // The same without the document ids (docId stays empty): the fast path for a list.
    [[nodiscard]] Result<QList<IndexRow>> indexValues(const QString &index);
    // Visits the keys in [from, to] with their stored values, in key order, as UTF-8 views that
    // are valid only during the call: no list is built, so aggregating 200 000 rows (a report)
    // costs little more than SQLite stepping through them.
    [[nodiscard]] StoreError scanIndexValues(const QString &index, const QString &from, const QString &to,
                                             const std::function<void(QByteArrayView key, QByteArrayView value)> &visit);
    // The rows of one key.
    [[nodiscard]] Result<QList<IndexRow>> indexRows(const QString &index, const QString &key);
    // Groups whose search text matches an FTS5 expression (SearchText::matchExpression), best
    // first; names weigh more than other text. limit -1 = all.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &matchExpression, int limit = -1);
    // Every distinct word of the search text (FTS5's vocabulary), in byte order: what typo
    // tolerance compares a typed word with.
    [[nodiscard]] Result<QStringList> searchTerms();
    // The rows (IndexRow::docRow) of every document whose search text matches, unranked: the
    // fast path for narrowing a list while someone types.
    [[nodiscard]] Result<QList<qint64>> matchingRows(const QString &matchExpression);

    // Keeps one read transaction open while it lives, so a batch of reads (a _bulk_get, a
    // list of initiatives) takes the file lock once. Nests; a no-op inside a write.
    class ReadScope
    {
    public:
        explicit ReadScope(DocumentDatabase &db) : m_connection(db.m_connection), m_opened(m_connection.beginRead()) { }
        ~ReadScope() { m_connection.endRead(m_opened); }
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        SqliteConnection &m_connection;
        bool m_opened;
    };

    [[nodiscard]] QString integrityCheck() { return m_connection.integrityCheck(); }
    // Rewrites the file (VACUUM) and empties its write-ahead log, so no deleted or replaced
    // content is left in free pages: what makes an erasure on request complete on disk.
    // Busy when another connection holds the file.
    [[nodiscard]] StoreError compact();
    void setMaxPageCount(qint64 pages) { m_connection.setMaxPageCount(pages); }

    // Another connection of this process (a replication writing on its own thread) committed
    // a write to this file: tells this instance's listeners as if it had written it.
    void announceWrite(qint64 updateSeq) { emit documentsChanged(updateSeq); }

signals:
    // Emitted after a committed write changed at least one document.
    void documentsChanged(qint64 updateSeq);

private:
    friend class DocumentWriter;
    QString m_name;
    QString m_path;
    SqliteConnection m_connection;
    Indexer m_indexer;
    int m_revsLimit = 1000;
    qint64 m_maxAttachmentBytes = 0;
    QString m_uuid;

    struct IncomingDoc;
    [[nodiscard]] QList<WriteResult> write(const QList<IncomingDoc> &docs, bool newEdits);
    [[nodiscard]] WriteResult writeLocal(const QJsonObject &doc);
};
