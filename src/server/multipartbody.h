#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// A MIME multipart body (RFC 2046) split into its parts: what CouchDB's replicator and PouchDB
// send as multipart/related (a document, then the bytes of each attachment marked "follows")
// and what CouchDB answers as multipart/mixed. The parts are views into the body it was read
// from; nothing is copied. The body's size is bounded by the server's request limit already.
struct MultipartBody
{
    struct Part
    {
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray content;
        [[nodiscard]] QByteArray header(const QByteArray &lowerName) const;
    };
    QList<Part> parts;

    // The boundary parameter of a multipart Content-Type, empty when there is none.
    [[nodiscard]] static QByteArray boundaryOf(const QByteArray &contentType);
    [[nodiscard]] static Result<MultipartBody> parse(const QByteArray &body, const QByteArray &boundary, int maxParts);
    // The filename parameter of a part's Content-Disposition, empty when there is none.
    [[nodiscard]] static QByteArray filenameOf(const QByteArray &disposition);
};
