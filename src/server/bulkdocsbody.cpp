#include "bulkdocsbody.h"

#include "jsonscan.h"

#include <QJsonDocument>

BulkDocsBody BulkDocsBody::read(const QByteArray &body, int maxDocs, bool forChecks, const Indexer &indexer)
{
    BulkDocsBody read;
    read.source = body;
    read.forChecks = forChecks;
    JsonScan scan(body, JsonScan::envelopeDepth);
    read.error = scan.readObject([&](QByteArrayView key, bool, qsizetype) {
        if (key == "new_edits") {
            QByteArrayView value;
            if (!scan.value(&value))
                return false;
            read.newEdits = value != "false";
            return true;
        }
        if (key != "docs" || scan.peek() != '[')
            return scan.value();
        read.sawDocs = true;
        return scan.elements([&]() {
            QByteArrayView doc;
            if (!scan.value(&doc))
                return false;
            read.tooLarge = read.docs.size() >= maxDocs;
            if (read.tooLarge)
                return false;
            // The body outlives every use of the document's text.
            read.docs.append({ QByteArray::fromRawData(doc.data(), doc.size()), {}, {} });
            return true;
        });
    });
    if (read.tooLarge || !read.error.ok())
        return read;
    for (Doc &doc : read.docs) {
        if (!doc.isObject())
            continue;
        if (forChecks) {
            // Checked as JSON by the scan, but within the room the envelope had: a document
            // deeper than any store takes is refused here.
            JsonScan depth(doc.text);
            if (!depth.value())
                doc.parts = StoreError::make(StoreError::Code::InvalidJson, QLatin1String(depth.error()));
            else
                doc.object = QJsonDocument::fromJson(doc.text).object();
            continue;
        }
        doc.parts = DocumentParts::fromText(doc.text);
        DocumentParts *parts = doc.parts->ok() ? &doc.parts->value() : nullptr;
        if (parts && indexer && !parts->deleted && !parts->id.isEmpty() && !parts->id.startsWith(QLatin1String("_local/")))
            parts->indexes = indexer.derive(parts->id, parts->bodyObject());
    }
    return read;
}
