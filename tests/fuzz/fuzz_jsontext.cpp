// Fuzzes JsonText::parse (the strict reading of every JSON text from outside) at both depths
// it is used with, and JsonScan on its own. Whatever it takes, Qt writes out again as text it
// takes again, to the same value. Input: the text.
#include "fuzzcheck.h"
#include "jsonscan.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {
QByteArray write(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool hasLoneSurrogate(const QJsonValue &value)
{
    if (value.isString())
        return !fuzz::isCleanUnicode(value.toString());
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (hasLoneSurrogate(v))
                return true;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!fuzz::isCleanUnicode(it.key()) || hasLoneSurrogate(it.value()))
                return true;
    }
    return false;
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QJsonValue> document = JsonText::parse(text);
    const Result<QJsonValue> envelope = JsonText::parse(text, JsonScan::envelopeDepth);
    // What a document may be, an envelope may be.
    if (document.ok())
        FUZZ_CHECK(envelope.ok() && envelope.value() == document.value());
    (void)JsonText::parseObject(text);

    JsonScan scan(text);
    QByteArrayView span;
    if (scan.value(&span) && scan.atEnd() && JsonText::isValidUtf8(text) && !text.startsWith("\xEF\xBB\xBF"))
        FUZZ_CHECK(document.ok()); // the scan is the stricter reader

    if (!envelope.ok() || hasLoneSurrogate(envelope.value()))
        return 0;
    const QByteArray again = write(envelope.value());
    const Result<QJsonValue> reread = JsonText::parse(again, JsonScan::envelopeDepth);
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread.value() == envelope.value());
    return 0;
}
