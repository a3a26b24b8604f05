#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// What a card's or a poster's QR code carries: a kind, a small JSON body and an Ed25519
// signature (libsodium) over both, made with the issuing organisation's secret key:
//
//   BUURTBRUG:<KIND>:1:<base64url(JSON)>.<base64url(signature)>
//
// The signed message is everything before the dot, so a card's signature can never pass as a
// poster's. Verifying needs only the organisation's public key (kept in the directory), so any
// device checks a card offline.
namespace SignedPayload {

inline constexpr int publicKeyBytes = 32;
inline constexpr int secretKeyBytes = 64;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};
[[nodiscard]] KeyPair generateKeyPair();

// kind: "CARD" or "POSTER".
[[nodiscard]] QString sign(const QString &kind, const QJsonObject &body, const QByteArray &secretKey);

// Why a payload is not accepted, most specific first.
enum class Problem { None, NotOurs, Malformed, WrongKind, BadSignature };

struct Opened
{
    Problem problem = Problem::None;
    QString kind;
    QJsonObject body; // parsed but NOT yet verified when problem is None and the key is unknown
};

// Splits and parses a payload without checking its signature: what kind, which organisation.
[[nodiscard]] Opened open(const QString &payload);
// Whether the signature of an opened payload is the organisation's.
[[nodiscard]] bool verify(const QString &payload, const QByteArray &publicKey);
}
