#include "directoryedittext.h"

#include <QCoreApplication>

namespace {
const char *source(DirectoryEdit::Problem problem)
{
    using P = DirectoryEdit::Problem;
    switch (problem) {
    case P::NameMissing: return QT_TRANSLATE_NOOP("DirectoryEdit", "Give the initiative a name in at least one language.");
    case P::TextTooLong: return QT_TRANSLATE_NOOP("DirectoryEdit", "This text is too long.");
    case P::TextHasBidiControl: return QT_TRANSLATE_NOOP("DirectoryEdit", "This text holds invisible direction characters; type it again.");
    case P::LanguageUnknown: return QT_TRANSLATE_NOOP("DirectoryEdit", "This language is not one the directory knows.");
    case P::StatusUnknown: return QT_TRANSLATE_NOOP("DirectoryEdit", "Choose original, translated by a person, or to be checked.");
    case P::ThemeUnknown: return QT_TRANSLATE_NOOP("DirectoryEdit", "This theme is not one the directory knows.");
    case P::TooManyItems: return QT_TRANSLATE_NOOP("DirectoryEdit", "This list is too long.");
    case P::SlugInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "Use lowercase letters, digits and dashes only.");
    case P::SlugTaken: return QT_TRANSLATE_NOOP("DirectoryEdit", "This one exists already.");
    case P::PositionInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "This is not a position on the map.");
    case P::PositionOutsideNetherlands: return QT_TRANSLATE_NOOP("DirectoryEdit", "This position is outside the Netherlands.");
    case P::PostcodeInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "A postcode is four digits and two letters, such as 3024 AB.");
    case P::PhoneInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "This is not a phone number.");
    case P::EmailInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "This is not an e-mail address.");
    case P::WebsiteInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "A website starts with https:// or http://.");
    case P::ScheduleInvalid: return QT_TRANSLATE_NOOP("DirectoryEdit", "This schedule is not complete or not valid.");
    case P::ScheduleNeverOccurs: return QT_TRANSLATE_NOOP("DirectoryEdit", "With this schedule the activity never takes place.");
    case P::NotFound: return QT_TRANSLATE_NOOP("DirectoryEdit", "It no longer exists.");
    case P::StaleRevision: return QT_TRANSLATE_NOOP("DirectoryEdit", "Someone else saved a change meanwhile; open it again.");
    case P::Retired: return QT_TRANSLATE_NOOP("DirectoryEdit", "This initiative was retired.");
    }
    return "";
}
}

QString DirectoryEditText::message(DirectoryEdit::Problem problem)
{
    return QCoreApplication::translate("DirectoryEdit", source(problem));
}

QString DirectoryEditText::line(const DirectoryEdit::FieldProblem &problem)
{
    return problem.field.isEmpty() ? message(problem.problem)
                                   : QStringLiteral("%1: %2").arg(problem.field, message(problem.problem));
}
