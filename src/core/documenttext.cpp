#include "documenttext.h"

namespace {
void appendEscapedUtf8(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c; // UTF-8 passes as it is, as JSON allows
        }
    }
    out += '"';
}
}

void DocumentText::appendQuoted(QByteArray &out, QStringView text)
{
    // Ids and revisions are mostly plain ASCII: written in place with one resize. Anything
    // else is encoded to UTF-8 first and escaped byte by byte.
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\') {
            out.truncate(start);
            appendEscapedUtf8(out, text);
            return;
        }
        *p++ = char(u);
    }
    *p = '"';
}

QByteArray DocumentText::quoted(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

QByteArray DocumentText::stringArray(const QStringList &texts)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ',';
        appendQuoted(out, texts.at(i));
    }
    out += ']';
    return out;
}

QByteArray DocumentText::document(const QString &id, const QString &rev, bool deleted,
                                  const QList<Revision> *ancestry, const QByteArray &storedBody)
{
    QByteArray out;
    out.reserve(storedBody.size() + id.size() + 64 + (ancestry ? ancestry->size() * 36 : 0));
    out += "{\"_id\":";
    appendQuoted(out, id);
    out += ",\"_rev\":";
    appendQuoted(out, rev);
    if (deleted)
        out += ",\"_deleted\":true";
    if (ancestry) {
        out += ",\"_revisions\":{\"start\":";
        out += QByteArray::number(ancestry->isEmpty() ? 0 : ancestry->first().pos);
        out += ",\"ids\":[";
        for (qsizetype i = 0; i < ancestry->size(); ++i) {
            if (i > 0)
                out += ',';
            appendQuoted(out, ancestry->at(i).hash);
        }
        out += "]}";
    }
    // The stored body is "{}" or "{members}": its members follow ours.
    if (storedBody.size() > 2 && storedBody.front() == '{') {
        out += ',';
        out.append(storedBody.constData() + 1, storedBody.size() - 1);
    } else {
        out += '}';
    }
    return out;
}
