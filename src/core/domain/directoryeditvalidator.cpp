#include "directoryeditvalidator.h"

#include "directoryterms.h"
#include "documentvalidator.h"
#include "schedule.h"

#include <QRegularExpression>
#include <QUrl>

#include <cmath>

using DirectoryEdit::FieldProblem;
using DirectoryEdit::Problem;

namespace {
constexpr int maxName = 200;
constexpr int maxSummary = 300;
constexpr int maxDescription = 20000;
constexpr int maxOpeningNotes = 1000;
constexpr int maxAddressPart = 200;
constexpr int maxListItems = 50;

bool matches(const QString &text, const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

void checkText(QList<FieldProblem> &problems, const QString &field, const QString &text, int maxLength)
{
    if (text.size() > maxLength)
        problems.append({ field, Problem::TextTooLong });
    else if (DocumentValidator::hasBidiControl(text))
        problems.append({ field, Problem::TextHasBidiControl });
}

void checkCodes(QList<FieldProblem> &problems, const QString &field, const QStringList &codes, const QStringList &known,
                Problem unknown)
{
    if (codes.size() > maxListItems) {
        problems.append({ field, Problem::TooManyItems });
        return;
    }
    for (const QString &code : codes) {
        if (!known.contains(code)) {
            problems.append({ field, unknown });
            return;
        }
    }
}
}

bool DirectoryEditValidator::isInNetherlands(double latitude, double longitude)
{
    return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude;
}

bool DirectoryEditValidator::isSlug(const QString &slug)
{
    return slug.size() <= 100 && matches(slug, QStringLiteral("[a-z0-9][a-z0-9-]*"));
}

bool DirectoryEditValidator::isPhone(const QString &phone)
{
    // Dutch (010 123 4567, 06-12345678) or international (+31 10 123 4567): 9..15 digits.
    if (phone.size() > 25 || !matches(phone, QStringLiteral("\\+?[0-9][0-9 ()-]*[0-9]")))
        return false;
    const qsizetype digits = std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= 9 && digits <= 15;
}

bool DirectoryEditValidator::isEmail(const QString &email)
{
    return email.size() <= 254 && matches(email, QStringLiteral("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+"));
}

bool DirectoryEditValidator::isWebsite(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return url.size() <= 500 && parsed.isValid() && (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"))
            && parsed.host().contains(u'.') && !url.contains(u' ');
}

bool DirectoryEditValidator::isPostcode(const QString &postcode)
{
    return matches(postcode, QStringLiteral("[1-9][0-9]{3} ?[A-Z]{2}"));
}

QList<FieldProblem> DirectoryEditValidator::initiative(const InitiativeDraft &draft)
{
    QList<FieldProblem> problems;
    if (!draft.slug.isEmpty() && !isSlug(draft.slug))
        problems.append({ QStringLiteral("slug"), Problem::SlugInvalid });
    bool named = false;
    for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
        const QString field = QStringLiteral("texts.%1").arg(it.key().left(20));
        if (!DirectoryTerms::languageCodes().contains(it.key())) {
            problems.append({ field, Problem::LanguageUnknown });
            continue;
        }
        const InitiativeText &t = it.value();
        named = named || !t.name.trimmed().isEmpty();
        checkText(problems, field + QStringLiteral(".name"), t.name, maxName);
        checkText(problems, field + QStringLiteral(".summary"), t.summary, maxSummary);
        checkText(problems, field + QStringLiteral(".description"), t.description, maxDescription);
        checkText(problems, field + QStringLiteral(".openingNotes"), t.openingNotes, maxOpeningNotes);
        if (!QStringList { QStringLiteral("original"), QStringLiteral("human"), QStringLiteral("needs-review") }.contains(t.status))
            problems.append({ field + QStringLiteral(".status"), Problem::StatusUnknown });
        // A translation document needs its name: texts without one would be refused by the store.
        if (t.name.trimmed().isEmpty() && (!t.summary.isEmpty() || !t.description.isEmpty() || !t.openingNotes.isEmpty()))
            problems.append({ field + QStringLiteral(".name"), Problem::NameMissing });
    }
    if (!named)
        problems.prepend({ QStringLiteral("texts"), Problem::NameMissing });
    if (!draft.originalLanguage.isEmpty() && !DirectoryTerms::languageCodes().contains(draft.originalLanguage))
        problems.append({ QStringLiteral("originalLanguage"), Problem::LanguageUnknown });
    checkCodes(problems, QStringLiteral("themes"), draft.themes, DirectoryTerms::themeCodes(), Problem::ThemeUnknown);
    checkCodes(problems, QStringLiteral("languagesSpoken"), draft.languagesSpoken, DirectoryTerms::languageCodes(),
               Problem::LanguageUnknown);
    checkText(problems, QStringLiteral("address.street"), draft.street, maxAddressPart);
    checkText(problems, QStringLiteral("address.city"), draft.city, maxAddressPart);
    if (!draft.postcode.isEmpty() && !isPostcode(draft.postcode))
        problems.append({ QStringLiteral("address.postcode"), Problem::PostcodeInvalid });
    if (draft.hasPosition) {
        if (!std::isfinite(draft.latitude) || !std::isfinite(draft.longitude) || std::abs(draft.latitude) > 90
            || std::abs(draft.longitude) > 180)
            problems.append({ QStringLiteral("position"), Problem::PositionInvalid });
        else if (!isInNetherlands(draft.latitude, draft.longitude))
            problems.append({ QStringLiteral("position"), Problem::PositionOutsideNetherlands });
    }
    if (!draft.phone.isEmpty() && !isPhone(draft.phone))
        problems.append({ QStringLiteral("contact.phone"), Problem::PhoneInvalid });
    if (!draft.email.isEmpty() && !isEmail(draft.email))
        problems.append({ QStringLiteral("contact.email"), Problem::EmailInvalid });
    if (!draft.website.isEmpty() && !isWebsite(draft.website))
        problems.append({ QStringLiteral("contact.website"), Problem::WebsiteInvalid });
    return problems;
}

QList<FieldProblem> DirectoryEditValidator::schedule(const QJsonObject &json, QDate today)
{
    QString reason;
    const std::optional<Schedule> parsed = Schedule::parse(json, &reason);
    if (!parsed) {
        // Schedule::parse names the field first ("schedule.byDay must be …"): only that word is taken.
        const QString field = reason.section(u' ', 0, 0).section(u'[', 0, 0);
        return { { field.startsWith(QLatin1String("schedule")) ? field : QStringLiteral("schedule"), Problem::ScheduleInvalid } };
    }
    if (!parsed->nextDate(today, occursWithinDays))
        return { { QStringLiteral("schedule"), Problem::ScheduleNeverOccurs } };
    return {};
}

QList<FieldProblem> DirectoryEditValidator::activity(const ActivityDraft &draft, QDate today)
{
    QList<FieldProblem> problems;
    if (!isSlug(draft.slug))
        problems.append({ QStringLiteral("slug"), Problem::SlugInvalid });
    problems.append(schedule(draft.schedule, today));
    for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
        const QString field = QStringLiteral("texts.%1").arg(it.key().left(20));
        if (!DirectoryTerms::languageCodes().contains(it.key())) {
            problems.append({ field, Problem::LanguageUnknown });
            continue;
        }
        checkText(problems, field + QStringLiteral(".name"), it.value().name, maxName);
        checkText(problems, field + QStringLiteral(".description"), it.value().description, maxDescription);
    }
    return problems;
}
