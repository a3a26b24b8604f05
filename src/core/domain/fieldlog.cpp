#include "fieldlog.h"

#include "domainindexer.h"
#include "personerasure.h"
#include "typedstore.h"

#include <QJsonArray>
#include <QUuid>

namespace {
using Code = StoreError::Code;

StoreError invalid(const QString &reason)
{
    return StoreError::make(Code::ValidationFailed, reason);
}

QString newId(const char *type)
{
    return QLatin1String(type) + u':' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Chips and free words, trimmed, without blanks or repeats, in the order given.
QJsonArray cleanList(const QStringList &items)
{
    QStringList seen;
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed))
            seen.append(trimmed);
    }
    return QJsonArray::fromStringList(seen);
}

void insertIfSet(QJsonObject &doc, const char *name, const QString &value)
{
    if (!value.trimmed().isEmpty())
        doc.insert(QLatin1String(name), value.trimmed());
}

void insertList(QJsonObject &doc, const char *name, const QStringList &items)
{
    const QJsonArray list = cleanList(items);
    if (!list.isEmpty())
        doc.insert(QLatin1String(name), list);
}

QJsonObject placeJson(Geo::Point p, const char *precision)
{
    return { { QStringLiteral("lat"), p.lat }, { QStringLiteral("lon"), p.lon },
             { QStringLiteral("precision"), QLatin1String(precision) } };
}

// What a buurtmaatje adds to a market conversation; fields left empty are removed.
void setTallyDetails(QJsonObject &doc, const TallyEntry &entry)
{
    for (const char *name : { "language", "does", "needs", "referral" })
        doc.remove(QLatin1String(name));
    insertIfSet(doc, "language", entry.language);
    insertList(doc, "does", entry.does);
    insertList(doc, "needs", entry.needs);
    insertIfSet(doc, "referral", entry.referral);
}

// The centre of the fix's grid cell, only when the fix is good enough to say which cell.
std::optional<QJsonObject> gridPlace(const std::optional<Fix> &fix)
{
    if (!fix || !Geo::isValid(fix->point) || !(fix->accuracyMetres >= 0)
        || fix->accuracyMetres > FieldLog::maxUsefulAccuracyMetres)
        return std::nullopt;
    return placeJson(Geo::snapToGrid(fix->point, FieldLog::gridMetres), "grid-100m");
}
}

FieldLog::FieldLog(DocumentDatabase &org, DocumentDatabase *directory, std::function<QDate()> today)
    : m_org(org), m_directory(directory), m_today(today ? std::move(today) : [] { return QDate::currentDate(); })
{
}

StoreError FieldLog::checkDate(const QDate &date, const char *what) const
{
    if (!date.isValid())
        return invalid(QStringLiteral("%1 must be a date").arg(QLatin1String(what)));
    if (date > m_today())
        return invalid(QStringLiteral("%1 %2 is in the future").arg(QLatin1String(what), isoDate(date)));
    return StoreError::none();
}

StoreError FieldLog::checkNotErased(const QString &person)
{
    if (person.trimmed().isEmpty())
        return StoreError::none();
    Result<bool> erased = PersonErasure::isErased(m_org, person.trimmed());
    if (!erased.ok())
        return erased.error();
    if (erased.value()) // Forbidden: the code may not be used again (the UI says so by this code)
        return StoreError::make(Code::Forbidden, QStringLiteral("the data of this person code was erased on request; use a new code"));
    return StoreError::none();
}

std::optional<Geo::Point> FieldLog::initiativePosition(const QString &id) const
{
    if (!m_directory)
        return std::nullopt;
    Result<QJsonObject> initiative = m_directory->get(id);
    if (!initiative.ok())
        return std::nullopt;
    const QJsonObject position = initiative.value().value(QLatin1String("position")).toObject();
    const Geo::Point p { position.value(QLatin1String("lat")).toDouble(qQNaN()),
                         position.value(QLatin1String("lon")).toDouble(qQNaN()) };
    return Geo::isValid(p) ? std::optional<Geo::Point>(p) : std::nullopt;
}

Result<QString> FieldLog::save(const QJsonObject &doc)
{
    Result<QString> rev = TypedStore(m_org).save(doc);
    if (!rev.ok())
        return rev.error();
    return doc.value(QLatin1String("_id")).toString();
}

Result<QString> FieldLog::logVisit(const VisitEntry &entry, std::optional<Fix> fix)
{
    if (StoreError error = checkDate(entry.date, "date"); !error.ok())
        return error;
    if (entry.count < 0)
        return invalid(QStringLiteral("count must be a whole number of 0 or more"));
    if (StoreError error = checkNotErased(entry.participant); !error.ok())
        return error;
    QJsonObject doc { { QStringLiteral("_id"), newId("visit") },
                      { QStringLiteral("type"), QStringLiteral("visit") },
                      { QStringLiteral("initiative"), entry.initiative },
                      { QStringLiteral("date"), isoDate(entry.date) },
                      { QStringLiteral("count"), entry.count } };
    insertIfSet(doc, "activity", entry.activity);
    insertIfSet(doc, "participant", entry.participant);
    // At an activity the initiative's own position says where, without any device's position.
    if (const auto position = initiativePosition(entry.initiative))
        doc.insert(QStringLiteral("place"), placeJson(*position, "initiative"));
    else if (const auto place = gridPlace(fix))
        doc.insert(QStringLiteral("place"), *place);
    return save(doc);
}

Result<QString> FieldLog::logContact(const ContactEntry &entry, std::optional<Fix> fix)
{
    if (StoreError error = checkDate(entry.date, "date"); !error.ok())
        return error;
    if (entry.followUp.isValid() && entry.followUp < entry.date)
        return invalid(QStringLiteral("followUp must not be before date"));
    if (!entry.realName.trimmed().isEmpty() && !entry.consent)
        return invalid(QStringLiteral("name needs recorded consent (consent.given)"));
    if (StoreError error = checkNotErased(entry.person); !error.ok())
        return error;
    if (entry.referralKind == QLatin1String("initiative") && m_directory && !m_directory->get(entry.referralTo).ok())
        return invalid(QStringLiteral("referral.to is not an initiative in the directory"));
    QJsonObject doc { { QStringLiteral("_id"), newId("contact") },
                      { QStringLiteral("type"), QStringLiteral("contact") },
                      { QStringLiteral("person"), entry.person.trimmed() },
                      { QStringLiteral("date"), isoDate(entry.date) } };
    if (entry.consent && !entry.realName.trimmed().isEmpty()) {
        doc.insert(QStringLiteral("name"), entry.realName.trimmed());
        doc.insert(QStringLiteral("consent"), QJsonObject { { QStringLiteral("given"), isoDate(m_today()) } });
    }
    insertIfSet(doc, "channel", entry.channel);
    insertIfSet(doc, "language", entry.language);
    insertList(doc, "topics", entry.topics);
    insertList(doc, "needs", entry.needs);
    insertList(doc, "offers", entry.offers);
    if (!entry.referralKind.isEmpty())
        doc.insert(QStringLiteral("referral"), QJsonObject { { QStringLiteral("kind"), entry.referralKind },
                                                             { QStringLiteral("to"), entry.referralTo.trimmed() },
                                                             { QStringLiteral("status"), QStringLiteral("made") } });
    if (entry.followUp.isValid())
        doc.insert(QStringLiteral("followUp"), isoDate(entry.followUp));
    // Person data: never more precise than the grid, never the initiative's exact door.
    if (const auto place = gridPlace(fix))
        doc.insert(QStringLiteral("place"), *place);
    return save(doc);
}

Result<QString> FieldLog::logTally(const TallyEntry &entry, std::optional<Fix> fix)
{
    if (StoreError error = checkDate(entry.date, "date"); !error.ok())
        return error;
    QJsonObject doc { { QStringLiteral("_id"), newId("tally") },
                      { QStringLiteral("type"), QStringLiteral("tally") },
                      { QStringLiteral("date"), isoDate(entry.date) } };
    setTallyDetails(doc, entry);
    if (const auto place = gridPlace(fix))
        doc.insert(QStringLiteral("place"), *place);
    return save(doc);
}

Result<QString> FieldLog::updateTally(const QString &id, const TallyEntry &entry)
{
    Result<QJsonObject> current = m_org.get(id);
    if (!current.ok())
        return current.error();
    QJsonObject doc = current.value();
    if (doc.value(QLatin1String("type")).toString() != QLatin1String("tally"))
        return invalid(QStringLiteral("%1 is not a tally").arg(id.left(60)));
    setTallyDetails(doc, entry);
    return save(doc);
}

Result<TallyEntry> FieldLog::tally(const QString &id) const
{
    Result<QJsonObject> current = m_org.get(id);
    if (!current.ok())
        return current.error();
    const QJsonObject &doc = current.value();
    if (doc.value(QLatin1String("type")).toString() != QLatin1String("tally"))
        return invalid(QStringLiteral("%1 is not a tally").arg(id.left(60)));
    const auto list = [&doc](const char *name) {
        QStringList items;
        for (const QJsonValue &item : doc.value(QLatin1String(name)).toArray())
            items.append(item.toString());
        return items;
    };
    return TallyEntry { QDate::fromString(doc.value(QLatin1String("date")).toString(), Qt::ISODate),
                        doc.value(QLatin1String("language")).toString(), list("does"), list("needs"),
                        doc.value(QLatin1String("referral")).toString() };
}

const QStringList &FieldLog::tallyLanguages()
{
    static const QStringList codes { "nl", "ar", "ber", "tr", "pl", "bg", "so", "en" };
    return codes;
}

const QStringList &FieldLog::tallyDoes()
{
    static const QStringList codes { "chat", "errands", "translating", "cooking", "clothes", "school-sandwiches", "odd-jobs" };
    return codes;
}

const QStringList &FieldLog::tallyNeeds()
{
    static const QStringList codes { "company", "language", "money", "housing", "health", "work", "childcare" };
    return codes;
}

StoreError FieldLog::undo(const QString &id)
{
    Result<QJsonObject> current = m_org.get(id);
    if (!current.ok())
        return current.error();
    return m_org.remove(id, current.value().value(QLatin1String("_rev")).toString()).error;
}

StoreError FieldLog::updateContact(const QString &id, const std::function<StoreError(QJsonObject &)> &change)
{
    Result<QJsonObject> current = m_org.get(id);
    if (!current.ok()) {
        if (current.error().code == Code::NotFound)
            return StoreError::make(Code::NotFound, QStringLiteral("this contact was deleted or never existed"));
        return current.error();
    }
    QJsonObject doc = current.value();
    if (doc.value(QLatin1String("type")).toString() != QLatin1String("contact"))
        return invalid(QStringLiteral("%1 is not a contact").arg(id.left(60)));
    if (StoreError error = change(doc); !error.ok())
        return error;
    return save(doc).error();
}

StoreError FieldLog::restoreContact(const QString &contactId, const QJsonObject &before)
{
    if (before.value(QLatin1String("_id")).toString() != contactId)
        return invalid(QStringLiteral("the earlier state belongs to another document"));
    return updateContact(contactId, [&before](QJsonObject &doc) {
        const QJsonValue rev = doc.value(QLatin1String("_rev"));
        doc = before;
        doc.insert(QStringLiteral("_rev"), rev);
        return StoreError::none();
    });
}

StoreError FieldLog::setReferralStatus(const QString &contactId, const QString &status)
{
    return updateContact(contactId, [&status](QJsonObject &doc) {
        QJsonObject referral = doc.value(QLatin1String("referral")).toObject();
        if (referral.isEmpty())
            return invalid(QStringLiteral("this contact has no referral"));
        referral.insert(QStringLiteral("status"), status);
        doc.insert(QStringLiteral("referral"), referral);
        // Knowing the outcome is what the follow-up was for.
        if (status != QLatin1String("made") && doc.contains(QLatin1String("followUp")))
            doc.insert(QStringLiteral("followUpDone"), true);
        return StoreError::none();
    });
}

StoreError FieldLog::setFollowUp(const QString &contactId, const QDate &date)
{
    return updateContact(contactId, [&date](QJsonObject &doc) {
        if (!date.isValid())
            return invalid(QStringLiteral("followUp must be a date"));
        doc.insert(QStringLiteral("followUp"), isoDate(date));
        doc.remove(QStringLiteral("followUpDone"));
        return StoreError::none();
    });
}

StoreError FieldLog::closeFollowUp(const QString &contactId)
{
    return updateContact(contactId, [](QJsonObject &doc) {
        doc.insert(QStringLiteral("followUpDone"), true);
        return StoreError::none();
    });
}

Result<QList<FollowUp>> FieldLog::followUpsDue(const QDate &day)
{
    Result<QList<IndexRow>> rows = m_org.indexRows(DomainIndexer::followUps);
    if (!rows.ok())
        return rows.error();
    const QString last = isoDate(day);
    QList<FollowUp> due;
    DocumentDatabase::ReadScope scope(m_org);
    for (const IndexRow &row : rows.value()) {
        if (row.key > last)
            break; // ordered by date
        Result<QJsonObject> contact = m_org.get(row.docId);
        if (!contact.ok())
            continue;
        const QJsonObject &doc = contact.value();
        const QJsonObject referral = doc.value(QLatin1String("referral")).toObject();
        due.append({ row.docId, doc.value(QLatin1String("person")).toString(), QDate::fromString(row.key, Qt::ISODate),
                     referral.value(QLatin1String("kind")).toString(), referral.value(QLatin1String("to")).toString(),
                     referral.value(QLatin1String("status")).toString() });
    }
    return due;
}

Result<int> FieldLog::withdrawConsent(const QString &person)
{
    Result<QList<IndexRow>> rows = m_org.indexRows(DomainIndexer::byPerson, person.trimmed());
    if (!rows.ok())
        return rows.error();
    int changed = 0;
    for (const IndexRow &row : rows.value()) {
        Result<QJsonObject> current = m_org.get(row.docId);
        if (!current.ok())
            continue;
        QJsonObject doc = current.value();
        QJsonObject consent = doc.value(QLatin1String("consent")).toObject();
        const bool nothingToErase = !doc.contains(QLatin1String("name"));
        if (nothingToErase && (consent.isEmpty() || consent.contains(QLatin1String("withdrawn"))))
            continue;
        doc.remove(QStringLiteral("name"));
        if (consent.isEmpty())
            consent.insert(QStringLiteral("given"), doc.value(QLatin1String("date")));
        consent.insert(QStringLiteral("withdrawn"), isoDate(m_today()));
        doc.insert(QStringLiteral("consent"), consent);
        Result<QString> saved = save(doc);
        if (!saved.ok())
            return saved.error();
        ++changed;
    }
    return changed;
}

Result<int> FieldLog::countOn(const QString &type, const QDate &day)
{
    const char kind = type.isEmpty() ? '\0' : char(type.front().toLatin1());
    int count = 0;
    const StoreError scanned = m_org.scanIndexValues(DomainIndexer::fieldLogFacts, isoDate(day), isoDate(day),
                                                     [&](QByteArrayView, QByteArrayView value) {
                                                         if (!value.isEmpty() && value.front() == kind)
                                                             ++count;
                                                     });
    if (!scanned.ok())
        return scanned;
    return count;
}
