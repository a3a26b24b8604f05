// Fuzzes DocumentParts::fromText, the split of a document kept as text, against
// DocumentParts::fromJson over Qt's parse of the same text: the header promises the same
// checks, so both must take or refuse a document alike and split it alike. Input: a document.
#include "documentparts.h"
#include "fuzzcheck.h"
#include "jsontext.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DocumentParts> fromText = DocumentParts::fromText(text);
    (void)DocumentParts::idOf(text);
    const Result<QJsonObject> object = JsonText::parseObject(text);
    if (!object.ok() || text.startsWith("\xEF\xBB\xBF")) {
        // Not a JSON object (a byte order mark aside, which only the parse passes over).
        if (!object.ok())
            FUZZ_CHECK(!fromText.ok());
        return 0;
    }
    const Result<DocumentParts> fromJson = DocumentParts::fromJson(object.value());
    FUZZ_CHECK(fromText.ok() == fromJson.ok());
    if (!fromText.ok()) {
        FUZZ_CHECK(!fromText.error().ok());
        return 0;
    }
    const DocumentParts &a = fromText.value();
    const DocumentParts &b = fromJson.value();
    FUZZ_CHECK(a.id == b.id);
    FUZZ_CHECK(a.rev.has_value() == b.rev.has_value());
    if (a.rev)
        FUZZ_CHECK(*a.rev == *b.rev);
    FUZZ_CHECK(a.history == b.history);
    FUZZ_CHECK(a.deleted == b.deleted);
    FUZZ_CHECK(a.bodyObject() == b.bodyObject());
    // The text kept is compact JSON of an object, which the strict parser takes.
    const QByteArray kept = a.bodyText();
    FUZZ_CHECK(JsonText::parseObject(kept).ok());
    return 0;
}
