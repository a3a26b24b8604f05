#include "jsontext.h"

#include "jsonscan.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

bool JsonText::isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Most of a body is ASCII: skip it eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        p += extra + 1;
    }
    return true;
}

Result<QJsonValue> JsonText::parse(const QByteArray &text, int maxDepth)
{
    if (!isValidUtf8(text))
        return StoreError::make(StoreError::Code::InvalidUtf8, QStringLiteral("the text is not valid UTF-8"));
    // QJsonDocument lets through what JSON forbids (control characters and unknown escapes in
    // strings, "1."): the strict scan refuses those first, as CouchDB and PouchDB do.
    // A byte order mark, as some editors write one, is passed over (QJsonDocument does too).
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray bytes = bom ? text.mid(bom) : text;
    JsonScan scan(bytes, maxDepth);
    if (!scan.value() || !scan.atEnd()) {
        const qsizetype offset = bom + scan.offset();
        return StoreError::make(StoreError::Code::InvalidJson,
                                QStringLiteral("invalid JSON at line %1 (byte %2): %3")
                                        .arg(text.left(offset).count('\n') + 1)
                                        .arg(offset)
                                        .arg(QLatin1String(scan.error() ? scan.error() : "more text after the value")));
    }
    QJsonParseError error;
    // An object or array (every HTTP body) parses as it is; wrapping lets a top-level scalar
    // parse too, and the offset is corrected below.
    qsizetype first = 0;
    while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\n' || bytes[first] == '\r' || bytes[first] == '\t'))
        ++first;
    const bool container = first < bytes.size() && (bytes[first] == '{' || bytes[first] == '[');
    const QJsonDocument doc = QJsonDocument::fromJson(container ? bytes : "[" + bytes + "\n]", &error);
    if (container && error.error == QJsonParseError::NoError)
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        const int offset = qMax(0, error.offset - (container ? 0 : 1));
        const int line = int(bytes.left(offset).count('\n')) + 1;
        return StoreError::make(StoreError::Code::InvalidJson,
                                QStringLiteral("invalid JSON at line %1 (byte %2): %3")
                                        .arg(line)
                                        .arg(offset)
                                        .arg(error.error == QJsonParseError::NoError
                                                     ? QStringLiteral("expected exactly one value")
                                                     : error.errorString()));
    }
    return doc.array().first();
}

Result<QJsonObject> JsonText::parseObject(const QByteArray &bytes)
{
    Result<QJsonValue> value = parse(bytes);
    if (!value.ok())
        return value.error();
    if (!value.value().isObject())
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("expected a JSON object"));
    return value.value().toObject();
}
