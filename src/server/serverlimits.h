#pragma once

#include <QtGlobal>

// Limits that keep one client from exhausting the server; each breach is answered with a
// CouchDB-style error naming the limit.
struct ServerLimits
{
    qint64 maxRequestBytes = 32 * 1024 * 1024; // 413 request_entity_too_large
    int maxDocsPerRequest = 10000;             // 413 for _bulk_docs, _bulk_get, _revs_diff
    int maxChangesLimit = 10000;               // a larger ?limit is clamped
    int longpollTimeoutMs = 60000;             // CouchDB's default
    double requestsPerSecond = 100;            // per device, sustained; 429 too_many_requests
    double requestBurst = 400;                 // per device, at once
};
