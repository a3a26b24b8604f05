#include "directoryeditorcontroller.h"

#include "directoryedittext.h"
#include "directoryeditvalidator.h"
#include "directoryterms.h"
#include "documentdatabase.h"
#include "initiativeeditor.h"
#include "positionservice.h"
#include "scheduletext.h"
#include "uilanguage.h"

#include <algorithm>

using DirectoryEdit::FieldProblem;
using DirectoryEdit::Problem;

DirectoryEditorController::DirectoryEditorController(DocumentDatabase *directory, PositionService *position, QObject *parent)
    : QObject(parent), m_directory(directory), m_position(position), m_initiative(new InitiativeForm(this)),
      m_activity(new ActivityForm(this)), m_lookup(new AddressLookup(this)),
      m_clock([] { return QDateTime::currentDateTime(); })
{
}

bool DirectoryEditorController::mayEdit(const QStringList &roles)
{
    return roles.contains(QStringLiteral("coordinator")) || roles.contains(QStringLiteral("editor"));
}

void DirectoryEditorController::setRoles(const QStringList &roles)
{
    const bool can = mayEdit(roles);
    if (can == m_canEdit)
        return;
    m_canEdit = can;
    emit canEditChanged();
}

void DirectoryEditorController::setLanguage(const QString &language)
{
    m_language = language;
    m_activity->setLanguage(language);
    m_initiative->retranslate();
    m_lookup->retranslate();
    if (!m_initiative->initiativeId().isEmpty())
        loadActivities(m_initiative->initiativeId());
    emit noticeChanged();
}

QStringList DirectoryEditorController::textLanguages() const
{
    QStringList codes;
    for (const UiLanguage::Choice &choice : UiLanguage::choices())
        codes.append(choice.code);
    for (const QString &code : DirectoryTerms::languageCodes()) {
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QStringList DirectoryEditorController::themeCodes() const
{
    return DirectoryTerms::themeCodes();
}

QStringList DirectoryEditorController::spokenLanguageCodes() const
{
    return DirectoryTerms::languageCodes();
}

void DirectoryEditorController::setNotice(Notice notice, const QString &detail, int count)
{
    m_notice = notice;
    m_noticeDetail = detail;
    m_noticeCount = count;
    emit noticeChanged();
}

void DirectoryEditorController::clearNotice()
{
    setNotice(Notice::None);
}

bool DirectoryEditorController::noticeOk() const
{
    return m_notice == Notice::Added || m_notice == Notice::Saved || m_notice == Notice::Retired || m_notice == Notice::PositionSet
            || m_notice == Notice::ActivitySaved || m_notice == Notice::ActivityRemoved;
}

QString DirectoryEditorController::notice() const
{
    switch (m_notice) {
    case Notice::None: return QString();
    case Notice::Added: return tr("Saved on this device. You can add its activities now; everyone sees it after the next sync.");
    case Notice::Saved: return tr("Saved on this device. Everyone sees it after the next sync.");
    case Notice::Retired: return tr("Retired: it no longer shows in the list. Its texts are kept.");
    case Notice::NotSaved:
        return m_noticeDetail.isEmpty() ? tr("Not saved: %n field(s) need another look. Everything you typed is still here.", nullptr, m_noticeCount)
                                        : tr("Not saved: %1 Everything you typed is still here.").arg(m_noticeDetail);
    case Notice::StoreFailed:
        return tr("Not saved: this device could not store it (%1). Everything you typed is still here.").arg(m_noticeDetail);
    case Notice::NoFix: return tr("This device has no position yet. Go outside or wait a moment, or type the position.");
    case Notice::RoughFix: return tr("This device's position is rough (within %1 m). Check it, or look up the address.").arg(m_noticeDetail);
    case Notice::PositionSet: return tr("The position is filled in. It is saved with the initiative.");
    case Notice::ActivitySaved: return tr("The activity is saved on this device.");
    case Notice::ActivityRemoved: return tr("The activity is removed.");
    }
    return QString();
}

void DirectoryEditorController::startNew()
{
    InitiativeDraft draft;
    m_initiative->setDraft(draft, m_language);
    m_activities.clear();
    emit activitiesChanged();
    m_lookup->clear();
    setNotice(Notice::None);
}

bool DirectoryEditorController::open(const QString &initiativeId)
{
    if (!m_directory)
        return false;
    InitiativeEditor editor(*m_directory, today());
    const Result<InitiativeDraft> loaded = editor.load(initiativeId);
    if (!loaded.ok()) {
        setNotice(Notice::StoreFailed, loaded.error().reason);
        return false;
    }
    const InitiativeDraft &draft = loaded.value();
    // The reader's language when the initiative has a text in it, else its original.
    const QString language = draft.texts.contains(m_language) || draft.texts.isEmpty()
            ? m_language
            : (draft.texts.contains(draft.originalLanguage) ? draft.originalLanguage : draft.texts.firstKey());
    m_initiative->setDraft(draft, language);
    loadActivities(initiativeId);
    m_lookup->clear();
    setNotice(Notice::None);
    return true;
}

template<typename Form>
bool DirectoryEditorController::settle(Form *form, QList<FieldProblem> problems, const StoreError &error)
{
    form->setProblems(problems);
    if (!error.ok()) {
        setNotice(Notice::StoreFailed, error.reason);
        return false;
    }
    if (problems.isEmpty())
        return true;
    // A refusal of the whole (someone saved meanwhile, it is gone) is said in the notice itself.
    const auto whole = std::find_if(problems.cbegin(), problems.cend(), [](const FieldProblem &p) { return p.field.isEmpty(); });
    setNotice(Notice::NotSaved, whole == problems.cend() ? QString() : DirectoryEditText::message(whole->problem), int(problems.size()));
    return false;
}

bool DirectoryEditorController::save()
{
    if (!m_directory || !m_canEdit)
        return false;
    QList<FieldProblem> typed;
    const InitiativeDraft draft = m_initiative->draft(typed);
    InitiativeEditor editor(*m_directory, today());
    if (!typed.isEmpty()) {
        // The rest is checked too, so every field that needs a look is marked at once.
        typed.append(DirectoryEditValidator::initiative(draft));
        return settle(m_initiative, typed, StoreError::none());
    }
    const EditOutcome outcome = editor.save(draft);
    if (!settle(m_initiative, outcome.problems, outcome.error))
        return false;
    const bool added = draft.rev.isEmpty();
    const QString language = m_initiative->textLanguage();
    open(outcome.id);
    m_initiative->setTextLanguage(language);
    setNotice(added ? Notice::Added : Notice::Saved);
    emit saved(outcome.id);
    return true;
}

bool DirectoryEditorController::retire()
{
    const QString id = m_initiative->initiativeId();
    if (!m_directory || !m_canEdit || id.isEmpty())
        return false;
    InitiativeEditor editor(*m_directory, today());
    const EditOutcome outcome = editor.retire(id, m_initiative->loadedDraft().rev);
    if (!settle(m_initiative, outcome.problems, outcome.error))
        return false;
    setNotice(Notice::Retired);
    emit retired(id);
    return true;
}

bool DirectoryEditorController::useDevicePosition()
{
    if (!m_position || !m_position->hasFix()) {
        setNotice(Notice::NoFix);
        return false;
    }
    m_initiative->setPosition(m_position->latitude(), m_position->longitude());
    // Field logs take a place only from a fix of 100 m or better; a rough one is used but said.
    if (m_position->accuracy() < 0 || m_position->accuracy() > 100)
        setNotice(Notice::RoughFix, QString::number(qRound(m_position->accuracy() < 0 ? 500 : m_position->accuracy())));
    else
        setNotice(Notice::PositionSet);
    return true;
}

void DirectoryEditorController::lookUpAddress()
{
    const QString address = QStringList { m_initiative->street(), m_initiative->postcode(), m_initiative->city() }.join(u' ').simplified();
    setNotice(Notice::None);
    m_lookup->lookup(address);
}

void DirectoryEditorController::chooseAddress(int index)
{
    const QVariantMap found = m_lookup->results().value(index).toMap();
    if (found.isEmpty())
        return;
    m_initiative->setPosition(found.value(QStringLiteral("latitude")).toDouble(), found.value(QStringLiteral("longitude")).toDouble());
    // What was typed stays; only empty parts are filled from the address found.
    if (m_initiative->street().trimmed().isEmpty())
        m_initiative->setStreet(found.value(QStringLiteral("street")).toString());
    if (m_initiative->postcode().trimmed().isEmpty())
        m_initiative->setPostcode(found.value(QStringLiteral("postcode")).toString());
    if (m_initiative->city().trimmed().isEmpty())
        m_initiative->setCity(found.value(QStringLiteral("city")).toString());
    m_lookup->clear();
    setNotice(Notice::PositionSet);
}

void DirectoryEditorController::loadActivities(const QString &initiativeId)
{
    m_activities.clear();
    if (m_directory && !initiativeId.isEmpty()) {
        InitiativeEditor editor(*m_directory, today());
        const Result<QList<ActivityDraft>> list = editor.activities(initiativeId);
        if (list.ok()) {
            for (const ActivityDraft &a : list.value()) {
                const ActivityText text = a.texts.contains(m_language) ? a.texts.value(m_language)
                                                                       : (a.texts.isEmpty() ? ActivityText() : a.texts.first());
                m_activities.append(QVariantMap { { QStringLiteral("id"), a.id() },
                                                  { QStringLiteral("name"), text.name.isEmpty() ? a.slug : text.name },
                                                  { QStringLiteral("when"), ScheduleText::describe(a.schedule, m_language) } });
            }
        }
    }
    emit activitiesChanged();
}

void DirectoryEditorController::startActivity()
{
    ActivityDraft draft;
    draft.initiativeId = m_initiative->initiativeId();
    draft.schedule = { { QStringLiteral("freq"), QStringLiteral("weekly") },
                       { QStringLiteral("byDay"), QStringLiteral("MO") } };
    m_activity->setToday(today());
    m_activity->setDraft(draft, m_initiative->textLanguage());
    m_activity->setFirstDate(QString());
    setNotice(Notice::None);
}

bool DirectoryEditorController::openActivity(const QString &activityId)
{
    if (!m_directory)
        return false;
    InitiativeEditor editor(*m_directory, today());
    const Result<ActivityDraft> loaded = editor.loadActivity(activityId);
    if (!loaded.ok()) {
        setNotice(Notice::StoreFailed, loaded.error().reason);
        return false;
    }
    m_activity->setToday(today());
    m_activity->setDraft(loaded.value(), m_initiative->textLanguage());
    setNotice(Notice::None);
    return true;
}

bool DirectoryEditorController::saveActivity()
{
    if (!m_directory || !m_canEdit)
        return false;
    const ActivityDraft draft = m_activity->draft();
    InitiativeEditor editor(*m_directory, today());
    const EditOutcome outcome = editor.saveActivity(draft);
    if (!settle(m_activity, outcome.problems, outcome.error))
        return false;
    const QString language = m_activity->textLanguage();
    openActivity(outcome.id);
    m_activity->setTextLanguage(language);
    loadActivities(draft.initiativeId);
    setNotice(Notice::ActivitySaved);
    emit activitySaved(outcome.id);
    return true;
}

bool DirectoryEditorController::removeActivity()
{
    const QString id = m_activity->activityId();
    if (!m_directory || !m_canEdit || id.isEmpty())
        return false;
    InitiativeEditor editor(*m_directory, today());
    // The revision as opened: a newer change by someone else is refused, not removed.
    const EditOutcome outcome = editor.removeActivity(id, m_activity->draft().rev);
    if (!settle(m_activity, outcome.problems, outcome.error))
        return false;
    loadActivities(m_initiative->initiativeId());
    setNotice(Notice::ActivityRemoved);
    return true;
}
