#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "documenttypes.h"

#include <QJsonObject>

#include <functional>

class DocumentDatabase;

// The attachment side of CouchDB's document API: GET/HEAD/PUT/DELETE /db/doc/att (rev or
// If-Match, the Content-Type kept, CouchDB's ETag and 304), the inline data that
// attachments=true and atts_since ask for on a document GET, open_revs and _bulk_get, and
// documents sent as multipart/related (a document, then each attachment marked "follows").
// Writes go through the caller's document write, so access rules and validation apply as to
// any document write.
class AttachmentEndpoints
{
public:
    // Writes a document with the caller's rights (DatabaseEndpoints::writeOne).
    using WriteDocument = std::function<CouchResponse(const QJsonObject &doc, int createdStatus)>;

    [[nodiscard]] static CouchResponse handle(const CouchRequest &request, DocumentDatabase *db, const QString &docId,
                                              const QString &name, const WriteDocument &write);

    // What a document read asks of attachments: inline data (attachments=true) of those newer
    // than the revisions the client has (atts_since, which implies attachments=true).
    struct InlineOptions
    {
        bool attachments = false;
        QStringList attsSince;
        [[nodiscard]] static InlineOptions from(const CouchRequest &request);
        [[nodiscard]] static InlineOptions from(const QJsonValue &attsSince, bool attachments);
    };
    // The document with the data of its wanted attachments inline ("data" instead of "stub").
    [[nodiscard]] static Result<QJsonObject> withData(DocumentDatabase *db, QJsonObject doc, const InlineOptions &options);
    // The same for a document's JSON text; the text as it is when nothing is to be inlined.
    [[nodiscard]] static Result<QByteArray> withData(DocumentDatabase *db, const QByteArray &json, const InlineOptions &options);

    // The body of a document write: JSON, or multipart/related with the attachments marked
    // "follows" in the parts after it, whose bytes the store takes as they are (no base64).
    [[nodiscard]] static Result<QJsonObject> documentOf(const CouchRequest &request, FollowingBytes *following);
    // The size of a document's JSON without its "_attachments" (CouchDB's max_document_size
    // does not count attachments; they have their own limit).
    [[nodiscard]] static qint64 documentBytes(QByteArrayView json);
    // The same of a write's body: of its first part when it is multipart/related (the parts
    // after it are attachments); 0 when that body is malformed (its write says why).
    [[nodiscard]] static qint64 documentBytesOf(const CouchRequest &request);
    // Which typed databases take attachments: directory and org-* do (initiative photos, issue
    // 19); cards never (a card and its stamps stay small records, checked by CardAccess).
    [[nodiscard]] static StoreError checkDatabase(const QString &database, const QJsonObject &doc);
    // Whether open_revs is to be answered as multipart/mixed (the client's Accept asks for it).
    [[nodiscard]] static bool wantsMultipart(const CouchRequest &request);
    // open_revs answers (each {"ok": doc} or {"missing": rev} as JSON text) as multipart/mixed.
    [[nodiscard]] static CouchResponse multipartMixed(const QList<QByteArray> &parts);
};
