#include "httppeer.h"

#include "documenttext.h"
#include "jsonscan.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {
StoreError statusError(int status, const QJsonValue &body, const QString &what)
{
    const QJsonObject o = body.toObject();
    const QString reason = QStringLiteral("%1: HTTP %2 %3 %4").arg(what).arg(status)
                                   .arg(o.value(QLatin1String("error")).toString(), o.value(QLatin1String("reason")).toString())
                                   .trimmed();
    using Code = StoreError::Code;
    switch (status) {
    case 400: return StoreError::make(Code::BadRequest, reason);
    case 401: return StoreError::make(Code::Unauthorized, reason);
    case 403: return StoreError::make(Code::Forbidden, reason);
    case 404: return StoreError::make(Code::NotFound, reason);
    case 409:
    case 412: return StoreError::make(Code::Conflict, reason);
    case 413: return StoreError::make(Code::BadRequest, reason);
    default: return StoreError::make(status >= 500 ? Code::Busy : Code::IoError, reason);
    }
}

TransferredDoc transferred(const QJsonObject &doc)
{
    return { doc.value(QLatin1String("_id")).toString(), doc.value(QLatin1String("_rev")).toString(), doc, {}, {} };
}

// A revision found by _bulk_get, kept as its text: its _id and _rev (usually its first
// members) are read, the rest is left for the store to split.
TransferredDoc transferred(QByteArrayView doc)
{
    TransferredDoc found { {}, {}, {}, doc.toByteArray(), {} };
    JsonScan scan(doc);
    (void)scan.members([&](QByteArrayView key, bool escaped, qsizetype) {
        QByteArrayView value;
        if (!scan.value(&value))
            return false;
        if ((key == "_id" || key == "_rev") && value.startsWith('"'))
            (key == "_id" ? found.id : found.rev) = JsonScan::decode(value.sliced(1, value.size() - 2), escaped || value.contains('\\'));
        return found.id.isEmpty() || found.rev.isEmpty();
    });
    return found;
}

// The revisions a _bulk_get answer holds ({"results":[{"id","docs":[{"ok":{...}}|{"error":...}]}]}),
// each as its text: the answer is checked as JSON but not parsed into objects.
Result<QList<TransferredDoc>> foundRevisions(const QByteArray &answer, const QString &what)
{
    if (!JsonText::isValidUtf8(answer))
        return StoreError::make(StoreError::Code::InvalidUtf8, QStringLiteral("%1: the answer is not valid UTF-8").arg(what));
    QList<TransferredDoc> docs;
    JsonScan scan(answer, JsonScan::envelopeDepth);
    // Reads the member named `wanted` of the object that starts here with `read`; anything
    // else (other members, a value that is not an object) is checked and passed over.
    const auto inObject = [&scan](QByteArrayView wanted, auto read) {
        if (scan.peek() != '{')
            return scan.value();
        return scan.members([&](QByteArrayView key, bool, qsizetype) { return key == wanted ? read() : scan.value(); });
    };
    const auto eachElement = [&scan](auto read) {
        return scan.peek() == '[' ? scan.elements(read) : scan.value();
    };
    const bool read = inObject("results", [&]() {
        return eachElement([&]() {
            return inObject("docs", [&]() {
                return eachElement([&]() {
                    return inObject("ok", [&]() {
                        QByteArrayView doc;
                        if (!scan.value(&doc))
                            return false;
                        if (doc.startsWith('{') && doc != "{}")
                            docs.append(transferred(doc));
                        return true;
                    });
                });
            });
        });
    });
    if (!read || !scan.atEnd())
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("%1: the answer is not JSON (%2 at byte %3)")
                                                                       .arg(what, QLatin1String(scan.error() ? scan.error() : "more after the end"))
                                                                       .arg(scan.offset()));
    return docs;
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}
}

QString HttpPeer::encodedId(const QString &id)
{
    // "_local/x" and "_design/x" keep their slash; every other character is encoded.
    for (const char *prefix : { "_local/", "_design/" }) {
        if (id.startsWith(QLatin1String(prefix)))
            return QLatin1String(prefix) + QString::fromLatin1(QUrl::toPercentEncoding(id.mid(int(qstrlen(prefix)))));
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

HttpPeer::HttpPeer(const QUrl &databaseUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_db(databaseUrl), m_network(network)
{
    if (!m_db.userName().isEmpty()) {
        m_authorization = "Basic " + (m_db.userName(QUrl::FullyDecoded) + u':' + m_db.password(QUrl::FullyDecoded)).toUtf8().toBase64();
        m_db.setUserInfo({});
    }
    QString path = m_db.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_db.setPath(path);
}

QString HttpPeer::describe() const
{
    return m_db.toString(QUrl::RemoveUserInfo);
}

QUrl HttpPeer::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_db;
    u.setPath(m_db.path(QUrl::FullyEncoded) + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return u;
}

void HttpPeer::send(const QByteArray &method, const QUrl &target, const QJsonValue &body, int extraTimeoutMs,
                    Done<QJsonValue> done)
{
    QByteArray payload;
    if (!body.isUndefined())
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    sendText(method, target, payload, extraTimeoutMs, std::move(done));
}

void HttpPeer::sendText(const QByteArray &method, const QUrl &target, const QByteArray &payload, int extraTimeoutMs,
                        Done<QJsonValue> done)
{
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), target.path());
    exchange(method, target, payload, extraTimeoutMs, [done = std::move(done), what](Result<QByteArray> bytes) {
        if (!bytes.ok())
            return done(bytes.error());
        Result<QJsonValue> parsed = JsonText::parse(bytes.value(), JsonScan::envelopeDepth);
        if (!parsed.ok())
            return done(StoreError::make(StoreError::Code::InvalidJson,
                                         QStringLiteral("%1: the answer is not JSON (%2)").arg(what, parsed.error().reason)));
        done(parsed.value());
    });
}

QNetworkRequest HttpPeer::request(const QUrl &target, int extraTimeoutMs, const QByteArray &accept) const
{
    QNetworkRequest request(target);
    request.setRawHeader("Accept", accept);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    else if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(m_timeoutMs + extraTimeoutMs);
    return request;
}

void HttpPeer::exchange(const QByteArray &method, const QUrl &target, const QByteArray &payload, int extraTimeoutMs,
                        Done<QByteArray> done, const QByteArray &accept, qint64 maxAnswerBytes)
{
    QNetworkRequest asked = request(target, extraTimeoutMs, accept);
    if (!payload.isNull())
        asked.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ++m_requests;
    collect(m_network->sendCustomRequest(asked, method, payload), QStringLiteral("%1 %2").arg(QString::fromLatin1(method), target.path()),
            std::move(done), maxAnswerBytes);
}

void HttpPeer::collect(QNetworkReply *reply, const QString &what, Done<QByteArray> done, qint64 maxAnswerBytes)
{
    // A server that answers without end (broken, or not the one it claims to be) is cut off
    // before the phone's memory is: the answer is refused, not read on.
    const qint64 limit = maxAnswerBytes > 0 ? qMin(maxAnswerBytes, m_maxAnswerBytes) : m_maxAnswerBytes;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, limit, tooLarge](qint64 received, qint64 total) {
        if (!*tooLarge && (received > limit || total > limit)) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done), what, tooLarge, limit]() {
        reply->deleteLater();
        if (*tooLarge) {
            done(StoreError::make(StoreError::Code::IoError, QStringLiteral("%1: the answer is larger than %2 bytes").arg(what).arg(limit)));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status == 0) {
            done(StoreError::make(StoreError::Code::IoError, QStringLiteral("%1: %2").arg(what, reply->errorString())));
            return;
        }
        if (status >= 400) {
            Result<QJsonValue> parsed = JsonText::parse(bytes);
            done(parsed.ok() ? statusError(status, parsed.value(), what)
                             : StoreError::make(StoreError::Code::Busy, QStringLiteral("%1: HTTP %2 with a body that is not JSON (%3)")
                                                                                .arg(what).arg(status).arg(parsed.error().reason)));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) { // e.g. the connection dropped mid-body
            done(StoreError::make(StoreError::Code::IoError, QStringLiteral("%1: %2").arg(what, reply->errorString())));
            return;
        }
        done(bytes);
    });
}

void HttpPeer::identity(Done<QString> done)
{
    if (!m_identity.isEmpty()) {
        QTimer::singleShot(0, this, [this, done]() { done(m_identity); });
        return;
    }
    QUrl root = m_db;
    root.setPath(QStringLiteral("/"));
    send("GET", root, QJsonValue::Undefined, 0, [this, done](Result<QJsonValue> welcome) {
        // Servers without a uuid are named by their address; the database by its path.
        const QString server = welcome.ok() && !welcome.value().toObject().value(QLatin1String("uuid")).toString().isEmpty()
                ? welcome.value().toObject().value(QLatin1String("uuid")).toString()
                : m_db.adjusted(QUrl::RemovePath | QUrl::RemoveUserInfo).toString();
        m_identity = server + m_db.path();
        done(m_identity);
    });
}

void HttpPeer::updateSeq(Done<qint64> done)
{
    send("GET", m_db, QJsonValue::Undefined, 0, [done](Result<QJsonValue> info) {
        if (!info.ok()) {
            done(info.error());
            return;
        }
        const QJsonValue seq = info.value().toObject().value(QLatin1String("update_seq"));
        done(seq.isDouble() ? qint64(seq.toDouble()) : seq.toString().section(u'-', 0, 0).toLongLong());
    });
}

void HttpPeer::getCheckpoint(const QString &id, Done<QJsonObject> done)
{
    send("GET", url(QStringLiteral("/_local/") + encodedId(id)), QJsonValue::Undefined, 0,
         [done](Result<QJsonValue> doc) { done(doc.ok() ? Result<QJsonObject>(doc.value().toObject()) : Result<QJsonObject>(doc.error())); });
}

void HttpPeer::putCheckpoint(const QJsonObject &doc, Done<QString> done)
{
    const QString id = doc.value(QLatin1String("_id")).toString();
    send("PUT", url(QStringLiteral("/") + encodedId(id)), doc, 0, [done](Result<QJsonValue> answer) {
        done(answer.ok() ? Result<QString>(answer.value().toObject().value(QLatin1String("rev")).toString()) : Result<QString>(answer.error()));
    });
}

void HttpPeer::changes(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter, Done<ChangeBatch> done)
{
    changesPage(since, limit, waitMs, filter, false, std::move(done));
}

void HttpPeer::changesWithDocs(const QJsonValue &since, int limit, const ReplicationFilter &filter, Done<ChangeBatch> done)
{
    changesPage(since, limit, 0, filter, true, std::move(done));
}

void HttpPeer::changesPage(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter, bool withDocs,
                           Done<ChangeBatch> done)
{
    QList<QPair<QString, QString>> query { { QStringLiteral("style"), QStringLiteral("all_docs") },
                                           { QStringLiteral("since"), since.isDouble() ? QString::number(qint64(since.toDouble())) : since.toString() },
                                           { QStringLiteral("limit"), QString::number(limit) } };
    if (withDocs)
        query.append({ QStringLiteral("include_docs"), QStringLiteral("true") });
    if (waitMs > 0) {
        query.append({ QStringLiteral("feed"), QStringLiteral("longpoll") });
        query.append({ QStringLiteral("timeout"), QString::number(waitMs) });
    }
    // CouchDB's built-in filters take their argument in a POST body; both at once are not
    // offered, so ids and a selector together go as one selector on _id.
    QByteArray method = "GET";
    QJsonValue body = QJsonValue::Undefined;
    if (!filter.isEmpty()) {
        method = "POST";
        if (filter.selector.isEmpty()) {
            query.append({ QStringLiteral("filter"), QStringLiteral("_doc_ids") });
            body = QJsonObject { { "doc_ids", QJsonArray::fromStringList(filter.docIds) } };
        } else {
            QJsonObject selector = filter.selector;
            if (!filter.docIds.isEmpty())
                selector = QJsonObject { { "$and", QJsonArray { selector, QJsonObject { { "_id", QJsonObject { { "$in", QJsonArray::fromStringList(filter.docIds) } } } } } } };
            query.append({ QStringLiteral("filter"), QStringLiteral("_selector") });
            body = QJsonObject { { "selector", selector } };
        }
    }
    send(method, url(QStringLiteral("/_changes"), query), body, waitMs, [done, limit](Result<QJsonValue> answer) {
        if (!answer.ok()) {
            done(answer.error());
            return;
        }
        const QJsonObject o = answer.value().toObject();
        if (!o.value(QLatin1String("results")).isArray()) {
            done(StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("_changes answer has no results list")));
            return;
        }
        ChangeBatch batch;
        batch.lastSeq = o.value(QLatin1String("last_seq"));
        for (const QJsonValue &r : o.value(QLatin1String("results")).toArray()) {
            const QJsonObject row = r.toObject();
            ChangeRow change;
            change.id = row.value(QLatin1String("id")).toString();
            change.deleted = row.value(QLatin1String("deleted")).toBool();
            for (const QJsonValue &rev : row.value(QLatin1String("changes")).toArray())
                change.revs.append(rev.toObject().value(QLatin1String("rev")).toString());
            change.doc = row.value(QLatin1String("doc")).toObject();
            if (!change.id.isEmpty() && !change.revs.isEmpty())
                batch.rows.append(change);
        }
        const QJsonValue pending = o.value(QLatin1String("pending"));
        batch.hasMore = pending.isDouble() ? pending.toDouble() > 0 : batch.rows.size() >= limit;
        done(batch);
    });
}

void HttpPeer::revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done)
{
    // Written as text: a thousand ids inserted one by one into a QJsonObject cost more than the request.
    QByteArray body = "{";
    for (auto it = revs.cbegin(); it != revs.cend(); ++it) {
        if (body.size() > 1)
            body += ',';
        body += DocumentText::quoted(it.key()) + ':' + DocumentText::stringArray(it.value());
    }
    sendText("POST", url(QStringLiteral("/_revs_diff")), body + '}', 0, [done](Result<QJsonValue> answer) {
        if (!answer.ok()) {
            done(answer.error());
            return;
        }
        QHash<QString, RevsDiffEntry> diff;
        const QJsonObject o = answer.value().toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            RevsDiffEntry entry;
            for (const QJsonValue &rev : it.value().toObject().value(QLatin1String("missing")).toArray())
                entry.missing.append(rev.toString());
            for (const QJsonValue &rev : it.value().toObject().value(QLatin1String("possible_ancestors")).toArray())
                entry.possibleAncestors.append(rev.toString());
            diff.insert(it.key(), entry);
        }
        done(diff);
    });
}

void HttpPeer::fetch(const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done)
{
    if (!m_bulkGet) {
        fetchOneByOne(wanted, {}, std::move(done));
        return;
    }
    // Written as text, as the _revs_diff request is.
    QByteArray asked = "{\"docs\":[";
    for (const RevisionRequest &request : wanted) {
        const QByteArray id = DocumentText::quoted(request.id);
        for (const QString &rev : request.revs) {
            if (!asked.endsWith('['))
                asked += ',';
            asked += "{\"id\":" + id + ",\"rev\":" + DocumentText::quoted(rev);
            if (!request.attsSince.isEmpty())
                asked += ",\"atts_since\":" + DocumentText::stringArray(request.attsSince);
            asked += '}';
        }
    }
    asked += "]}";
    // Attachments come as stubs; the bytes of those the target lacks are fetched raw after.
    // att_encoding_info: a stub says when its digest is of a gzip form (CouchDB's text types).
    const QUrl target = url(QStringLiteral("/_bulk_get"), { { QStringLiteral("revs"), QStringLiteral("true") },
                                                            { QStringLiteral("latest"), QStringLiteral("true") },
                                                            { QStringLiteral("att_encoding_info"), QStringLiteral("true") } });
    exchange("POST", target, asked, 0, [this, wanted, done, what = target.path()](Result<QByteArray> answer) {
        if (!answer.ok()) {
            const StoreError::Code code = answer.error().code;
            if (code == StoreError::Code::NotFound || code == StoreError::Code::BadRequest) {
                m_bulkGet = false; // an older server: ask document by document from now on
                fetchOneByOne(wanted, {}, done);
            } else {
                done(answer.error());
            }
            return;
        }
        Result<QList<TransferredDoc>> found = foundRevisions(answer.value(), QStringLiteral("POST ") + what);
        if (!found.ok())
            return done(found.error());
        fetchAttachments(std::move(found).value(), wanted, done);
    });
}

void HttpPeer::fetchOneByOne(QList<RevisionRequest> wanted, QList<TransferredDoc> found, Done<QList<TransferredDoc>> done)
{
    if (wanted.isEmpty()) {
        done(found);
        return;
    }
    const RevisionRequest next = wanted.takeFirst();
    QList<QPair<QString, QString>> query { { QStringLiteral("revs"), QStringLiteral("true") },
                                           { QStringLiteral("latest"), QStringLiteral("true") },
                                           { QStringLiteral("attachments"), QStringLiteral("true") },
                                           { QStringLiteral("open_revs"), jsonText(QJsonArray::fromStringList(next.revs)) } };
    if (!next.attsSince.isEmpty())
        query.append({ QStringLiteral("atts_since"), jsonText(QJsonArray::fromStringList(next.attsSince)) });
    const QUrl target = url(QStringLiteral("/") + encodedId(next.id), query);
    send("GET", target, QJsonValue::Undefined, 0, [this, wanted, found, done](Result<QJsonValue> answer) mutable {
        if (!answer.ok() && answer.error().code != StoreError::Code::NotFound) {
            done(answer.error());
            return;
        }
        if (answer.ok()) {
            for (const QJsonValue &item : answer.value().toArray()) {
                const QJsonObject ok = item.toObject().value(QLatin1String("ok")).toObject();
                if (!ok.isEmpty())
                    found.append(transferred(ok));
            }
        }
        fetchOneByOne(std::move(wanted), std::move(found), std::move(done));
    });
}

void HttpPeer::writeBulk(const QList<TransferredDoc> &docs, Done<QList<WriteResult>> done)
{
    // Documents read from the local store go out as their stored text.
    QByteArray payload = "{\"new_edits\":false,\"docs\":[";
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (i > 0)
            payload += ',';
        payload += docs.at(i).toJson();
    }
    payload += "]}";
    sendText("POST", url(QStringLiteral("/_bulk_docs")), payload, 0,
         [done](Result<QJsonValue> answer) {
             if (!answer.ok()) {
                 done(answer.error());
                 return;
             }
             QList<WriteResult> failures;
             for (const QJsonValue &item : answer.value().toArray()) {
                 const QJsonObject o = item.toObject();
                 if (!o.contains(QLatin1String("error")))
                     continue;
                 const QString error = o.value(QLatin1String("error")).toString();
                 const StoreError::Code code = error == QLatin1String("forbidden") ? StoreError::Code::Forbidden
                         : error == QLatin1String("unauthorized")                  ? StoreError::Code::Unauthorized
                                                                                   : StoreError::Code::BadRequest;
                 failures.append({ o.value(QLatin1String("id")).toString(), o.value(QLatin1String("rev")).toString(),
                                   StoreError::make(code, o.value(QLatin1String("reason")).toString()) });
             }
             done(failures);
         });
}
