#include "attachmentendpoints.h"

#include "multipartbody.h"

#include "documentdatabase.h"
#include "domain/databasenames.h"
#include "jsonscan.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
// CouchDB 3.4.3 answers an unknown revision of an attachment write with status 409 and the
// error not_found/missing_rev; clients look at either, so both are kept as CouchDB has them.
CouchResponse missingRev()
{
    return CouchResponse::error(409, QStringLiteral("not_found"), QStringLiteral("missing_rev"));
}

CouchResponse conflict()
{
    return CouchResponse::error(409, QStringLiteral("conflict"), QStringLiteral("Document update conflict."));
}

// A header value made only of visible characters: a content_type stored from a document's
// JSON must not add header lines to an answer.
QByteArray headerSafe(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.removeIf([](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; });
    return out;
}

QString revisionOf(const CouchRequest &request)
{
    QString rev = request.text(QStringLiteral("rev"));
    if (rev.isEmpty())
        rev = QString::fromUtf8(request.header("If-Match")).remove(u'"');
    return rev;
}

// The names of the attachments in "_attachments" in the order the text gives them: the order
// of the parts that follow a multipart/related document.
QStringList attachmentOrder(QByteArrayView json)
{
    QStringList names;
    JsonScan scan(json, JsonScan::envelopeDepth);
    (void)scan.members([&](QByteArrayView key, bool escaped, qsizetype) {
        if (escaped || key != "_attachments")
            return scan.value();
        if (scan.peek() != '{')
            return scan.value();
        return scan.members([&](QByteArrayView name, bool nameEscaped, qsizetype) {
            names.append(JsonScan::decode(name, nameEscaped));
            return scan.value();
        });
    });
    return names;
}
}

AttachmentEndpoints::InlineOptions AttachmentEndpoints::InlineOptions::from(const CouchRequest &request)
{
    return from(request.has(QStringLiteral("atts_since")) ? request.json(QStringLiteral("atts_since")) : QJsonValue(),
                request.flag(QStringLiteral("attachments")));
}

AttachmentEndpoints::InlineOptions AttachmentEndpoints::InlineOptions::from(const QJsonValue &attsSince, bool attachments)
{
    InlineOptions options;
    options.attachments = attachments;
    for (const QJsonValue &rev : attsSince.toArray())
        options.attsSince.append(rev.toString());
    if (attsSince.isArray())
        options.attachments = true; // as CouchDB: atts_since asks for the newer data
    return options;
}

Result<QJsonObject> AttachmentEndpoints::withData(DocumentDatabase *db, QJsonObject doc, const InlineOptions &options)
{
    return options.attachments ? db->withAttachmentData(std::move(doc), options.attsSince) : Result<QJsonObject>(std::move(doc));
}

Result<QByteArray> AttachmentEndpoints::withData(DocumentDatabase *db, const QByteArray &json, const InlineOptions &options)
{
    return options.attachments ? db->withAttachmentData(json, options.attsSince) : Result<QByteArray>(json);
}

Result<QJsonObject> AttachmentEndpoints::documentOf(const CouchRequest &request, FollowingBytes *bytes)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.trimmed().toLower().startsWith("multipart/related"))
        return request.bodyObject();
    // One part for the document and one per attachment: no more parts than attachments a
    // document can sensibly have.
    Result<MultipartBody> body = MultipartBody::parse(request.body, MultipartBody::boundaryOf(contentType), 1001);
    if (!body.ok())
        return body.error();
    const QList<MultipartBody::Part> &parts = body.value().parts;
    if (parts.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("multipart/related body without a document"));
    Result<QJsonObject> parsed = JsonText::parseObject(parts.first().content);
    if (!parsed.ok())
        return parsed.error();
    QJsonObject doc = parsed.value();
    QJsonObject attachments = doc.value(QLatin1String("_attachments")).toObject();
    // The parts follow in the order of the attachments marked "follows"; a part that names its
    // attachment (Content-Disposition filename) is taken by that name.
    QStringList following;
    for (const QString &name : attachmentOrder(parts.first().content)) {
        if (attachments.value(name).toObject().value(QLatin1String("follows")).toBool())
            following.append(name);
    }
    if (following.size() != parts.size() - 1)
        return StoreError::make(StoreError::Code::BadRequest,
                                QStringLiteral("multipart/related body with %1 attachment parts for %2 attachments that follow")
                                        .arg(parts.size() - 1).arg(following.size()));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray filename = MultipartBody::filenameOf(parts.at(i).header("content-disposition"));
        const QString name = filename.isEmpty() ? following.at(i - 1) : QString::fromUtf8(filename);
        QJsonObject attachment = attachments.value(name).toObject();
        if (!attachment.value(QLatin1String("follows")).toBool())
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("a multipart part for an attachment that does not follow: %1").arg(name));
        if (parts.at(i).header("content-encoding") == "gzip")
            attachment.insert(QStringLiteral("encoding"), QStringLiteral("gzip"));
        attachments.insert(name, attachment);
        // A view into the request's body, which outlives the write.
        bytes->append({ name, parts.at(i).content });
    }
    doc.insert(QStringLiteral("_attachments"), attachments);
    return doc;
}

qint64 AttachmentEndpoints::documentBytes(QByteArrayView json)
{
    if (!json.contains("\"_attachments\""))
        return json.size();
    qint64 attachmentsBytes = 0;
    JsonScan scan(json, JsonScan::envelopeDepth);
    (void)scan.members([&](QByteArrayView key, bool escaped, qsizetype) {
        QByteArrayView value;
        if (!scan.value(&value))
            return false;
        if (!escaped && key == "_attachments")
            attachmentsBytes += value.size();
        return true;
    });
    return json.size() - attachmentsBytes;
}

qint64 AttachmentEndpoints::documentBytesOf(const CouchRequest &request)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.trimmed().toLower().startsWith("multipart/related"))
        return documentBytes(request.body);
    Result<MultipartBody> body = MultipartBody::parse(request.body, MultipartBody::boundaryOf(contentType), 1001);
    return body.ok() && !body.value().parts.isEmpty() ? documentBytes(body.value().parts.first().content) : 0;
}

StoreError AttachmentEndpoints::checkDatabase(const QString &database, const QJsonObject &doc)
{
    if (database == DatabaseNames::cards() && !doc.value(QLatin1String("_attachments")).toObject().isEmpty())
        return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("Cards and stamps carry no attachments."));
    return StoreError::none();
}

bool AttachmentEndpoints::wantsMultipart(const CouchRequest &request)
{
    return request.header("Accept").toLower().contains("multipart/mixed");
}

CouchResponse AttachmentEndpoints::multipartMixed(const QList<QByteArray> &parts)
{
    const QByteArray boundary = QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray body;
    for (const QByteArray &part : parts)
        body += "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + part + "\r\n";
    body += "--" + boundary + "--";
    CouchResponse response = CouchResponse::jsonText(200, body);
    response.contentType = "multipart/mixed; boundary=\"" + boundary + '"';
    return response;
}

CouchResponse AttachmentEndpoints::handle(const CouchRequest &request, DocumentDatabase *db, const QString &docId,
                                          const QString &name, const WriteDocument &write)
{
    const QByteArray &method = request.method;
    const QString rev = revisionOf(request);
    if (method == "GET" || method == "HEAD") {
        Result<StoredAttachmentData> read = db->attachment(docId, request.text(QStringLiteral("rev")), name, method == "GET");
        if (!read.ok())
            return CouchResponse::from(read.error());
        const QByteArray etag = '"' + read.value().stub.value(QLatin1String("digest")).toString().mid(4).toLatin1() + '"';
        if (request.header("If-None-Match") == etag) {
            CouchResponse notModified = CouchResponse::jsonText(304, {});
            notModified.contentType = "application/json";
            notModified.headers = "ETag: " + headerSafe(QString::fromLatin1(etag)) + "\r\n";
            return notModified;
        }
        CouchResponse answer = CouchResponse::jsonText(200, read.value().data);
        answer.contentType = headerSafe(read.value().stub.value(QLatin1String("content_type")).toString());
        if (answer.contentType.isEmpty())
            answer.contentType = "application/octet-stream";
        answer.headers = "ETag: " + headerSafe(QString::fromLatin1(etag)) + "\r\nAccept-Ranges: none\r\n";
        if (method == "HEAD") // the length of what GET would send
            answer.text = QByteArray(read.value().stub.value(QLatin1String("length")).toInteger(), '\0');
        return answer;
    }
    if (method != "PUT" && method != "DELETE")
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET,HEAD,PUT,DELETE allowed"));
    if (name.startsWith(u'_'))
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Attachment name can't start with '_'"));

    QJsonObject doc { { "_id", docId } };
    if (!rev.isEmpty()) {
        GetOptions options;
        options.rev = rev;
        Result<QJsonObject> current = db->get(docId, options);
        if (!current.ok() && current.error().code == StoreError::Code::NotFound) {
            // A revision the document has, but not as a leaf, is stale: a conflict, as CouchDB says.
            Result<QHash<QString, RevsDiffEntry>> known = db->revsDiff({ { docId, { rev } } });
            const bool stale = known.ok() && !known.value().value(docId).missing.contains(rev);
            return stale ? conflict() : missingRev();
        }
        if (!current.ok())
            return CouchResponse::from(current.error());
        doc = current.value();
        doc.remove(QStringLiteral("_deleted"));
        doc.insert(QStringLiteral("_rev"), rev);
    } else if (method == "DELETE" || db->get(docId).ok()) {
        return conflict();
    }
    QJsonObject attachments = doc.value(QLatin1String("_attachments")).toObject();
    if (method == "DELETE") {
        if (!attachments.contains(name))
            return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Document is missing attachment"));
        attachments.remove(name);
    } else {
        QByteArray type = request.header("Content-Type");
        attachments.insert(name, QJsonObject { { "content_type", type.isEmpty() ? QStringLiteral("application/octet-stream") : QString::fromUtf8(type) },
                                               { "data", QString::fromLatin1(request.body.toBase64()) } });
    }
    if (attachments.isEmpty())
        doc.remove(QStringLiteral("_attachments"));
    else
        doc.insert(QStringLiteral("_attachments"), attachments);
    return write(doc, method == "PUT" ? 201 : 200);
}
