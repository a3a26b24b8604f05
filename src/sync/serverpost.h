#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// What one of buurtbrug-server's own endpoints answered: ok, or a StoreError (IoError when it
// could not be reached; a 4xx's CouchDB error as the matching code, a 5xx as Internal). `body` is the JSON object
// it sent, on success and on refusal alike, for the fields an error carries besides its reason.
struct ServerAnswer
{
    StoreError error;
    QJsonObject body;
};

// One JSON request to one of buurtbrug-server's own endpoints (`/_enrol`, `/_cards`,
// `/_devices`), for the rare steps a person waits on (joining, issuing a card, the desk's
// devices), not for replication. Asynchronous:
// `done` runs once, from the event loop, at most timeoutMs after the start, unless cancel()
// (or destroying this) came first; then the request is aborted and `done` never runs.
class ServerPost : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ServerAnswer &answer)>;

    ServerPost(QNetworkAccessManager &network, const QUrl &server, const QString &path, const QJsonObject &body,
               const QByteArray &bearerToken, int timeoutMs, int expectedStatus, Done done,
               QObject *parent = nullptr);
    // The same with another method (GET and DELETE send no body); `path` may carry a query.
    ServerPost(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server, const QString &path,
               const QJsonObject &body, const QByteArray &bearerToken, int timeoutMs, int expectedStatus, Done done,
               QObject *parent = nullptr);
    // The same signed in as a CouchDB user (HTTP Basic) instead of with a device token.
    [[nodiscard]] static ServerPost *withBasicAuth(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server,
                                                   const QString &path, const QString &user, const QString &password,
                                                   int timeoutMs, int expectedStatus, Done done, QObject *parent = nullptr);
    ~ServerPost() override;

    void cancel();
    [[nodiscard]] bool pending() const { return !m_reply.isNull(); }

private:
    struct Authorization
    {
        QByteArray header; // the whole Authorization value, or empty
    };
    ServerPost(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server, const QString &path,
               const QJsonObject &body, Authorization authorization, int timeoutMs, int expectedStatus, Done done,
               QObject *parent);
    void finish();

    QPointer<QNetworkReply> m_reply;
    int m_expectedStatus;
    Done m_done;
};
