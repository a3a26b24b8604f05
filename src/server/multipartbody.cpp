#include "multipartbody.h"

namespace {
StoreError bad(const QString &reason)
{
    return StoreError::make(StoreError::Code::BadRequest, reason);
}

// The value of name=value (quoted or not) among the ;-separated parameters of a header.
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    for (const QByteArray &piece : header.split(';')) {
        const QByteArray trimmed = piece.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq < 0 || trimmed.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = trimmed.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

// Where a delimiter line begins at or after from: "--boundary" followed by "--" (the last) or
// by optional spaces and a line end (RFC 2046); "--boundaryX" inside content is no delimiter.
qsizetype findDelimiter(const QByteArray &body, const QByteArray &delimiter, qsizetype from, bool atLineStart)
{
    const QByteArray needle = atLineStart ? "\r\n" + delimiter : delimiter;
    for (qsizetype at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, at + 1)) {
        qsizetype after = at + needle.size();
        if (body.mid(after, 2) == "--")
            return at;
        while (after < body.size() && (body.at(after) == ' ' || body.at(after) == '\t'))
            ++after;
        if (body.mid(after, 2) == "\r\n")
            return at;
    }
    return -1;
}
}

QByteArray MultipartBody::Part::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QByteArray MultipartBody::boundaryOf(const QByteArray &contentType)
{
    return parameter(contentType, "boundary");
}

QByteArray MultipartBody::filenameOf(const QByteArray &disposition)
{
    return parameter(disposition, "filename");
}

Result<MultipartBody> MultipartBody::parse(const QByteArray &body, const QByteArray &boundary, int maxParts)
{
    if (boundary.isEmpty() || boundary.size() > 200)
        return bad(QStringLiteral("multipart body without a usable boundary"));
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = findDelimiter(body, delimiter, 0, false);
    if (at < 0)
        return bad(QStringLiteral("multipart body without its boundary"));
    MultipartBody result;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return result; // the closing delimiter
        while (at < body.size() && (body.at(at) == ' ' || body.at(at) == '\t'))
            ++at;
        if (body.mid(at, 2) != "\r\n")
            return bad(QStringLiteral("multipart boundary not followed by a line end"));
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at - 2);
        if (headersEnd < 0)
            return bad(QStringLiteral("multipart part without the end of its headers"));
        Part part;
        if (headersEnd > at - 2) {
            for (const QByteArray &line : body.mid(at, headersEnd - at).split('\n')) {
                const QByteArray trimmed = line.trimmed();
                const qsizetype colon = trimmed.indexOf(':');
                if (colon > 0)
                    part.headers.append({ trimmed.left(colon).trimmed().toLower(), trimmed.mid(colon + 1).trimmed() });
            }
        }
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = findDelimiter(body, delimiter, contentStart - 2, true);
        if (next < 0)
            return bad(QStringLiteral("multipart part without a closing boundary"));
        part.content = next >= contentStart ? body.mid(contentStart, next - contentStart) : QByteArray();
        if (result.parts.size() >= maxParts)
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("multipart body with more than %1 parts").arg(maxParts));
        result.parts.append(std::move(part));
        at = next + 2;
    }
}
