#pragma once

#include "result.h"

#include <QJsonObject>
#include <QUrl>

class QNetworkAccessManager;

// One JSON request to one of buurtbrug-server's own endpoints (`/_enrol`, `/_cards`), waited
// for in a local event loop, at most timeoutMs: for the rare steps a person waits on (joining,
// issuing a card), not for replication. The server's answer on any HTTP status, or IoError
// when it could not be reached; a 4xx's CouchDB error becomes the matching StoreError.
namespace ServerPost {
[[nodiscard]] Result<QJsonObject> send(QNetworkAccessManager &network, const QUrl &server, const QString &path,
                                       const QJsonObject &body, const QByteArray &bearerToken, int timeoutMs,
                                       int expectedStatus = 201);
// The same with another method (GET and DELETE send no body); `path` may carry a query.
[[nodiscard]] Result<QJsonObject> request(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server,
                                          const QString &path, const QJsonObject &body, const QByteArray &bearerToken,
                                          int timeoutMs, int expectedStatus);
}
