#include "storeschema.h"

QStringList StoreSchema::migrations()
{
    return {
        // 1: the document store
        QStringLiteral(R"sql(
CREATE TABLE docs(
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    seq INTEGER NOT NULL,
    winner TEXT NOT NULL,
    deleted INTEGER NOT NULL);
CREATE UNIQUE INDEX docs_by_seq ON docs(seq);
CREATE TABLE revs(
    doc INTEGER NOT NULL,
    rev TEXT NOT NULL,
    parent TEXT,
    deleted INTEGER NOT NULL,
    leaf INTEGER NOT NULL,
    body TEXT,
    PRIMARY KEY(doc, rev)) WITHOUT ROWID;
CREATE TABLE local_docs(
    doc_id TEXT PRIMARY KEY,
    rev INTEGER NOT NULL,
    body TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE counters(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    update_seq INTEGER NOT NULL,
    doc_count INTEGER NOT NULL,
    del_count INTEGER NOT NULL);
INSERT INTO counters VALUES (1, 0, 0, 0);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE index_entries(
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY(name, key, doc)) WITHOUT ROWID;
CREATE INDEX index_entries_by_doc ON index_entries(doc);
)sql"),
        // 2: stored index values and full-text search (rebuilt by IndexWriter, see Indexer::version).
        //    detail=column: no word positions (searches are by word prefix), so doclists stay small.
        QStringLiteral(R"sql(
ALTER TABLE index_entries ADD COLUMN value TEXT;
CREATE VIRTUAL TABLE search_text USING fts5(
    grp UNINDEXED, name, body,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3', detail = column);
)sql"),
        // 3: attachments. Their metadata is the "_attachments" member of a leaf's stored body;
        //    the content is kept once per content (by the MD5 of its bytes) and each leaf
        //    revision names the content of each of its attachments. Content no leaf names any
        //    more is removed by purge and compaction.
        QStringLiteral(R"sql(
CREATE TABLE attachment_data(
    md5 TEXT PRIMARY KEY,
    length INTEGER NOT NULL,
    data BLOB NOT NULL);
CREATE TABLE attachment_refs(
    doc INTEGER NOT NULL,
    rev TEXT NOT NULL,
    name TEXT NOT NULL,
    md5 TEXT NOT NULL,
    PRIMARY KEY(doc, rev, name)) WITHOUT ROWID;
CREATE INDEX attachment_refs_by_md5 ON attachment_refs(md5);
)sql"),
        // 4: no merging of search segments inside a write: FTS5's automerge merged up to a
        //    directory's worth of index in every 64th save (20 to 40 ms). SqliteConnection runs
        //    the merges in small steps on the event loop instead (setIdleWork).
        QStringLiteral(R"sql(
INSERT INTO search_text(search_text, rank) VALUES ('automerge', 0);
)sql"),
    };
}
