#include "alldocsquery.h"

#include "documentdatabase.h"
#include "queryparameters.h"

#include "jsontext.h"

#include <QJsonDocument>

#include <algorithm>
#include <climits>

namespace {
const QString designStart = QStringLiteral("_design/");
const QString designEnd = QStringLiteral("_design0"); // the first id after every "_design/…"

QString firstOf(QueryParameters &query, const char *a, const char *b, bool &given)
{
    const QString name = query.has(QLatin1String(a)) ? QLatin1String(a) : QLatin1String(b);
    given = query.has(name);
    return query.json(name).toString();
}
}

CouchResponse AllDocsQuery::answer(const CouchRequest &request, bool designOnly)
{
    QueryParameters query(request);
    AllDocsOptions options;
    bool hasStart = false;
    bool hasEnd = false;
    options.startKey = firstOf(query, "startkey", "start_key", hasStart);
    options.endKey = firstOf(query, "endkey", "end_key", hasEnd);
    const bool hasKey = query.has(QStringLiteral("key"));
    const QJsonValue key = query.json(QStringLiteral("key"));
    options.inclusiveEnd = query.boolean(QStringLiteral("inclusive_end"), true);
    options.descending = query.boolean(QStringLiteral("descending"), false);
    const qint64 limit = query.integer(QStringLiteral("limit"), -1);
    const qint64 skip = query.integer(QStringLiteral("skip"), 0);
    options.includeDocs = query.boolean(QStringLiteral("include_docs"), false);
    const bool conflicts = query.boolean(QStringLiteral("conflicts"), false);
    const bool updateSeq = query.boolean(QStringLiteral("update_seq"), false);
    QJsonValue keys;
    bool hasKeys = false;
    if (query.has(QStringLiteral("keys"))) {
        keys = query.json(QStringLiteral("keys"));
        hasKeys = true;
        if (!query.error() && !keys.isArray())
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("`keys` parameter must be an array."));
    }
    if (query.error())
        return *query.error();
    if (request.method == "POST") {
        Result<QJsonValue> body = JsonText::parse(request.body);
        if (!body.ok())
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON"));
        const QJsonObject object = body.value().toObject();
        if (object.contains(QLatin1String("keys"))) {
            keys = object.value(QLatin1String("keys"));
            hasKeys = true;
            if (!keys.isArray())
                return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("`keys` body member must be an array."));
        }
    } else if (request.method != "GET" && request.method != "HEAD") {
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET,HEAD,POST allowed"));
    }
    if (hasKeys && (hasKey || hasStart || hasEnd))
        return CouchResponse::error(400, QStringLiteral("query_parse_error"), QStringLiteral("`keys` is incompatible with `key`, `start_key` and `end_key`"));
    if (hasKeys && keys.toArray().size() > m_maxKeys)
        return CouchResponse::error(413, QStringLiteral("too_large"), QStringLiteral("At most %1 keys per request.").arg(m_maxKeys));

    QJsonArray rows;
    const auto appendRow = [&](const AllDocsRow &row, const QJsonValue &asked) {
        if (designOnly && !row.missing && !row.id.startsWith(designStart))
            return; // _design_docs passes over other documents it is asked for
        if (row.missing) {
            rows.append(QJsonObject { { "key", asked }, { "error", "not_found" } });
            return;
        }
        QJsonObject value { { "rev", row.rev } };
        if (row.deleted)
            value.insert("deleted", true);
        QJsonObject entry { { "id", row.id }, { "key", row.id }, { "value", value } };
        if (options.includeDocs) {
            QJsonValue doc = row.deleted ? QJsonValue() : QJsonValue(row.doc);
            if (!row.deleted && conflicts) {
                GetOptions withConflicts;
                withConflicts.conflicts = true;
                const Result<QJsonObject> read = m_db.get(row.id, withConflicts);
                if (read.ok())
                    doc = read.value();
            }
            entry.insert("doc", doc);
        }
        rows.append(entry);
    };

    QJsonValue offset;
    if (hasKeys) {
        // Keys are answered in the order given (reversed when descending), skip and limit
        // counting keys; an id is a string, any other key is simply not found.
        QVariantList asked = keys.toArray().toVariantList();
        if (options.descending)
            std::reverse(asked.begin(), asked.end());
        const qint64 end = limit < 0 ? asked.size() : std::min<qint64>(asked.size(), skip + limit);
        AllDocsOptions one;
        one.includeDocs = options.includeDocs;
        for (qint64 i = skip; i < end; ++i) {
            const QJsonValue k = QJsonValue::fromVariant(asked.at(i));
            AllDocsRow row;
            row.missing = true;
            if (k.isString() && m_canSee(k.toString())) {
                one.keys = { k.toString() };
                Result<QList<AllDocsRow>> found = m_db.allDocs(one);
                if (!found.ok())
                    return CouchResponse::from(found.error());
                if (!found.value().isEmpty())
                    row = found.value().constFirst();
            }
            appendRow(row, k);
        }
    } else {
        if (hasKey) {
            options.startKey = options.endKey = key.toString();
            options.inclusiveEnd = true;
        }
        if (designOnly) {
            // Only ids between "_design/" and "_design0", within what was asked.
            QString &low = options.descending ? options.endKey : options.startKey;
            QString &high = options.descending ? options.startKey : options.endKey;
            if (low < designStart)
                low = designStart;
            if (high.isEmpty() || high > designEnd) {
                high = designEnd;
                if (!options.descending)
                    options.inclusiveEnd = false;
            }
        }
        options.limit = int(std::min<qint64>(limit, INT_MAX));
        options.skip = int(std::min<qint64>(skip, INT_MAX));
        Result<QList<AllDocsRow>> found = m_db.allDocs(options);
        if (!found.ok())
            return CouchResponse::from(found.error());
        for (const AllDocsRow &row : found.value()) {
            if (m_canSee(row.id) && (!designOnly || row.id.startsWith(designStart)))
                appendRow(row, row.id);
        }
        // The rows before the first one, in the direction read.
        qint64 before = 0;
        const QString &start = options.startKey;
        if (!start.isEmpty() && !(designOnly && start == (options.descending ? designEnd : designStart))) {
            AllDocsOptions preceding;
            preceding.inclusiveEnd = false;
            if (options.descending) {
                preceding.startKey = start;
                preceding.endKey = designOnly ? designEnd : QString();
            } else {
                preceding.startKey = designOnly ? designStart : QString();
                preceding.endKey = start;
            }
            Result<QList<AllDocsRow>> counted = m_db.allDocs(preceding);
            if (counted.ok()) {
                for (const AllDocsRow &row : counted.value())
                    before += m_canSee(row.id) && row.id != start && (!designOnly || row.id.startsWith(designStart)) ? 1 : 0;
            }
        }
        offset = std::min<qint64>(m_totalRows, before + skip);
    }
    QJsonObject answer { { "total_rows", m_totalRows }, { "offset", offset }, { "rows", rows } };
    if (updateSeq) {
        const Result<DatabaseInfo> info = m_db.info();
        answer.insert("update_seq", info.ok() ? info.value().updateSeq : 0);
    }
    return CouchResponse::json(200, answer);
}
