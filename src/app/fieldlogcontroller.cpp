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
    : QObject(parent), m_directory(directory), m_position(position), m_clock([] { return QDateTime::currentDateTime(); })
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
            reapplyErasuresSoon();
        });
        reapplyErasuresSoon();
    }
    ++m_revision;
    emit changed();
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
    const QString &reason = error.reason;
    if (reason.contains(QLatin1String("in the future")))
        return tr("The date is in the future.");
    if (reason.contains(QLatin1String("erased on request")))
        return tr("The data of this code was erased on request. Choose a new code.");
    if (reason.contains(QLatin1String("consent")))
        return tr("A real name can only be kept with the person's consent.");
    if (reason.contains(QLatin1String("deleted")))
        return tr("This contact was deleted.");
    if (reason.startsWith(QLatin1String("person")))
        return tr("Give a nickname or a code.");
    if (error.code == StoreError::Code::DiskFull)
        return tr("The phone is full. Nothing was saved.");
    return tr("Not saved: %1").arg(reason);
}

QString FieldLogController::remember(const Result<QString> &logged, const QString &type)
{
    if (!logged.ok())
        return message(logged.error());
    m_lastId = logged.value();
    m_lastType = type;
    ++m_revision;
    emit changed();
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
    return remember(m_log->logTally({ today(), {}, {}, {}, {} }, fix()), QStringLiteral("tally"));
}

QString FieldLogController::detailLastTally(const QString &language, const QStringList &does, const QStringList &needs,
                                            bool referred)
{
    if (!m_log || m_lastType != QLatin1String("tally") || m_lastId.isEmpty())
        return tr("Tap the big button first.");
    Result<QString> saved = m_log->updateTally(m_lastId, { today(), language, does, needs,
                                                           referred ? QStringLiteral("referred") : QString() });
    if (!saved.ok())
        return message(saved.error());
    ++m_revision;
    emit changed();
    return {};
}

QString FieldLogController::undoLast()
{
    if (!m_log || m_lastId.isEmpty())
        return tr("There is nothing to undo.");
    const StoreError error = m_log->undo(m_lastId);
    m_lastId.clear();
    m_lastType.clear();
    ++m_revision;
    emit changed();
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

QString FieldLogController::setReferralStatus(const QString &contactId, const QString &status)
{
    if (!m_log)
        return notInOrganisation();
    const StoreError error = m_log->setReferralStatus(contactId, status);
    return error.ok() ? QString() : message(error);
}

QString FieldLogController::closeFollowUp(const QString &contactId)
{
    if (!m_log)
        return notInOrganisation();
    const StoreError error = m_log->closeFollowUp(contactId);
    return error.ok() ? QString() : message(error);
}

QString FieldLogController::postponeFollowUp(const QString &contactId, int days)
{
    if (!m_log)
        return notInOrganisation();
    const StoreError error = m_log->setFollowUp(contactId, today().addDays(std::max(1, days)));
    return error.ok() ? QString() : message(error);
}
