#pragma once

#include "storeerror.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

// A response in CouchDB's shape: a status and a JSON body (errors as {"error","reason"}).
struct CouchResponse
{
    int status = 200;
    QJsonValue body;
    QByteArray text; // the body as JSON text already, sent as it is (documents passed on unparsed)
    // An answer too large to build whole: the next piece of its text each call, nullopt at the
    // end. The connection asks for a piece only once the client has read the one before, and
    // other connections are served between pieces.
    using Producer = std::function<std::optional<QByteArray>()>;
    Producer stream;
    // Another type than JSON (an attachment's bytes, a multipart answer): text is sent as it is.
    QByteArray contentType;
    // Extra header lines, each ending in \r\n (Set-Cookie of /_session, an attachment's ETag).
    QByteArray headers;

    static CouchResponse json(int status, const QJsonValue &body) { return { status, body, {}, {}, {}, {} }; }
    static CouchResponse jsonText(int status, QByteArray text) { return { status, {}, std::move(text), {}, {}, {} }; }
    static CouchResponse streamed(int status, Producer producer) { return { status, {}, {}, std::move(producer), {}, {} }; }
    [[nodiscard]] QByteArray bytes() const;
    static CouchResponse ok(int status = 200) { return { status, QJsonObject { { "ok", true } }, {}, {}, {}, {} }; }
    static CouchResponse error(int status, const QString &error, const QString &reason)
    {
        return { status, QJsonObject { { "error", error }, { "reason", reason } }, {}, {}, {}, {} };
    }
    static CouchResponse from(const StoreError &e) { return error(e.httpStatus(), e.couchName(), e.reason); }
};
