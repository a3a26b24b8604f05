#include "organisationkeys.h"

#include "documentvalidator.h"
#include "signedpayload.h"
#include "typedstore.h"

#include <QDate>
#include <QDir>
#include <QFile>

namespace {
using Code = StoreError::Code;

QString docId(const QString &org)
{
    return QStringLiteral("orgkey:") + org;
}
}

QString OrganisationKeys::keyFile(const QString &dataFolder, const QString &org)
{
    return QStringLiteral("%1/keys/org-%2.ed25519").arg(dataFolder, org);
}

Result<QByteArray> OrganisationKeys::publicKey(DocumentDatabase &directory, const QString &org)
{
    Result<QJsonObject> doc = directory.get(docId(org));
    if (!doc.ok())
        return doc.error().code == Code::NotFound
                ? StoreError::make(Code::NotFound, QStringLiteral("organisation %1 has no public key in the directory").arg(org.left(60)))
                : doc.error();
    const QByteArray key = QByteArray::fromBase64(doc.value().value(QLatin1String("publicKey")).toString().toLatin1());
    if (key.size() != SignedPayload::publicKeyBytes)
        return StoreError::make(Code::Corrupt, QStringLiteral("the public key of %1 is damaged").arg(org.left(60)));
    return key;
}

Result<QByteArray> OrganisationKeys::secretKey(const QString &dataFolder, DocumentDatabase &directory, const QString &org)
{
    const QString path = keyFile(dataFolder, org);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return StoreError::make(Code::IoError, QStringLiteral("cannot read %1: %2").arg(path, existing.errorString()));
        const QByteArray key = QByteArray::fromBase64(existing.readAll().trimmed());
        if (key.size() != SignedPayload::secretKeyBytes)
            return StoreError::make(Code::Corrupt, QStringLiteral("%1 is not an Ed25519 secret key").arg(path));
        return key;
    }
    const SignedPayload::KeyPair pair = SignedPayload::generateKeyPair();
    const QJsonObject doc { { QStringLiteral("_id"), docId(org) },
                            { QStringLiteral("type"), QStringLiteral("orgkey") },
                            { QStringLiteral("org"), org },
                            { QStringLiteral("publicKey"), QString::fromLatin1(pair.publicKey.toBase64()) },
                            { QStringLiteral("created"), QDate::currentDate().toString(Qt::ISODate) } };
    // Checked before the key file is written, so a refused document leaves no stray key.
    if (StoreError error = DocumentValidator::validateFor(doc, directory.name()); !error.ok())
        return error;
    if (directory.get(docId(org)).ok())
        return StoreError::make(Code::Conflict, QStringLiteral("organisation %1 already has a public key but its secret key "
                                                               "is not in this data folder").arg(org.left(60)));
    if (!QDir().mkpath(dataFolder + QStringLiteral("/keys")))
        return StoreError::make(Code::IoError, QStringLiteral("cannot create %1/keys").arg(dataFolder));
    QFile file(path);
    // Created owner-only, before a byte is written; never over an existing file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(pair.secretKey.toBase64()) < 0 || !file.flush())
        return StoreError::make(Code::IoError, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    if (Result<QString> saved = TypedStore(directory).save(doc); !saved.ok())
        return saved.error();
    return pair.secretKey;
}
