#include "revsdiffbody.h"

#include "jsonscan.h"

RevsDiffBody RevsDiffBody::read(const QByteArray &body, int maxDocs)
{
    RevsDiffBody result;
    JsonScan scan(body);
    qsizetype count = 0;
    result.error = scan.readObject([&](QByteArrayView key, bool escaped, qsizetype) {
        QStringList revs;
        const bool ok = scan.peek() != '[' ? scan.value() : scan.elements([&]() {
            QByteArrayView rev;
            if (!scan.value(&rev))
                return false;
            revs.append(rev.startsWith('"') ? JsonScan::decode(rev.sliced(1, rev.size() - 2), rev.contains('\\')) : QString());
            return true;
        });
        result.asked.insert(JsonScan::decode(key, escaped), revs);
        return ok && ++count <= maxDocs;
    });
    result.tooLarge = count > maxDocs;
    return result;
}
