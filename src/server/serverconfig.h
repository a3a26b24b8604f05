#pragma once

#include <QHostAddress>
#include <QStringList>

// What buurtbrug-server was asked to do, read from its command line.
struct ServerConfig
{
    QString dataFolder;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 5984;

    // Parses the arguments; on a problem returns false and sets error (usage text included).
    [[nodiscard]] bool parse(const QStringList &arguments, QString &error);
};
