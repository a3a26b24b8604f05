#include "personerasure.h"

#include "domainindexer.h"
#include "typedstore.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace {
using Code = StoreError::Code;

// Rewrites one document's winner as erased and deletes its other leaves.
StoreError eraseDocument(DocumentDatabase &org, const QString &id, PersonErasure::Summary &summary)
{
    GetOptions options;
    options.conflicts = true;
    Result<QJsonObject> current = org.get(id, options);
    if (!current.ok())
        return current.error().code == Code::NotFound ? StoreError::none() : current.error();
    QJsonObject doc = current.value();
    const QJsonArray conflicts = doc.take(QStringLiteral("_conflicts")).toArray();
    const QJsonObject rewritten = PersonErasure::erased(doc);
    // An already erased winner is left as it is: two devices resolving the same conflict at
    // once then only add the same tombstones (revision ids are content hashes), instead of
    // new erased revisions that would conflict with each other again.
    if (rewritten != doc) {
        if (Result<QString> saved = TypedStore(org).save(rewritten); !saved.ok())
            return saved.error();
        ++summary.documents;
    }
    for (const QJsonValue &rev : conflicts) {
        if (StoreError error = org.remove(id, rev.toString()).error; !error.ok())
            return error;
        ++summary.conflictsRemoved;
    }
    return StoreError::none();
}

Result<QStringList> documentsOf(DocumentDatabase &org, const QString &code)
{
    Result<QList<IndexRow>> rows = org.indexRows(DomainIndexer::byPerson, code);
    if (!rows.ok())
        return rows.error();
    QStringList ids;
    for (const IndexRow &row : rows.value())
        ids.append(row.docId);
    return ids;
}
}

QString PersonErasure::personHash(const QString &code)
{
    return QString::fromLatin1(QCryptographicHash::hash(code.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<bool> PersonErasure::isErased(DocumentDatabase &org, const QString &code)
{
    Result<QJsonObject> record = org.get(QStringLiteral("erasure:") + personHash(code));
    if (record.ok())
        return true;
    if (record.error().code == Code::NotFound)
        return false;
    return record.error();
}

QJsonObject PersonErasure::erased(const QJsonObject &doc)
{
    QJsonObject kept;
    static const QStringList keep { QStringLiteral("_id"), QStringLiteral("_rev"), QStringLiteral("type"),
                                    QStringLiteral("date"), QStringLiteral("initiative"), QStringLiteral("activity"),
                                    QStringLiteral("count"), QStringLiteral("channel"), QStringLiteral("language") };
    for (const QString &name : keep) {
        if (doc.contains(name))
            kept.insert(name, doc.value(name));
    }
    const QJsonObject referral = doc.value(QLatin1String("referral")).toObject();
    if (!referral.isEmpty()) {
        // Where a person was referred to counts; a formal party's name could point at them.
        QJsonObject outcome { { QStringLiteral("kind"), referral.value(QLatin1String("kind")) },
                              { QStringLiteral("status"), referral.value(QLatin1String("status")) },
                              { QStringLiteral("to"), referral.value(QLatin1String("kind")).toString() == QLatin1String("initiative")
                                                              ? referral.value(QLatin1String("to"))
                                                              : QJsonValue(QStringLiteral("formal")) } };
        kept.insert(QStringLiteral("referral"), outcome);
    }
    kept.insert(QStringLiteral("erased"), true);
    return kept;
}

Result<PersonErasure::Summary> PersonErasure::erase(DocumentDatabase &org, const QString &code, const QDate &today)
{
    if (code.trimmed().isEmpty())
        return StoreError::make(Code::BadRequest, QStringLiteral("give the person's code"));
    const QString hash = personHash(code);
    const QString recordId = QStringLiteral("erasure:") + hash;
    if (!org.get(recordId).ok()) {
        const QJsonObject record { { QStringLiteral("_id"), recordId },
                                   { QStringLiteral("type"), QStringLiteral("erasure") },
                                   { QStringLiteral("personHash"), hash },
                                   { QStringLiteral("date"), today.toString(Qt::ISODate) } };
        if (Result<QString> saved = TypedStore(org).save(record); !saved.ok())
            return saved.error();
    }
    Result<QStringList> ids = documentsOf(org, code.trimmed());
    if (!ids.ok())
        return ids.error();
    Summary summary;
    for (const QString &id : ids.value()) {
        if (StoreError error = eraseDocument(org, id, summary); !error.ok())
            return error;
    }
    return summary;
}

Result<PersonErasure::Summary> PersonErasure::reapply(DocumentDatabase &org)
{
    Result<QList<IndexRow>> records = org.indexRows(DomainIndexer::byType, QStringLiteral("erasure"));
    if (!records.ok())
        return records.error();
    Summary summary;
    if (records.value().isEmpty())
        return summary;
    QSet<QString> erasedHashes;
    for (const IndexRow &row : records.value())
        erasedHashes.insert(row.docId.mid(int(sizeof("erasure:")) - 1));
    Result<QList<IndexRow>> people = org.indexRows(DomainIndexer::byPerson);
    if (!people.ok())
        return people.error();
    for (const IndexRow &row : people.value()) {
        if (!erasedHashes.contains(personHash(row.key)))
            continue;
        if (StoreError error = eraseDocument(org, row.docId, summary); !error.ok())
            return error;
    }
    // An erased winner can still have a losing revision with the person in it, synced from a
    // device that edited its copy before it learned of the erasure.
    Result<QList<IndexRow>> erasedLogs = org.indexRows(DomainIndexer::erasedLogs);
    if (!erasedLogs.ok())
        return erasedLogs.error();
    for (const IndexRow &row : erasedLogs.value()) {
        if (StoreError error = eraseDocument(org, row.docId, summary); !error.ok())
            return error;
    }
    return summary;
}
