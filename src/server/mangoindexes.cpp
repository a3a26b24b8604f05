#include "mangoindexes.h"

#include "documentdatabase.h"
#include "jsontext.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace {
const QJsonObject allDocsIndex { { "ddoc", QJsonValue() }, { "name", "_all_docs" }, { "type", "special" },
                                 { "def", QJsonObject { { "fields", QJsonArray { QJsonObject { { "_id", "asc" } } } } } } };

CouchResponse adminsOnly()
{
    return CouchResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("You are not a db or server admin."));
}

// "n" or {"n":"desc"}: the field's name and direction.
bool readField(const QJsonValue &field, QString &name, bool &descending)
{
    if (field.isString()) {
        name = field.toString();
        descending = false;
        return !name.isEmpty();
    }
    const QJsonObject o = field.toObject();
    if (o.size() != 1)
        return false;
    name = o.begin().key();
    const QString direction = o.begin().value().toString();
    descending = direction == QLatin1String("desc");
    return direction == QLatin1String("asc") || descending;
}

CouchResponse create(const CouchRequest &request, DocumentDatabase &db)
{
    Result<QJsonValue> body = JsonText::parse(request.body);
    if (!body.ok() || !body.value().isObject())
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON"));
    const QJsonObject o = body.value().toObject();
    if (!o.contains(QLatin1String("index")))
        return CouchResponse::error(400, QStringLiteral("missing_required_key"), QStringLiteral("Missing required key: index"));
    const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("json"));
    if (type != QLatin1String("json"))
        return CouchResponse::error(400, QStringLiteral("invalid_index_type"), QStringLiteral("Only json indexes are offered by this server."));
    const QJsonArray fields = o.value(QLatin1String("index")).toObject().value(QLatin1String("fields")).toArray();
    if (fields.isEmpty())
        return CouchResponse::error(400, QStringLiteral("missing_required_key"), QStringLiteral("Missing required key: fields"));
    MangoIndex index;
    QJsonObject mapFields;
    bool first = true;
    for (const QJsonValue &f : fields) {
        QString name;
        bool descending = false;
        if (!readField(f, name, descending) || (!first && descending != index.descending))
            return CouchResponse::error(400, QStringLiteral("invalid_sort_json"), QStringLiteral("Invalid sort field: %1").arg(QString::fromUtf8(QJsonDocument(QJsonArray { f }).toJson(QJsonDocument::Compact))));
        index.descending = descending;
        first = false;
        index.fields.append(name);
        mapFields.insert(name, descending ? "desc" : "asc");
    }
    // CouchDB names an unnamed index (and its design document) by a hash of its definition.
    const QByteArray definition = QJsonDocument(QJsonObject { { "fields", fields }, { "type", type } }).toJson(QJsonDocument::Compact);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(definition, QCryptographicHash::Sha1).toHex());
    QString ddoc = o.value(QLatin1String("ddoc")).toString(hash);
    if (!ddoc.startsWith(QLatin1String("_design/")))
        ddoc.prepend(QStringLiteral("_design/"));
    index.ddoc = ddoc;
    index.name = o.value(QLatin1String("name")).toString(hash);
    for (const MangoIndex &existing : MangoIndexes::read(db)) {
        if (existing.ddoc == index.ddoc && existing.name == index.name)
            return CouchResponse::json(200, QJsonObject { { "result", "exists" }, { "id", index.ddoc }, { "name", index.name } });
    }
    const Result<QJsonObject> current = db.get(ddoc);
    QJsonObject design = current.ok() ? current.value() : QJsonObject { { "_id", ddoc } };
    if (current.ok() && design.value(QLatin1String("language")).toString() != QLatin1String("query"))
        return CouchResponse::error(409, QStringLiteral("conflict"), QStringLiteral("A design document of another language has this id."));
    design.insert("language", "query");
    QJsonObject views = design.value(QLatin1String("views")).toObject();
    views.insert(index.name, QJsonObject { { "map", QJsonObject { { "fields", mapFields }, { "partial_filter_selector", QJsonObject() } } },
                                           { "reduce", "_count" },
                                           { "options", QJsonObject { { "def", QJsonObject { { "fields", fields } } } } } });
    design.insert("views", views);
    const WriteResult written = db.put(design);
    if (!written.error.ok())
        return CouchResponse::from(written.error);
    return CouchResponse::json(200, QJsonObject { { "result", "created" }, { "id", index.ddoc }, { "name", index.name } });
}

CouchResponse remove(const CouchRequest &request, DocumentDatabase &db)
{
    // /db/_index/{ddoc}/json/{name}
    if (request.segments.size() != 5)
        return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Index not found"));
    QString ddoc = request.segments.at(2);
    if (!ddoc.startsWith(QLatin1String("_design/")))
        ddoc.prepend(QStringLiteral("_design/"));
    const QString name = request.segments.at(4);
    const Result<QJsonObject> current = db.get(ddoc);
    QJsonObject design = current.ok() ? current.value() : QJsonObject();
    QJsonObject views = design.value(QLatin1String("views")).toObject();
    if (!current.ok())
        return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing"));
    if (design.value(QLatin1String("language")).toString() != QLatin1String("query") || !views.contains(name))
        return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Index not found"));
    views.remove(name);
    WriteResult written;
    if (views.isEmpty()) {
        written = db.remove(ddoc, design.value(QLatin1String("_rev")).toString());
    } else {
        design.insert("views", views);
        written = db.put(design);
    }
    return written.error.ok() ? CouchResponse::ok(200) : CouchResponse::from(written.error);
}
}

QJsonObject MangoIndex::json() const
{
    QJsonArray def;
    for (const QString &f : fields)
        def.append(QJsonObject { { f, descending ? "desc" : "asc" } });
    return { { "ddoc", ddoc }, { "name", name }, { "type", "json" }, { "partitioned", false }, { "def", QJsonObject { { "fields", def } } } };
}

QList<MangoIndex> MangoIndexes::read(DocumentDatabase &db)
{
    AllDocsOptions designs;
    designs.startKey = QStringLiteral("_design/");
    designs.endKey = QStringLiteral("_design0");
    designs.inclusiveEnd = false;
    designs.includeDocs = true;
    QList<MangoIndex> indexes;
    const Result<QList<AllDocsRow>> rows = db.allDocs(designs);
    if (!rows.ok())
        return indexes;
    for (const AllDocsRow &row : rows.value()) {
        if (row.doc.value(QLatin1String("language")).toString() != QLatin1String("query"))
            continue;
        const QJsonObject views = row.doc.value(QLatin1String("views")).toObject();
        for (auto it = views.begin(); it != views.end(); ++it) {
            MangoIndex index { row.id, it.key(), {}, false };
            for (const QJsonValue &f : it.value().toObject().value(QLatin1String("options")).toObject().value(QLatin1String("def")).toObject().value(QLatin1String("fields")).toArray()) {
                QString name;
                if (readField(f, name, index.descending))
                    index.fields.append(name);
            }
            if (!index.fields.isEmpty())
                indexes.append(index);
        }
    }
    return indexes;
}

CouchResponse MangoIndexes::handle(const CouchRequest &request, bool isAdmin, DocumentDatabase &db)
{
    if ((request.method == "GET" || request.method == "HEAD") && request.segments.size() == 2) {
        QJsonArray list { allDocsIndex };
        for (const MangoIndex &index : read(db))
            list.append(index.json());
        return CouchResponse::json(200, QJsonObject { { "total_rows", list.size() }, { "indexes", list } });
    }
    if (request.method == "POST" && request.segments.size() == 2)
        return isAdmin ? create(request, db) : adminsOnly();
    if (request.method == "DELETE" && request.segments.size() > 2)
        return isAdmin ? remove(request, db) : adminsOnly();
    return CouchResponse::error(405, QStringLiteral("method_not_allowed"),
                                request.segments.size() == 2 ? QStringLiteral("Only GET,POST allowed") : QStringLiteral("Only DELETE allowed"));
}
