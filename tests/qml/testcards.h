#pragma once

#include <QStringList>

class AppShell;

// Kijk op de Wijk cards of the sample's organisation (visserijplein), stored in the app's
// `cards` database as `buurtbrug-admin card issue` stores them, valid Nov 2026 – Jan 2027.
struct TestCards
{
    QStringList codes;
    QStringList payloads; // the QR code's payload, signed with the organisation's key
    QList<QStringList> places;

    // One card per list of places; empty codes when the key or a write failed.
    [[nodiscard]] static TestCards issue(AppShell &shell, const QString &dataFolder, const QList<QStringList> &places);
};
