#include "syncserver.h"

#include "databasefolder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponder::StatusCode status)
{
    QHttpServerResponse response(body, status);
    response.setHeader("Cache-Control", "must-revalidate");
    response.setHeader("Server", "buurtbrug-server");
    return response;
}
}

SyncServer::SyncServer(DatabaseFolder &folder, QObject *parent) : QObject(parent), m_folder(folder)
{
    m_http.route("/", QHttpServerRequest::Method::Get, [this] { return welcome(); });
    m_http.route("/_up", QHttpServerRequest::Method::Get, [] {
        return jsonResponse({ { "status", "ok" } }, QHttpServerResponder::StatusCode::Ok);
    });
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(QJsonDocument(QJsonObject { { "error", "not_found" }, { "reason", "missing" } }),
                        { { "Cache-Control", "must-revalidate" }, { "Server", "buurtbrug-server" } },
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 SyncServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

QHttpServerResponse SyncServer::welcome() const
{
    return jsonResponse({ { "couchdb", "Welcome" },
                          { "version", couchApiVersion },
                          { "uuid", m_folder.serverUuid() },
                          { "vendor", QJsonObject { { "name", "Buurtbrug" },
                                                    { "version", QCoreApplication::applicationVersion() } } },
                          { "features", QJsonArray() } },
                        QHttpServerResponder::StatusCode::Ok);
}
