#include "findendpoint.h"

#include "documentdatabase.h"
#include "jsontext.h"
#include "mangoindexes.h"
#include "mangoselector.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace {
struct Query
{
    MangoSelector selector;
    QStringList fields;
    QStringList sort;
    bool sortDescending = false;
    qint64 limit = 25;
    qint64 skip = 0;
    QJsonValue bookmark;
    bool executionStats = false;
    bool conflicts = false;
    std::optional<MangoIndex> index; // the one used; none: _all_docs
    std::optional<CouchResponse> error;
};

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

CouchResponse badRequest(const QString &error, const QString &reason)
{
    return CouchResponse::error(400, error, reason);
}

qint64 nonNegative(const QJsonObject &o, const char *key, qint64 fallback, std::optional<CouchResponse> &error)
{
    if (!o.contains(QLatin1String(key)))
        return fallback;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger())) {
        if (!error)
            error = badRequest(QStringLiteral("invalid_non_neg_integer"),
                               QStringLiteral("%1 is not an integer greater than or equal to zero")
                                       .arg(QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        return fallback;
    }
    return v.toInteger();
}

// An index fits when the selector names each of its fields and a sort (if any) is its
// fields' beginning in its direction; among those the one with fewest fields, then by name.
std::optional<MangoIndex> chooseIndex(const QList<MangoIndex> &indexes, const Query &q)
{
    const QStringList named = q.selector.fields();
    std::optional<MangoIndex> best;
    for (const MangoIndex &index : indexes) {
        if (!std::all_of(index.fields.cbegin(), index.fields.cend(), [&](const QString &f) { return named.contains(f) || q.sort.contains(f); }))
            continue;
        // An index is read either way: only the fields' order matters for a sort.
        if (!q.sort.isEmpty() && q.sort != index.fields.mid(0, q.sort.size()))
            continue;
        if (!best || index.fields.size() < best->fields.size()
            || (index.fields.size() == best->fields.size() && index.ddoc + index.name < best->ddoc + best->name))
            best = index;
    }
    return best;
}

Query read(const CouchRequest &request, DocumentDatabase &db)
{
    Query q;
    Result<QJsonValue> body = JsonText::parse(request.body);
    if (!body.ok() || !body.value().isObject()) {
        q.error = badRequest(QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON"));
        return q;
    }
    const QJsonObject o = body.value().toObject();
    if (!o.contains(QLatin1String("selector"))) {
        q.error = badRequest(QStringLiteral("missing_required_key"), QStringLiteral("Missing required key: selector"));
        return q;
    }
    const QJsonValue selector = o.value(QLatin1String("selector"));
    if (!selector.isObject()) {
        q.error = badRequest(QStringLiteral("invalid_selector_json"), QStringLiteral("Selector must be a JSON object, not: %1").arg(jsonText(selector)));
        return q;
    }
    QString why;
    q.selector = MangoSelector::parse(selector, &why);
    if (!why.isEmpty()) {
        q.error = badRequest(why.startsWith(QLatin1String("Invalid operator:")) ? QStringLiteral("invalid_operator")
                                     : why.startsWith(QLatin1String("Bad argument")) ? QStringLiteral("bad_arg") : QStringLiteral("bad_request"), why);
        return q;
    }
    q.limit = nonNegative(o, "limit", 25, q.error);
    q.skip = nonNegative(o, "skip", 0, q.error);
    for (const QJsonValue &f : o.value(QLatin1String("fields")).toArray())
        q.fields.append(f.toString());
    bool first = true;
    for (const QJsonValue &s : o.value(QLatin1String("sort")).toArray()) {
        const bool descending = s.isObject() && s.toObject().begin().value().toString() == QLatin1String("desc");
        const QString field = s.isString() ? s.toString() : (s.toObject().isEmpty() ? QString() : s.toObject().begin().key());
        if (field.isEmpty() || (!first && descending != q.sortDescending)) {
            q.error = badRequest(QStringLiteral("unsupported_mixed_sort"), QStringLiteral("Sorts currently only support a single direction for all fields."));
            return q;
        }
        q.sortDescending = descending;
        first = false;
        q.sort.append(field);
    }
    q.bookmark = o.value(QLatin1String("bookmark"));
    q.executionStats = o.value(QLatin1String("execution_stats")).toBool();
    q.conflicts = o.value(QLatin1String("conflicts")).toBool();
    if (q.error)
        return q;
    q.index = chooseIndex(MangoIndexes::read(db), q);
    // Sorting by _id alone is _all_docs' own order.
    const bool byId = q.sort == QStringList { QStringLiteral("_id") };
    if (!q.sort.isEmpty() && !q.index && !byId)
        q.error = badRequest(QStringLiteral("no_usable_index"), QStringLiteral("No index exists for this sort, try indexing by the sort fields."));
    return q;
}

QJsonObject project(const QJsonObject &doc, const QStringList &fields)
{
    if (fields.isEmpty())
        return doc;
    QJsonObject out;
    for (const QString &field : fields) {
        bool present = false;
        const QJsonValue value = MangoSelector::at(doc, field, &present);
        if (!present)
            continue;
        // Rebuild the nesting of a dotted path ("x.y" → {"x":{"y":…}}).
        const QStringList parts = field.split(u'.');
        std::function<QJsonObject(QJsonObject, int)> place = [&](QJsonObject into, int i) {
            if (i == parts.size() - 1) {
                into.insert(parts.at(i), value);
                return into;
            }
            into.insert(parts.at(i), place(into.value(parts.at(i)).toObject(), i + 1));
            return into;
        };
        out = place(out, 0);
    }
    return out;
}

QString encodeBookmark(const QJsonObject &position)
{
    return QString::fromLatin1(QJsonDocument(position).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
}

CouchResponse FindEndpoint::find(const CouchRequest &request)
{
    if (request.method != "POST")
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only POST allowed"));
    QElapsedTimer clock;
    clock.start();
    Query q = read(request, m_db);
    if (q.error)
        return *q.error;
    // Where to go on from: our bookmark is {"after": id} (an _all_docs scan) or {"skip": n}.
    QString after;
    qint64 skipped = 0;
    if (q.bookmark.isString() && q.bookmark.toString() != QLatin1String("nil")) {
        const QJsonObject position = QJsonDocument::fromJson(QByteArray::fromBase64(q.bookmark.toString().toLatin1(), QByteArray::Base64UrlEncoding)).object();
        if (position.isEmpty())
            return badRequest(QStringLiteral("invalid_bookmark"), QStringLiteral("Invalid bookmark value: %1").arg(jsonText(q.bookmark)));
        after = position.value(QLatin1String("after")).toString();
        skipped = position.value(QLatin1String("skip")).toInteger();
    } else if (!q.bookmark.isUndefined() && !q.bookmark.isString()) {
        return badRequest(QStringLiteral("invalid_bookmark"), QStringLiteral("Invalid bookmark value: %1").arg(QString::fromUtf8(QJsonDocument(QJsonArray { q.bookmark }).toJson(QJsonDocument::Compact))));
    }
    const bool ordered = q.index.has_value();
    const qint64 wanted = q.limit;
    qint64 examined = 0;
    QList<QJsonObject> matches;
    bool exhausted = true; // every document was looked at
    AllDocsOptions page;
    page.includeDocs = true;
    page.limit = 500;
    page.descending = !ordered && q.sortDescending;
    QString cursor = after;
    for (;;) {
        page.startKey = cursor;
        page.skip = cursor.isEmpty() ? 0 : 1;
        if (page.descending && cursor.isEmpty())
            page.startKey.clear();
        const Result<QList<AllDocsRow>> rows = m_db.allDocs(page);
        if (!rows.ok())
            return CouchResponse::from(rows.error());
        for (const AllDocsRow &row : rows.value()) {
            cursor = row.id;
            if (row.id.startsWith(QLatin1String("_design/")) || !m_canSee(row.id))
                continue;
            ++examined;
            const bool hasIndexFields = !ordered || std::all_of(q.index->fields.cbegin(), q.index->fields.cend(), [&](const QString &f) {
                bool present = false;
                (void)MangoSelector::at(row.doc, f, &present);
                return present;
            });
            if (hasIndexFields && q.selector.matches(row.doc))
                matches.append(row.doc);
            if (!ordered && matches.size() >= q.skip + wanted)
                break;
        }
        if ((!ordered && matches.size() >= q.skip + wanted) || rows.value().size() < page.limit
            || (rows.value().size() == page.limit && rows.value().constLast().id == cursor && false)) {
            exhausted = rows.value().size() < page.limit;
            break;
        }
        if (examined >= m_maxExamined) {
            exhausted = false;
            break;
        }
    }
    if (ordered && !exhausted)
        return CouchResponse::error(413, QStringLiteral("too_large"),
                                    QStringLiteral("This query would examine more than %1 documents; narrow the selector.").arg(m_maxExamined));
    if (ordered) {
        const QStringList keys = q.index->fields;
        const bool descending = q.sort.isEmpty() ? false : q.sortDescending;
        std::stable_sort(matches.begin(), matches.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            for (const QString &k : keys) {
                bool pa = false;
                bool pb = false;
                const int c = MangoSelector::compare(MangoSelector::at(a, k, &pa), MangoSelector::at(b, k, &pb));
                if (c != 0)
                    return descending ? c > 0 : c < 0;
            }
            const int c = a.value(QLatin1String("_id")).toString().compare(b.value(QLatin1String("_id")).toString());
            return descending ? c > 0 : c < 0;
        });
    }
    const qint64 from = std::min<qint64>(matches.size(), (ordered ? skipped : 0) + q.skip);
    const qint64 to = std::min<qint64>(matches.size(), from + wanted);
    QJsonArray docs;
    for (qint64 i = from; i < to; ++i) {
        QJsonObject doc = matches.at(i);
        if (q.conflicts) {
            GetOptions withConflicts;
            withConflicts.conflicts = true;
            if (const Result<QJsonObject> read = m_db.get(doc.value(QLatin1String("_id")).toString(), withConflicts); read.ok())
                doc = read.value();
        }
        docs.append(project(doc, q.fields));
    }
    QJsonObject answer { { "docs", docs } };
    if (docs.isEmpty())
        answer.insert("bookmark", "nil");
    else if (ordered)
        answer.insert("bookmark", encodeBookmark({ { "skip", to } }));
    else
        answer.insert("bookmark", encodeBookmark({ { "after", matches.at(to - 1).value(QLatin1String("_id")).toString() } }));
    if (q.executionStats)
        answer.insert("execution_stats", QJsonObject { { "total_keys_examined", ordered ? examined : 0 }, { "total_docs_examined", examined },
                                                       { "total_quorum_docs_examined", 0 }, { "results_returned", docs.size() },
                                                       { "execution_time_ms", double(clock.nsecsElapsed()) / 1e6 } });
    QStringList warnings;
    if (!ordered)
        warnings << QStringLiteral("No matching index found, create an index to optimize query time.");
    if (!exhausted && matches.size() < q.skip + wanted)
        warnings << QStringLiteral("The query stopped after examining %1 documents; continue with the bookmark.").arg(examined);
    if (!warnings.isEmpty())
        answer.insert("warning", warnings.join(u'\n'));
    return CouchResponse::json(200, answer);
}

CouchResponse FindEndpoint::explain(const CouchRequest &request)
{
    if (request.method != "POST")
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only POST allowed"));
    Query q = read(request, m_db);
    if (q.error)
        return *q.error;
    const QJsonObject index = q.index ? q.index->json()
                                      : QJsonObject { { "ddoc", QJsonValue() }, { "name", "_all_docs" }, { "type", "special" },
                                                      { "def", QJsonObject { { "fields", QJsonArray { QJsonObject { { "_id", "asc" } } } } } } };
    return CouchResponse::json(200, QJsonObject { { "dbname", m_db.name() }, { "index", index }, { "partitioned", false },
                                                  { "selector", q.selector.json() }, { "limit", q.limit }, { "skip", q.skip },
                                                  { "fields", q.fields.isEmpty() ? QJsonValue("all_fields") : QJsonValue(QJsonArray::fromStringList(q.fields)) } });
}
