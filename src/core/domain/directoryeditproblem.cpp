#include "directoryeditproblem.h"

QString DirectoryEdit::codeName(Problem problem)
{
    switch (problem) {
    case Problem::NameMissing: return QStringLiteral("name-missing");
    case Problem::TextTooLong: return QStringLiteral("text-too-long");
    case Problem::TextHasBidiControl: return QStringLiteral("text-has-bidi-control");
    case Problem::LanguageUnknown: return QStringLiteral("language-unknown");
    case Problem::StatusUnknown: return QStringLiteral("status-unknown");
    case Problem::ThemeUnknown: return QStringLiteral("theme-unknown");
    case Problem::TooManyItems: return QStringLiteral("too-many-items");
    case Problem::SlugInvalid: return QStringLiteral("slug-invalid");
    case Problem::SlugTaken: return QStringLiteral("slug-taken");
    case Problem::PositionInvalid: return QStringLiteral("position-invalid");
    case Problem::PositionOutsideNetherlands: return QStringLiteral("position-outside-netherlands");
    case Problem::PostcodeInvalid: return QStringLiteral("postcode-invalid");
    case Problem::PhoneInvalid: return QStringLiteral("phone-invalid");
    case Problem::EmailInvalid: return QStringLiteral("email-invalid");
    case Problem::WebsiteInvalid: return QStringLiteral("website-invalid");
    case Problem::ScheduleInvalid: return QStringLiteral("schedule-invalid");
    case Problem::ScheduleNeverOccurs: return QStringLiteral("schedule-never-occurs");
    case Problem::NotFound: return QStringLiteral("not-found");
    case Problem::StaleRevision: return QStringLiteral("stale-revision");
    case Problem::Retired: return QStringLiteral("retired");
    }
    return QStringLiteral("unknown");
}
