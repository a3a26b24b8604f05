#include "signedpayload.h"

#include <QJsonDocument>

#include <sodium.h>

namespace {
const QString prefix = QStringLiteral("BUURTBRUG:");
constexpr int version = 1;
constexpr qsizetype maxPayloadLength = 4096; // more than a QR code holds

void initialiseSodium()
{
    // Idempotent and thread-safe; a failure means no secure random source, nothing can work.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The part that is signed: "BUURTBRUG:KIND:1:<body>".
struct Parts
{
    QByteArray message;
    QByteArray signature;
    QString kind;
    QByteArray body;
};

std::optional<Parts> split(const QString &payload, SignedPayload::Problem *problem)
{
    const QString trimmed = payload.trimmed();
    if (!trimmed.startsWith(prefix)) {
        *problem = SignedPayload::Problem::NotOurs;
        return std::nullopt;
    }
    *problem = SignedPayload::Problem::Malformed;
    if (trimmed.size() > maxPayloadLength)
        return std::nullopt;
    const QByteArray text = trimmed.toLatin1();
    const qsizetype dot = text.lastIndexOf('.');
    if (dot < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.left(dot).split(':');
    if (fields.size() != 4 || fields.at(2) != QByteArray::number(version))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.mid(dot + 1),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto body = QByteArray::fromBase64Encoding(fields.at(3), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !body || decoded.decoded.size() != crypto_sign_BYTES)
        return std::nullopt;
    *problem = SignedPayload::Problem::None;
    return Parts { text.left(dot), decoded.decoded, QString::fromLatin1(fields.at(1)), body.decoded };
}
}

SignedPayload::KeyPair SignedPayload::generateKeyPair()
{
    initialiseSodium();
    KeyPair pair { QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0') };
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QString SignedPayload::sign(const QString &kind, const QJsonObject &body, const QByteArray &secretKey)
{
    initialiseSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    const QByteArray message = (prefix + kind + u':' + QString::number(version) + u':').toLatin1()
            + base64url(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QString::fromLatin1(message + '.' + base64url(signature));
}

SignedPayload::Opened SignedPayload::open(const QString &payload)
{
    Opened opened;
    const std::optional<Parts> parts = split(payload, &opened.problem);
    if (!parts)
        return opened;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(parts->body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        opened.problem = Problem::Malformed;
        return opened;
    }
    opened.kind = parts->kind;
    opened.body = doc.object();
    return opened;
}

bool SignedPayload::verify(const QString &payload, const QByteArray &publicKey)
{
    initialiseSodium();
    Problem problem;
    const std::optional<Parts> parts = split(payload, &problem);
    if (!parts || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(parts->signature.constData()),
                                       reinterpret_cast<const unsigned char *>(parts->message.constData()),
                                       quint64(parts->message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
            == 0;
}
