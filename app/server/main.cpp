// buurtbrug-server: read the arguments, open the data folder, listen. Nothing else.
#include "databasefolder.h"
#include "domainindexer.h"
#include "serverconfig.h"
#include "syncserver.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include <sys/resource.h>

namespace {
// Each connection holds a file descriptor; the soft limit (often 1024) is raised to the hard
// one so that the connection cap, not the kernel, decides when to refuse.
void raiseFileLimit()
{
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
}
}

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
    raiseFileLimit();
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
    if (config.requestsPerSecond > 0) {
        server.limits().requestsPerSecond = config.requestsPerSecond;
        server.limits().requestBurst = config.requestBurst;
    }
    ServerLimits &limits = server.limits();
    if (config.maxConnections > 0)
        limits.maxConnections = config.maxConnections;
    if (config.maxConnectionsPerAddress >= 0)
        limits.maxConnectionsPerAddress = config.maxConnectionsPerAddress;
    if (config.headerTimeoutMs > 0)
        limits.headerTimeoutMs = config.headerTimeoutMs;
    if (config.idleTimeoutMs > 0)
        limits.idleTimeoutMs = config.idleTimeoutMs;
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
