#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"

class DocumentDatabase;

// A database's upkeep as CouchDB offers it, for server admins only (CouchDB: db admins):
// _compact (a VACUUM of the file, answered 202 as CouchDB does), _compact/{ddoc} and
// _view_cleanup (nothing to do: this server keeps no view indexes), _purge (removes a whole
// document with its history when every leaf revision is named: what erase-person needs; a
// purge of some leaves only is not done and answered with an empty list for that id),
// _purged_infos_limit. Anything else under /db/_… is answered 404 by the caller.
namespace MaintenanceEndpoints {
// Whether the endpoint name is one of these.
[[nodiscard]] bool handles(const QString &what);
[[nodiscard]] CouchResponse handle(const CouchRequest &request, const Principal &who, DocumentDatabase &db);
}
