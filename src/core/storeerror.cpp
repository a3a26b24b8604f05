#include "storeerror.h"

QString StoreError::couchName() const
{
    switch (code) {
    case Code::None: return {};
    case Code::NotFound:
    case Code::MissingFolder: return QStringLiteral("not_found");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::BadRequest:
    case Code::InvalidJson:
    case Code::InvalidUtf8:
    case Code::InvalidRevision: return QStringLiteral("bad_request");
    case Code::UnknownType:
    case Code::ValidationFailed: return QStringLiteral("forbidden");
    case Code::Unauthorized: return QStringLiteral("unauthorized");
    case Code::Forbidden: return QStringLiteral("forbidden");
    case Code::ReadOnly: return QStringLiteral("read_only");
    case Code::DiskFull: return QStringLiteral("disk_full");
    case Code::Busy: return QStringLiteral("busy");
    case Code::MissingStub: return QStringLiteral("missing_stub");
    case Code::AttachmentTooLarge: return QStringLiteral("attachment_too_large");
    case Code::Corrupt:
    case Code::IoError:
    case Code::Internal: return QStringLiteral("internal_server_error");
    }
    return QStringLiteral("unknown_error");
}

int StoreError::httpStatus() const
{
    switch (code) {
    case Code::None: return 200;
    case Code::NotFound:
    case Code::MissingFolder: return 404;
    case Code::Conflict: return 409;
    case Code::BadRequest:
    case Code::InvalidJson:
    case Code::InvalidUtf8:
    case Code::InvalidRevision: return 400;
    case Code::Unauthorized: return 401;
    case Code::Forbidden:
    case Code::UnknownType:
    case Code::ValidationFailed: return 403;
    case Code::Busy: return 503;
    case Code::MissingStub: return 412;
    case Code::AttachmentTooLarge: return 413;
    case Code::ReadOnly:
    case Code::DiskFull:
    case Code::Corrupt:
    case Code::IoError:
    case Code::Internal: return 500;
    }
    return 500;
}

QString StoreError::codeName() const
{
    switch (code) {
    case Code::None: return QStringLiteral("ok");
    case Code::NotFound: return QStringLiteral("not_found");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::BadRequest: return QStringLiteral("bad_request");
    case Code::InvalidJson: return QStringLiteral("invalid_json");
    case Code::InvalidUtf8: return QStringLiteral("invalid_utf8");
    case Code::InvalidRevision: return QStringLiteral("invalid_revision");
    case Code::UnknownType: return QStringLiteral("unknown_type");
    case Code::ValidationFailed: return QStringLiteral("validation_failed");
    case Code::Unauthorized: return QStringLiteral("unauthorized");
    case Code::Forbidden: return QStringLiteral("forbidden");
    case Code::ReadOnly: return QStringLiteral("read_only");
    case Code::DiskFull: return QStringLiteral("disk_full");
    case Code::MissingFolder: return QStringLiteral("missing_folder");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Busy: return QStringLiteral("busy");
    case Code::IoError: return QStringLiteral("io_error");
    case Code::MissingStub: return QStringLiteral("missing_stub");
    case Code::AttachmentTooLarge: return QStringLiteral("attachment_too_large");
    case Code::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}
