#include "deviceendpoints.h"

#include "databasefolder.h"
#include "databasenames.h"
#include "deviceregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
CouchResponse badRequest(const QString &reason)
{
    return CouchResponse::error(400, QStringLiteral("bad_request"), reason);
}

CouchResponse forbidden(const QString &reason)
{
    return CouchResponse::error(403, QStringLiteral("forbidden"), reason);
}

bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))).match(text).hasMatch();
}

// The organisation the caller manages: a coordinator's own, or the one the admin names.
std::optional<QString> managedOrganisation(const Principal &who, const QString &named)
{
    if (who.isAdmin())
        return named;
    if (who.kind == Principal::Kind::Device && who.hasRole(QStringLiteral("coordinator")) && !who.organisation.isEmpty())
        return who.organisation;
    return std::nullopt;
}

// Where the new phone finds this server, for the QR code: the address the coordinator used.
QString serverUrl(const CouchRequest &request)
{
    const QString host = QString::fromLatin1(request.header("Host"));
    const QString proto = QString::fromLatin1(request.header("X-Forwarded-Proto"));
    if (!matches(host, "[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?"))
        return {};
    return (proto == QLatin1String("https") ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue();
}

CouchResponse invite(DeviceRegistry &registry, DatabaseFolder &folder, const CouchRequest &request, const Principal &who)
{
    Result<QJsonObject> body = request.bodyObject();
    if (!body.ok())
        return CouchResponse::from(body.error());
    const QJsonObject &form = body.value();
    const std::optional<QString> org = managedOrganisation(who, form.value(QLatin1String("org")).toString());
    if (!org)
        return forbidden(QStringLiteral("Only a coordinator invites devices, for their own organisation."));
    if (org->isEmpty() || !folder.exists(DatabaseNames::organisation(*org)))
        return badRequest(QStringLiteral("org must name an existing organisation"));
    const QJsonValue roles = form.value(QLatin1String("roles"));
    const QJsonValue hosts = form.value(QLatin1String("hosts"));
    const QJsonValue person = form.value(QLatin1String("person"));
    const QJsonValue hours = form.value(QLatin1String("validHours"));
    if (!roles.isArray() || roles.toArray().isEmpty() || roles.toArray().size() > DeviceEndpoints::maxRoles)
        return badRequest(QStringLiteral("roles must be a list of 1 to %1 roles").arg(DeviceEndpoints::maxRoles));
    if (!hosts.isUndefined() && (!hosts.isArray() || hosts.toArray().size() > DeviceEndpoints::maxHosts))
        return badRequest(QStringLiteral("hosts must be a list of at most %1 initiatives").arg(DeviceEndpoints::maxHosts));
    if (!person.isString() || person.toString().trimmed().isEmpty() || person.toString().size() > DeviceEndpoints::maxPersonLength)
        return badRequest(QStringLiteral("person must be a first name or nickname of at most %1 characters").arg(DeviceEndpoints::maxPersonLength));
    if (!hours.isUndefined() && (!hours.isDouble() || hours.toDouble() < 1 || hours.toDouble() > DeviceEndpoints::maxValidHours))
        return badRequest(QStringLiteral("validHours must be 1 to %1").arg(DeviceEndpoints::maxValidHours));
    InviteSpec spec;
    for (const QJsonValue &role : roles.toArray()) {
        if (!role.isString())
            return badRequest(QStringLiteral("roles must be strings"));
        spec.roles.append(role.toString());
    }
    if (spec.roles.contains(QStringLiteral("cardholder")))
        return badRequest(QStringLiteral("a card holder is invited with their card, not here"));
    for (const QJsonValue &host : hosts.toArray()) {
        if (!host.isString())
            return badRequest(QStringLiteral("hosts must be initiative ids"));
        spec.hosts.append(host.toString());
    }
    spec.organisation = *org;
    spec.person = person.toString().trimmed();
    spec.validHours = hours.isUndefined() ? 72 : int(hours.toDouble());
    const Result<Invite> made = registry.createInvite(spec); // checks role names and hosts
    if (!made.ok())
        return CouchResponse::from(made.error());
    const QJsonObject payload { { "buurtbrug", "invite" }, { "server", serverUrl(request) }, { "code", made.value().code } };
    return CouchResponse::json(201, QJsonObject { { "ok", true },
                                                  { "code", made.value().code },
                                                  { "expires", made.value().expires.toString(Qt::ISODate) },
                                                  { "roles", QJsonArray::fromStringList(spec.roles) },
                                                  { "person", spec.person },
                                                  { "qr", QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)) } });
}

CouchResponse list(DeviceRegistry &registry, const CouchRequest &request, const Principal &who)
{
    const std::optional<QString> org = managedOrganisation(who, request.text(QStringLiteral("org")));
    if (!org)
        return forbidden(QStringLiteral("Only a coordinator lists devices, of their own organisation."));
    Result<QList<DeviceRecord>> devices = registry.devices();
    if (!devices.ok())
        return CouchResponse::from(devices.error());
    QJsonArray rows;
    bool truncated = false;
    for (const DeviceRecord &d : devices.value()) {
        if (d.organisation != *org || d.organisation.isEmpty())
            continue;
        if (rows.size() == DeviceEndpoints::maxListed) {
            truncated = true;
            break;
        }
        rows.append(QJsonObject { { "id", d.id }, { "roles", QJsonArray::fromStringList(d.roles) }, { "person", d.person },
                                  { "hosts", QJsonArray::fromStringList(d.hosts) }, { "name", d.name },
                                  { "enrolledAt", isoOrNull(d.enrolledAt) }, { "lastSeen", isoOrNull(d.lastSeen) },
                                  { "revoked", d.revoked } });
    }
    return CouchResponse::json(200, QJsonObject { { "organisation", *org }, { "devices", rows }, { "truncated", truncated } });
}

CouchResponse revoke(DeviceRegistry &registry, const CouchRequest &request, const QString &deviceId, const Principal &who)
{
    const std::optional<QString> org = managedOrganisation(who, request.text(QStringLiteral("org")));
    if (!org)
        return forbidden(QStringLiteral("Only a coordinator revokes devices, of their own organisation."));
    if (!matches(deviceId, "dev-[0-9a-f]{16}"))
        return badRequest(QStringLiteral("not a device id"));
    Result<DeviceRecord> device = registry.device(deviceId);
    if (!device.ok())
        return CouchResponse::from(device.error());
    // The admin without ?org= may revoke any device; a coordinator only their organisation's.
    if (!(who.isAdmin() && org->isEmpty()) && device.value().organisation != *org)
        return forbidden(QStringLiteral("This device belongs to another organisation."));
    if (StoreError error = registry.revoke(deviceId); !error.ok())
        return CouchResponse::from(error);
    return CouchResponse::json(200, QJsonObject { { "ok", true }, { "revoked", deviceId } });
}
}

bool DeviceEndpoints::handles(const CouchRequest &request)
{
    return request.segments.value(0) == QLatin1String("_devices");
}

CouchResponse DeviceEndpoints::handle(DeviceRegistry &registry, DatabaseFolder &folder, const CouchRequest &request,
                                      const Principal &who)
{
    if (who.isAnonymous())
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Authentication required."));
    if (request.body.size() > maxBodyBytes)
        return CouchResponse::error(413, QStringLiteral("too_large"), QStringLiteral("At most %1 bytes.").arg(maxBodyBytes));
    const QStringList &path = request.segments;
    if (path.size() == 1) {
        if (request.method != "GET")
            return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET allowed"));
        return list(registry, request, who);
    }
    if (path.size() == 2 && path.at(1) == QLatin1String("_invite")) {
        if (request.method != "POST")
            return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only POST allowed"));
        return invite(registry, folder, request, who);
    }
    if (path.size() == 2) {
        if (request.method != "DELETE")
            return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only DELETE allowed"));
        return revoke(registry, request, path.at(1), who);
    }
    return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("missing"));
}
