#pragma once

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>

// A blocking client for the admin side of an Apache CouchDB 3 node or cluster, for
// buurtbrug-admin's `couchdb` commands: one request at a time, each with a timeout. The
// credentials come from the server URL's user info and travel only in the Authorization
// header: every message, error and describe() names the server without them.
class CouchClient
{
public:
    struct Answer
    {
        int status = 0;
        QJsonValue body;
        [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
        [[nodiscard]] QJsonObject object() const { return body.toObject(); }
        // CouchDB's "error: reason", for messages.
        [[nodiscard]] QString problem() const;
    };

    explicit CouchClient(const QUrl &server, int timeoutMs = 60000);

    // Any answer with a status is a Result value; only no answer at all (refused, timed out,
    // not JSON) is an error.
    [[nodiscard]] Result<Answer> request(const QByteArray &method, const QString &path,
                                         const QJsonValue &body = QJsonValue::Undefined,
                                         const QList<QPair<QString, QString>> &query = {});
    // The same, failing unless the status is one of `accepted` (2xx when empty).
    [[nodiscard]] Result<QJsonObject> expect(const QByteArray &method, const QString &path,
                                             const QJsonValue &body = QJsonValue::Undefined,
                                             QList<int> accepted = {});

    // Asks `settled` again and again, a short pause between, until it holds (true), fails (its
    // error) or timeoutMs pass (false). A cluster finishes some work on its shard copies after
    // it answered: a database deletion, a purge, a compaction.
    [[nodiscard]] Result<bool> pollUntil(const std::function<Result<bool>()> &settled, int timeoutMs, int pauseMs = 250);

    // The server without credentials, for messages.
    [[nodiscard]] QString describe() const { return m_server.toString(); }
    [[nodiscard]] const QUrl &server() const { return m_server; }
    [[nodiscard]] QString userName() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    // A database URL with the credentials, for a peer that needs them (HttpPeer).
    [[nodiscard]] QUrl databaseUrlWithCredentials(const QString &database) const;

    // A database path segment, percent-encoded ("card-k7qm4", "_users").
    [[nodiscard]] static QString path(const QString &database, const QString &docId = QString());

private:
    QUrl m_server; // without user info
    QString m_user;
    QString m_password;
    QNetworkAccessManager m_network;
    int m_timeoutMs;
};
