#include "initiativeeditor.h"

#include <QHash>

#include "directoryeditvalidator.h"
#include "documentvalidator.h"
#include "domainindexer.h"
#include "schedule.h"

#include <QHash>
#include <QJsonArray>

using DirectoryEdit::Problem;

namespace {
QString slugOf(const QString &id)
{
    return id.section(u':', 1, 1);
}

QString translationId(const QString &initiativeId, const QString &language)
{
    return QStringLiteral("translation:%1:%2").arg(slugOf(initiativeId), language);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

// Sets a field, or removes it when empty, so a cleared field is gone rather than "".
void setOrRemove(QJsonObject &doc, const char *field, const QJsonValue &value)
{
    const bool empty = value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())
            || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
    if (empty)
        doc.remove(QLatin1String(field));
    else
        doc.insert(QLatin1String(field), value.isString() ? QJsonValue(value.toString().trimmed()) : value);
}

QJsonObject withoutEmpty(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        setOrRemove(result, it.key().toUtf8().constData(), it.value());
    return result;
}

EditOutcome refused(const QString &field, Problem problem)
{
    EditOutcome outcome;
    outcome.problems.append({ field, problem });
    return outcome;
}

EditOutcome failed(const StoreError &error)
{
    EditOutcome outcome;
    outcome.error = error;
    return outcome;
}

// The ids of an initiative's documents of one kind ("activity:" or "translation:").
Result<QStringList> relatedIds(DocumentDatabase &db, const QString &initiativeId, const QString &prefix)
{
    Result<QStringList> related = db.queryIndex(DomainIndexer::byInitiative, initiativeId, initiativeId);
    if (!related.ok())
        return related.error();
    QStringList ids;
    for (const QString &id : related.value()) {
        if (id.startsWith(prefix))
            ids.append(id);
    }
    return ids;
}
}

Result<InitiativeDraft> InitiativeEditor::load(const QString &initiativeId)
{
    DocumentDatabase::ReadScope scope(m_db);
    Result<QJsonObject> doc = m_db.get(initiativeId);
    if (!doc.ok())
        return doc.error();
    const QJsonObject &d = doc.value();
    InitiativeDraft draft;
    draft.slug = d.value(QLatin1String("slug")).toString();
    draft.rev = d.value(QLatin1String("_rev")).toString();
    draft.originalLanguage = d.value(QLatin1String("originalLanguage")).toString();
    draft.themes = strings(d.value(QLatin1String("themes")));
    const QJsonObject address = d.value(QLatin1String("address")).toObject();
    draft.street = address.value(QLatin1String("street")).toString();
    draft.postcode = address.value(QLatin1String("postcode")).toString();
    draft.city = address.value(QLatin1String("city")).toString();
    const QJsonObject position = d.value(QLatin1String("position")).toObject();
    draft.hasPosition = position.value(QLatin1String("lat")).isDouble() && position.value(QLatin1String("lon")).isDouble();
    draft.latitude = position.value(QLatin1String("lat")).toDouble();
    draft.longitude = position.value(QLatin1String("lon")).toDouble();
    draft.languagesSpoken = strings(d.value(QLatin1String("languagesSpoken")));
    const QJsonObject access = d.value(QLatin1String("accessibility")).toObject();
    draft.stepFree = access.value(QLatin1String("stepFree")).toBool();
    draft.rollator = access.value(QLatin1String("rollator")).toBool();
    draft.quietRoom = access.value(QLatin1String("quietRoom")).toBool();
    const QJsonObject contact = d.value(QLatin1String("contact")).toObject();
    draft.phone = contact.value(QLatin1String("phone")).toString();
    draft.email = contact.value(QLatin1String("email")).toString();
    draft.website = contact.value(QLatin1String("website")).toString();
    draft.retired = d.value(QLatin1String("retired")).toString();

    Result<QStringList> translations = relatedIds(m_db, initiativeId, QStringLiteral("translation:"));
    if (!translations.ok())
        return translations.error();
    for (const QString &id : translations.value()) {
        Result<QJsonObject> t = m_db.get(id);
        if (!t.ok())
            continue;
        InitiativeText text;
        text.name = t.value().value(QLatin1String("name")).toString();
        text.summary = t.value().value(QLatin1String("summary")).toString();
        text.description = t.value().value(QLatin1String("description")).toString();
        text.openingNotes = t.value().value(QLatin1String("openingNotes")).toString();
        text.status = t.value().value(QLatin1String("status")).toString();
        text.rev = t.value().value(QLatin1String("_rev")).toString();
        draft.texts.insert(t.value().value(QLatin1String("language")).toString(), text);
    }
    return draft;
}

EditOutcome InitiativeEditor::save(InitiativeDraft draft)
{
    const bool isNew = draft.rev.isEmpty();
    if (draft.originalLanguage.isEmpty() && !draft.texts.isEmpty())
        draft.originalLanguage = draft.texts.contains(QStringLiteral("nl")) ? QStringLiteral("nl") : draft.texts.firstKey();
    if (isNew && draft.slug.isEmpty()) {
        // The original name first, then the first other that gives one: an Arabic-only name
        // gives none (SlugInvalid: type one).
        QList<InitiativeText> names { draft.texts.value(draft.originalLanguage) };
        names += draft.texts.values();
        for (const InitiativeText &t : std::as_const(names)) {
            draft.slug = slugFor(t.name);
            if (!draft.slug.isEmpty())
                break;
        }
    }
    EditOutcome outcome;
    outcome.problems = DirectoryEditValidator::initiative(draft);
    if (draft.slug.isEmpty() && outcome.problems.isEmpty())
        outcome.problems.append({ QStringLiteral("slug"), Problem::SlugInvalid });
    if (!outcome.problems.isEmpty())
        return outcome;

    const QString id = draft.id();
    QList<QJsonObject> docs;
    {
        DocumentDatabase::ReadScope scope(m_db);
        Result<QJsonObject> existing = m_db.get(id);
        if (!existing.ok() && existing.error().code != StoreError::Code::NotFound)
            return failed(existing.error());
        if (isNew && existing.ok())
            return refused(QStringLiteral("slug"), Problem::SlugTaken);
        if (!isNew && !existing.ok())
            return refused(QString(), Problem::NotFound);
        if (!isNew && existing.value().value(QLatin1String("_rev")).toString() != draft.rev)
            return refused(QString(), Problem::StaleRevision);

        QJsonObject doc = existing.ok() ? existing.value() : QJsonObject();
        doc.insert(QStringLiteral("_id"), id);
        doc.insert(QStringLiteral("type"), QStringLiteral("initiative"));
        doc.insert(QStringLiteral("slug"), draft.slug);
        doc.insert(QStringLiteral("originalLanguage"), draft.originalLanguage);
        setOrRemove(doc, "themes", QJsonArray::fromStringList(draft.themes));
        setOrRemove(doc, "address", withoutEmpty({ { "street", draft.street }, { "postcode", draft.postcode }, { "city", draft.city } }));
        setOrRemove(doc, "position", draft.hasPosition ? QJsonValue(QJsonObject { { "lat", draft.latitude }, { "lon", draft.longitude } })
                                                       : QJsonValue());
        setOrRemove(doc, "languagesSpoken", QJsonArray::fromStringList(draft.languagesSpoken));
        doc.insert(QStringLiteral("accessibility"),
                   QJsonObject { { "stepFree", draft.stepFree }, { "rollator", draft.rollator }, { "quietRoom", draft.quietRoom } });
        setOrRemove(doc, "contact", withoutEmpty({ { "phone", draft.phone }, { "email", draft.email }, { "website", draft.website } }));
        setOrRemove(doc, "retired", draft.retired);
        doc.insert(QStringLiteral("lastChecked"), m_today.toString(Qt::ISODate));
        docs.append(doc);

        for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
            const InitiativeText &text = it.value();
            const QString field = QStringLiteral("texts.") + it.key();
            Result<QJsonObject> current = m_db.get(translationId(id, it.key()));
            if (!current.ok() && current.error().code != StoreError::Code::NotFound)
                return failed(current.error());
            const QString currentRev = current.ok() ? current.value().value(QLatin1String("_rev")).toString() : QString();
            if (currentRev != text.rev)
                return refused(field, Problem::StaleRevision);
            if (text.name.trimmed().isEmpty())
                continue; // a language without a name is not written (nor emptied)
            QJsonObject t = current.ok() ? current.value() : QJsonObject();
            t.insert(QStringLiteral("_id"), translationId(id, it.key()));
            t.insert(QStringLiteral("type"), QStringLiteral("translation"));
            t.insert(QStringLiteral("initiative"), id);
            t.insert(QStringLiteral("language"), it.key());
            t.insert(QStringLiteral("name"), text.name.trimmed());
            setOrRemove(t, "summary", text.summary);
            setOrRemove(t, "description", text.description);
            setOrRemove(t, "openingNotes", text.openingNotes);
            t.insert(QStringLiteral("status"), text.status);
            if (current.ok() && t == current.value())
                continue; // unchanged: no revision, no write, nothing to replicate
            t.insert(QStringLiteral("authorRole"), QStringLiteral("coordinator"));
            docs.append(t);
        }
    }
    return write(docs, id);
}

EditOutcome InitiativeEditor::retire(const QString &initiativeId, const QString &rev)
{
    Result<InitiativeDraft> draft = load(initiativeId);
    if (!draft.ok())
        return draft.error().code == StoreError::Code::NotFound ? refused(QString(), Problem::NotFound) : failed(draft.error());
    if (draft.value().rev != rev)
        return refused(QString(), Problem::StaleRevision);
    Result<QJsonObject> doc = m_db.get(initiativeId);
    if (!doc.ok())
        return failed(doc.error());
    QJsonObject retired = doc.value();
    retired.insert(QStringLiteral("retired"), m_today.toString(Qt::ISODate));
    QList<QJsonObject> docs { retired };
    // Its activities and its photos go with it: a place that is gone keeps no dates, and no
    // phone keeps its pictures. (The initiative itself stays, marked, for the records.)
    for (const QString &prefix : { QStringLiteral("activity:"), QStringLiteral("photo:") }) {
        Result<QStringList> ids = relatedIds(m_db, initiativeId, prefix);
        if (!ids.ok())
            return failed(ids.error());
        for (const QString &id : ids.value()) {
            Result<QJsonObject> related = m_db.get(id);
            if (related.ok())
                docs.append({ { "_id", id }, { "_rev", related.value().value(QLatin1String("_rev")) }, { "_deleted", true } });
        }
    }
    return write(docs, initiativeId);
}

Result<QList<ActivityDraft>> InitiativeEditor::activities(const QString &initiativeId)
{
    Result<QStringList> ids = relatedIds(m_db, initiativeId, QStringLiteral("activity:"));
    if (!ids.ok())
        return ids.error();
    QList<ActivityDraft> list;
    for (const QString &id : ids.value()) {
        Result<ActivityDraft> draft = loadActivity(id);
        if (draft.ok())
            list.append(draft.value());
    }
    return list;
}

Result<ActivityDraft> InitiativeEditor::loadActivity(const QString &activityId)
{
    DocumentDatabase::ReadScope scope(m_db);
    Result<QJsonObject> doc = m_db.get(activityId);
    if (!doc.ok())
        return doc.error();
    ActivityDraft draft;
    draft.initiativeId = doc.value().value(QLatin1String("initiative")).toString();
    draft.slug = doc.value().value(QLatin1String("slug")).toString();
    draft.rev = doc.value().value(QLatin1String("_rev")).toString();
    draft.schedule = doc.value().value(QLatin1String("schedule")).toObject();
    Result<QStringList> translations = relatedIds(m_db, draft.initiativeId, QStringLiteral("translation:"));
    if (!translations.ok())
        return translations.error();
    for (const QString &id : translations.value()) {
        Result<QJsonObject> t = m_db.get(id);
        if (!t.ok())
            continue;
        const QJsonObject texts = t.value().value(QLatin1String("activities")).toObject().value(draft.slug).toObject();
        if (!texts.isEmpty())
            draft.texts.insert(t.value().value(QLatin1String("language")).toString(),
                               { texts.value(QLatin1String("name")).toString(), texts.value(QLatin1String("description")).toString() });
    }
    return draft;
}

EditOutcome InitiativeEditor::saveActivity(const ActivityDraft &draft)
{
    EditOutcome outcome;
    outcome.problems = DirectoryEditValidator::activity(draft, m_today);
    if (!outcome.problems.isEmpty())
        return outcome;
    const QString id = draft.id();
    QList<QJsonObject> docs;
    {
        DocumentDatabase::ReadScope scope(m_db);
        Result<QJsonObject> initiative = m_db.get(draft.initiativeId);
        if (!initiative.ok())
            return initiative.error().code == StoreError::Code::NotFound ? refused(QStringLiteral("initiative"), Problem::NotFound)
                                                                         : failed(initiative.error());
        if (initiative.value().contains(QLatin1String("retired")))
            return refused(QStringLiteral("initiative"), Problem::Retired);
        Result<QJsonObject> existing = m_db.get(id);
        if (!existing.ok() && existing.error().code != StoreError::Code::NotFound)
            return failed(existing.error());
        if (draft.rev.isEmpty() && existing.ok())
            return refused(QStringLiteral("slug"), Problem::SlugTaken);
        if (!draft.rev.isEmpty() && !existing.ok())
            return refused(QString(), Problem::NotFound);
        if (!draft.rev.isEmpty() && existing.value().value(QLatin1String("_rev")).toString() != draft.rev)
            return refused(QString(), Problem::StaleRevision);
        QJsonObject doc = existing.ok() ? existing.value() : QJsonObject();
        doc.insert(QStringLiteral("_id"), id);
        doc.insert(QStringLiteral("type"), QStringLiteral("activity"));
        doc.insert(QStringLiteral("initiative"), draft.initiativeId);
        doc.insert(QStringLiteral("slug"), draft.slug);
        doc.insert(QStringLiteral("schedule"), draft.schedule);
        docs.append(doc);
        for (auto it = draft.texts.cbegin(); it != draft.texts.cend(); ++it) {
            Result<QJsonObject> t = m_db.get(translationId(draft.initiativeId, it.key()));
            if (!t.ok()) // the initiative has no name in that language yet: name it first
                return t.error().code == StoreError::Code::NotFound
                        ? refused(QStringLiteral("texts.%1").arg(it.key()), Problem::NameMissing)
                        : failed(t.error());
            QJsonObject translation = t.value();
            QJsonObject all = translation.value(QLatin1String("activities")).toObject();
            const QJsonObject texts = withoutEmpty({ { "name", it.value().name }, { "description", it.value().description } });
            if (texts.isEmpty())
                all.remove(draft.slug);
            else
                all.insert(draft.slug, texts);
            setOrRemove(translation, "activities", all);
            docs.append(translation);
        }
    }
    return write(docs, id);
}

EditOutcome InitiativeEditor::removeActivity(const QString &activityId, const QString &rev)
{
    Result<QJsonObject> existing = m_db.get(activityId);
    if (!existing.ok())
        return existing.error().code == StoreError::Code::NotFound ? refused(QString(), Problem::NotFound) : failed(existing.error());
    if (existing.value().value(QLatin1String("_rev")).toString() != rev)
        return refused(QString(), Problem::StaleRevision);
    return write({ { { "_id", activityId }, { "_rev", rev }, { "_deleted", true } } }, activityId);
}

EditOutcome InitiativeEditor::write(const QList<QJsonObject> &docs, const QString &id)
{
    for (const QJsonObject &doc : docs) {
        if (StoreError error = DocumentValidator::validateFor(doc, m_db.name()); !error.ok())
            return failed(error);
    }
    // One transaction: the facts and their texts arrive together, or (a storage failure) not at all.
    const QList<WriteResult> written = m_db.bulkDocs(docs, true);
    EditOutcome outcome;
    outcome.id = id;
    for (const WriteResult &result : written) {
        if (!result.error.ok()) {
            if (result.error.code == StoreError::Code::Conflict)
                outcome.problems.append({ QString(), Problem::StaleRevision });
            else
                outcome.error = result.error;
            return outcome;
        }
        if (result.id == id)
            outcome.rev = result.rev;
    }
    return outcome;
}

QList<QDate> InitiativeEditor::nextDates(const QJsonObject &schedule, QDate from, int count)
{
    QList<QDate> dates;
    const std::optional<Schedule> parsed = Schedule::parse(schedule);
    if (!parsed || !from.isValid())
        return dates;
    const QDate last = from.addDays(400);
    QDate day = from;
    while (dates.size() < qBound(0, count, 50) && day <= last) {
        const std::optional<QDate> next = parsed->nextDate(day, int(day.daysTo(last)));
        if (!next)
            break;
        dates.append(*next);
        day = next->addDays(1);
    }
    return dates;
}

QString InitiativeEditor::slugFor(const QString &name)
{
    // Latin letters that no decomposition takes to a-z (Turkish ı, Polish ł, ...), spelled as
    // people spell them in a web address.
    static const QHash<QChar, QString> plain { { QChar(0x0131), QStringLiteral("i") }, { QChar(0x0142), QStringLiteral("l") },
                                               { QChar(0x00f8), QStringLiteral("o") }, { QChar(0x0111), QStringLiteral("d") },
                                               { QChar(0x00df), QStringLiteral("ss") }, { QChar(0x00e6), QStringLiteral("ae") },
                                               { QChar(0x0153), QStringLiteral("oe") }, { QChar(0x00fe), QStringLiteral("th") } };
    QString slug;
    // Decomposed, so "Café" becomes "cafe"; anything that is not a-z or 0-9 separates words.
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (plain.contains(c))
            slug.append(plain.value(c));
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(60);
}
