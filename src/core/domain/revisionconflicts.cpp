#include "revisionconflicts.h"

#include "documentvalidator.h"
#include "domainindexer.h"

#include <QJsonArray>

namespace {
// Top-level fields, and the fields of an object one level down, as "field" or "object.field".
QHash<QString, QJsonValue> flatten(const QJsonObject &doc)
{
    QHash<QString, QJsonValue> fields;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in)
                fields.insert(it.key() + u'.' + in.key(), in.value());
        } else {
            fields.insert(it.key(), it.value());
        }
    }
    return fields;
}

void setField(QJsonObject &doc, const QString &field, const QJsonValue &value)
{
    const qsizetype dot = field.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            doc.remove(field);
        else
            doc.insert(field, value);
        return;
    }
    const QString outer = field.left(dot);
    QJsonObject inner = doc.value(outer).toObject();
    if (value.isUndefined())
        inner.remove(field.mid(dot + 1));
    else
        inner.insert(field.mid(dot + 1), value);
    doc.insert(outer, inner);
}

StoreError conflict(const QString &reason)
{
    return StoreError::make(StoreError::Code::Conflict, reason);
}
}

Result<ConflictView> RevisionConflicts::of(DocumentDatabase &db, const QString &id)
{
    GetOptions options;
    options.conflicts = true;
    Result<QJsonObject> winner = db.get(id, options);
    if (!winner.ok())
        return winner.error();
    ConflictView view;
    view.id = id;
    QJsonObject first = winner.value();
    const QJsonArray losing = first.take(QLatin1String("_conflicts")).toArray();
    view.revs.append(first.value(QLatin1String("_rev")).toString());
    view.versions.append(first);
    for (const QJsonValue &rev : losing) {
        GetOptions one;
        one.rev = rev.toString();
        Result<QJsonObject> version = db.get(id, one);
        if (!version.ok())
            return version.error();
        view.revs.append(rev.toString());
        view.versions.append(version.value());
    }
    if (!view.inConflict())
        return view;

    QList<QHash<QString, QJsonValue>> flat;
    QStringList fields;
    for (const QJsonObject &version : std::as_const(view.versions)) {
        flat.append(flatten(version));
        for (auto it = flat.last().cbegin(); it != flat.last().cend(); ++it) {
            if (!fields.contains(it.key()))
                fields.append(it.key());
        }
    }
    fields.sort();
    for (const QString &field : std::as_const(fields)) {
        FieldDifference difference { field, {} };
        bool differs = false;
        for (const auto &version : std::as_const(flat)) {
            difference.values.append(version.value(field, QJsonValue(QJsonValue::Undefined)));
            differs = differs || difference.values.last() != difference.values.first();
        }
        if (differs)
            view.differences.append(difference);
        else
            view.same.append(field);
    }
    return view;
}

Result<QStringList> RevisionConflicts::conflictedOf(DocumentDatabase &db, const QString &initiativeId)
{
    DocumentDatabase::ReadScope scope(db);
    Result<QStringList> related = db.queryIndex(DomainIndexer::byInitiative, initiativeId, initiativeId);
    if (!related.ok())
        return related.error();
    GetOptions options;
    options.conflicts = true;
    QStringList conflicted;
    for (const QString &id : QStringList { initiativeId } + related.value()) {
        Result<QJsonObject> doc = db.get(id, options);
        if (doc.ok() && doc.value().contains(QLatin1String("_conflicts")))
            conflicted.append(id);
        else if (!doc.ok() && doc.error().code != StoreError::Code::NotFound)
            return doc.error();
    }
    return conflicted;
}

QJsonObject RevisionConflicts::merged(const ConflictView &view, const QHash<QString, QString> &revOfField)
{
    if (view.versions.isEmpty())
        return {};
    QJsonObject body = view.versions.first();
    for (auto it = revOfField.cbegin(); it != revOfField.cend(); ++it) {
        const qsizetype index = view.revs.indexOf(it.value());
        if (index < 0)
            continue;
        for (const FieldDifference &difference : view.differences) {
            if (difference.field == it.key())
                setField(body, it.key(), difference.values.at(index));
        }
    }
    return body;
}

Result<QString> RevisionConflicts::resolve(DocumentDatabase &db, const ConflictView &view, const QJsonObject &body)
{
    if (!view.inConflict())
        return conflict(QStringLiteral("no conflict to resolve"));
    Result<ConflictView> now = of(db, view.id);
    if (!now.ok())
        return now.error();
    if (now.value().revs != view.revs)
        return conflict(QStringLiteral("the versions changed since they were read"));

    QJsonObject chosen = body;
    chosen.insert(QStringLiteral("_id"), view.id);
    chosen.insert(QStringLiteral("_rev"), view.revs.first());
    for (const QString &meta : { QStringLiteral("_conflicts"), QStringLiteral("_deleted_conflicts"), QStringLiteral("_revisions") })
        chosen.remove(meta);
    QList<QJsonObject> docs;
    QJsonObject winner = view.versions.first();
    winner.remove(QStringLiteral("_conflicts"));
    if (chosen != winner) {
        if (StoreError error = DocumentValidator::validateFor(chosen, db.name()); !error.ok())
            return error;
        docs.append(chosen);
    }
    for (qsizetype i = 1; i < view.revs.size(); ++i)
        docs.append({ { "_id", view.id }, { "_rev", view.revs.at(i) }, { "_deleted", true } });
    const QList<WriteResult> written = db.bulkDocs(docs, true);
    QString rev = view.revs.first();
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (!written.at(i).error.ok())
            return written.at(i).error;
        if (i == 0 && docs.first().value(QLatin1String("_deleted")).toBool() == false)
            rev = written.at(i).rev;
    }
    return rev;
}

Result<QString> RevisionConflicts::pick(DocumentDatabase &db, const ConflictView &view, const QString &rev)
{
    const qsizetype index = view.revs.indexOf(rev);
    if (index < 0)
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("no such version"));
    return resolve(db, view, view.versions.at(index));
}
