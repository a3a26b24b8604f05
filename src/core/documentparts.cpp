#include "documentparts.h"

#include "jsonscan.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

namespace {
constexpr int maxIdLength = 1024;

StoreError bad(const QString &reason)
{
    return StoreError::make(StoreError::Code::BadRequest, reason);
}

StoreError badRevisions()
{
    return StoreError::make(StoreError::Code::InvalidRevision,
                            QStringLiteral("_revisions must be {start, ids} with start >= number of ids"));
}

StoreError badRevisionId()
{
    return StoreError::make(StoreError::Code::InvalidRevision, QStringLiteral("_revisions holds an invalid revision id"));
}

// The checks both forms share once the members are read.
StoreError finish(DocumentParts &parts)
{
    if (!parts.id.isEmpty()) {
        if (StoreError error = DocumentParts::validateId(parts.id); !error.ok())
            return error;
    }
    if (!parts.history.isEmpty()) {
        if (!parts.rev)
            parts.rev = parts.history.first();
        else if (*parts.rev != parts.history.first())
            return StoreError::make(StoreError::Code::InvalidRevision,
                                    QStringLiteral("_rev does not match the newest of _revisions"));
    }
    return StoreError::none();
}

// Reads the text of a "_revisions" value ({"start": N, "ids": [...]}) into parts.history.
StoreError readRevisions(QByteArrayView value, DocumentParts &parts)
{
    int start = -1;
    QVarLengthArray<QString, 8> ids; // a null entry: not a string
    JsonScan scan(value);
    const bool read = value.startsWith('{') && scan.members([&](QByteArrayView key, bool escaped, qsizetype) {
        QByteArrayView text;
        if (escaped || (key != "start" && key != "ids"))
            return scan.value();
        if (key == "start") {
            if (!scan.value(&text))
                return false;
            if (!JsonScan::toInt(text, start))
                start = -1;
            return true;
        }
        ids.clear();
        if (!value.sliced(scan.offset()).startsWith('[')) {
            start = -1;
            return scan.value();
        }
        return scan.elements([&]() {
            QByteArrayView id;
            if (!scan.value(&id))
                return false;
            const QByteArrayView inside = id.size() >= 2 ? id.sliced(1, id.size() - 2) : QByteArrayView();
            ids.append(id.startsWith('"') ? JsonScan::decode(inside, inside.contains('\\')) : QString());
            return true;
        });
    });
    if (!read || start < 1 || ids.isEmpty() || ids.size() > start)
        return badRevisions();
    parts.history.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto rev = Revision::fromParts(int(start - i), ids.at(i));
        if (!rev)
            return badRevisionId();
        parts.history.append(*rev);
    }
    return StoreError::none();
}

StoreError invalidText(const JsonScan &scan)
{
    return StoreError::make(StoreError::Code::InvalidJson,
                            QStringLiteral("invalid JSON at byte %1: %2").arg(scan.offset()).arg(QLatin1String(scan.error())));
}
}

QJsonObject DocumentParts::bodyObject() const
{
    return text.isNull() ? body : QJsonDocument::fromJson(text).object();
}

QByteArray DocumentParts::bodyText() const
{
    return text.isNull() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : text;
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
            if (!value.isObject())
                return bad(QStringLiteral("_attachments must be an object"));
            parts.attachments = value.toObject();
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
    if (StoreError error = finish(parts); !error.ok())
        return error;
    return parts;
}

Result<DocumentParts> DocumentParts::fromText(QByteArrayView doc)
{
    if (!JsonText::isValidUtf8(doc))
        return StoreError::make(StoreError::Code::InvalidUtf8, QStringLiteral("the text is not valid UTF-8"));
    DocumentParts parts;
    parts.text.reserve(doc.size());
    parts.text.append('{');
    // The first refusal of a member is kept while the scan goes on, so text that is not JSON
    // at all is reported as that, as fromJson's caller would report it.
    StoreError refused;
    const auto refuse = [&refused](StoreError error) {
        if (refused.ok())
            refused = std::move(error);
    };
    bool parseInstead = false; // a form this reader leaves to QJsonDocument
    unsigned seen = 0;         // special members met, to leave a repeated one to QJsonDocument
    QVarLengthArray<QByteArrayView, 16> names; // of the body, to leave a repeated one to QJsonDocument
    bool namesAscending = true;
    JsonScan scan(doc);
    const bool read = scan.members([&](QByteArrayView key, bool escaped, qsizetype memberStart) {
        QByteArrayView value;
        if (!scan.value(&value))
            return false;
        if (escaped) {
            parseInstead = true;
            return true;
        }
        if (!key.startsWith('_')) {
            namesAscending = namesAscending && (names.isEmpty() || names.back().compare(key) < 0);
            names.append(key);
            if (parts.text.size() > 1)
                parts.text.append(',');
            parts.text.append(scan.since(memberStart));
            return true;
        }
        static const QByteArrayView known[] = { "_id", "_rev", "_deleted", "_revisions", "_attachments" };
        for (unsigned i = 0; i < std::size(known); ++i) {
            if (key == known[i]) {
                parseInstead = parseInstead || (seen & (1u << i));
                seen |= 1u << i;
            }
        }
        if (key == "_id") {
            if (!value.startsWith('"'))
                refuse(bad(QStringLiteral("_id must be a string")));
            else
                parts.id = JsonScan::decode(value.sliced(1, value.size() - 2), value.contains('\\'));
        } else if (key == "_rev") {
            if (!value.startsWith('"')) {
                refuse(StoreError::make(StoreError::Code::InvalidRevision, QStringLiteral("_rev must be a string")));
            } else if (value.size() > 2) {
                parts.rev = Revision::parse(JsonScan::decode(value.sliced(1, value.size() - 2), value.contains('\\')));
                if (!parts.rev)
                    refuse(StoreError::make(StoreError::Code::InvalidRevision,
                                            QStringLiteral("invalid _rev format: expected N-hash")));
            }
        } else if (key == "_deleted") {
            if (value != "true" && value != "false")
                refuse(bad(QStringLiteral("_deleted must be true or false")));
            parts.deleted = value == "true";
        } else if (key == "_revisions") {
            refuse(readRevisions(value, parts));
        } else if (key == "_attachments") {
            if (!value.startsWith('{'))
                refuse(bad(QStringLiteral("_attachments must be an object")));
            else if (value != "{}")
                parts.attachments = QJsonDocument::fromJson(value.toByteArray()).object();
        } else if (key != "_conflicts" && key != "_deleted_conflicts" && key != "_local_seq" && key != "_revs_info") {
            refuse(bad(QStringLiteral("bad special document member: %1").arg(QString::fromUtf8(key))));
        }
        return true;
    });
    if (!doc.trimmed().startsWith('{'))
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("expected a JSON object"));
    if (!read || !scan.atEnd())
        return invalidText(scan);
    if (!parseInstead && !namesAscending) {
        // Names in the order a client wrote them: a repeated one is looked for when there are
        // few; a document with many (where that search would grow with their square) is parsed.
        parseInstead = names.size() > 32;
        for (qsizetype i = 1; i < names.size() && !parseInstead; ++i)
            parseInstead = std::find(names.begin(), names.begin() + i, names.at(i)) != names.begin() + i;
    }
    if (parseInstead || scan.sawSpace()) {
        // Whitespace, escaped or repeated names: the text is parsed, so what is stored is what
        // fromJson makes of it.
        Result<QJsonObject> object = JsonText::parseObject(doc.toByteArray());
        if (!object.ok())
            return object.error();
        return fromJson(object.value());
    }
    if (!refused.ok())
        return refused;
    parts.text.append('}');
    if (StoreError error = finish(parts); !error.ok())
        return error;
    return parts;
}

QString DocumentParts::idOf(QByteArrayView doc)
{
    QString id;
    JsonScan scan(doc);
    (void)scan.members([&](QByteArrayView key, bool escaped, qsizetype) {
        QByteArrayView value;
        if (!scan.value(&value))
            return false;
        if (key != "_id" || escaped || !value.startsWith('"'))
            return true;
        id = JsonScan::decode(value.sliced(1, value.size() - 2), value.contains('\\'));
        return false;
    });
    return id;
}
