#pragma once

#include <QMetaType>
#include <QString>

// Why a store operation failed. Every failure carries a code the caller can act on and a
// technical reason in English (never personal data); user-facing text is chosen from the code
// by the UI layer so it can be translated.
struct StoreError
{
    enum class Code {
        None,
        NotFound,         // no such document / revision / database
        Conflict,         // stale or missing _rev on update
        BadRequest,       // structurally wrong request (bad id, bad special field, ...)
        InvalidJson,      // not parseable as JSON, or not a JSON object
        InvalidUtf8,      // bytes are not valid UTF-8
        InvalidRevision,  // a _rev that does not parse as N-hash
        UnknownType,      // typed layer: a doc type it does not know
        ValidationFailed, // typed layer: a known type with wrong fields
        Unauthorized,     // who is calling is not known (no or wrong credentials)
        Forbidden,        // the caller may not do this
        ReadOnly,         // the store or its disk refuses writes
        DiskFull,         // no space left (or the store's page quota is reached)
        MissingFolder,    // the data folder does not exist
        Corrupt,          // the file is not a database or is damaged
        Busy,             // another process holds the write lock too long
        IoError,          // any other I/O failure
        MissingStub,      // an attachment stub names no attachment of the revision it extends
        AttachmentTooLarge, // an attachment beyond the store's limit
        Internal,
    };

    Code code = Code::None;
    QString reason;

    [[nodiscard]] bool ok() const { return code == Code::None; }
    static StoreError none() { return {}; }
    static StoreError make(Code code, QString reason) { return { code, std::move(reason) }; }

    // The CouchDB error name ("not_found", "conflict", ...) used on the wire and in --json output.
    [[nodiscard]] QString couchName() const;
    // The HTTP status CouchDB uses for this kind of error.
    [[nodiscard]] int httpStatus() const;
    // The symbolic code name ("disk_full", ...) for logs and CLI output.
    [[nodiscard]] QString codeName() const;
};
Q_DECLARE_METATYPE(StoreError)
