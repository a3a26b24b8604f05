#include "fieldlogcontroller.h"

#include "directoryrepository.h"
#include "directorysearch.h"
#include "documentdatabase.h"
#include "domainindexer.h"
#include "personerasure.h"
#include "positionservice.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QJsonDocument>
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
        return tr("This device is not part of an organisation yet.");
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

QVariantList FieldLogController::todaysActivities() const
{
    QVariantList list;
    if (!m_directory)
        return list;
    Result<QList<IndexRow>> rows = m_directory->indexValues(DomainIndexer::directorySchedules);
    if (!rows.ok())
        return list;
    const QDate day = today();
    struct Today
    {
        QString initiative;
        QString slug;
        QTime start;
        QTime end;
        double metres;
    };
    std::vector<Today> found;
    for (const IndexRow &row : rows.value()) {
        const QJsonObject value = QJsonDocument::fromJson(row.value.toUtf8()).object();
        const std::optional<Schedule> schedule = Schedule::parse(value.value(QLatin1String("schedule")));
        if (schedule && schedule->occursOn(day))
            found.push_back({ row.key, value.value(QLatin1String("slug")).toString(), schedule->start(), schedule->end(), -1 });
    }
    DirectoryRepository directory(*m_directory);
    const std::optional<Fix> here = fix();
    if (here && !found.empty()) {
        // Positions from the facts index, parsed only for initiatives active today.
        QHash<QString, Geo::Point> positions;
        for (const Today &t : found)
            positions.insert(t.initiative, { qQNaN(), qQNaN() });
        Result<QList<IndexRow>> facts = m_directory->indexValues(DomainIndexer::directoryFacts);
        for (const IndexRow &row : facts.ok() ? facts.value() : QList<IndexRow>()) {
            auto it = positions.find(row.key);
            if (it == positions.end())
                continue;
            const QJsonObject p = QJsonDocument::fromJson(row.value.toUtf8()).object().value(QLatin1String("position")).toObject();
            *it = { p.value(QLatin1String("lat")).toDouble(qQNaN()), p.value(QLatin1String("lon")).toDouble(qQNaN()) };
        }
        for (Today &t : found) {
            const Geo::Point p = positions.value(t.initiative);
            if (Geo::isValid(p))
                t.metres = Geo::distanceMetres(here->point, p);
        }
    }
    // A host stands at their own activity: nearest first when the position says so, else by time.
    std::sort(found.begin(), found.end(), [&here](const Today &a, const Today &b) {
        if (here && (a.metres >= 0) != (b.metres >= 0))
            return a.metres >= 0;
        if (here && a.metres >= 0 && a.metres != b.metres)
            return a.metres < b.metres;
        return a.start != b.start ? a.start < b.start : a.initiative < b.initiative;
    });
    if (found.size() > size_t(activitiesShown))
        found.resize(activitiesShown);
    QHash<QString, int> loggedToday;
    if (m_org) {
        Result<QList<IndexRow>> logs = m_org->indexValues(DomainIndexer::fieldLogFacts, day.toString(Qt::ISODate),
                                                          day.toString(Qt::ISODate));
        for (const IndexRow &row : logs.ok() ? logs.value() : QList<IndexRow>()) {
            const QByteArray value = row.value.toUtf8();
            DomainIndexer::LogFacts facts;
            if (DomainIndexer::readLogFacts(value, facts) && facts.kind == 'v')
                loggedToday[QString::fromUtf8(facts.initiative)] += facts.count.toInt();
        }
    }
    for (const Today &t : found) {
        Result<InitiativeInfo> info = directory.initiative(t.initiative, m_language);
        if (!info.ok())
            continue;
        const QString activityId = QStringLiteral("activity:%1:%2").arg(t.initiative.mid(11), t.slug);
        QString activityName;
        for (const ActivityInfo &a : info.value().activities) {
            if (a.id == activityId)
                activityName = a.name.text;
        }
        const QString time = t.start.isValid() ? QLocale().toString(t.start, QLocale::ShortFormat) : QString();
        list.append(QVariantMap { { QStringLiteral("activityId"), activityId },
                                  { QStringLiteral("initiativeId"), t.initiative },
                                  { QStringLiteral("initiative"), info.value().name.text },
                                  { QStringLiteral("activity"), activityName },
                                  { QStringLiteral("time"), time },
                                  { QStringLiteral("logged"), loggedToday.value(t.initiative) } });
    }
    return list;
}

QString FieldLogController::logAttendance(const QString &initiativeId, const QString &activityId, int count,
                                          const QString &participant)
{
    if (!m_log)
        return tr("This device is not part of an organisation yet.");
    if (count < 1)
        return tr("Count at least one person.");
    return remember(m_log->logVisit({ initiativeId, activityId, today(), count, participant.trimmed() }, fix()),
                    QStringLiteral("visit"));
}

QString FieldLogController::logContact(const QVariantMap &form)
{
    if (!m_log)
        return tr("This device is not part of an organisation yet.");
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
        return tr("This device is not part of an organisation yet.");
    const StoreError error = m_log->setReferralStatus(contactId, status);
    return error.ok() ? QString() : message(error);
}

QString FieldLogController::closeFollowUp(const QString &contactId)
{
    if (!m_log)
        return tr("This device is not part of an organisation yet.");
    const StoreError error = m_log->closeFollowUp(contactId);
    return error.ok() ? QString() : message(error);
}

QString FieldLogController::postponeFollowUp(const QString &contactId, int days)
{
    if (!m_log)
        return tr("This device is not part of an organisation yet.");
    const StoreError error = m_log->setFollowUp(contactId, today().addDays(std::max(1, days)));
    return error.ok() ? QString() : message(error);
}
