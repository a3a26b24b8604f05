#include "changesquery.h"

#include "documentdatabase.h"
#include "jsontext.h"


namespace {
CouchResponse badRequest(const QString &reason)
{
    return CouchResponse::error(400, QStringLiteral("bad_request"), reason);
}

// CouchDB crashes on these (500 unknown_error "badarg"); bad input here gets a 400 that
// names what is wrong (docs/SYNC-PROTOCOL.md lists the difference).
CouchResponse badArgument(const QString &name, const QString &expected)
{
    return badRequest(QStringLiteral("`%1` must be %2.").arg(name, expected));
}

bool readSince(const QString &text, DocumentDatabase &db, qint64 &since)
{
    if (text.isEmpty() || text == QLatin1String("0"))
        return true;
    if (text == QLatin1String("now")) {
        const Result<DatabaseInfo> info = db.info();
        since = info.ok() ? info.value().updateSeq : 0;
        return true;
    }
    // Our sequences are integers; a CouchDB-shaped one ("12-g1AAA…") is read by its number.
    bool ok = false;
    since = text.section(u'-', 0, 0).toLongLong(&ok);
    if (text.startsWith(u'"') && text.endsWith(u'"') && text.size() > 2)
        return readSince(text.mid(1, text.size() - 2), db, since);
    return ok && since >= 0 && (text.indexOf(u'-') < 0 || text.indexOf(u'-') > 0);
}
}

ChangesQuery ChangesQuery::read(const CouchRequest &request, DocumentDatabase &db)
{
    ChangesQuery q;
    const QString feed = request.text(QStringLiteral("feed"));
    if (feed.isEmpty() || feed == QLatin1String("normal"))
        q.feed = Feed::Normal;
    else if (feed == QLatin1String("longpoll"))
        q.feed = Feed::Longpoll;
    else if (feed == QLatin1String("continuous") || feed == QLatin1String("live"))
        q.feed = Feed::Continuous;
    else if (feed == QLatin1String("eventsource"))
        q.feed = Feed::EventSource;
    else
        q.error = badRequest(QStringLiteral("Supported `feed` types: normal, continuous, live, longpoll, eventsource"));
    if (!q.error && !readSince(request.text(QStringLiteral("since")), db, q.since))
        q.error = badRequest(QStringLiteral("Malformed sequence supplied in 'since' parameter."));
    if (!q.error && request.has(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = request.text(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok)
            q.error = badArgument(QStringLiteral("limit"), QStringLiteral("an integer"));
        else if (q.limit < 0)
            q.limit = -1; // CouchDB: no limit
    }
    if (!q.error && request.has(QStringLiteral("heartbeat"))) {
        const QString beat = request.text(QStringLiteral("heartbeat"));
        bool ok = false;
        const qint64 ms = beat.toLongLong(&ok);
        if (beat == QLatin1String("true"))
            q.heartbeatMs = 60000;
        else if (ok && ms > 0)
            q.heartbeatMs = int(std::min<qint64>(ms, 60000));
        else if (ok)
            q.error = badRequest(QStringLiteral("The heartbeat value should be a positive integer (in milliseconds)."));
        else
            q.error = badRequest(QStringLiteral("Invalid heartbeat value. Expecting a positive integer value (in milliseconds)."));
    }
    if (!q.error && request.has(QStringLiteral("timeout"))) {
        bool ok = false;
        q.timeoutMs = request.text(QStringLiteral("timeout")).toLongLong(&ok);
        if (!ok || q.timeoutMs < 0)
            q.error = badArgument(QStringLiteral("timeout"), QStringLiteral("a positive integer (milliseconds)"));
    }
    const QString style = request.text(QStringLiteral("style"));
    if (!q.error && !style.isEmpty() && style != QLatin1String("main_only") && style != QLatin1String("all_docs"))
        q.error = badArgument(QStringLiteral("style"), QStringLiteral("main_only or all_docs"));
    q.allLeaves = style == QLatin1String("all_docs");
    q.descending = request.flag(QStringLiteral("descending"));
    q.includeDocs = request.flag(QStringLiteral("include_docs"));
    q.conflicts = request.flag(QStringLiteral("conflicts"));
    if (q.error)
        return q;

    const QString filter = request.text(QStringLiteral("filter"));
    QJsonObject body;
    if (request.method == "POST" && !request.body.trimmed().isEmpty()) {
        Result<QJsonValue> parsed = JsonText::parse(request.body);
        if (!parsed.ok()) {
            q.error = badRequest(QStringLiteral("invalid UTF-8 JSON"));
            return q;
        }
        body = parsed.value().toObject();
    }
    if (filter.isEmpty())
        return q;
    if (filter == QLatin1String("_doc_ids")) {
        q.filter = Filter::DocIds;
        QJsonValue ids;
        if (body.contains(QLatin1String("doc_ids")))
            ids = body.value(QLatin1String("doc_ids"));
        else if (request.has(QStringLiteral("doc_ids")))
            ids = request.json(QStringLiteral("doc_ids"));
        if (!ids.isArray()) {
            q.error = badRequest(QStringLiteral("`doc_ids` filter parameter is not a list of doc ids."));
            return q;
        }
        for (const QJsonValue &id : ids.toArray())
            q.docIds.insert(id.toString());
    } else if (filter == QLatin1String("_selector")) {
        q.filter = Filter::Selector;
        if (request.method != "POST") {
            q.error = badRequest(QStringLiteral("Selector must be specified in POST payload"));
            return q;
        }
        QString why;
        q.selector = MangoSelector::parse(body.value(QLatin1String("selector")), &why);
        if (!why.isEmpty())
            q.error = badRequest(body.value(QLatin1String("selector")).isObject() ? why : QStringLiteral("Selector error: expected a JSON object"));
    } else if (filter == QLatin1String("_design")) {
        q.filter = Filter::Design;
    } else {
        // _view and ddoc/name run JavaScript: refused, never answered unfiltered.
        QString ddoc = filter.section(u'/', 0, 0);
        QString member = QStringLiteral("filters");
        QString function = filter.section(u'/', 1);
        if (filter == QLatin1String("_view")) {
            const QString view = request.text(QStringLiteral("view"));
            if (view.isEmpty()) {
                q.error = badRequest(QStringLiteral("`view` filter parameter is not provided."));
                return q;
            }
            ddoc = view.section(u'/', 0, 0);
            member = QStringLiteral("views");
            function = view.section(u'/', 1);
        } else if (!filter.contains(u'/')) {
            q.error = badRequest(QStringLiteral("`filter` parameter is not of the form `ddoc/name`"));
            return q;
        }
        const Result<QJsonObject> design = db.get(QStringLiteral("_design/") + ddoc);
        if (!design.ok()) {
            q.error = CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing"));
            return q;
        }
        const QJsonObject functions = design.value().value(member).toObject();
        if (!design.value().contains(member) || !functions.contains(function)) {
            q.error = CouchResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("missing json key: %1").arg(design.value().contains(member) ? function : member));
            return q;
        }
        q.error = CouchResponse::error(501, QStringLiteral("not_implemented"),
                                       QStringLiteral("JavaScript filters and views are not run by this server; use filter=_selector or filter=_doc_ids."));
    }
    return q;
}

bool ChangesQuery::passes(const QString &id, const QJsonObject &doc) const
{
    switch (filter) {
    case Filter::None: return true;
    case Filter::DocIds: return docIds.contains(id);
    case Filter::Design: return id.startsWith(QLatin1String("_design/"));
    case Filter::Selector: return selector.matches(doc);
    }
    return false;
}
