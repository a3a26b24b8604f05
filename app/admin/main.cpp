// buurtbrug-admin: parse the command line and hand it to AdminCli.
#include "admincli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtbrug-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AdminCli(out, err).run(QCoreApplication::arguments());
}
