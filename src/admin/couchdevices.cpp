#include "couchdevices.h"

#include "cardcode.h"
#include "couchdeployment.h"
#include "couchlayout.h"
#include "deviceregistry.h"

#include "qrcode.h"

#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

QString userDoc(const QString &deviceId) { return QStringLiteral("org.couchdb.user:") + deviceId; }

// Which database on the cluster each of the app's local databases replicates with.
QJsonObject databasesFor(const InviteSpec &spec)
{
    QJsonObject map { { "directory", CouchLayout::directory() } };
    const bool holder = spec.roles.contains(QStringLiteral("cardholder"));
    if (!spec.organisation.isEmpty()) {
        const QStringList workers { QStringLiteral("buurtmaatje"), QStringLiteral("verbindingswerker"), QStringLiteral("host"), QStringLiteral("coordinator") };
        const QStringList cardWorkers { QStringLiteral("verbindingswerker"), QStringLiteral("host"), QStringLiteral("coordinator") };
        for (const QString &role : spec.roles) {
            if (workers.contains(role))
                map.insert(CouchLayout::organisation(spec.organisation), CouchLayout::organisation(spec.organisation));
            if (cardWorkers.contains(role))
                map.insert(QStringLiteral("cards"), CouchLayout::organisationCards(spec.organisation));
        }
    }
    if (holder)
        map.insert(QStringLiteral("cards"), CouchLayout::cardDatabase(spec.card));
    return map;
}
}

Result<QJsonObject> CouchDevices::enrol(CouchClient &client, const InviteSpec &spec, const QUrl &jobsBase)
{
    if (spec.roles.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("enrol needs at least one --role"));
    for (const QString &role : spec.roles) {
        if (!DeviceRegistry::knownRoles().contains(role))
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("unknown role \"%1\"; known: %2")
                                                                          .arg(role, DeviceRegistry::knownRoles().join(QStringLiteral(", "))));
    }
    const bool holder = spec.roles.contains(QStringLiteral("cardholder"));
    if (holder && (spec.card.isEmpty() || spec.roles.size() != 1))
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("a card holder is enrolled with --card and no other role"));
    if (!holder && !CouchLayout::isValidSlug(spec.organisation))
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("a worker is enrolled with --org SLUG"));
    if (!spec.hosts.isEmpty() && !spec.roles.contains(QStringLiteral("host")))
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("--hosts is for the host role"));

    CouchDeployment deployment(client, jobsBase);
    QString organisation = spec.organisation;
    QString code;
    if (holder) {
        QString why;
        const std::optional<QString> parsed = CardCode::parse(spec.card, &why);
        if (!parsed)
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("--card: %1").arg(why));
        code = *parsed;
        const Result<QString> org = deployment.organisationOfCard(code);
        if (!org.ok())
            return org.error();
        organisation = org.value();
    } else if (StoreError e = deployment.ensureOrganisation(organisation); !e.ok()) {
        return e;
    }

    const QString deviceId = QStringLiteral("dev-") + QString::fromLatin1(randomBytes(8).toHex());
    const QString password = QString::fromLatin1(randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QJsonObject about { { "person", spec.person }, { "organisation", organisation } };
    if (holder)
        about.insert("card", code);
    if (!spec.hosts.isEmpty())
        about.insert("hosts", QJsonArray::fromStringList(spec.hosts));
    const QStringList roles = CouchLayout::userRoles(spec.roles, holder ? QString() : organisation);
    const QJsonObject user { { "_id", userDoc(deviceId) }, { "name", deviceId }, { "type", "user" },
                             { "roles", QJsonArray::fromStringList(roles) }, { "password", password }, { "buurtbrug", about } };
    const Result<QJsonObject> made = client.expect("PUT", CouchClient::path(QStringLiteral("_users"), userDoc(deviceId)), user);
    if (!made.ok())
        return made.error();
    if (holder) {
        if (StoreError e = deployment.ensureCard(code, organisation, deviceId); !e.ok())
            return e;
    }
    InviteSpec mapped = spec;
    mapped.organisation = holder ? QString() : organisation;
    mapped.card = code;
    QJsonObject answer { { "ok", true },
                         { "device_id", deviceId },
                         { "password", password },
                         { "server", client.describe() },
                         { "roles", QJsonArray::fromStringList(spec.roles) },
                         { "organisation", organisation },
                         { "databases", databasesFor(mapped) } };
    if (holder)
        answer.insert("card", code);
    return answer;
}

CouchJoin CouchDevices::joinPayload(const QJsonObject &enrolled, const InviteSpec &spec, const QUrl &server)
{
    CouchJoin join;
    join.server = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    join.user = enrolled.value("device_id").toString();
    join.password = enrolled.value("password").toString();
    join.roles = spec.roles;
    join.person = spec.person;
    join.organisation = enrolled.value("organisation").toString();
    join.card = enrolled.value("card").toString();
    join.hosts = spec.hosts;
    const QJsonObject databases = enrolled.value("databases").toObject();
    for (auto it = databases.begin(); it != databases.end(); ++it)
        join.databases.insert(it.key(), it.value().toString());
    return join;
}

StoreError CouchDevices::writeQrPng(const QString &text, const QString &file)
{
    const QrCode::Matrix code = QrCode::encode(text);
    if (code.size == 0)
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("the join code does not fit a QR code"));
    constexpr int scale = 8;
    QImage image(code.size * scale, code.size * scale, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = code.dark(x / scale, y / scale) ? 0 : 255;
    }
    if (!image.save(file, "PNG"))
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot write the QR code to %1").arg(file));
    return StoreError::none();
}

Result<QJsonObject> CouchDevices::revoke(CouchClient &client, const QString &deviceId, const QUrl &jobsBase)
{
    const QString path = CouchClient::path(QStringLiteral("_users"), userDoc(deviceId));
    const Result<QJsonObject> user = client.expect("GET", path);
    if (!user.ok())
        return user.error();
    const Result<CouchClient::Answer> gone =
            client.request("DELETE", path, QJsonValue::Undefined, { { QStringLiteral("rev"), user.value().value("_rev").toString() } });
    if (!gone.ok())
        return gone.error();
    if (!gone.value().ok())
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot delete the user %1: %2").arg(deviceId, gone.value().problem()));
    const QString card = user.value().value("buurtbrug").toObject().value("card").toString();
    if (!card.isEmpty()) {
        CouchDeployment deployment(client, jobsBase);
        const Result<QString> org = deployment.organisationOfCard(card);
        if (org.ok()) {
            if (StoreError e = deployment.ensureCard(card, org.value(), QString(), deviceId); !e.ok())
                return e;
        }
    }
    return QJsonObject { { "ok", true }, { "device_id", deviceId } };
}
