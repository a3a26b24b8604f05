#include "storedsnapshot.h"

#include "documentdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

StoredSnapshot StoredSnapshot::fromDatabases(const QList<std::pair<QString, DocumentDatabase *>> &databases)
{
    StoredSnapshot snapshot;
    for (const auto &[name, db] : databases) {
        QHash<QString, QJsonObject> &docs = snapshot.m_docs[name];
        AllDocsOptions options;
        options.includeDocs = true;
        const Result<QList<AllDocsRow>> rows = db->allDocs(options);
        if (!rows.ok())
            continue;
        for (const AllDocsRow &row : rows.value())
            docs.insert(row.id, row.doc);
    }
    return snapshot;
}

StoredSnapshot StoredSnapshot::fromExport(const QJsonObject &exported)
{
    StoredSnapshot snapshot;
    const QJsonObject databases = exported.value(QLatin1String("databases")).toObject();
    for (auto db = databases.begin(); db != databases.end(); ++db) {
        QHash<QString, QJsonObject> &docs = snapshot.m_docs[db.key()];
        for (const QJsonValue &value : db.value().toArray()) {
            QJsonObject doc = value.toObject();
            // The export carries each document's revision history too; the store's reading does not.
            doc.remove(QLatin1String("_revisions"));
            if (!doc.value(QLatin1String("_deleted")).toBool())
                docs.insert(doc.value(QLatin1String("_id")).toString(), doc);
        }
    }
    return snapshot;
}

QJsonObject StoredSnapshot::withoutRev(QJsonObject doc)
{
    doc.remove(QLatin1String("_rev"));
    return doc;
}

std::optional<QJsonObject> StoredSnapshot::doc(const QString &db, const QString &id) const
{
    const QHash<QString, QJsonObject> docs = m_docs.value(db);
    const auto found = docs.constFind(id);
    if (found == docs.constEnd())
        return std::nullopt;
    return *found;
}

QSet<QString> StoredSnapshot::idsOfType(const QString &db, const QString &type) const
{
    QSet<QString> ids;
    const QHash<QString, QJsonObject> &docs = m_docs[db];
    for (auto it = docs.begin(); it != docs.end(); ++it) {
        if (it.value().value(QLatin1String("type")).toString() == type)
            ids.insert(it.key());
    }
    return ids;
}

int StoredSnapshot::countBetween(const QString &db, const QString &type, const QString &from, const QString &to) const
{
    int count = 0;
    for (const QJsonObject &doc : m_docs[db]) {
        const QString date = doc.value(QLatin1String("date")).toString();
        if (doc.value(QLatin1String("type")).toString() == type && date >= from && date <= to)
            ++count;
    }
    return count;
}

QStringList StoredSnapshot::tallyChips(const QString &db, const QString &id) const
{
    QStringList chips;
    const std::optional<QJsonObject> tally = doc(db, id);
    if (!tally)
        return chips;
    if (tally->contains(QLatin1String("language")))
        chips.append(QStringLiteral("language:") + tally->value(QLatin1String("language")).toString());
    for (const QString field : { QStringLiteral("does"), QStringLiteral("needs") }) {
        for (const QJsonValue &code : tally->value(field).toArray())
            chips.append(field + u':' + code.toString());
    }
    chips.sort();
    return chips;
}

QHash<QString, int> StoredSnapshot::visitsOn(const QString &db, const QString &date) const
{
    QHash<QString, int> people;
    for (const QJsonObject &doc : m_docs[db]) {
        if (doc.value(QLatin1String("type")).toString() == QLatin1String("visit")
            && doc.value(QLatin1String("date")).toString() == date)
            people[doc.value(QLatin1String("initiative")).toString()] += doc.value(QLatin1String("count")).toInt();
    }
    return people;
}

bool StoredSnapshot::dueBy(const QJsonObject &doc, const QString &date) const
{
    return doc.value(QLatin1String("type")).toString() == QLatin1String("contact")
            && doc.contains(QLatin1String("followUp")) && !doc.value(QLatin1String("followUpDone")).toBool()
            && doc.value(QLatin1String("followUp")).toString() <= date;
}

QStringList StoredSnapshot::followUpsDue(const QString &db, const QString &date) const
{
    QStringList due;
    for (const QJsonObject &doc : m_docs[db]) {
        if (dueBy(doc, date))
            due.append(doc.value(QLatin1String("person")).toString()
                       + (doc.contains(QLatin1String("referral")) ? QStringLiteral("→") : QString()));
    }
    due.sort();
    return due;
}

QString StoredSnapshot::dueFollowUpOf(const QString &db, const QString &person, const QString &date) const
{
    const QHash<QString, QJsonObject> &docs = m_docs[db];
    for (auto it = docs.begin(); it != docs.end(); ++it) {
        if (dueBy(it.value(), date) && it.value().value(QLatin1String("person")).toString() == person)
            return it.key();
    }
    return {};
}

int StoredSnapshot::placesStamped(const QString &db, const QString &code, const QStringList &places) const
{
    QSet<QString> stamped;
    for (const QJsonObject &doc : m_docs[db]) {
        if (doc.value(QLatin1String("type")).toString() == QLatin1String("stamp")
            && doc.value(QLatin1String("card")).toString() == QStringLiteral("card:") + code
            && doc.value(QLatin1String("verified")).toBool())
            stamped.insert(doc.value(QLatin1String("initiative")).toString());
    }
    int count = 0;
    for (const QString &place : places)
        count += stamped.contains(place) ? 1 : 0;
    return count;
}

QString StoredSnapshot::differenceFrom(const StoredSnapshot &other) const
{
    QStringList names = m_docs.keys() + other.m_docs.keys();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const QHash<QString, QJsonObject> mine = m_docs.value(name);
        const QHash<QString, QJsonObject> theirs = other.m_docs.value(name);
        if (mine.size() != theirs.size())
            return QStringLiteral("%1: %2 documents, not %3").arg(name).arg(mine.size()).arg(theirs.size());
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            if (theirs.value(it.key()) != it.value())
                return QStringLiteral("%1: %2 differs: %3 ≠ %4")
                        .arg(name, it.key(), QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(theirs.value(it.key())).toJson(QJsonDocument::Compact)));
        }
    }
    return {};
}
