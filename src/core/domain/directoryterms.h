#pragma once

#include <QString>
#include <QStringList>

// The one home of the directory's theme codes and the languages people speak: the codes that
// are stored, and the names people read. Themes are named in the UI language (translated in the
// context "Themes"); a language is named in its own script ("العربية", "Tamaziɣt", "Papiamentu")
// and, for lists read by workers, also in the UI language (context "Languages"), since a Dutch
// buurtmaatje may not recognise "Sranantongo" written its own way, and codes such as "ber" mean
// nothing to anyone. QtCore only: shared by the app, its reports and buurtbrug-admin.
namespace DirectoryTerms {
// The themes the directory knows, in the order filters list them.
[[nodiscard]] const QStringList &themeCodes();
// A theme in the UI language; an unknown code becomes readable words ("repair-cafe" → "repair cafe").
[[nodiscard]] QString themeLabel(const QString &code);
// The languages the app names itself (QLocale does not know every one spoken in Delfshaven).
[[nodiscard]] const QStringList &languageCodes();
// A language's own name in its own script, starting with a capital where the script has them;
// the code itself only when nothing knows it.
[[nodiscard]] QString nativeLanguageName(const QString &code);
// A language's name in the UI language; "" when the app has no name for it.
[[nodiscard]] QString languageLabel(const QString &code);
// For a worker's list: the own name, and the UI language's name in brackets when it differs,
// each part wrapped in Unicode isolates so a right-to-left name keeps its place:
// "العربية (Arabisch)" in Dutch, "Tamaziɣt (الأمازيغية)" in Arabic.
[[nodiscard]] QString languageDisplay(const QString &code);
}
