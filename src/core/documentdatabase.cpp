#include "documentdatabase.h"

#include "documentwriter.h"

#include "documenttext.h"
#include "revisiontree.h"
#include "revisiontreestore.h"
#include "storeschema.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace {
StoreError notFound(const QString &reason)
{
    return StoreError::make(StoreError::Code::NotFound, reason);
}

QJsonObject parseBody(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject revisionsJson(const QList<Revision> &ancestry)
{
    QJsonArray ids;
    for (const Revision &rev : ancestry)
        ids.append(rev.hash);
    return QJsonObject { { QStringLiteral("start"), ancestry.isEmpty() ? 0 : ancestry.first().pos },
                         { QStringLiteral("ids"), ids } };
}

QJsonArray revisionList(const QList<Revision> &revs)
{
    QJsonArray list;
    for (const Revision &rev : revs)
        list.append(rev.toString());
    return list;
}
}

DocumentDatabase::DocumentDatabase(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{
}

DocumentDatabase::~DocumentDatabase() = default;

StoreError DocumentDatabase::open(const QString &path, SqliteConnection::Mode mode)
{
    m_path = path;
    // Merging the search index's segments, a bounded step at a time, between writes rather than
    // inside them (schema 4 turned FTS5's automerge off).
    m_connection.setIdleWork("INSERT INTO search_text(search_text, rank) VALUES ('merge', 64)");
    if (StoreError error = m_connection.open(path, mode, StoreSchema::migrations()); !error.ok())
        return error;
    SqliteStatement &select = m_connection.statement("SELECT value FROM meta WHERE key = 'revs_limit'");
    if (select.step() == SQLITE_ROW)
        m_revsLimit = qMax(1, select.text(0).toInt());
    select.reset();
    SqliteStatement &uuid = m_connection.statement("SELECT value FROM meta WHERE key = 'uuid'");
    if (uuid.step() == SQLITE_ROW)
        m_uuid = uuid.text(0);
    uuid.reset();
    if (m_uuid.isEmpty() && mode == SqliteConnection::Mode::ReadWrite) {
        const QString made = QUuid::createUuid().toString(QUuid::Id128);
        SqliteStatement &insert = m_connection.statement("INSERT OR IGNORE INTO meta(key, value) VALUES ('uuid', ?)");
        insert.bind(1, made);
        if (StoreError error = m_connection.checkStep(insert.exec(), QStringLiteral("writing the database id")); !error.ok())
            return error;
        m_uuid = made;
    }
    return StoreError::none();
}

StoreError DocumentDatabase::compact()
{
    if (!m_connection.isReadOnly()) {
        DocumentWriter writer(m_connection, m_indexer, m_revsLimit);
        if (StoreError error = writer.begin(); !error.ok())
            return error;
        if (!writer.collectAttachmentGarbage()) {
            writer.rollback();
            return writer.fatalError();
        }
        if (StoreError error = writer.commit(); !error.ok())
            return error;
    }
    if (StoreError error = m_connection.exec("VACUUM"); !error.ok())
        return error;
    SqliteStatement &checkpoint = m_connection.statement("PRAGMA wal_checkpoint(TRUNCATE)");
    const int rc = checkpoint.step();
    const bool busy = rc == SQLITE_ROW && checkpoint.int64(0) != 0;
    checkpoint.reset();
    if (rc != SQLITE_ROW)
        return m_connection.errorFor(rc, QStringLiteral("emptying the write-ahead log"));
    if (busy)
        return StoreError::make(StoreError::Code::Busy,
                                QStringLiteral("another process holds the database; the write-ahead log was not emptied"));
    return StoreError::none();
}

StoreError DocumentDatabase::setRevsLimit(int limit)
{
    if (limit < 1)
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("revs_limit must be at least 1"));
    SqliteStatement &upsert =
            m_connection.statement("INSERT OR REPLACE INTO meta(key, value) VALUES ('revs_limit', ?)");
    upsert.bind(1, QString::number(limit));
    if (StoreError error = m_connection.checkStep(upsert.exec(), QStringLiteral("setting revs_limit")); !error.ok())
        return error;
    m_revsLimit = limit;
    return StoreError::none();
}

Result<QJsonObject> DocumentDatabase::get(const QString &id, const GetOptions &options)
{
    if (id.startsWith(QLatin1String("_local/")))
        return getLocal(id);
    SqliteStatement &select = m_connection.statement(
            "SELECT d.id, d.winner, r.deleted, r.body FROM docs d "
            "LEFT JOIN revs r ON r.doc = d.id AND r.rev = COALESCE(?2, d.winner) WHERE d.doc_id = ?1");
    select.bind(1, id);
    if (!options.rev.isEmpty())
        select.bind(2, options.rev);
    const int rc = select.step();
    if (rc != SQLITE_ROW) {
        select.reset();
        return rc == SQLITE_DONE ? notFound(QStringLiteral("missing"))
                                 : m_connection.errorFor(rc, QStringLiteral("reading a document"));
    }
    const qint64 rowId = select.int64(0);
    const QString rev = options.rev.isEmpty() ? select.text(1) : options.rev;
    const bool deleted = select.int64(2) != 0;
    const bool hasBody = !select.isNull(3);
    QJsonObject doc = hasBody ? parseBody(select.bytes(3)) : QJsonObject();
    select.reset();
    if (!hasBody)
        return notFound(QStringLiteral("missing"));
    if (deleted && options.rev.isEmpty())
        return notFound(QStringLiteral("deleted"));

    doc.insert(QStringLiteral("_id"), id);
    doc.insert(QStringLiteral("_rev"), rev);
    if (deleted)
        doc.insert(QStringLiteral("_deleted"), true);
    if (options.revisions || options.conflicts || options.deletedConflicts) {
        Result<RevisionTree> loaded = RevisionTreeStore::load(m_connection, rowId);
        if (!loaded.ok())
            return loaded.error();
        const RevisionTree &tree = loaded.value();
        if (options.revisions)
            doc.insert(QStringLiteral("_revisions"), revisionsJson(tree.ancestry(rev, m_revsLimit)));
        if (options.conflicts && !tree.conflicts().isEmpty())
            doc.insert(QStringLiteral("_conflicts"), revisionList(tree.conflicts()));
        if (options.deletedConflicts && !tree.deletedConflicts().isEmpty())
            doc.insert(QStringLiteral("_deleted_conflicts"), revisionList(tree.deletedConflicts()));
    }
    return doc;
}

// One read of the document's tree serves "all", latest and _revisions for every asked revision.
Result<QList<OpenRevision>> DocumentDatabase::openRevs(const QString &id, const QStringList &revs,
                                                       bool withRevisions, bool latest, Form form)
{
    // Every stored revision of the document in one read: a replication asks for a thousand
    // documents at a time, most with one revision, so no tree is built; parents are followed
    // through the rows (by a hash once there are many).
    struct Stored
    {
        QString rev;
        QString parent; // null: a root, or stemmed
        bool deleted = false;
        bool leaf = false;
        QByteArray body; // null: not a leaf
    };
    ReadScope scope(*this);
    SqliteStatement &select = m_connection.statement(
            "SELECT r.rev, r.parent, r.deleted, r.leaf, r.body FROM docs d JOIN revs r ON r.doc = d.id WHERE d.doc_id = ?");
    select.bind(1, id);
    QVarLengthArray<Stored, 4> stored;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        stored.append({ select.text(0), select.isNull(1) ? QString() : select.text(1), select.int64(2) != 0,
                        select.int64(3) != 0, select.isNull(4) ? QByteArray() : select.bytes(4) });
    select.reset();
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("reading a document"));
    if (stored.isEmpty() && revs.isEmpty())
        return notFound(QStringLiteral("missing"));

    QHash<QString, qsizetype> byRev;
    if (stored.size() > 8) {
        for (qsizetype i = 0; i < stored.size(); ++i)
            byRev.insert(stored.at(i).rev, i);
    }
    const auto find = [&](const QString &rev) -> const Stored * {
        if (!byRev.isEmpty()) {
            const auto it = byRev.constFind(rev);
            return it == byRev.cend() ? nullptr : &stored.at(*it);
        }
        for (const Stored &s : stored) {
            if (s.rev == rev)
                return &s;
        }
        return nullptr;
    };
    const auto ancestry = [&](const QString &rev) {
        QList<Revision> result;
        const Stored *current = find(rev);
        while (current && result.size() < m_revsLimit) {
            result.append(Revision::parse(current->rev).value_or(Revision {}));
            current = current->parent.isNull() ? nullptr : find(current->parent);
        }
        return result;
    };

    QStringList wanted;
    if (revs.isEmpty()) {
        for (const Stored &s : stored) {
            if (s.leaf)
                wanted.append(s.rev);
        }
    } else if (latest) {
        // Each revision that has descendants is answered by the leaves that descend from it.
        for (const QString &rev : revs) {
            const Stored *asked = find(rev);
            if (!asked || asked->leaf) {
                wanted.append(rev);
                continue;
            }
            const Revision askedRev = Revision::parse(rev).value_or(Revision {});
            for (const Stored &s : stored) {
                if (s.leaf && !wanted.contains(s.rev) && ancestry(s.rev).contains(askedRev))
                    wanted.append(s.rev);
            }
        }
    } else {
        wanted = revs;
    }

    QList<OpenRevision> answers;
    for (const QString &rev : std::as_const(wanted)) {
        const Stored *s = find(rev);
        if (!s || s->body.isNull()) {
            answers.append({ rev, true, {}, {} });
            continue;
        }
        if (form == Form::Text) {
            const QList<Revision> history = withRevisions ? ancestry(rev) : QList<Revision>();
            answers.append({ rev, false, {}, DocumentText::document(id, rev, s->deleted, withRevisions ? &history : nullptr, s->body) });
            continue;
        }
        QJsonObject doc = parseBody(s->body);
        doc.insert(QStringLiteral("_id"), id);
        doc.insert(QStringLiteral("_rev"), rev);
        if (s->deleted)
            doc.insert(QStringLiteral("_deleted"), true);
        if (withRevisions)
            doc.insert(QStringLiteral("_revisions"), revisionsJson(ancestry(rev)));
        answers.append({ rev, false, doc, {} });
    }
    return answers;
}

Result<QList<AllDocsRow>> DocumentDatabase::allDocs(const AllDocsOptions &options)
{
    ReadScope scope(*this);
    QList<AllDocsRow> rows;
    const auto readBody = [this](AllDocsRow &row) {
        GetOptions atRev;
        atRev.rev = row.rev;
        Result<QJsonObject> doc = get(row.id, atRev);
        if (doc.ok())
            row.doc = doc.value();
    };
    if (!options.keys.isEmpty()) {
        SqliteStatement &select = m_connection.statement("SELECT winner, deleted FROM docs WHERE doc_id = ?");
        const int end = options.limit < 0 ? int(options.keys.size()) : qMin(int(options.keys.size()), options.skip + options.limit);
        for (int i = options.skip; i < end; ++i) {
            AllDocsRow row;
            row.id = options.keys.at(i);
            select.bind(1, row.id);
            const int rc = select.step();
            if (rc == SQLITE_ROW) {
                row.rev = select.text(0);
                row.deleted = select.int64(1) != 0;
            } else if (rc == SQLITE_DONE) {
                row.missing = true;
            } else {
                select.reset();
                return m_connection.errorFor(rc, QStringLiteral("reading all docs"));
            }
            select.reset();
            if (options.includeDocs && !row.missing && !row.deleted)
                readBody(row);
            rows.append(row);
        }
        return rows;
    }
    // Ranges read live documents only, in id order (byte-wise, like CouchDB's raw collation).
    const char *ascending = "SELECT doc_id, winner FROM docs WHERE deleted = 0 AND doc_id >= ?1 "
                            "AND (?2 IS NULL OR doc_id < ?2 OR (?3 AND doc_id = ?2)) ORDER BY doc_id LIMIT ?4 OFFSET ?5";
    const char *descending = "SELECT doc_id, winner FROM docs WHERE deleted = 0 AND (?1 IS NULL OR doc_id <= ?1) "
                             "AND (?2 = '' OR doc_id > ?2 OR (?3 AND doc_id = ?2)) ORDER BY doc_id DESC LIMIT ?4 OFFSET ?5";
    SqliteStatement &select = m_connection.statement(options.descending ? descending : ascending);
    if (options.descending) {
        if (!options.startKey.isEmpty())
            select.bind(1, options.startKey);
        select.bind(2, options.endKey);
    } else {
        select.bind(1, options.startKey);
        if (!options.endKey.isEmpty())
            select.bind(2, options.endKey);
    }
    select.bind(3, options.inclusiveEnd).bind(4, qint64(options.limit)).bind(5, qint64(options.skip));
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        AllDocsRow row;
        row.id = select.text(0);
        row.rev = select.text(1);
        rows.append(row);
    }
    select.reset();
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("reading all docs"));
    if (options.includeDocs) {
        for (AllDocsRow &row : rows)
            readBody(row);
    }
    return rows;
}

Result<QHash<QString, RevsDiffEntry>> DocumentDatabase::revsDiff(const QHash<QString, QStringList> &revs)
{
    ReadScope scope(*this);
    QHash<QString, RevsDiffEntry> result;
    SqliteStatement &select = m_connection.statement(
            "SELECT r.rev, r.leaf FROM docs d JOIN revs r ON r.doc = d.id WHERE d.doc_id = ?");
    for (auto it = revs.cbegin(); it != revs.cend(); ++it) {
        QSet<QString> known;
        QList<Revision> leaves;
        select.bind(1, it.key());
        int rc;
        while ((rc = select.step()) == SQLITE_ROW) {
            known.insert(select.text(0));
            if (select.int64(1) != 0)
                leaves.append(Revision::parse(select.text(0)).value_or(Revision {}));
        }
        select.reset();
        if (rc != SQLITE_DONE)
            return m_connection.errorFor(rc, QStringLiteral("comparing revisions"));
        RevsDiffEntry entry;
        int maxMissingPos = 0;
        for (const QString &rev : it.value()) {
            if (!known.contains(rev) && !entry.missing.contains(rev)) {
                entry.missing.append(rev);
                if (const auto parsed = Revision::parse(rev))
                    maxMissingPos = qMax(maxMissingPos, parsed->pos);
            }
        }
        if (entry.missing.isEmpty())
            continue;
        for (const Revision &leaf : std::as_const(leaves)) {
            if (leaf.pos < maxMissingPos)
                entry.possibleAncestors.append(leaf.toString());
        }
        result.insert(it.key(), entry);
    }
    return result;
}

Result<ChangesPage> DocumentDatabase::changes(const ChangesOptions &options)
{
    ReadScope scope(*this);
    ChangesPage page;
    page.lastSeq = options.since;
    // With all leaves asked, the other leaves come in the same row (revision ids hold no
    // comma): one statement step per change instead of a second query per change.
#define BUURTBRUG_LEAVES "(SELECT group_concat(rev) FROM revs r WHERE r.doc = docs.id AND r.leaf = 1 AND r.rev <> docs.winner)"
    // Descending reads from the end; its "since" is the sequence it stopped at (0: the end).
    static const char *const queries[2][2] = {
        { "SELECT id, doc_id, seq, winner, deleted, NULL FROM docs WHERE seq > ?1 ORDER BY seq LIMIT ?2",
          "SELECT id, doc_id, seq, winner, deleted, " BUURTBRUG_LEAVES " FROM docs WHERE seq > ?1 ORDER BY seq LIMIT ?2" },
        { "SELECT id, doc_id, seq, winner, deleted, NULL FROM docs WHERE (?1 = 0 OR seq < ?1) ORDER BY seq DESC LIMIT ?2",
          "SELECT id, doc_id, seq, winner, deleted, " BUURTBRUG_LEAVES " FROM docs WHERE (?1 = 0 OR seq < ?1) ORDER BY seq DESC LIMIT ?2" }
    };
#undef BUURTBRUG_LEAVES
    SqliteStatement &select = m_connection.statement(queries[options.descending][options.allLeaves]);
    // One row more than asked tells whether the feed goes on, without counting the rest.
    select.bind(1, options.since).bind(2, qint64(options.limit < 0 ? -1 : options.limit + 1));
    struct Row { qint64 rowId; ChangeRow change; QString winner; };
    QList<Row> rows;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        Row row { select.int64(0), {}, select.text(3) };
        row.change.id = select.text(1);
        row.change.seq = select.int64(2);
        row.change.deleted = select.int64(4) != 0;
        row.change.revs.append(row.winner);
        if (!select.isNull(5))
            row.change.revs.append(select.text(5).split(u','));
        rows.append(row);
    }
    select.reset();
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("reading changes"));
    if (options.limit >= 0 && rows.size() > options.limit) {
        rows.removeLast();
        page.hasMore = true;
    }

    for (Row &row : rows) {
        if (options.includeDocs) {
            GetOptions getOptions;
            getOptions.rev = row.winner;
            Result<QJsonObject> doc = get(row.change.id, getOptions);
            if (doc.ok())
                row.change.doc = doc.value();
        }
        page.lastSeq = row.change.seq;
        page.rows.append(std::move(row.change));
    }
    page.pending = page.hasMore ? 1 : 0;
    if (options.countPending && page.hasMore) {
        // Exact up to a thousand; beyond that the upper bound update_seq - last_seq, so that
        // reading a long feed page by page stays linear (a full count per page is quadratic).
        SqliteStatement &pending = m_connection.statement(options.descending ? "SELECT COUNT(*) FROM (SELECT 1 FROM docs WHERE seq < ? LIMIT 1001)"
                                                                              : "SELECT COUNT(*) FROM (SELECT 1 FROM docs WHERE seq > ? LIMIT 1001)");
        pending.bind(1, page.lastSeq);
        if (pending.step() == SQLITE_ROW)
            page.pending = pending.int64(0);
        pending.reset();
        if (page.pending > 1000) {
            const Result<DatabaseInfo> now = info();
            if (now.ok())
                page.pending = qMax(page.pending, now.value().updateSeq - page.lastSeq);
        }
    }
    return page;
}

Result<DatabaseInfo> DocumentDatabase::info()
{
    SqliteStatement &select =
            m_connection.statement("SELECT update_seq, doc_count, del_count FROM counters WHERE id = 1");
    const int rc = select.step();
    if (rc != SQLITE_ROW) {
        select.reset();
        return m_connection.errorFor(rc, QStringLiteral("reading database info"));
    }
    DatabaseInfo info;
    info.name = m_name;
    info.updateSeq = select.int64(0);
    info.docCount = select.int64(1);
    info.deletedCount = select.int64(2);
    select.reset();
    info.fileSize = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    return info;
}

Result<qint64> DocumentDatabase::sequenceOf(const QString &id)
{
    SqliteStatement &select = m_connection.statement("SELECT seq FROM docs WHERE doc_id = ?");
    select.bind(1, id);
    const int rc = select.step();
    const qint64 seq = rc == SQLITE_ROW ? select.int64(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("reading a sequence"));
    return seq;
}

Result<qint64> DocumentDatabase::changedSince(qint64 seq)
{
    SqliteStatement &count = m_connection.statement("SELECT COUNT(*) FROM docs WHERE seq > ?");
    count.bind(1, seq);
    const int rc = count.step();
    const qint64 n = rc == SQLITE_ROW ? count.int64(0) : 0;
    count.reset();
    if (rc != SQLITE_ROW)
        return m_connection.errorFor(rc, QStringLiteral("counting changes"));
    return n;
}
