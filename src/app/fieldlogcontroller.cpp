#include "fieldlogcontroller.h"

#include "directoryrepository.h"
#include "directorysearch.h"
#include "documentdatabase.h"
#include "domainindexer.h"
#include "personerasure.h"
#include "positionservice.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace {
// Chosen so they are easy to say across languages and carry nothing about a person.
const char *const codeWords[] = { "zon", "maan", "ster", "boom", "vis", "wolk", "berg", "roos", "tulp", "haven" };

// How many of today's activities the attendance list shows.
constexpr int activitiesShown = 30;
}

FieldLogController::FieldLogController(DocumentDatabase *directory, PositionService *position, QObject *parent)
    : QObject(parent), m_directory(directory), m_position(position), m_clock([] { return QDateTime::currentDateTime(); }),
      m_tallyLanguages(new TallyChipModel(QStringLiteral("language"), FieldLog::tallyLanguages(), true, this)),
      m_tallyDoes(new TallyChipModel(QStringLiteral("does"), FieldLog::tallyDoes(), false, this)),
      m_tallyNeeds(new TallyChipModel(QStringLiteral("needs"), FieldLog::tallyNeeds(), false, this))
{
    if (m_directory)
        connect(m_directory, &DocumentDatabase::documentsChanged, this, [this] { m_activitiesValid = false; });
}

FieldLogController::~FieldLogController() = default;

void FieldLogController::setDatabase(DocumentDatabase *org)
{
    if (m_org)
        disconnect(m_org, nullptr, this, nullptr);
    m_org = org;
    m_log = org ? std::make_unique<FieldLog>(*org, m_directory, [this] { return today(); }) : nullptr;
    m_lastId.clear();
    m_lastType.clear();
    if (m_org) {
        // Logs also arrive by sync: counts and follow-ups refresh, erasures are applied.
        connect(m_org, &DocumentDatabase::documentsChanged, this, [this] {
            ++m_revision;
            emit changed();
            refreshTally();
            reapplyErasuresSoon();
        });
        reapplyErasuresSoon();
    }
    ++m_revision;
    emit changed();
    refreshTally();
}

void FieldLogController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    ++m_revision;
    emit changed();
}

void FieldLogController::reapplyErasuresSoon()
{
    if (m_reapplyQueued)
        return;
    m_reapplyQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reapplyQueued = false;
        if (m_org) {
            const auto applied = PersonErasure::reapply(*m_org);
            Q_UNUSED(applied); // a failure is retried at the next change
        }
    });
}

QString FieldLogController::notInOrganisation()
{
    return tr("This device is not part of an organisation yet.");
}

QString FieldLogController::organisation() const
{
    return m_org ? m_org->name().mid(4) : QString();
}

std::optional<Fix> FieldLogController::fix() const
{
    if (!m_position || !m_position->hasFix())
        return std::nullopt;
    return Fix { { m_position->latitude(), m_position->longitude() }, m_position->accuracy() };
}

QString FieldLogController::message(const StoreError &error)
{
    // Chosen by the code, never by the English reason (which goes to the log only).
    switch (error.code) {
    case StoreError::Code::Forbidden:
        return tr("The data of this code was erased on request. Choose a new code.");
    case StoreError::Code::NotFound:
        return tr("This record was deleted, perhaps on another phone.");
    case StoreError::Code::DiskFull:
        return tr("The phone is full. Nothing was saved.");
    case StoreError::Code::ReadOnly:
    case StoreError::Code::IoError:
    case StoreError::Code::Corrupt:
    case StoreError::Code::Busy:
        return tr("The phone could not save this. Nothing was changed; try again.");
    default:
        qWarning("Field log not saved: %s (%s)", qPrintable(error.codeName()), qPrintable(error.reason));
        return tr("This could not be saved. Nothing was changed.");
    }
}

QString FieldLogController::remember(const Result<QString> &logged, const QString &type)
{
    if (!logged.ok())
        return message(logged.error());
    m_lastId = logged.value();
    m_lastType = type;
    ++m_revision;
    emit changed();
    // A visit or contact logged after a conversation ends it: the chips no longer describe
    // it (they stayed lit and tappable while every tap was refused).
    refreshTally();
    return {};
}

int FieldLogController::talliesToday() const
{
    if (!m_log)
        return 0;
    Result<int> count = m_log->countOn(QStringLiteral("tally"), today());
    return count.ok() ? count.value() : 0;
}

QVariantList FieldLogController::followUpsDue() const
{
    QVariantList list;
    if (!m_log)
        return list;
    Result<QList<FollowUp>> due = m_log->followUpsDue(today());
    if (!due.ok())
        return list;
    std::optional<DirectoryRepository> directory;
    if (m_directory)
        directory.emplace(*m_directory);
    for (const FollowUp &f : due.value()) {
        QString to = f.referralTo;
        if (f.referralKind == QLatin1String("initiative") && directory) {
            Result<InitiativeInfo> info = directory->initiative(f.referralTo, m_language);
            if (info.ok())
                to = info.value().name.text;
        }
        list.append(QVariantMap { { QStringLiteral("contactId"), f.contactId },
                                  { QStringLiteral("person"), f.person },
                                  { QStringLiteral("daysLate"), f.due.daysTo(today()) },
                                  { QStringLiteral("referralTo"), to },
                                  { QStringLiteral("referralStatus"), f.referralStatus } });
    }
    return list;
}

QString FieldLogController::logTally()
{
    if (!m_log)
        return notInOrganisation();
    const QString problem = remember(m_log->logTally({ today(), {}, {}, {}, {} }, fix()), QStringLiteral("tally"));
    refreshTally();
    return problem;
}

void FieldLogController::refreshTally()
{
    TallyEntry stored;
    QString id;
    if (m_log && m_lastType == QLatin1String("tally") && !m_lastId.isEmpty()) {
        Result<TallyEntry> read = m_log->tally(m_lastId);
        if (read.ok()) {
            stored = read.value();
            id = m_lastId;
        }
    }
    m_tallyLanguages->setSelection(stored.language.isEmpty() ? QStringList() : QStringList { stored.language });
    m_tallyDoes->setSelection(stored.does);
    m_tallyNeeds->setSelection(stored.needs);
    const bool referred = !stored.referral.isEmpty();
    if (id != m_tallyId || referred != m_tallyReferred) {
        m_tallyId = id;
        m_tallyReferred = referred;
        emit tallyChanged();
    }
}

QString FieldLogController::saveTally(const std::function<void(TallyEntry &)> &change)
{
    refreshTally();
    if (!m_log || m_tallyId.isEmpty())
        return tr("Tap the big button first.");
    Result<TallyEntry> stored = m_log->tally(m_tallyId);
    if (!stored.ok()) {
        refreshTally();
        return message(stored.error());
    }
    TallyEntry entry = stored.value();
    change(entry);
    Result<QString> saved = m_log->updateTally(m_tallyId, entry);
    refreshTally();
    if (!saved.ok())
        return message(saved.error());
    ++m_revision;
    emit changed();
    return {};
}

QString FieldLogController::toggleTallyChip(const QString &group, const QString &code)
{
    TallyChipModel *chips = group == m_tallyLanguages->group() ? m_tallyLanguages
        : group == m_tallyDoes->group()                        ? m_tallyDoes
        : group == m_tallyNeeds->group()                       ? m_tallyNeeds
                                                               : nullptr;
    if (!chips || !chips->codes().contains(code))
        return tr("Tap the big button first.");
    return saveTally([&](TallyEntry &entry) {
        // Words this phone does not know (from another version) stay as they are.
        const auto flip = [&code](QStringList &list) {
            if (!list.removeAll(code))
                list.append(code);
        };
        if (chips == m_tallyLanguages)
            entry.language = entry.language == code ? QString() : code;
        else
            flip(chips == m_tallyDoes ? entry.does : entry.needs);
    });
}

QString FieldLogController::setTallyReferred(bool referred)
{
    return saveTally([referred](TallyEntry &entry) { entry.referral = referred ? QStringLiteral("referred") : QString(); });
}

QString FieldLogController::undoLast()
{
    if (!m_log || m_lastId.isEmpty())
        return tr("There is nothing to undo.");
    const StoreError error = m_lastType == QLatin1String("followUp") ? m_log->restoreContact(m_lastId, m_before)
                                                                      : m_log->undo(m_lastId);
    m_before = {};
    m_lastId.clear();
    m_lastType.clear();
    ++m_revision;
    emit changed();
    refreshTally();
    return error.ok() || error.code == StoreError::Code::NotFound ? QString() : message(error);
}

const QList<ScheduledActivity> &FieldLogController::activitiesToday() const
{
    // Parsing every schedule of the directory is the costly part; it changes only with the
    // day or the directory, not with each log made here.
    const QDate day = today();
    if (!m_activitiesValid || m_activitiesDay != day) {
        Result<QList<ScheduledActivity>> found = DirectoryRepository(*m_directory).activitiesOn(day);
        m_activities = found.ok() ? found.value() : QList<ScheduledActivity>();
        m_activitiesDay = day;
        m_activitiesValid = found.ok();
    }
    return m_activities;
}

QVariantList FieldLogController::todaysActivities() const
{
    QVariantList list;
    if (!m_directory)
        return list;
    struct Today
    {
        const ScheduledActivity *activity;
        double metres;
    };
    std::vector<Today> found;
    for (const ScheduledActivity &activity : activitiesToday())
        found.push_back({ &activity, -1 });
    DirectoryRepository directory(*m_directory);
    const std::optional<Fix> here = fix();
    if (here && !found.empty()) {
        QSet<QString> initiatives;
        for (const Today &t : found)
            initiatives.insert(t.activity->initiative);
        const Result<QHash<QString, Geo::Point>> positions = directory.positionsOf(initiatives);
        for (Today &t : found) {
            if (positions.ok() && positions.value().contains(t.activity->initiative))
                t.metres = Geo::distanceMetres(here->point, positions.value().value(t.activity->initiative));
        }
    }
    // A host stands at their own activity: nearest first when the position says so, else by time.
    std::sort(found.begin(), found.end(), [&here](const Today &a, const Today &b) {
        if (here && (a.metres >= 0) != (b.metres >= 0))
            return a.metres >= 0;
        if (here && a.metres >= 0 && a.metres != b.metres)
            return a.metres < b.metres;
        return a.activity->start != b.activity->start ? a.activity->start < b.activity->start
                                                       : a.activity->initiative < b.activity->initiative;
    });
    if (found.size() > size_t(activitiesShown))
        found.resize(activitiesShown);
    QHash<QString, int> loggedToday;
    if (m_org) {
        const QString day = today().toString(Qt::ISODate);
        const StoreError scanned = m_org->scanIndexValues(DomainIndexer::fieldLogFacts, day, day,
                                                          [&loggedToday](QByteArrayView, QByteArrayView value) {
                                                              DomainIndexer::LogFacts facts;
                                                              if (DomainIndexer::readLogFacts(value, facts) && facts.kind == 'v')
                                                                  loggedToday[QString::fromUtf8(facts.initiative)] += facts.count.toInt();
                                                          });
        Q_UNUSED(scanned); // without the counts the list still helps
    }
    for (const Today &t : found) {
        Result<InitiativeInfo> info = directory.initiative(t.activity->initiative, m_language);
        if (!info.ok())
            continue;
        QString activityName;
        for (const ActivityInfo &a : info.value().activities) {
            if (a.id == t.activity->activity)
                activityName = a.name.text;
        }
        const QTime start = t.activity->start;
        list.append(QVariantMap { { QStringLiteral("activityId"), t.activity->activity },
                                  { QStringLiteral("initiativeId"), t.activity->initiative },
                                  { QStringLiteral("initiative"), info.value().name.text },
                                  { QStringLiteral("activity"), activityName },
                                  { QStringLiteral("time"), start.isValid() ? QLocale().toString(start, QLocale::ShortFormat) : QString() },
                                  { QStringLiteral("logged"), loggedToday.value(t.activity->initiative) } });
    }
    return list;
}

QString FieldLogController::logAttendance(const QString &initiativeId, const QString &activityId, int count,
                                          const QString &participant)
{
    if (!m_log)
        return notInOrganisation();
    if (count < 1)
        return tr("Count at least one person.");
    return remember(m_log->logVisit({ initiativeId, activityId, today(), count, participant.trimmed() }, fix()),
                    QStringLiteral("visit"));
}

QString FieldLogController::logContact(const QVariantMap &form)
{
    if (!m_log)
        return notInOrganisation();
    const auto text = [&form](const char *name) { return form.value(QLatin1String(name)).toString().trimmed(); };
    if (text("person").isEmpty())
        return tr("Give a nickname or a code.");
    const int followUpDays = form.value(QStringLiteral("followUpDays")).toInt();
    ContactEntry entry;
    entry.person = text("person");
    entry.consent = form.value(QStringLiteral("consent")).toBool();
    entry.realName = entry.consent ? text("realName") : QString();
    entry.date = today();
    entry.channel = text("channel");
    entry.language = text("language");
    entry.needs = form.value(QStringLiteral("needs")).toStringList();
    entry.offers = form.value(QStringLiteral("offers")).toStringList();
    entry.referralKind = text("referralKind");
    entry.referralTo = text("referralTo");
    if (!entry.referralKind.isEmpty() && entry.referralTo.isEmpty())
        return entry.referralKind == QLatin1String("initiative") ? tr("Choose the initiative the person was referred to.")
                                                                 : tr("Say who the person was referred to.");
    if (followUpDays > 0)
        entry.followUp = today().addDays(followUpDays);
    else if (!entry.referralKind.isEmpty())
        entry.followUp = today().addDays(referralFollowUpDays);
    return remember(m_log->logContact(entry, fix()), QStringLiteral("contact"));
}

QString FieldLogController::suggestCode() const
{
    const auto &words = codeWords;
    const int word = QRandomGenerator::global()->bounded(int(std::size(words)));
    const int number = QRandomGenerator::global()->bounded(10, 100);
    return QStringLiteral("%1-%2").arg(QLatin1String(words[word])).arg(number);
}

QVariantList FieldLogController::findInitiatives(const QString &typed, int limit) const
{
    QVariantList list;
    if (!m_directory || typed.trimmed().isEmpty())
        return list;
    Result<QList<SearchResult>> found = DirectorySearch(*m_directory).find(typed, m_language, std::clamp(limit, 1, 20));
    for (const SearchResult &r : found.ok() ? found.value() : QList<SearchResult>())
        list.append(QVariantMap { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name.text } });
    return list;
}

QString FieldLogController::changeFollowUp(const QString &contactId, const std::function<StoreError()> &change)
{
    if (!m_log)
        return notInOrganisation();
    const Result<QJsonObject> before = m_org->get(contactId);
    const StoreError error = change();
    if (!error.ok())
        return message(error);
    if (before.ok()) {
        // Undo puts the contact back as it was, like Undo of any other log.
        m_lastId = contactId;
        m_lastType = QStringLiteral("followUp");
        m_before = before.value();
        ++m_revision;
        emit changed();
        refreshTally();
    }
    return {};
}

QString FieldLogController::setReferralStatus(const QString &contactId, const QString &status)
{
    return changeFollowUp(contactId, [&] { return m_log->setReferralStatus(contactId, status); });
}

QString FieldLogController::closeFollowUp(const QString &contactId)
{
    return changeFollowUp(contactId, [&] { return m_log->closeFollowUp(contactId); });
}

QString FieldLogController::postponeFollowUp(const QString &contactId, int days)
{
    return changeFollowUp(contactId, [&] { return m_log->setFollowUp(contactId, today().addDays(std::max(1, days))); });
}
