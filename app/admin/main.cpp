// buurtbrug-admin: parse the command line and hand it to AdminCli.
#include "admincli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Printing needs fonts, so a QGuiApplication; on a server without a display, offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (AdminCli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("buurtbrug-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AdminCli(out, err).run(QCoreApplication::arguments());
}
