#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "mangoselector.h"

#include <QSet>

#include <optional>

class DocumentDatabase;

// The options of a _changes request, read and checked as CouchDB checks them: feed, since
// (a sequence or "now"), limit, descending, style, include_docs, conflicts, heartbeat,
// timeout and the built-in filters _doc_ids, _selector and _design. A JavaScript filter
// (_view, ddoc/name) is refused with 501: this server runs no JavaScript
// (docs/SYNC-PROTOCOL.md). error() holds CouchDB's answer to a value that makes no sense.
struct ChangesQuery
{
    enum class Feed { Normal, Longpoll, Continuous, EventSource };
    enum class Filter { None, DocIds, Selector, Design };

    Feed feed = Feed::Normal;
    qint64 since = 0;
    qint64 limit = -1; // -1: none (the server's page limit still applies)
    bool descending = false;
    bool allLeaves = false;
    bool includeDocs = false;
    bool conflicts = false;
    int heartbeatMs = 0;
    qint64 timeoutMs = -1; // -1: the server's default
    Filter filter = Filter::None;
    QSet<QString> docIds;
    MangoSelector selector;
    std::optional<CouchResponse> error;

    [[nodiscard]] static ChangesQuery read(const CouchRequest &request, DocumentDatabase &db);
    // Whether this change passes the filter; doc is the winner (or its tombstone).
    [[nodiscard]] bool needsDocument() const { return filter == Filter::Selector; }
    [[nodiscard]] bool passes(const QString &id, const QJsonObject &doc) const;
};
