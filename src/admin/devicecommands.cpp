#include "devicecommands.h"
#include "databasenames.h"

#include "databasefolder.h"
#include "deviceregistry.h"
#include "domainindexer.h"
#include "serveraddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {
Result<DeviceRegistry *> openRegistry(DeviceRegistry &registry, const QString &data)
{
    DatabaseFolder folder;
    if (StoreError error = folder.open(data, false); !error.ok())
        return error;
    if (StoreError error = registry.open(data); !error.ok())
        return error;
    return &registry;
}
}

Result<QJsonObject> DeviceCommands::invite(const QString &data, const InviteSpec &spec, const QString &serverUrl)
{
    // The phone sends its token on every request: only over TLS, or to this machine.
    if (const QString refused = ServerAddress::refusal(QUrl(serverUrl), QStringLiteral("token")); !refused.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, refused);
    DeviceRegistry registry;
    auto opened = openRegistry(registry, data);
    if (!opened.ok())
        return opened.error();
    if (!spec.organisation.isEmpty()) {
        DatabaseFolder folder;
        if (folder.open(data, false).ok() && !folder.exists(DatabaseNames::organisation(spec.organisation)))
            return StoreError::make(StoreError::Code::NotFound,
                                    QStringLiteral("organisation %1 does not exist; add it with add-org first").arg(spec.organisation));
    }
    Result<Invite> made = registry.createInvite(spec);
    if (!made.ok())
        return made.error();
    // What the QR code on the invite holds: enough to find the server and enrol, nothing else.
    const QJsonObject payload { { "buurtbrug", "invite" }, { "server", serverUrl }, { "code", made.value().code } };
    return QJsonObject { { "ok", true },
                         { "code", made.value().code },
                         { "expires", made.value().expires.toString(Qt::ISODate) },
                         { "roles", QJsonArray::fromStringList(spec.roles) },
                         { "qr", QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)) } };
}

Result<QJsonObject> DeviceCommands::devices(const QString &data)
{
    DeviceRegistry registry;
    auto opened = openRegistry(registry, data);
    if (!opened.ok())
        return opened.error();
    Result<QList<DeviceRecord>> list = registry.devices();
    if (!list.ok())
        return list.error();
    QJsonArray rows;
    for (const DeviceRecord &d : list.value())
        rows.append(QJsonObject { { "id", d.id }, { "person", d.person }, { "roles", QJsonArray::fromStringList(d.roles) },
                                  { "organisation", d.organisation }, { "card", d.card }, { "hosts", QJsonArray::fromStringList(d.hosts) },
                                  { "name", d.name }, { "revoked", d.revoked } });
    return QJsonObject { { "devices", rows } };
}

Result<QJsonObject> DeviceCommands::revoke(const QString &data, const QString &deviceId)
{
    DeviceRegistry registry;
    auto opened = openRegistry(registry, data);
    if (!opened.ok())
        return opened.error();
    if (StoreError error = registry.revoke(deviceId); !error.ok())
        return error;
    return QJsonObject { { "ok", true }, { "revoked", deviceId } };
}

Result<QJsonObject> DeviceCommands::addOrganisation(const QString &data, const QString &slug)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9-]{0,60}$"));
    if (!rule.match(slug).hasMatch())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("an organisation slug is lowercase letters, digits and -"));
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(data, false); !error.ok())
        return error;
    Result<DocumentDatabase *> db = folder.database(DatabaseNames::organisation(slug), true);
    if (!db.ok())
        return db.error();
    return QJsonObject { { "ok", true }, { "database", DatabaseNames::organisation(slug) } };
}
