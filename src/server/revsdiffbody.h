#pragma once

#include "storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

// The body of a _revs_diff request, scanned (JsonScan) rather than parsed: each id with the
// revisions asked about (a revision that is not a string is kept as an empty one; a repeated
// id: the last one counts). The reading stops as soon as there are more ids than the limit.
struct RevsDiffBody
{
    QHash<QString, QStringList> asked;
    StoreError error;      // not a JSON object, broken JSON
    bool tooLarge = false; // more ids than the limit

    [[nodiscard]] static RevsDiffBody read(const QByteArray &body, int maxDocs);
};
