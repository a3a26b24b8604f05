#pragma once

#include "documentparts.h"
#include "documenttypes.h"
#include "storeerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The body of a _bulk_docs request, read: new_edits and each document. A document is kept as
// its text and, ready for the store, either split into DocumentParts with its indexes
// derived, or parsed into an object when the access rules must look into it. Pure work on the
// request's bytes, which the server does on its worker thread while its main thread writes
// the batch before (SyncServer, on a WorkerThread).
struct BulkDocsBody
{
    struct Doc
    {
        QByteArray text;           // shares the request body's bytes
        QJsonObject object;        // when read for checks
        std::optional<Result<DocumentParts>> parts; // when read for the store as it is, or a refusal

        // A JSON object (else it is answered as a bad request).
        [[nodiscard]] bool isObject() const { return text.startsWith('{'); }
    };

    QByteArray source;    // the request body, which the documents' texts point into
    StoreError error;     // not a _bulk_docs body: no JSON object, broken JSON
    bool tooLarge = false; // more documents than the limit (the reading stopped there)
    bool sawDocs = false;  // a "docs" list was there
    bool newEdits = true;
    bool forChecks = false; // documents parsed into objects rather than split
    QList<Doc> docs;

    [[nodiscard]] static BulkDocsBody read(const QByteArray &body, int maxDocs, bool forChecks, const Indexer &indexer);
};
