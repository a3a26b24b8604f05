#include "deviceregistry.h"

#include "cardfacts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>

namespace {
const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString hashHex(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString deviceIdFor(const QString &tokenHash)
{
    return QStringLiteral("dev-") + tokenHash.left(16);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

DeviceRecord recordOf(const QJsonObject &doc)
{
    DeviceRecord d;
    d.id = doc.value(QLatin1String("_id")).toString().mid(7); // "device:"
    d.person = doc.value(QLatin1String("person")).toString();
    d.roles = strings(doc.value(QLatin1String("roles")));
    d.organisation = doc.value(QLatin1String("organisation")).toString();
    d.card = doc.value(QLatin1String("card")).toString();
    d.hosts = strings(doc.value(QLatin1String("hosts")));
    d.name = doc.value(QLatin1String("name")).toString();
    d.revoked = doc.value(QLatin1String("revoked")).toBool();
    d.enrolledAt = QDateTime::fromString(doc.value(QLatin1String("enrolledAt")).toString(), Qt::ISODate);
    d.lastSeen = QDateTime::fromString(doc.value(QLatin1String("lastSeen")).toString(), Qt::ISODate);
    return d;
}

StoreError refused(const QString &reason)
{
    return StoreError::make(StoreError::Code::Forbidden, reason);
}
}

StoreError DeviceRegistry::open(const QString &dataFolder)
{
    m_db = std::make_unique<DocumentDatabase>(QStringLiteral("_system"));
    return m_db->open(QDir(dataFolder).filePath(QStringLiteral("_system.sqlite")));
}

const QStringList &DeviceRegistry::knownRoles()
{
    static const QStringList roles { QStringLiteral("buurtmaatje"), QStringLiteral("verbindingswerker"), QStringLiteral("host"),
                                     QStringLiteral("coordinator"), QStringLiteral("editor"), QStringLiteral("cardholder") };
    return roles;
}

QString DeviceRegistry::normaliseCode(const QString &typed)
{
    QString code;
    for (QChar c : typed.toUpper()) {
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (QByteArray(crockford).contains(char(c.unicode())) && c.unicode() < 128)
            code.append(c);
    }
    return code;
}

Result<Invite> DeviceRegistry::createInvite(const InviteSpec &spec)
{
    if (spec.roles.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("an invite needs at least one role"));
    for (const QString &role : spec.roles) {
        if (!knownRoles().contains(role))
            return StoreError::make(StoreError::Code::BadRequest,
                                    QStringLiteral("unknown role \"%1\"; known: %2").arg(role, knownRoles().join(QStringLiteral(", "))));
    }
    const bool holder = spec.roles.contains(QStringLiteral("cardholder"));
    if (holder && spec.card.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("a card holder's invite needs --card"));
    if (!holder && spec.organisation.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("a worker's invite needs --org"));
    if (!spec.hosts.isEmpty() && !spec.roles.contains(QStringLiteral("host")))
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("--hosts goes with the host role"));
    QStringList hosts;
    for (const QString &given : spec.hosts) {
        const QString id = InitiativeRef::id(given.trimmed());
        if (InitiativeRef::slug(id).isEmpty() || InitiativeRef::slug(id).contains(u':'))
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("--hosts takes initiative ids or slugs"));
        if (!hosts.contains(id))
            hosts.append(id);
    }
    QString raw;
    for (int i = 0; i < 16; ++i)
        raw.append(QLatin1Char(crockford[QRandomGenerator::system()->bounded(32)]));
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(qMax(1, spec.validHours)) * 3600);
    const WriteResult written = m_db->put({ { "_id", QStringLiteral("invite:") + hashHex(raw) },
                                            { "roles", QJsonArray::fromStringList(spec.roles) },
                                            { "organisation", spec.organisation },
                                            { "person", spec.person },
                                            { "card", spec.card },
                                            { "hosts", QJsonArray::fromStringList(hosts) },
                                            { "expires", expires.toString(Qt::ISODate) },
                                            { "used", false } });
    if (!written.error.ok())
        return written.error;
    const QString grouped = raw.left(4) + u'-' + raw.mid(4, 4) + u'-' + raw.mid(8, 4) + u'-' + raw.mid(12, 4);
    return Invite { grouped, expires };
}

Result<QPair<DeviceRecord, QString>> DeviceRegistry::redeem(const QString &code, const QString &deviceName,
                                                            InviteState *refusal)
{
    const auto refuse = [refusal](InviteState why, const QString &reason) {
        if (refusal)
            *refusal = why;
        return refused(reason);
    };
    const QString normal = normaliseCode(code);
    Result<QJsonObject> invite = m_db->get(QStringLiteral("invite:") + hashHex(normal));
    if (!invite.ok())
        return invite.error().code == StoreError::Code::NotFound
                ? refuse(InviteState::Unknown, QStringLiteral("unknown invite code")) : invite.error();
    QJsonObject doc = invite.value();
    if (doc.value(QLatin1String("used")).toBool())
        return refuse(InviteState::Used, QStringLiteral("this invite was already used"));
    if (QDateTime::fromString(doc.value(QLatin1String("expires")).toString(), Qt::ISODate) < QDateTime::currentDateTimeUtc())
        return refuse(InviteState::Expired, QStringLiteral("this invite has expired"));
    // Mark it used first: the conflict check on _rev makes a concurrent second redeem fail.
    // The nonce matters: revisions are deterministic, so two identical "used" bodies written
    // on the same parent would both succeed as one idempotent write.
    doc.insert("used", true);
    doc.insert("redeemNonce", QString::number(QRandomGenerator::system()->generate64(), 16));
    doc.insert("usedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const WriteResult used = m_db->put(doc);
    if (!used.error.ok())
        return used.error.code == StoreError::Code::Conflict
                ? refuse(InviteState::Used, QStringLiteral("this invite was already used")) : used.error;

    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString token = QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString tokenHash = hashHex(token);
    DeviceRecord device;
    device.id = deviceIdFor(tokenHash);
    device.person = doc.value(QLatin1String("person")).toString();
    device.roles = strings(doc.value(QLatin1String("roles")));
    device.organisation = doc.value(QLatin1String("organisation")).toString();
    device.card = doc.value(QLatin1String("card")).toString();
    device.hosts = strings(doc.value(QLatin1String("hosts")));
    device.name = deviceName.left(80);
    const WriteResult written = m_db->put({ { "_id", QStringLiteral("device:") + device.id },
                                            { "tokenHash", tokenHash },
                                            { "person", device.person },
                                            { "roles", QJsonArray::fromStringList(device.roles) },
                                            { "organisation", device.organisation },
                                            { "card", device.card },
                                            { "hosts", QJsonArray::fromStringList(device.hosts) },
                                            { "name", device.name },
                                            { "enrolledAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                                            { "revoked", false } });
    if (!written.error.ok())
        return written.error;
    return qMakePair(device, token);
}

Result<DeviceRecord> DeviceRegistry::authenticate(const QString &token)
{
    const QString tokenHash = hashHex(token);
    return authenticate(deviceIdFor(tokenHash), token);
}

Result<DeviceRecord> DeviceRegistry::authenticate(const QString &deviceId, const QString &token)
{
    Result<QJsonObject> doc = m_db->get(QStringLiteral("device:") + deviceId);
    if (!doc.ok())
        return StoreError::make(StoreError::Code::Unauthorized, QStringLiteral("unknown device or token"));
    // The stored hash is compared in full; the id only narrows the lookup.
    const QByteArray expected = doc.value().value(QLatin1String("tokenHash")).toString().toLatin1();
    const QByteArray given = hashHex(token).toLatin1();
    unsigned char diff = expected.size() == given.size() ? 0 : 1;
    for (qsizetype i = 0; i < qMin(expected.size(), given.size()); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    if (diff != 0)
        return StoreError::make(StoreError::Code::Unauthorized, QStringLiteral("unknown device or token"));
    DeviceRecord device = recordOf(doc.value());
    if (device.revoked)
        return StoreError::make(StoreError::Code::Unauthorized, QStringLiteral("this device was revoked"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!device.lastSeen.isValid() || device.lastSeen.secsTo(now) >= lastSeenStepSecs) {
        // A lost race with a revoke or another request is harmless: the next request notes it.
        QJsonObject seen = doc.value();
        seen.insert("lastSeen", now.toString(Qt::ISODate));
        if (m_db->put(seen).error.ok())
            device.lastSeen = now;
    }
    return device;
}

StoreError DeviceRegistry::revoke(const QString &deviceId)
{
    Result<QJsonObject> doc = m_db->get(QStringLiteral("device:") + deviceId);
    if (!doc.ok())
        return doc.error();
    QJsonObject updated = doc.value();
    updated.insert("revoked", true);
    updated.insert("revokedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return m_db->put(updated).error;
}

Result<DeviceRecord> DeviceRegistry::device(const QString &deviceId)
{
    Result<QJsonObject> doc = m_db->get(QStringLiteral("device:") + deviceId);
    if (!doc.ok())
        return doc.error();
    return recordOf(doc.value());
}

Result<QList<DeviceRecord>> DeviceRegistry::devices()
{
    AllDocsOptions options;
    options.startKey = QStringLiteral("device:");
    options.endKey = QStringLiteral("device:\uffff");
    options.includeDocs = true;
    Result<QList<AllDocsRow>> rows = m_db->allDocs(options);
    if (!rows.ok())
        return rows.error();
    QList<DeviceRecord> list;
    for (const AllDocsRow &row : rows.value())
        list.append(recordOf(row.doc));
    return list;
}
