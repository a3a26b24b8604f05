#include "replicator.h"

#include <QCryptographicHash>
#include <QTimer>
#include <QUuid>

namespace {
constexpr int historyLength = 50;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
}

Replicator::Replicator(ReplicationPeer &source, ReplicationPeer &target, ReplicationOptions options, QObject *parent)
    : QObject(parent), m_source(source), m_target(target), m_options(options)
{
}

void Replicator::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_stats = {};
    m_read.clear();
    m_nextTicket = m_nextWrite = 0;
    m_readsInFlight = 0;
    m_askingChanges = false;
    m_deferredError.reset();
    m_checkpointDue.reset();
    m_writing = m_checkpointing = false;
    m_drained = m_lastReadEmpty = m_waiting = false;
    m_fetchDocs = qMin(32, m_options.batchSize);
    m_heavy = true;
    m_sessionId = QUuid::createUuid().toString(QUuid::Id128);
    m_startTime = nowText();
    m_source.identity(guarded([this](Result<QString> sourceId) {
        if (!sourceId.ok())
            return fail(sourceId.error());
        m_target.identity(guarded([this, sourceId = sourceId.value()](Result<QString> targetId) {
            if (!targetId.ok())
                return fail(targetId.error());
            QByteArray key = "buurtbrug-replication/1\n" + sourceId.toUtf8() + '\n' + targetId.value().toUtf8();
            // A filtered replication has a checkpoint of its own (an unfiltered one keeps its id).
            if (!m_options.filter.isEmpty())
                key += "\nfilter\n" + m_options.filter.idKey();
            m_replicationId = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Md5).toHex());
            readCheckpoints();
        }));
    }));
}

void Replicator::stop()
{
    m_stopping = true;
    // Finishes as soon as nothing is being written (a longpoll in flight is not waited for).
    QTimer::singleShot(0, this, [this] { pump(); });
}

void Replicator::readCheckpoints()
{
    const auto readable = [](const Result<QJsonObject> &doc) {
        return doc.ok() || doc.error().code == StoreError::Code::NotFound;
    };
    m_target.getCheckpoint(m_replicationId, guarded([this, readable](Result<QJsonObject> target) {
        if (!readable(target))
            return fail(target.error());
        m_targetCheckpoint = target.ok() ? target.value() : QJsonObject();
        m_source.getCheckpoint(m_replicationId, guarded([this, readable](Result<QJsonObject> source) {
            if (!readable(source))
                return fail(source.error());
            m_sourceCheckpoint = source.ok() ? source.value() : QJsonObject();
            // A named checkpoint made for another filter: this filter starts afresh.
            const QString filter = QString::fromUtf8(m_options.filter.key());
            if (!m_options.filter.checkpointName.isEmpty()
                && (m_sourceCheckpoint.value(QLatin1String("filter")).toString() != filter
                    || m_targetCheckpoint.value(QLatin1String("filter")).toString() != filter)) {
                m_sourceCheckpoint = QJsonObject { { "_rev", m_sourceCheckpoint.value(QLatin1String("_rev")) } };
                m_targetCheckpoint = QJsonObject { { "_rev", m_targetCheckpoint.value(QLatin1String("_rev")) } };
            }
            for (const QJsonValue &r : m_sourceCheckpoint.value(QLatin1String("rejected")).toArray()) {
                const QJsonObject o = r.toObject();
                m_pendingRejected.append({ o.value(QLatin1String("id")).toString(), o.value(QLatin1String("rev")).toString(),
                                           o.value(QLatin1String("reason")).toString() });
            }
            m_since = commonSeq(m_sourceCheckpoint, m_targetCheckpoint);
            m_readSeq = m_since;
            m_stats.startSeq = m_since;
            m_stats.lastSeq = m_since;
            pump();
        }));
    }));
}

// CouchDB's rule: the newest session both checkpoints remember is where to start again.
QJsonValue Replicator::commonSeq(const QJsonObject &source, const QJsonObject &target)
{
    if (!source.contains(QLatin1String("session_id")) || !target.contains(QLatin1String("session_id")))
        return 0;
    if (source.value(QLatin1String("session_id")) == target.value(QLatin1String("session_id")))
        return source.value(QLatin1String("source_last_seq"));
    const QJsonArray targetHistory = target.value(QLatin1String("history")).toArray();
    for (const QJsonValue &entry : source.value(QLatin1String("history")).toArray()) {
        const QJsonValue session = entry.toObject().value(QLatin1String("session_id"));
        for (const QJsonValue &other : targetHistory) {
            if (other.toObject().value(QLatin1String("session_id")) == session)
                return entry.toObject().value(QLatin1String("recorded_seq"));
        }
    }
    return 0;
}

// Moves the pipeline on after any step: starts a read, a write or a checkpoint when its stage
// is free, and finishes once nothing is in flight.
void Replicator::pump()
{
    if (!m_running)
        return;
    const bool winding = m_stopping || m_deferredError.has_value();
    // The read goes first, so a request to a remote source is on its way before a local write
    // keeps this thread busy.
    if (!m_askingChanges && !winding && !m_drained && m_readsInFlight + int(m_read.size()) < (m_heavy ? 1 : readAhead))
        read();
    // Batches are written in the order they were asked for, whatever order they arrive in.
    // After a failed read, the batches read before it are still written and checkpointed, so
    // a network that fails every few requests still moves the replication on; a stop leaves them.
    if (!m_writing && !m_stopping && !m_read.isEmpty() && m_read.firstKey() == m_nextWrite) {
        ++m_nextWrite;
        write(m_read.take(m_read.firstKey()));
    }
    if (!m_checkpointing && m_checkpointDue)
        checkpoint();
    if (m_writing || m_checkpointing || m_checkpointDue)
        return;
    if (m_deferredError) {
        if (m_readsInFlight > 0)
            return; // an earlier batch may still arrive; every request has a time limit
        return fail(*m_deferredError);
    }
    const bool nothingRead = m_read.isEmpty() && m_readsInFlight == 0;
    if (m_stopping || (m_drained && nothingRead))
        return finish();
    if (m_options.continuous && m_lastReadEmpty && nothingRead && !m_waiting) {
        m_waiting = true;
        emit caughtUp();
    }
}

// Reads the next batch: changes → revs_diff on the target → fetch the missing revisions.
void Replicator::read()
{
    m_askingChanges = true;
    const int wait = m_options.continuous && m_lastReadEmpty ? m_options.waitMs : 0;
    m_source.changes(m_readSeq, m_options.batchSize, wait, m_options.filter, guarded([this](Result<ChangeBatch> result) {
        m_askingChanges = false;
        if (!result.ok())
            return readFailed(result.error());
        const ChangeBatch &batch = result.value();
        if (batch.rows.isEmpty() && batch.hasMore) {
            // Nothing passed the filter in the part the source read: an empty batch takes the
            // checkpoint there, and the read goes on.
            m_lastReadEmpty = false;
            m_readSeq = batch.lastSeq;
            const quint64 ticket = m_nextTicket++;
            ++m_readsInFlight;
            readDone(ticket, { batch.lastSeq, {}, {} });
            return;
        }
        if (batch.rows.isEmpty()) {
            m_lastReadEmpty = true;
            m_drained = !m_options.continuous;
            return pump();
        }
        m_lastReadEmpty = false;
        m_waiting = false;
        m_readSeq = batch.lastSeq;
        const quint64 ticket = m_nextTicket++;
        ++m_readsInFlight;
        QHash<QString, QStringList> revs;
        for (const ChangeRow &row : batch.rows) {
            revs[row.id] += row.revs;
            m_stats.missingChecked += int(row.revs.size());
        }
        const QJsonValue seq = batch.lastSeq;
        m_target.revsDiff(revs, guarded([this, seq, ticket](Result<QHash<QString, RevsDiffEntry>> diff) {
            if (!diff.ok())
                return readFailed(diff.error(), true);
            QList<RevisionRequest> wanted;
            for (auto it = diff.value().cbegin(); it != diff.value().cend(); ++it) {
                if (it->missing.isEmpty())
                    continue;
                wanted.append({ it.key(), it->missing, it->possibleAncestors });
                m_stats.missingFound += int(it->missing.size());
            }
            if (wanted.isEmpty())
                return readDone(ticket, { seq, {}, {} });
            const QList<RevisionRequest> part = takePart(wanted);
            m_source.fetch(part, guarded([this, seq, ticket, asked = part.size(), rest = wanted](Result<QList<TransferredDoc>> docs) {
                if (!docs.ok())
                    return readFailed(docs.error(), true);
                m_stats.docsRead += int(docs.value().size());
                noteFetched(asked, docs.value());
                readDone(ticket, { seq, docs.value(), rest });
            }));
        }));
        pump(); // ask for the following page while this one is diffed and fetched
    }));
}

void Replicator::readDone(quint64 ticket, Prepared batch)
{
    --m_readsInFlight;
    m_read.insert(ticket, std::move(batch));
    pump();
}

void Replicator::readFailed(const StoreError &error, bool ticketed)
{
    if (ticketed)
        --m_readsInFlight;
    if (!m_deferredError)
        m_deferredError = error; // the first failure is the one to report
    pump();
}

QList<RevisionRequest> Replicator::takePart(QList<RevisionRequest> &rest) const
{
    const qsizetype count = qMin<qsizetype>(m_fetchDocs, rest.size());
    QList<RevisionRequest> part = rest.mid(0, count);
    rest.remove(0, count);
    return part;
}

void Replicator::noteFetched(qsizetype asked, const QList<TransferredDoc> &docs)
{
    qint64 bytes = 0;
    for (const TransferredDoc &doc : docs)
        bytes += doc.byteSize();
    const qint64 budget = qMax<qint64>(1, m_options.batchBytes);
    if (bytes > budget / 2 && !docs.isEmpty())
        m_fetchDocs = int(qBound<qint64>(1, qint64(docs.size()) * budget / 2 / bytes, qint64(m_options.batchSize)));
    else if (asked >= m_fetchDocs)
        m_fetchDocs = qMin(m_fetchDocs * 2, m_options.batchSize);
    m_heavy = bytes > budget / readAhead;
}

void Replicator::write(Prepared batch)
{
    ++m_stats.batches;
    if (batch.docs.isEmpty() && batch.rest.isEmpty()) { // the target had every revision already
        m_checkpointDue = batch.seq;
        return;
    }
    m_writing = true;
    writePart(std::move(batch));
}

void Replicator::continueBatch(Prepared batch)
{
    if (batch.rest.isEmpty()) {
        m_writing = false;
        m_checkpointDue = batch.seq;
        return pump();
    }
    if (m_stopping) { // a batch written in part is not checkpointed: the next run writes the rest
        m_writing = false;
        return pump();
    }
    const QList<RevisionRequest> part = takePart(batch.rest);
    m_source.fetch(part, guarded([this, batch, asked = part.size()](Result<QList<TransferredDoc>> docs) {
        if (!docs.ok()) {
            m_writing = false;
            return fail(docs.error());
        }
        m_stats.docsRead += int(docs.value().size());
        noteFetched(asked, docs.value());
        Prepared next = batch;
        next.docs = docs.value();
        writePart(std::move(next));
    }));
}

void Replicator::writePart(Prepared batch)
{
    if (batch.docs.isEmpty())
        return continueBatch(std::move(batch));
    const QList<TransferredDoc> fetched = std::move(batch.docs);
    batch.docs.clear();
    m_target.write(fetched, guarded([this, batch, fetched](Result<QList<WriteResult>> refused) {
        if (!refused.ok()) {
            m_writing = false;
            return fail(refused.error());
        }
        QSet<QString> refusedIds;
        for (const WriteResult &r : refused.value()) {
            refusedIds.insert(r.id);
            QString rev = r.rev;
            for (const TransferredDoc &doc : fetched) {
                if (doc.id == r.id)
                    rev = doc.rev;
            }
            m_stats.rejected.append({ r.id, rev, r.error.reason });
            emit documentRejected(r.id, rev, r.error.reason);
        }
        m_stats.docWriteFailures += int(refused.value().size());
        m_stats.docsWritten += int(fetched.size() - refused.value().size());
        // A later accepted version clears an earlier rejection of the same document.
        if (!m_pendingRejected.isEmpty()) {
            for (const TransferredDoc &doc : fetched) {
                const QString &id = doc.id;
                if (!refusedIds.contains(id))
                    m_pendingRejected.erase(std::remove_if(m_pendingRejected.begin(), m_pendingRejected.end(),
                                                           [&](const RejectedDocument &d) { return d.id == id; }),
                                            m_pendingRejected.end());
            }
        }
        emit progress(m_stats.docsRead, m_stats.docsWritten);
        continueBatch(batch);
    }));
}

QJsonObject Replicator::checkpointDoc(const QJsonObject &previous, const QJsonValue &seq, bool forSource) const
{
    QJsonArray history { QJsonObject { { "session_id", m_sessionId },
                                       { "start_time", m_startTime },
                                       { "end_time", nowText() },
                                       { "start_last_seq", m_stats.startSeq },
                                       { "end_last_seq", seq },
                                       { "recorded_seq", seq },
                                       { "missing_checked", m_stats.missingChecked },
                                       { "missing_found", m_stats.missingFound },
                                       { "docs_read", m_stats.docsRead },
                                       { "docs_written", m_stats.docsWritten },
                                       { "doc_write_failures", m_stats.docWriteFailures } } };
    for (const QJsonValue &entry : previous.value(QLatin1String("history")).toArray()) {
        if (history.size() >= historyLength)
            break;
        if (entry.toObject().value(QLatin1String("session_id")).toString() != m_sessionId)
            history.append(entry);
    }
    QJsonObject doc { { "_id", QStringLiteral("_local/") + m_replicationId },
                      { "session_id", m_sessionId },
                      { "source_last_seq", seq },
                      { "replication_id_version", 3 },
                      { "replicator", "buurtbrug" },
                      { "history", history } };
    if (previous.value(QLatin1String("_rev")).isString())
        doc.insert("_rev", previous.value(QLatin1String("_rev")));
    if (!m_options.filter.isEmpty())
        doc.insert("filter", QString::fromUtf8(m_options.filter.key()));
    if (forSource) {
        QJsonArray rejected;
        QList<RejectedDocument> all = m_pendingRejected;
        all += m_stats.rejected;
        QSet<QString> seen;
        for (const RejectedDocument &d : all) {
            if (seen.contains(d.id + d.rev))
                continue;
            seen.insert(d.id + d.rev);
            rejected.append(QJsonObject { { "id", d.id }, { "rev", d.rev }, { "reason", d.reason } });
        }
        if (!rejected.isEmpty())
            doc.insert("rejected", rejected);
    }
    return doc;
}

// Records the newest written sequence on the target, then on the source. Writes go on
// meanwhile; a sequence written while this one is in flight is recorded next.
void Replicator::checkpoint()
{
    const QJsonValue seq = *m_checkpointDue;
    m_checkpointDue.reset();
    m_checkpointing = true;
    m_since = seq;
    m_stats.lastSeq = seq;
    const QJsonObject targetDoc = checkpointDoc(m_targetCheckpoint, seq, false);
    m_target.putCheckpoint(targetDoc, guarded([this, seq, targetDoc](Result<QString> targetRev) {
        if (!targetRev.ok())
            return fail(targetRev.error());
        m_targetCheckpoint = targetDoc;
        m_targetCheckpoint.insert("_rev", targetRev.value());
        const QJsonObject sourceDoc = checkpointDoc(m_sourceCheckpoint, seq, true);
        m_source.putCheckpoint(sourceDoc, guarded([this, sourceDoc](Result<QString> sourceRev) {
            // A source we may only read (a server's directory for a reader) keeps no checkpoint;
            // the target's is enough to resume.
            if (!sourceRev.ok() && sourceRev.error().code != StoreError::Code::Forbidden
                && sourceRev.error().code != StoreError::Code::Unauthorized)
                return fail(sourceRev.error());
            m_sourceCheckpoint = sourceDoc;
            if (sourceRev.ok())
                m_sourceCheckpoint.insert("_rev", sourceRev.value());
            m_checkpointing = false;
            pump();
        }));
    }));
}

void Replicator::fail(const StoreError &error)
{
    if (!m_running)
        return; // finished already; a late answer of a request in flight
    m_running = false;
    emit finished(false, error);
}

void Replicator::finish()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(!m_stopping, StoreError::none());
}
