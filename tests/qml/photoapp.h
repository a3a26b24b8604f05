#pragma once

#include "appcontroller.h"
#include "appshell.h"

#include <QDateTime>
#include <QSize>
#include <QString>

// The app on the sample neighbourhood, on the photo tests' fixed day, for a device of this role:
// what tst_photoui (the desk that adds photos) and tst_readerphotoui (the phones that read them)
// both start from.
inline bool openPhotoAppAs(AppShell &shell, const QString &folder, const QString &language, const QString &role, QSize size)
{
    shell.setFixedNow(QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    if (!shell.open(folder, language, true).ok())
        return false;
    shell.controller()->setRoles({ role });
    return shell.load(size);
}
