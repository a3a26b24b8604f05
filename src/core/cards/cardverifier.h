#pragma once

#include "documentdatabase.h"

#include <QDate>
#include <QStringList>

// What a card says (docs/DATA-MODEL.md, "card"): no name, no diagnosis.
struct CardFacts
{
    QString code;
    QString org;
    QStringList initiatives; // initiative ids
    QDate validFrom;
    QDate validUntil;
    QString language;
};

// Issues and checks the signed QR payload of a Kijk op de Wijk card, offline: the signature
// against the organisation's public key from the directory, the code's check character and
// the validity dates. Every refusal says why, for a host at the door and for scripts.
namespace CardVerifier {

enum class Problem {
    None,
    NotOurs,             // a QR code of another app
    Malformed,           // ours, but damaged or cut off
    NotACard,            // a poster or another kind of Buurtbrug code
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

// The QR payload of a card, signed with the organisation's secret key.
[[nodiscard]] QString payload(const CardFacts &card, const QByteArray &secretKey);
[[nodiscard]] Check verify(const QString &payload, DocumentDatabase &directory, const QDate &today);
[[nodiscard]] QString problemName(Problem problem); // "expired", "bad_signature", ...
}
