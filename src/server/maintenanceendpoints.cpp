#include "maintenanceendpoints.h"

#include "documentdatabase.h"
#include "jsontext.h"

namespace {
CouchResponse onlyPost()
{
    return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only POST allowed"));
}

bool isJson(const CouchRequest &request)
{
    return request.header("Content-Type").trimmed().startsWith("application/json");
}

CouchResponse compact(const CouchRequest &request, DocumentDatabase &db)
{
    if (request.method != "POST")
        return onlyPost();
    if (!isJson(request))
        return CouchResponse::error(415, QStringLiteral("bad_content_type"), QStringLiteral("Content-Type must be application/json"));
    if (request.segments.size() > 3)
        return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing"));
    if (request.segments.size() == 3) { // a design document's views: there are none to compact
        if (!db.get(QStringLiteral("_design/") + request.segments.at(2)).ok())
            return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing"));
        return CouchResponse::ok(202);
    }
    const StoreError compacted = db.compact();
    return compacted.ok() ? CouchResponse::ok(202) : CouchResponse::from(compacted);
}

CouchResponse purge(const CouchRequest &request, DocumentDatabase &db)
{
    if (request.method != "POST")
        return onlyPost();
    Result<QJsonValue> body = JsonText::parse(request.body);
    if (!body.ok() || !body.value().isObject())
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON"));
    const QJsonObject asked = body.value().toObject();
    QJsonObject purged;
    QStringList whole;
    for (auto it = asked.begin(); it != asked.end(); ++it) {
        if (!it.value().isArray())
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Invalid list of revisions"));
        QStringList revs;
        for (const QJsonValue &rev : it.value().toArray())
            revs.append(rev.toString());
        const Result<QList<OpenRevision>> leaves = db.openRevs(it.key(), {}, false);
        QStringList leafRevs;
        if (leaves.ok()) {
            for (const OpenRevision &leaf : leaves.value())
                leafRevs.append(leaf.rev);
        }
        const bool everyLeaf = !leafRevs.isEmpty() && std::all_of(leafRevs.cbegin(), leafRevs.cend(), [&](const QString &r) { return revs.contains(r); });
        if (everyLeaf)
            whole.append(it.key());
        purged.insert(it.key(), everyLeaf ? QJsonArray::fromStringList(leafRevs) : QJsonArray());
    }
    if (!whole.isEmpty()) {
        const Result<int> done = db.purge(whole);
        if (!done.ok())
            return CouchResponse::from(done.error());
    }
    return CouchResponse::json(201, QJsonObject { { "purge_seq", QJsonValue() }, { "purged", purged } });
}
}

bool MaintenanceEndpoints::handles(const QString &what)
{
    return what == QLatin1String("_compact") || what == QLatin1String("_view_cleanup") || what == QLatin1String("_purge")
            || what == QLatin1String("_purged_infos_limit");
}

CouchResponse MaintenanceEndpoints::handle(const CouchRequest &request, const Principal &who, DocumentDatabase &db)
{
    if (!who.isAdmin())
        return CouchResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("You are not a db or server admin."));
    const QString what = request.segments.at(1);
    if (what == QLatin1String("_compact"))
        return compact(request, db);
    if (what == QLatin1String("_view_cleanup")) {
        if (request.method != "POST")
            return onlyPost();
        return isJson(request) ? CouchResponse::ok(202)
                               : CouchResponse::error(415, QStringLiteral("bad_content_type"), QStringLiteral("Content-Type must be application/json"));
    }
    if (what == QLatin1String("_purge"))
        return purge(request, db);
    // _purged_infos_limit: purges keep no history here; the value is CouchDB's default.
    if (request.method == "GET")
        return CouchResponse::jsonText(200, "1000");
    if (request.method == "PUT")
        return request.body.trimmed().toInt() > 0 ? CouchResponse::ok(200)
                                                  : CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("`purged_infos_limit` must be positive integer"));
    return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET,PUT allowed"));
}
