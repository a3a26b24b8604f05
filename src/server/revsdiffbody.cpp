#include "revsdiffbody.h"

#include "couchrequest.h"
#include "jsonscan.h"

RevsDiffBody RevsDiffBody::read(const QByteArray &body, int maxDocs)
{
    RevsDiffBody result;
    JsonScan scan(body);
    qsizetype count = 0;
    QString notAList; // the first id whose value is not a list of strings
    result.error = scan.readObject([&](QByteArrayView key, bool escaped, qsizetype) {
        QStringList revs;
        bool strings = scan.peek() == '[';
        const bool ok = !strings ? scan.value() : scan.elements([&]() {
            QByteArrayView rev;
            if (!scan.value(&rev))
                return false;
            strings = strings && rev.startsWith('"');
            if (strings)
                revs.append(JsonScan::decode(rev.sliced(1, rev.size() - 2), rev.contains('\\')));
            return true;
        });
        const QString id = JsonScan::decode(key, escaped);
        if (!strings && notAList.isNull())
            notAList = id;
        result.asked.insert(id, revs);
        return ok && ++count <= maxDocs;
    });
    result.tooLarge = count > maxDocs;
    if (!result.error.ok())
        result.error = CouchRequest::couchBodyError(body);
    else if (!notAList.isNull())
        result.error = StoreError::make(StoreError::Code::BadRequest,
                                        QStringLiteral("The revisions of \"%1\" must be a list of strings.").arg(notAList));
    return result;
}
