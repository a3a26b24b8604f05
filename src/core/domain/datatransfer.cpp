#include "datatransfer.h"

#include "documentparts.h"
#include "documentvalidator.h"
#include "jsontext.h"

#include <QJsonArray>

namespace {
StoreError invalidAt(const QString &database, int index, const QString &id, const StoreError &error)
{
    const QString where = id.isEmpty() ? QStringLiteral("%1[%2]").arg(database).arg(index)
                                       : QStringLiteral("%1[%2] (%3)").arg(database).arg(index).arg(id.left(80));
    return StoreError::make(error.code, QStringLiteral("%1: %2").arg(where, error.reason));
}

QJsonObject withoutMeta(QJsonObject doc)
{
    for (const char *key : { "_id", "_rev", "_revisions", "_conflicts", "_deleted_conflicts" })
        doc.remove(QLatin1String(key));
    return doc;
}
}

Result<ImportSummary> DataTransfer::importJson(DatabaseFolder &folder, const QByteArray &bytes)
{
    Result<QJsonObject> parsed = JsonText::parseObject(bytes);
    if (!parsed.ok())
        return parsed.error();
    const QJsonObject &root = parsed.value();
    if (root.value(QLatin1String("format")).toString() != formatName)
        return StoreError::make(StoreError::Code::ValidationFailed,
                                QStringLiteral("not a Buurtbrug import file: \"format\" must be \"%1\"").arg(formatName));
    const QJsonValue databasesValue = root.value(QLatin1String("databases"));
    if (!databasesValue.isObject())
        return StoreError::make(StoreError::Code::ValidationFailed,
                                QStringLiteral("\"databases\" must map database names to lists of documents"));
    const QJsonObject databases = databasesValue.toObject();

    // Everything is checked before anything is written.
    for (auto db = databases.begin(); db != databases.end(); ++db) {
        if (!DatabaseFolder::isValidName(db.key()))
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("invalid database name \"%1\"").arg(db.key().left(80)));
        if (!db.value().isArray())
            return StoreError::make(StoreError::Code::ValidationFailed, QStringLiteral("%1 must be a list of documents").arg(db.key()));
        const QJsonArray docs = db.value().toArray();
        for (int i = 0; i < docs.size(); ++i) {
            if (!docs.at(i).isObject())
                return invalidAt(db.key(), i, {}, StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("not a JSON object")));
            const QJsonObject doc = docs.at(i).toObject();
            const QString id = doc.value(QLatin1String("_id")).toString();
            Result<DocumentParts> parts = DocumentParts::fromJson(doc);
            if (!parts.ok())
                return invalidAt(db.key(), i, id, parts.error());
            if (StoreError error = DocumentValidator::validateFor(doc, db.key()); !error.ok())
                return invalidAt(db.key(), i, id, error);
        }
    }

    ImportSummary summary;
    for (auto db = databases.begin(); db != databases.end(); ++db) {
        Result<DocumentDatabase *> opened = folder.database(db.key(), true);
        if (!opened.ok())
            return opened.error();
        DocumentDatabase *database = opened.value();
        ImportSummary::Counts &counts = summary.perDatabase[db.key()];
        QList<QJsonObject> edits;
        QList<QJsonObject> histories;
        for (const QJsonValue &value : db.value().toArray()) {
            QJsonObject doc = value.toObject();
            if (doc.contains(QLatin1String("_revisions"))) {
                histories.append(doc);
                continue;
            }
            if (!doc.contains(QLatin1String("_rev"))) {
                Result<QJsonObject> current = database->get(doc.value(QLatin1String("_id")).toString());
                if (current.ok()) {
                    if (withoutMeta(current.value()) == withoutMeta(doc)) {
                        ++counts.unchanged;
                        continue;
                    }
                    doc.insert(QStringLiteral("_rev"), current.value().value(QLatin1String("_rev")));
                    ++counts.updated;
                } else if (current.error().code == StoreError::Code::NotFound) {
                    ++counts.created;
                } else {
                    return current.error();
                }
            } else {
                ++counts.updated;
            }
            edits.append(doc);
        }
        for (const auto &[batch, newEdits] : { std::pair { &edits, true }, std::pair { &histories, false } }) {
            if (batch->isEmpty())
                continue;
            const QList<WriteResult> results = database->bulkDocs(*batch, newEdits);
            for (int i = 0; i < results.size(); ++i) {
                if (!results.at(i).error.ok())
                    return invalidAt(db.key(), i, results.at(i).id, results.at(i).error);
            }
        }
        counts.merged += int(histories.size());
    }
    return summary;
}

Result<QJsonObject> DataTransfer::exportJson(DatabaseFolder &folder, const QStringList &databases)
{
    QJsonObject out;
    for (const QString &name : databases) {
        Result<DocumentDatabase *> opened = folder.database(name);
        if (!opened.ok())
            return opened.error();
        DocumentDatabase *db = opened.value();
        QJsonArray docs;
        ChangesOptions options;
        options.allLeaves = true;
        options.limit = 1000;
        for (;;) {
            Result<ChangesPage> page = db->changes(options);
            if (!page.ok())
                return page.error();
            for (const ChangeRow &row : page.value().rows) {
                Result<QList<OpenRevision>> leaves = db->openRevs(row.id, row.revs, true);
                if (!leaves.ok())
                    return leaves.error();
                for (const OpenRevision &leaf : leaves.value()) {
                    if (!leaf.missing)
                        docs.append(leaf.doc);
                }
            }
            if (!page.value().hasMore)
                break;
            options.since = page.value().lastSeq;
        }
        out.insert(name, docs);
    }
    return QJsonObject { { QStringLiteral("format"), formatName }, { QStringLiteral("databases"), out } };
}
