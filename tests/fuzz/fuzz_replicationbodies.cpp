// Fuzzes how the bodies of _revs_diff, _bulk_get and POST _all_docs are read, without a
// database (fuzz_endpoints drives the endpoints themselves):
// - _revs_diff: RevsDiffBody::read, which DatabaseEndpoints::revsDiff uses, cross-checked
//   against Qt's parse of the same body;
// - _bulk_get and _all_docs: CouchRequest::bodyObject, then the members they take.
// Input: the body.
#include "couchrequest.h"
#include "fuzzcheck.h"
#include "jsontext.h"
#include "revsdiffbody.h"

#include <QHash>
#include <QJsonArray>

#include <cstdint>

namespace {
constexpr int maxDocs = 64;

void revsDiff(const QByteArray &body)
{
    const RevsDiffBody read = RevsDiffBody::read(body, maxDocs);
    if (read.tooLarge)
        return;
    if (body.startsWith("\xEF\xBB\xBF"))
        return; // JsonText passes over a byte order mark; the scan does not (both are safe)
    const Result<QJsonObject> parsed = JsonText::parseObject(body);
    // The scan and the parse agree on what is a JSON object.
    FUZZ_CHECK(read.error.ok() == parsed.ok());
    if (!read.error.ok())
        return;
    // ... and on its members: each id, and the revisions given as strings (last one wins).
    const QJsonObject object = parsed.value();
    FUZZ_CHECK(read.asked.size() == object.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        FUZZ_CHECK(read.asked.contains(it.key()));
        const QStringList revs = read.asked.value(it.key());
        if (!it.value().isArray()) {
            FUZZ_CHECK(revs.isEmpty());
            continue;
        }
        const QJsonArray array = it.value().toArray();
        FUZZ_CHECK(revs.size() == array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            FUZZ_CHECK(revs.at(i) == (array.at(i).isString() ? array.at(i).toString() : QString()));
    }
}

void bulkGetAndAllDocs(const QByteArray &body)
{
    CouchRequest request;
    request.method = "POST";
    request.body = body;
    const Result<QJsonObject> object = request.bodyObject();
    if (!object.ok()) {
        FUZZ_CHECK(!object.error().ok());
        return;
    }
    // _bulk_get
    const QJsonArray asked = object.value().value(QLatin1String("docs")).toArray();
    for (const QJsonValue &item : asked) {
        (void)item.toObject().value(QLatin1String("id")).toString();
        (void)item.toObject().value(QLatin1String("rev")).toString();
    }
    // _all_docs
    const QJsonValue keys = object.value().value(QLatin1String("keys"));
    if (keys.isArray()) {
        for (const QJsonValue &k : keys.toArray())
            (void)k.toString();
    }
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    revsDiff(body);
    bulkGetAndAllDocs(body);
    return 0;
}
