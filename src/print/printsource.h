#pragma once

#include "databasefolder.h"
#include "printables.h"
#include "result.h"

// Reads what a printout shows from a data folder: a card from `cards`, its places from
// `directory` in the card's language (falling back as the directory does: the language, then
// Dutch, then English), and the QR payload signed again with the organisation's secret key.
// Ed25519 signatures are deterministic, so a reprint carries the very payload given at issue.
namespace PrintSource {

// `code` as a person types it (case, spaces and dashes do not matter). NotFound names the
// code when no such card is stored, or an initiative of the card that left the directory.
[[nodiscard]] Result<PrintableCard> card(DatabaseFolder &folder, const QString &code);

// The same card from what a device holds, without the key: the signed payload kept with the
// card at issue (or at its last extension). NotFound when the card, or its organisation's
// public key, is not on the device (yet);
// BadRequest when it carries no payload (issued before payloads were kept) or its payload does
// not match the card (extended elsewhere and not synced yet).
[[nodiscard]] Result<PrintableCard> cardOnDevice(DocumentDatabase &cards, DocumentDatabase &directory, const QString &code);

// A poster from what a device holds: the payload the server signed (checked here against the
// published key and the initiative) and the place from the device's directory.
[[nodiscard]] Result<PrintablePoster> posterOnDevice(DocumentDatabase &directory, const QString &initiative,
                                                     const QString &payload, const QString &language);

// The poster of an initiative (id or slug) for an organisation of this folder; the
// organisation's key pair is made on first use, as `card issue` does. Needs a writable folder.
[[nodiscard]] Result<PrintablePoster> poster(DatabaseFolder &folder, const QString &org, const QString &initiative,
                                             const QString &language);
}
