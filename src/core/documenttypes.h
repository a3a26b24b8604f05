#pragma once

#include "storeerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

// The outcome of writing one document: its id and new revision, or why it was refused.
struct WriteResult
{
    QString id;
    QString rev;
    StoreError error;
};

struct GetOptions
{
    QString rev;                   // a specific revision; empty = the winner
    bool revisions = false;        // add _revisions (the ancestry, newest first)
    bool conflicts = false;        // add _conflicts (non-deleted losing leaves)
    bool deletedConflicts = false; // add _deleted_conflicts
};

struct ChangesOptions
{
    qint64 since = 0;
    int limit = -1;         // -1 = no limit
    bool allLeaves = true;  // style=all_docs: every leaf revision, winner first
    bool includeDocs = false;
    bool countPending = false; // ChangesPage::pending: exact up to 1000, an upper bound beyond
    bool descending = false; // newest first, from the end (since is not used)
};

// One entry of the changes feed: a document whose latest write has this sequence.
struct ChangeRow
{
    qint64 seq = 0;
    QString id;
    bool deleted = false;
    QStringList revs; // winner first
    QJsonObject doc;  // the winner, when includeDocs
};

struct ChangesPage
{
    QList<ChangeRow> rows;
    qint64 lastSeq = 0;
    bool hasMore = false; // changes exist after lastSeq
    qint64 pending = 0;   // with countPending: how many (exact up to 1000); else 1 if hasMore, 0 if not
};

struct AllDocsOptions
{
    QStringList keys;       // exact ids (POST _all_docs); when set, the range is ignored
    QString startKey;       // inclusive
    QString endKey;         // inclusive unless inclusiveEnd is false; empty = open
    bool inclusiveEnd = true;
    bool descending = false;
    int limit = -1;
    int skip = 0;
    bool includeDocs = false;
};

// One row of _all_docs: a live document, or for requested keys a deleted or unknown one.
struct AllDocsRow
{
    QString id;
    QString rev;
    bool deleted = false;
    bool missing = false;
    QJsonObject doc; // the winner, when includeDocs
};

struct RevsDiffEntry
{
    QStringList missing;
    QStringList possibleAncestors;
};

// One answer of open_revs: the document at that revision, or that it is missing here.
struct OpenRevision
{
    QString rev;
    bool missing = false;
    QJsonObject doc;
    QByteArray json; // instead of doc, when asked for as text (DocumentText::document)
};

// One attachment of a stored revision: its metadata as CouchDB shows it and, when asked, its bytes.
struct StoredAttachmentData
{
    QString rev;      // the revision read (the winner when none was named)
    QJsonObject stub; // content_type, revpos, digest, length, stub
    QByteArray data;
};

// The bytes of attachments a document marks "follows": carried beside its JSON instead of as
// base64 inside it (a multipart/related body, a replication), by attachment name, in the order
// of the document's "_attachments".
using FollowingBytes = QList<QPair<QString, QByteArray>>;

// A document's JSON text with the attachments it sends marked "follows" and their bytes apart.
struct DocumentWithBytes
{
    QByteArray json;
    FollowingBytes attachments;
};

struct DatabaseInfo
{
    QString name;
    qint64 docCount = 0;
    qint64 deletedCount = 0;
    qint64 updateSeq = 0;
    qint64 fileSize = 0;
};

// A secondary index key derived from a document's winning revision. The optional value is
// stored with the key (as a CouchDB view emits key and value), so a list can be read from the
// index alone without parsing every document.
struct IndexEntry
{
    QString index;
    QString key;
    QString value;
};

// The searchable words of a document, already folded (SearchText::fold). Documents with the
// same group (all languages of one initiative) are found as one.
struct SearchEntry
{
    QString group;
    QString name; // weighs more than text
    QString text;
};

struct DocumentIndexes
{
    QList<IndexEntry> keys;
    std::optional<SearchEntry> search;
};

// Derives the indexes of a document; called inside the write transaction. When the version
// differs from the one a database file was indexed with, its indexes are rebuilt on open.
struct Indexer
{
    std::function<DocumentIndexes(const QString &id, const QJsonObject &body)> derive;
    QString version;
    explicit operator bool() const { return bool(derive); }
};

struct IndexRow
{
    QString key;
    QString value;
    QString docId;
    qint64 docRow = 0; // the document's row, as search() and matchingRows() name it
};

struct SearchHit
{
    QString group;
    double score = 0; // lower is better (bm25)
};
