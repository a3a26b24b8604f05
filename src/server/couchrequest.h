#pragma once

#include "principal.h"
#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

#include <memory>
#include <optional>

struct BulkDocsBody;

// One HTTP request in the terms of the CouchDB API: method, the decoded path segments
// (so "/db/_design%2Fx" and "/db/_design/x" both name the doc "_design/x"), query values that
// CouchDB JSON-encodes (open_revs=["1-a"], startkey="x"), headers and body.
struct CouchRequest
{
    QByteArray method;
    QStringList segments; // percent-decoded, no empty ones
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A _bulk_docs body read already on the server's worker thread, when it was.
    std::shared_ptr<const BulkDocsBody> bulkDocs;
    QString peer; // the client's address, for per-address limits; never logged
    qint64 receivedAtMs = 0; // when its header was complete (ms since the epoch)
    bool rateCounted = false; // the device's rate limit has counted it already
    // Who sent it, when the credentials were checked before the body was read.
    std::optional<Principal> principal;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool has(const QString &name) const { return query.hasQueryItem(name); }
    [[nodiscard]] QString text(const QString &name) const;
    // true for "true", false for "false" or absent (CouchDB accepts only those).
    [[nodiscard]] bool flag(const QString &name) const;
    [[nodiscard]] qint64 number(const QString &name, qint64 fallback) const;
    // A query value as JSON (a bare word that is not JSON is taken as a string).
    [[nodiscard]] QJsonValue json(const QString &name) const;
    // The body as a JSON object, with a bad_request when it is not one (our own endpoints).
    [[nodiscard]] Result<QJsonObject> bodyObject() const;
    // The same, refused in CouchDB's words ("invalid UTF-8 JSON", "Request body must be a
    // JSON object"), for the endpoints of CouchDB's API.
    [[nodiscard]] Result<QJsonObject> couchBodyObject() const;
    [[nodiscard]] static StoreError couchBodyError(const QByteArray &body);
};
