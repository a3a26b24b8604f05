#pragma once

#include "documentdatabase.h"
#include "result.h"

// The Ed25519 key pair an organisation signs its cards and posters with. The secret key stays
// in the server's data folder (keys/org-<slug>.ed25519, readable by its owner only); the
// public key travels to every device in the directory as `orgkey:<slug>`, so any device can
// verify a card offline.
namespace OrganisationKeys {
[[nodiscard]] QString keyFile(const QString &dataFolder, const QString &org);
// The secret key, made (with its public key published in the directory) on first use.
[[nodiscard]] Result<QByteArray> secretKey(const QString &dataFolder, DocumentDatabase &directory, const QString &org);
// The organisation's public key from the directory (NotFound for an unknown organisation).
[[nodiscard]] Result<QByteArray> publicKey(DocumentDatabase &directory, const QString &org);
}
