#pragma once

#include "cardfacts.h"
#include "documentdatabase.h"

// Issues and checks the signed QR payload of a Kijk op de Wijk card, offline: the signature
// against the organisation's public key from the directory, the code's check character and
// the validity dates. Every refusal says why, for a host at the door and for scripts.
namespace CardVerifier {

enum class Problem {
    None,
    NotOurs,             // a QR code of another app
    Malformed,           // ours, but damaged or cut off
    NotACard,            // a poster or another kind of Buurtbrug code
    NotAPoster,          // a card or another kind of Buurtbrug code where a poster was expected
    UnknownOrganisation, // no public key for the issuer in this device's directory
    BadSignature,        // forged or altered
    BadCode,             // the code's check character does not hold
    NotYetValid,
    Expired,
};

struct Check
{
    Problem problem = Problem::None;
    QString reason; // English, for logs and --json; the UI words it from `problem`
    CardFacts card; // filled as far as it could be read
    [[nodiscard]] bool ok() const { return problem == Problem::None; }
};

struct PosterCheck
{
    Problem problem = Problem::None;
    QString reason;
    PosterFacts poster;
    [[nodiscard]] bool ok() const { return problem == Problem::None; }
};

// The QR payload of a card, signed with the organisation's secret key.
[[nodiscard]] QString payload(const CardFacts &card, const QByteArray &secretKey);
[[nodiscard]] Check verify(const QString &payload, DocumentDatabase &directory, const QDate &today);
// A poster's payload never expires: it hangs on the initiative's wall for years. Whether the
// initiative is still in the directory is the stamp's concern, not the signature's.
[[nodiscard]] QString posterPayload(const PosterFacts &poster, const QByteArray &secretKey);
[[nodiscard]] PosterCheck verifyPoster(const QString &payload, DocumentDatabase &directory);
// "CARD", "POSTER", or empty when the text is not a Buurtbrug code: for a scan that may be either.
[[nodiscard]] QString kindOf(const QString &payload);
[[nodiscard]] QString problemName(Problem problem); // "expired", "bad_signature", ...
}
