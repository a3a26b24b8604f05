// buurtbrug-admin: parse the command line and hand it to AdminCli.
#include "admincli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

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
    // The messages a person reads (why an initiative was refused, field by field) in the
    // system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) where the app has it; codes and
    // JSON keys stay as they are for scripts.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("buurtbrug"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AdminCli(out, err).run(QCoreApplication::arguments());
}
