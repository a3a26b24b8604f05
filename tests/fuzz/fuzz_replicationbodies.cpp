// Fuzzes how the bodies of _revs_diff, _bulk_get and POST _all_docs are read, without a
// database (fuzz_endpoints drives the endpoints themselves):
// - _revs_diff: JsonScan::readObject over {id: [revs]}, as DatabaseEndpoints::revsDiff scans
//   it, cross-checked against Qt's parse of the same body;
// - _bulk_get and _all_docs: CouchRequest::bodyObject, then the members they take.
// Input: the body.
#include "couchrequest.h"
#include "fuzzcheck.h"
#include "jsonscan.h"
#include "jsontext.h"

#include <QHash>
#include <QJsonArray>

#include <cstdint>

namespace {
constexpr int maxDocs = 64;

// replicationendpoints.cpp's stringToken.
QString stringToken(QByteArrayView token)
{
    return JsonScan::decode(token.sliced(1, token.size() - 2), token.contains('\\'));
}

void revsDiff(const QByteArray &body)
{
    QHash<QString, QStringList> asked;
    JsonScan scan(body);
    qsizetype count = 0;
    const StoreError read = scan.readObject([&](QByteArrayView key, bool escaped, qsizetype) {
        QStringList revs;
        const bool ok = scan.peek() != '[' ? scan.value() : scan.elements([&]() {
            QByteArrayView rev;
            if (!scan.value(&rev))
                return false;
            revs.append(rev.startsWith('"') ? stringToken(rev) : QString());
            return true;
        });
        const QString id = JsonScan::decode(key, escaped);
        asked.insert(id, revs);
        return ok && ++count <= maxDocs;
    });
    if (count > maxDocs)
        return;
    if (body.startsWith("\xEF\xBB\xBF"))
        return; // JsonText passes over a byte order mark; the scan does not (both are safe)
    const Result<QJsonObject> parsed = JsonText::parseObject(body);
    // The scan and the parse agree on what is a JSON object.
    FUZZ_CHECK(read.ok() == parsed.ok());
    if (!read.ok())
        return;
    // ... and on its members: each id, and the revisions given as strings (last one wins).
    const QJsonObject object = parsed.value();
    FUZZ_CHECK(asked.size() == object.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
        FUZZ_CHECK(asked.contains(it.key()));
        const QStringList &revs = asked[it.key()];
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
