#include "attachmentresolver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "revision.h"

#include <zlib.h>

namespace {
StoreError bad(const QString &reason)
{
    return StoreError::make(StoreError::Code::BadRequest, reason);
}

StoreError tooLarge(const QString &name, qint64 maxBytes)
{
    return StoreError::make(StoreError::Code::AttachmentTooLarge,
                            QStringLiteral("Attachment %1 is larger than %2 bytes.").arg(name).arg(maxBytes));
}

// gzip-encoded bytes (what CouchDB sends for compressible types with their encoding) back to
// their content, never beyond maxBytes: a small body must not inflate without bound.
bool gunzip(const QByteArray &in, qint64 maxBytes, QByteArray &out, bool &overLimit)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    char buffer[64 * 1024];
    int rc = Z_OK;
    overLimit = false;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (maxBytes > 0 && out.size() > maxBytes) {
            overLimit = true;
            break;
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // truncated input
    }
    inflateEnd(&stream);
    return rc == Z_STREAM_END && !overLimit;
}

// The stored attachment a stub names: with new_edits=false, the one of the nearest ancestor
// in the written history, else one with the digest the stub gives.
const StoredAttachment *findStub(const QString &name, const QJsonObject &stub, const AttachmentResolver::Context &context)
{
    const QString digest = stub.value(QLatin1String("digest")).toString();
    if (context.newEdits) {
        for (const StoredAttachment &known : context.known) {
            if (known.name == name)
                return &known;
        }
        return nullptr;
    }
    for (const QString &rev : context.ancestry) {
        for (const StoredAttachment &known : context.known) {
            if (known.name == name && known.rev == rev)
                return &known;
        }
    }
    for (const StoredAttachment &known : context.known) {
        if (known.name == name && !digest.isEmpty() && known.stub.value(QLatin1String("digest")).toString() == digest)
            return &known;
    }
    return nullptr;
}

StoreError missingStub(const QString &docId, const QString &name)
{
    return StoreError::make(StoreError::Code::MissingStub, QStringLiteral("Invalid attachment stub in %1 for %2").arg(docId, name));
}
}

int AttachmentResolver::sincePosition(const QJsonObject &revisions, const QStringList &attsSince)
{
    const int start = revisions.value(QLatin1String("start")).toInt();
    const QJsonArray ids = revisions.value(QLatin1String("ids")).toArray();
    int best = 0;
    for (const QString &since : attsSince) {
        const auto rev = Revision::parse(since);
        if (!rev || rev->pos > start || rev->pos <= best || start - rev->pos >= ids.size())
            continue;
        if (ids.at(start - rev->pos).toString() == rev->hash)
            best = rev->pos;
    }
    return best;
}

QString AttachmentResolver::digestOf(const QByteArray &data)
{
    return QStringLiteral("md5-") + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
}

QByteArray AttachmentResolver::withStubs(const QByteArray &bodyText, const QJsonObject &stubs)
{
    if (stubs.isEmpty())
        return bodyText;
    QByteArray out = "{\"_attachments\":" + QJsonDocument(stubs).toJson(QJsonDocument::Compact);
    const QByteArray rest = bodyText.trimmed().mid(1); // past "{"
    if (!rest.startsWith('}'))
        out += ',';
    return out + rest;
}

Result<ResolvedAttachments> AttachmentResolver::resolve(const QJsonObject &attachments, const Context &context,
                                                         const FollowingBytes &following)
{
    ResolvedAttachments resolved;
    for (auto it = attachments.begin(); it != attachments.end(); ++it) {
        const QString name = it.key();
        if (name.isEmpty() || name.startsWith(u'_'))
            return bad(QStringLiteral("Attachment name must not be empty or start with '_': %1").arg(name));
        if (!it.value().isObject())
            return bad(QStringLiteral("Attachment %1 must be an object").arg(name));
        const QJsonObject given = it.value().toObject();
        if (given.value(QLatin1String("stub")).toBool()) {
            const StoredAttachment *known = findStub(name, given, context);
            if (known) {
                resolved.stubs.insert(name, known->stub);
                resolved.refs.append({ name, known->md5 });
                continue;
            }
            // A replicated stub whose digest is our own MD5 of content this store holds.
            const QString digest = given.value(QLatin1String("digest")).toString();
            const QByteArray md5 = digest.startsWith(QLatin1String("md5-"))
                    ? QByteArray::fromBase64(digest.mid(4).toLatin1()).toHex() : QByteArray();
            const qint64 length = !context.newEdits && md5.size() == 32 && context.contentLength ? context.contentLength(md5) : -1;
            if (length < 0)
                return missingStub(context.docId, name);
            QJsonObject stub = given;
            stub.insert(QStringLiteral("length"), length);
            if (stub.value(QLatin1String("revpos")).toInt() < 1)
                stub.insert(QStringLiteral("revpos"), context.revpos);
            resolved.stubs.insert(name, stub);
            resolved.refs.append({ name, md5 });
            continue;
        }
        QByteArray data;
        if (given.value(QLatin1String("follows")).toBool()) {
            const auto part = std::find_if(following.cbegin(), following.cend(), [&](const auto &p) { return p.first == name; });
            if (part == following.cend())
                return bad(QStringLiteral("Attachment %1 follows, but its bytes did not come").arg(name));
            data = part->second;
            const QJsonValue length = given.value(QLatin1String("length"));
            if (length.isDouble() && given.value(QLatin1String("encoding")).toString().isEmpty() && qint64(length.toDouble()) != data.size())
                return bad(QStringLiteral("Attachment %1: its length does not match its bytes").arg(name));
        } else {
            const QJsonValue dataValue = given.value(QLatin1String("data"));
            if (!dataValue.isString())
                return bad(QStringLiteral("Attachment %1 has neither data nor a stub").arg(name));
            const QByteArray base64 = dataValue.toString().toLatin1();
            if (context.maxBytes > 0 && base64.size() / 4 * 3 > context.maxBytes + 2)
                return tooLarge(name, context.maxBytes);
            auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return bad(QStringLiteral("Invalid attachment data for %1").arg(name));
            data = std::move(decoded.decoded);
        }
        const QString encoding = given.value(QLatin1String("encoding")).toString();
        if (encoding == QLatin1String("gzip")) {
            QByteArray plain;
            bool overLimit = false;
            if (!gunzip(data, context.maxBytes, plain, overLimit))
                return overLimit ? tooLarge(name, context.maxBytes)
                                 : bad(QStringLiteral("Attachment %1 is not valid gzip").arg(name));
            data = std::move(plain);
        } else if (!encoding.isEmpty() && encoding != QLatin1String("identity")) {
            return bad(QStringLiteral("Attachment %1 has an unknown encoding").arg(name));
        }
        if (context.maxBytes > 0 && data.size() > context.maxBytes)
            return tooLarge(name, context.maxBytes);
        const QString ours = digestOf(data);
        const QString digest = given.value(QLatin1String("digest")).toString();
        // A client's own write is checked; a replicated one keeps the digest its peer made
        // (CouchDB's digest of a compressible type is of its gzip form, which we do not make).
        if (context.newEdits && !digest.isEmpty() && digest != ours)
            return bad(QStringLiteral("Attachment %1: its digest does not match its data").arg(name));
        const int givenRevpos = given.value(QLatin1String("revpos")).toInt();
        QJsonObject stub {
            { QStringLiteral("content_type"), given.value(QLatin1String("content_type")).toString(QStringLiteral("application/octet-stream")) },
            { QStringLiteral("revpos"), !context.newEdits && givenRevpos >= 1 ? givenRevpos : context.revpos },
            { QStringLiteral("digest"), context.newEdits || digest.isEmpty() ? ours : digest },
            { QStringLiteral("length"), qint64(data.size()) },
            { QStringLiteral("stub"), true },
        };
        const QByteArray md5 = QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
        resolved.stubs.insert(name, stub);
        resolved.refs.append({ name, md5 });
        resolved.contents.append({ md5, std::move(data) });
    }
    return resolved;
}
