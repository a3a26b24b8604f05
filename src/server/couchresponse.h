#pragma once

#include "storeerror.h"

#include <QJsonArray>
#include <QJsonObject>

// A response in CouchDB's shape: a status and a JSON body (errors as {"error","reason"}).
struct CouchResponse
{
    int status = 200;
    QJsonValue body;
    QByteArray text; // the body as JSON text already, sent as it is (documents passed on unparsed)

    static CouchResponse json(int status, const QJsonValue &body) { return { status, body, {} }; }
    static CouchResponse jsonText(int status, QByteArray text) { return { status, {}, std::move(text) }; }
    [[nodiscard]] QByteArray bytes() const;
    static CouchResponse ok(int status = 200) { return { status, QJsonObject { { "ok", true } }, {} }; }
    static CouchResponse error(int status, const QString &error, const QString &reason)
    {
        return { status, QJsonObject { { "error", error }, { "reason", reason } }, {} };
    }
    static CouchResponse from(const StoreError &e) { return error(e.httpStatus(), e.couchName(), e.reason); }
};
