// The attachment side of HttpPeer: bytes fetched raw by GET /db/doc/att after a _bulk_get of
// stubs, and documents with bytes beside them written as multipart/related. Neither side ever
// holds an attachment as base64 text, so a batch costs about its bytes once.
#include "httppeer.h"

#include "attachmentresolver.h"
#include "jsontext.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <memory>

namespace {
QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Content-Disposition's quoted filename: a quote or backslash in a name is escaped.
QByteArray quotedFilename(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

// The bytes the stub promised: its length, and its MD5 when the source keeps the content plain
// (a digest of a gzip form says nothing about the plain bytes).
bool arrivedWhole(const QByteArray &bytes, qint64 length, const QByteArray &md5)
{
    if (length >= 0 && bytes.size() != length)
        return false;
    return md5.isEmpty() || QCryptographicHash::hash(bytes, QCryptographicHash::Md5) == md5;
}

// How often one attachment is asked for before the part fails: one lost answer among the dozens
// of a part of photos would otherwise throw the whole part away, again at every retry.
// Four retries wait 0.1, 0.3, 0.9 and 2.7 s.
constexpr int attachmentAttempts = 5;

// What a refused single-document write means for the batch: the document was refused (the
// validation, a conflict, a size limit), or the request failed as a whole and is retried.
bool refusesTheDocument(StoreError::Code code)
{
    using Code = StoreError::Code;
    return code == Code::Forbidden || code == Code::BadRequest || code == Code::Conflict;
}
}

void HttpPeer::fetchAttachments(QList<TransferredDoc> docs, const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done)
{
    QHash<QString, QStringList> since;
    for (const RevisionRequest &request : wanted)
        since.insert(request.id, request.attsSince);
    struct Wanted
    {
        qsizetype doc;
        QString name;
        qint64 length;     // what the stub promises (-1: nothing)
        QByteArray md5;    // of the plain bytes, when the source keeps them plain
    };
    QList<Wanted> fetches;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        TransferredDoc &doc = docs[i];
        if (!doc.json.contains("\"_attachments\""))
            continue;
        Result<QJsonObject> parsed = JsonText::parseObject(doc.json);
        if (!parsed.ok())
            continue; // left as it came: the store names what is wrong with it
        QJsonObject object = std::move(parsed).value();
        QJsonObject attachments = object.value(QLatin1String("_attachments")).toObject();
        const int known = AttachmentResolver::sincePosition(object.value(QLatin1String("_revisions")).toObject(), since.value(doc.id));
        bool marked = false;
        for (auto it = attachments.begin(); it != attachments.end(); ++it) {
            const QJsonObject stub = it.value().toObject();
            if (!stub.value(QLatin1String("stub")).toBool() || stub.value(QLatin1String("revpos")).toInt() <= known)
                continue; // inline data, or an attachment the target has
            // The bytes come decoded (identity) whatever the source stores; the length is theirs.
            it.value() = QJsonObject { { QStringLiteral("content_type"), stub.value(QLatin1String("content_type")) },
                                       { QStringLiteral("revpos"), stub.value(QLatin1String("revpos")) },
                                       { QStringLiteral("digest"), stub.value(QLatin1String("digest")) },
                                       { QStringLiteral("follows"), true } };
            const QString digest = stub.value(QLatin1String("digest")).toString();
            const bool plain = stub.value(QLatin1String("encoding")).toString().isEmpty() && digest.startsWith(QLatin1String("md5-"));
            fetches.append({ i, it.key(), stub.value(QLatin1String("length")).isDouble() ? qint64(stub.value(QLatin1String("length")).toDouble()) : -1,
                             plain ? QByteArray::fromBase64(digest.mid(4).toLatin1()) : QByteArray() });
            marked = true;
        }
        if (marked) {
            object.insert(QStringLiteral("_attachments"), attachments);
            doc.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
    }
    if (fetches.isEmpty()) {
        done(docs);
        return;
    }
    struct State
    {
        QList<TransferredDoc> docs;
        QSet<qsizetype> gone;
        qsizetype remaining = 0;
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    state->docs = std::move(docs);
    state->remaining = fetches.size();
    for (const Wanted &fetch : std::as_const(fetches)) {
        const TransferredDoc &doc = state->docs.at(fetch.doc);
        const QUrl target = url(QLatin1Char('/') + encodedId(doc.id) + QLatin1Char('/') + percentEncoded(fetch.name),
                                { { QStringLiteral("rev"), doc.rev } });
        fetchBytes(target, fetch.length, fetch.md5, attachmentAttempts, [state, fetch, done](Result<QByteArray> bytes) {
            if (state->answered)
                return;
            if (!bytes.ok() && bytes.error().code != StoreError::Code::NotFound) {
                state->answered = true;
                return done(bytes.error());
            }
            if (bytes.ok())
                state->docs[fetch.doc].attachments.append({ fetch.name, std::move(bytes).value() });
            else
                state->gone.insert(fetch.doc); // replaced meanwhile: its newer revision comes with a later change
            if (--state->remaining > 0)
                return;
            state->answered = true;
            QList<TransferredDoc> complete;
            for (qsizetype i = 0; i < state->docs.size(); ++i) {
                if (!state->gone.contains(i))
                    complete.append(std::move(state->docs[i]));
            }
            done(complete);
        });
    }
}

void HttpPeer::fetchBytes(const QUrl &target, qint64 length, const QByteArray &md5, int attempts, Done<QByteArray> done)
{
    exchange("GET", target, QByteArray(), 0, [this, target, length, md5, attempts, done](Result<QByteArray> bytes) {
        if (bytes.ok() && !arrivedWhole(bytes.value(), length, md5)) {
            // A proxy or a broken connection can hand on a short or foreign body with 200.
            bytes = StoreError::make(StoreError::Code::IoError, QStringLiteral("GET %1: the attachment arrived damaged (%2 bytes, %3 promised)")
                                                                        .arg(target.path()).arg(bytes.value().size()).arg(length));
        }
        const bool retry = !bytes.ok() && (bytes.error().code == StoreError::Code::IoError || bytes.error().code == StoreError::Code::Busy);
        if (retry && attempts > 1) {
            // Waits a little longer each time, as CouchDB's replicator does between retries.
            const int waitMs = 100 * int(std::pow(3, attachmentAttempts - attempts));
            QTimer::singleShot(waitMs, this, [this, target, length, md5, attempts, done] { fetchBytes(target, length, md5, attempts - 1, done); });
            return;
        }
        done(std::move(bytes));
    }, "*/*", length >= 0 ? length + 1 : 0);
}

void HttpPeer::write(const QList<TransferredDoc> &docs, Done<QList<WriteResult>> done)
{
    // Most batches carry no attachment bytes: they go on as they are, without being sorted.
    if (std::none_of(docs.cbegin(), docs.cend(), [](const TransferredDoc &doc) { return !doc.attachments.isEmpty(); }))
        return writeBulk(docs, std::move(done));
    QList<TransferredDoc> plain;
    QList<TransferredDoc> withBytes;
    for (const TransferredDoc &doc : docs)
        (doc.attachments.isEmpty() ? plain : withBytes).append(doc);
    struct State
    {
        QList<WriteResult> refused;
        qsizetype remaining = 0;
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    state->remaining = withBytes.size() + (plain.isEmpty() ? 0 : 1);
    const auto oneDone = [state, done](Result<QList<WriteResult>> refused) {
        if (state->answered)
            return;
        if (!refused.ok()) {
            state->answered = true;
            return done(refused.error());
        }
        state->refused += refused.value();
        if (--state->remaining == 0) {
            state->answered = true;
            done(state->refused);
        }
    };
    if (!plain.isEmpty())
        writeBulk(plain, oneDone);
    for (const TransferredDoc &doc : std::as_const(withBytes))
        writeMultipart(doc, oneDone);
}

void HttpPeer::writeMultipart(const TransferredDoc &doc, Done<QList<WriteResult>> done)
{
    const QByteArray json = doc.toJson();
    Result<QJsonObject> parsed = JsonText::parseObject(json);
    if (!parsed.ok()) {
        QTimer::singleShot(0, this, [doc, done, error = parsed.error()]() { done(QList<WriteResult> { { doc.id, doc.rev, error } }); });
        return;
    }
    const QJsonObject attachments = parsed.value().value(QLatin1String("_attachments")).toObject();
    // One random boundary per body; it is given unquoted, which every multipart reader takes.
    QByteArray boundary = "buurtbrug-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    auto *body = new QHttpMultiPart(QHttpMultiPart::RelatedType);
    body->setBoundary(boundary);
    QHttpPart first;
    first.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    first.setBody(json);
    body->append(first);
    // The parts go in the order the document names the attachments that follow.
    for (auto it = attachments.begin(); it != attachments.end(); ++it) {
        if (!it.value().toObject().value(QLatin1String("follows")).toBool())
            continue;
        const auto bytes = std::find_if(doc.attachments.cbegin(), doc.attachments.cend(), [&](const auto &a) { return a.first == it.key(); });
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader,
                       it.value().toObject().value(QLatin1String("content_type")).toString(QStringLiteral("application/octet-stream")).toUtf8());
        part.setRawHeader("Content-Disposition", "attachment; filename=" + quotedFilename(it.key()));
        part.setBody(bytes == doc.attachments.cend() ? QByteArray() : bytes->second);
        body->append(part);
    }
    const QUrl target = url(QLatin1Char('/') + encodedId(doc.id), { { QStringLiteral("new_edits"), QStringLiteral("false") } });
    QNetworkRequest asked = request(target, 0, "application/json");
    asked.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/related; boundary=" + boundary));
    ++m_requests;
    QNetworkReply *reply = m_network->put(asked, body);
    body->setParent(reply);
    collect(reply, QStringLiteral("PUT %1").arg(target.path()), [doc, done](Result<QByteArray> answer) {
        if (answer.ok())
            return done(QList<WriteResult>());
        if (!refusesTheDocument(answer.error().code))
            return done(answer.error());
        done(QList<WriteResult> { { doc.id, doc.rev, answer.error() } });
    });
}
