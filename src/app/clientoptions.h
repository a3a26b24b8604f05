#pragma once

#include <QSize>
#include <QStringList>

// The app's command line: where the data lives, the UI language, and the headless modes
// (--screenshot renders one frame to a PNG and quits; --self-test loads every QML page).
struct ClientOptions
{
    QString dataFolder; // empty = the platform's app data folder
    QString language = QStringLiteral("nl");
    QString screenshotFile;
    QSize windowSize { 390, 844 };
    QString openInitiative; // with --screenshot: show this initiative's detail page
    QString server;     // with --enrol: where to enrol
    QString enrolCode;  // a one-time invite code from a coordinator
    bool selfTest = false;
    bool loadSample = true;

    [[nodiscard]] bool parse(const QStringList &arguments, QString &error);
};
