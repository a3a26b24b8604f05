#pragma once

#include "serverlimits.h"

#include <QHostAddress>
#include <QStringList>

// What buurtbrug-server was asked to do, read from its command line.
struct ServerConfig
{
    QString dataFolder;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 5984;
    QString adminName;     // --admin NAME:PASSWORD (or NAME:HASH) or BUURTBRUG_ADMIN; may create/delete databases
    QString adminPassword;
    double requestsPerSecond = 0; // --rate-limit PER_SECOND[:BURST]; 0 = the default
    double requestBurst = 0;
    int maxConnections = 0;           // --max-connections; 0 = the default
    int maxConnectionsPerAddress = -1; // --max-connections-per-address; 0 = no cap; -1 = the default
    int headerTimeoutMs = 0;          // --header-timeout SECONDS
    int idleTimeoutMs = 0;            // --idle-timeout SECONDS
    QList<QHostAddress> trustedProxies; // --trusted-proxy ADDRESS, repeatable
    bool hashPassword = false;        // --hash-password: print the hash of the password on stdin, and exit

    // Parses the arguments; on a problem returns false and sets error (usage text included).
    [[nodiscard]] bool parse(const QStringList &arguments, QString &error);
    // Puts the limits given on the command line into `limits`; the others keep their defaults.
    void applyTo(ServerLimits &limits) const;
};
