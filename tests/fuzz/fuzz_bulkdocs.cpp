// Fuzzes the reading of a _bulk_docs body (BulkDocsBody::read) both ways the server reads it:
// split for the store (forChecks false, with the domain indexer) and parsed into objects for
// the access rules (forChecks true). Input: the body.
#include "bulkdocsbody.h"
#include "domainindexer.h"
#include "fuzzcheck.h"
#include "jsontext.h"

#include <QJsonDocument>

#include <cstdint>

namespace {
constexpr int maxDocs = 64; // small, so the too-large path is reached

bool within(const QByteArray &outer, const QByteArray &inner)
{
    return inner.constData() >= outer.constData() && inner.constData() + inner.size() <= outer.constData() + outer.size();
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Indexer indexer = DomainIndexer::indexer();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const BulkDocsBody split = BulkDocsBody::read(body, maxDocs, false, indexer);
    const BulkDocsBody checked = BulkDocsBody::read(body, maxDocs, true, indexer);

    // Both readings agree on the envelope: the same verdict, the same documents.
    FUZZ_CHECK(split.error.ok() == checked.error.ok());
    FUZZ_CHECK(split.tooLarge == checked.tooLarge);
    FUZZ_CHECK(split.sawDocs == checked.sawDocs);
    FUZZ_CHECK(split.docs.size() == checked.docs.size());
    FUZZ_CHECK(split.docs.size() <= maxDocs);
    if (split.tooLarge || !split.error.ok())
        return 0;
    FUZZ_CHECK(split.newEdits == checked.newEdits);
    // A body the scan took is JSON that Qt's parser takes too.
    const Result<QJsonObject> whole = JsonText::parseObject(body);
    FUZZ_CHECK(whole.ok());
    for (qsizetype i = 0; i < split.docs.size(); ++i) {
        const BulkDocsBody::Doc &a = split.docs.at(i);
        const BulkDocsBody::Doc &b = checked.docs.at(i);
        FUZZ_CHECK(a.text == b.text);
        FUZZ_CHECK(within(split.source, a.text));
        if (!a.isObject()) {
            FUZZ_CHECK(!a.parts && !b.parts);
            continue;
        }
        FUZZ_CHECK(a.parts.has_value());
        // The document as JSON, as Qt reads it; what the split kept must be that.
        const Result<QJsonObject> object = JsonText::parseObject(a.text);
        if (b.parts) {
            FUZZ_CHECK(!b.parts->ok()); // checks record only refusals
            continue;
        }
        FUZZ_CHECK(object.ok());
        FUZZ_CHECK(b.object == object.value());
        if (!a.parts->ok())
            continue;
        const DocumentParts &parts = a.parts->value();
        (void)parts.bodyText();
        const Result<DocumentParts> fromObject = DocumentParts::fromJson(object.value());
        FUZZ_CHECK(fromObject.ok());
        FUZZ_CHECK(parts.id == fromObject.value().id);
        FUZZ_CHECK(parts.deleted == fromObject.value().deleted);
        FUZZ_CHECK(parts.bodyObject() == fromObject.value().bodyObject());
    }
    return 0;
}
