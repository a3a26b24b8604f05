#include "serverconfig.h"

#include <QCommandLineParser>

bool ServerConfig::parse(const QStringList &arguments, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Buurtbrug sync server (CouchDB replication protocol)"));
    const QCommandLineOption data("data", "data folder (created when missing)", "DIR");
    const QCommandLineOption bind("bind", "address to listen on", "ADDRESS", "127.0.0.1");
    const QCommandLineOption port("port", "port to listen on (0 = any free port)", "PORT", "5984");
    const QCommandLineOption admin("admin", "server admin as NAME:PASSWORD or NAME:HASH from --hash-password (or set BUURTBRUG_ADMIN)", "NAME:PASSWORD");
    const QCommandLineOption hash("hash-password", "read a password on standard input, print its salted slow hash for --admin, and exit");
    const QCommandLineOption rate("rate-limit", "requests per second per device, and burst", "PER_SECOND[:BURST]");
    const QCommandLineOption connections("max-connections", "open connections at most (default 4096, kept below the file limit)", "N");
    const QCommandLineOption perAddress("max-connections-per-address", "open connections per client address (default 512; 0 = no cap)", "N");
    const QCommandLineOption headerTimeout("header-timeout", "seconds a request's header may take to arrive (default 20)", "SECONDS");
    const QCommandLineOption idleTimeout("idle-timeout", "seconds a kept-alive connection may wait for a request (default 60)", "SECONDS");
    const QCommandLineOption proxy("trusted-proxy", "a reverse proxy's address: its X-Forwarded-For names the client (repeatable)", "ADDRESS");
    parser.addOptions({ data, bind, port, admin, rate, connections, perAddress, headerTimeout, idleTimeout, proxy, hash });
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        error = parser.errorText() + u'\n' + parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        error = parser.helpText();
        return false;
    }
    if (parser.isSet(hash)) {
        hashPassword = true;
        return true;
    }
    if (!parser.isSet(data)) {
        error = QStringLiteral("--data DIR is required\n") + parser.helpText();
        return false;
    }
    dataFolder = parser.value(data);
    if (!address.setAddress(parser.value(bind))) {
        error = QStringLiteral("--bind needs an IP address, not \"%1\"").arg(parser.value(bind));
        return false;
    }
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        error = QStringLiteral("--port needs a number from 0 to 65535");
        return false;
    }
    this->port = quint16(portValue);
    if (parser.isSet(rate)) {
        const QStringList parts = parser.value(rate).split(u':');
        bool okRate = false;
        bool okBurst = true;
        requestsPerSecond = parts.value(0).toDouble(&okRate);
        requestBurst = parts.size() > 1 ? parts.at(1).toDouble(&okBurst) : requestsPerSecond * 4;
        if (!okRate || !okBurst || requestsPerSecond <= 0 || requestBurst < 1) {
            error = QStringLiteral("--rate-limit needs PER_SECOND[:BURST], both positive");
            return false;
        }
    }
    const auto positive = [&](const QCommandLineOption &option, int minimum, int &out, int scale) {
        if (!parser.isSet(option))
            return true;
        bool okValue = false;
        const int value = parser.value(option).toInt(&okValue);
        if (!okValue || value < minimum || value > 1000000) {
            error = QStringLiteral("--%1 needs a whole number from %2 to 1000000").arg(option.names().first()).arg(minimum);
            return false;
        }
        out = value * scale;
        return true;
    };
    if (!positive(connections, 1, maxConnections, 1) || !positive(perAddress, 0, maxConnectionsPerAddress, 1)
        || !positive(headerTimeout, 1, headerTimeoutMs, 1000) || !positive(idleTimeout, 1, idleTimeoutMs, 1000))
        return false;
    for (const QString &value : parser.values(proxy)) {
        QHostAddress trusted;
        if (!trusted.setAddress(value)) {
            error = QStringLiteral("--trusted-proxy needs an IP address, not \"%1\"").arg(value);
            return false;
        }
        trustedProxies.append(trusted);
    }
    const QString adminValue = parser.isSet(admin) ? parser.value(admin) : qEnvironmentVariable("BUURTBRUG_ADMIN");
    if (!adminValue.isEmpty()) {
        const qsizetype colon = adminValue.indexOf(u':');
        if (colon <= 0 || colon == adminValue.size() - 1) {
            error = QStringLiteral("--admin needs NAME:PASSWORD with both parts non-empty");
            return false;
        }
        adminName = adminValue.left(colon);
        adminPassword = adminValue.mid(colon + 1);
    }
    return true;
}

void ServerConfig::applyTo(ServerLimits &limits) const
{
    if (requestsPerSecond > 0) {
        limits.requestsPerSecond = requestsPerSecond;
        limits.requestBurst = requestBurst;
    }
    if (maxConnections > 0)
        limits.maxConnections = maxConnections;
    if (maxConnectionsPerAddress >= 0)
        limits.maxConnectionsPerAddress = maxConnectionsPerAddress;
    if (headerTimeoutMs > 0)
        limits.headerTimeoutMs = headerTimeoutMs;
    if (idleTimeoutMs > 0)
        limits.idleTimeoutMs = idleTimeoutMs;
}
