#pragma once

#include <QHttpServer>
#include <QObject>

class DatabaseFolder;

// buurtbrug-server's HTTP side: speaks the CouchDB protocol over a DatabaseFolder. This first
// version answers GET / with the CouchDB welcome and the folder's stable uuid (PouchDB derives
// its checkpoint ids from it), GET /_up for health checks, and CouchDB-shaped JSON errors for
// everything else. Replication endpoints, authentication and access rules come with the sync
// issue; until then nothing here reveals stored data.
class SyncServer : public QObject
{
    Q_OBJECT

public:
    explicit SyncServer(DatabaseFolder &folder, QObject *parent = nullptr);

    // Listens on address:port (0 = any free port); returns the port, or 0 when it failed.
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);

    // The product version reported under "vendor", and the CouchDB API version clients compare.
    static constexpr const char *couchApiVersion = "3.3.3";

private:
    DatabaseFolder &m_folder;
    QHttpServer m_http;

    [[nodiscard]] QHttpServerResponse welcome() const;
};
