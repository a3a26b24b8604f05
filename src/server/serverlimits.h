#pragma once

#include <QtGlobal>

// Limits that keep one client from exhausting the server's memory or time; each breach is
// answered with a CouchDB-style error naming the limit, or the connection is closed.
// docs/SECURITY.md lists them with their flags.
struct ServerLimits
{
    // Bodies and documents
    qint64 maxRequestBytes = 32 * 1024 * 1024;     // 413 too_large; checked before a byte of the body is read
    qint64 maxUnauthenticatedBytes = 64 * 1024;    // bodies of /_enrol and /_session, the calls without credentials
    qint64 maxBufferedBodyBytes = 128 * 1024 * 1024; // bodies being received, all connections together: 503
    int maxDocsPerRequest = 10000;                 // 413 for _bulk_docs, _bulk_get, _revs_diff, _all_docs keys
    int maxChangesLimit = 10000;                   // a larger ?limit is clamped
    int maxChangesWithDocs = 1000;                 // the same, for _changes?include_docs=true
    int maxFindExamined = 20000;                   // documents one _find reads (FindEndpoint)
    // One document's JSON: Buurtbrug's typed documents (directory, cards, org-*) are a few KB;
    // 64 KiB leaves room for a long description in every language. Other databases get
    // CouchDB's default max_document_size, 8 MiB. 413 document_too_large.
    qint64 maxTypedDocumentBytes = 64 * 1024;
    qint64 maxDocumentBytes = 8 * 1024 * 1024;
    // One attachment's bytes (not counted in the document's size, as CouchDB counts them):
    // a photo of a few MB fits; 16 MiB inline as base64 still fits one request. 413
    // attachment_too_large. CouchDB's own default is 1 GiB; a server facing the internet
    // keeps a request's bytes in memory, so ours is smaller.
    qint64 maxAttachmentBytes = 16 * 1024 * 1024;
    // HTTP framing
    int maxHeaderBytes = 64 * 1024;                // request line and fields together: 431
    int maxHeaderFields = 100;                     // 431
    // Time
    int longpollTimeoutMs = 60000;                 // CouchDB's default
    int headerTimeoutMs = 20000;                   // from a request's first byte to its last header line: 408
    int idleTimeoutMs = 60000;                     // a kept-alive connection with no request
    int bodyTimeoutMs = 300000;                    // from the header to the body's last byte
    int writeStallMs = 60000;                      // an answer the client does not read: closed
    // Connections
    int maxConnections = 4096;                     // also kept below the process's file limit
    int maxConnectionsPerAddress = 512;            // behind a proxy every client has the proxy's address
    qint64 maxPendingOutputBytes = 128 * 1024;     // answers wait past this until the client reads
    qint64 readBufferBytes = 64 * 1024;            // unread bytes held per connection while it is answered
    // Rates
    double requestsPerSecond = 100;                // per device, sustained; 429 too_many_requests
    double requestBurst = 400;                     // per device, at once
    int failedLoginsPerMinute = 10;                // per client address; beyond: 429 until the minute is over
    int failedLoginDelayMs = 500;                  // every refused credential is answered this late
};
