#include "documentparts.h"

#include <QJsonArray>
#include <QVarLengthArray>

namespace {
constexpr int maxIdLength = 1024;

StoreError bad(const QString &reason)
{
    return StoreError::make(StoreError::Code::BadRequest, reason);
}
}

StoreError DocumentParts::validateId(const QString &id)
{
    if (id.isEmpty())
        return bad(QStringLiteral("document id must not be empty"));
    if (id.size() > maxIdLength)
        return bad(QStringLiteral("document id is longer than %1 characters").arg(maxIdLength));
    if (id.startsWith(u'_') && !id.startsWith(QLatin1String("_design/"))
        && !id.startsWith(QLatin1String("_local/")))
        return bad(QStringLiteral("only reserved document ids may start with underscore"));
    if (id == QLatin1String("_design/") || id == QLatin1String("_local/"))
        return bad(QStringLiteral("document id must not be empty after its prefix"));
    for (QChar c : id) {
        if (c.unicode() < 0x20)
            return bad(QStringLiteral("document id must not contain control characters"));
    }
    return StoreError::none();
}

Result<DocumentParts> DocumentParts::fromJson(const QJsonObject &doc)
{
    DocumentParts parts;
    // The body is the document without its special members: a copy with those removed costs
    // one copy, where inserting each member anew costs a search and a move per member.
    parts.body = doc;
    QVarLengthArray<QString, 4> special;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        const QString key = it.key();
        if (!key.startsWith(u'_')) {
            // Members are kept sorted by key: once past "_", no special member follows.
            if (!key.isEmpty() && key.front() > u'_')
                break;
            continue;
        }
        special.append(key);
        const QJsonValue value = it.value();
        if (key == QLatin1String("_id")) {
            if (!value.isString())
                return bad(QStringLiteral("_id must be a string"));
            parts.id = value.toString();
        } else if (key == QLatin1String("_rev")) {
            if (!value.isString())
                return StoreError::make(StoreError::Code::InvalidRevision, QStringLiteral("_rev must be a string"));
            if (value.toString().isEmpty())
                continue;
            parts.rev = Revision::parse(value.toString());
            if (!parts.rev)
                return StoreError::make(StoreError::Code::InvalidRevision,
                                        QStringLiteral("invalid _rev format: expected N-hash"));
        } else if (key == QLatin1String("_deleted")) {
            if (!value.isBool())
                return bad(QStringLiteral("_deleted must be true or false"));
            parts.deleted = value.toBool();
        } else if (key == QLatin1String("_revisions")) {
            const QJsonObject revisions = value.toObject();
            const QJsonArray ids = revisions.value(QLatin1String("ids")).toArray();
            const int start = revisions.value(QLatin1String("start")).toInt(-1);
            if (!value.isObject() || start < 1 || ids.isEmpty() || ids.size() > start)
                return StoreError::make(StoreError::Code::InvalidRevision,
                                        QStringLiteral("_revisions must be {start, ids} with start >= number of ids"));
            parts.history.reserve(ids.size());
            for (int i = 0; i < ids.size(); ++i) {
                const QJsonValue id = ids.at(i);
                const auto rev = Revision::fromParts(start - i, id.toString());
                if (!id.isString() || !rev)
                    return StoreError::make(StoreError::Code::InvalidRevision,
                                            QStringLiteral("_revisions holds an invalid revision id"));
                parts.history.append(*rev);
            }
        } else if (key == QLatin1String("_attachments")) {
            if (!value.isObject() || !value.toObject().isEmpty())
                return bad(QStringLiteral("attachments are not supported by this server"));
        } else if (key == QLatin1String("_conflicts") || key == QLatin1String("_deleted_conflicts")
                   || key == QLatin1String("_local_seq") || key == QLatin1String("_revs_info")) {
            // Read-only metadata a client may echo back; CouchDB ignores it on write.
        } else {
            return StoreError::make(StoreError::Code::BadRequest,
                                    QStringLiteral("bad special document member: %1").arg(key));
        }
    }
    for (const QString &key : std::as_const(special))
        parts.body.remove(key);
    if (!parts.id.isEmpty()) {
        if (StoreError error = validateId(parts.id); !error.ok())
            return error;
    }
    if (!parts.history.isEmpty()) {
        if (!parts.rev)
            parts.rev = parts.history.first();
        else if (*parts.rev != parts.history.first())
            return StoreError::make(StoreError::Code::InvalidRevision,
                                    QStringLiteral("_rev does not match the newest of _revisions"));
    }
    return parts;
}
