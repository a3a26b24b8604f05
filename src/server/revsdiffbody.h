#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

// The body of a _revs_diff request, scanned (JsonScan) rather than parsed: each id with the
// revisions asked about (a repeated id: the last one counts). An id whose value is not a list
// of strings is a bad_request (CouchDB crashes on it with a 500). The reading stops as soon as
// there are more ids than the limit.
struct RevsDiffBody
{
    QHash<QString, QStringList> asked;
    StoreError error;      // not a JSON object, broken JSON, revisions not a list of strings
    bool tooLarge = false; // more ids than the limit

    [[nodiscard]] static RevsDiffBody read(const QByteArray &body, int maxDocs);
};
