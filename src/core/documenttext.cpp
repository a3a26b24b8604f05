#include "documenttext.h"

QByteArray DocumentText::quoted(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
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
    return out;
}

QByteArray DocumentText::stringArray(const QStringList &texts)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(texts.at(i));
    }
    return out + ']';
}

QByteArray DocumentText::document(const QString &id, const QString &rev, bool deleted,
                                  const QList<Revision> *ancestry, const QByteArray &storedBody)
{
    QByteArray out;
    out.reserve(storedBody.size() + id.size() + 64 + (ancestry ? ancestry->size() * 36 : 0));
    out += "{\"_id\":";
    out += quoted(id);
    out += ",\"_rev\":";
    out += quoted(rev);
    if (deleted)
        out += ",\"_deleted\":true";
    if (ancestry) {
        out += ",\"_revisions\":{\"start\":";
        out += QByteArray::number(ancestry->isEmpty() ? 0 : ancestry->first().pos);
        out += ",\"ids\":[";
        for (qsizetype i = 0; i < ancestry->size(); ++i) {
            if (i > 0)
                out += ',';
            out += quoted(ancestry->at(i).hash);
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
