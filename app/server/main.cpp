// buurtbrug-server: read the arguments, open the data folder, listen. Nothing else.
#include "databasefolder.h"
#include "domainindexer.h"
#include "serverconfig.h"
#include "syncserver.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtbrug-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUURTBRUG_VERSION));
    ServerConfig config;
    QString problem;
    if (!config.parse(QCoreApplication::arguments(), problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    if (config.hashPassword) {
        QTextStream in(stdin);
        const QByteArray hash = Authenticator::hashPassword(in.readLine().toUtf8());
        if (hash.isEmpty())
            return 1;
        std::printf("%s\n", hash.constData());
        return 0;
    }
    SyncServer::raiseFileLimit();
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(config.dataFolder, true); !error.ok()) {
        std::fprintf(stderr, "buurtbrug-server: %s\n", qPrintable(error.reason));
        return 1;
    }
    SyncServer server(folder);
    if (StoreError error = server.openRegistry(); !error.ok()) {
        std::fprintf(stderr, "buurtbrug-server: device registry: %s\n", qPrintable(error.reason));
        return 1;
    }
    if (!config.adminName.isEmpty())
        server.setAdmin(config.adminName, config.adminPassword);
    config.applyTo(server.limits());
    server.applyLimits();
    server.setTrustedProxies(config.trustedProxies);
    const quint16 port = server.listen(config.address, config.port);
    if (port == 0) {
        std::fprintf(stderr, "buurtbrug-server: cannot listen on %s:%u\n", qPrintable(config.address.toString()), config.port);
        return 1;
    }
    // Tests and scripts read this line to learn the port.
    std::printf("buurtbrug-server listening on http://%s:%u/\n", qPrintable(config.address.toString()), port);
    std::fflush(stdout);
    return app.exec();
}
