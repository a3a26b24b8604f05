#include "couchjoin.h"

#include "deviceregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
const QString marker = QStringLiteral("couchdb");
const QString textPrefix = QStringLiteral("BUURTBRUG-JOIN:");
constexpr int maxFieldLength = 256;

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// A string field: absent is empty; present must be a string of sane length.
bool readString(const QJsonObject &json, const char *key, QString &out, bool required)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return !required;
    if (!value.isString() || value.toString().size() > maxFieldLength)
        return false;
    out = value.toString();
    return !required || !out.isEmpty();
}

bool readStrings(const QJsonObject &json, const char *key, QStringList &out)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray() || value.toArray().size() > 100)
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxFieldLength)
            return false;
        out.append(item.toString());
    }
    return true;
}

bool isSlug(const QString &text) { return matches(QStringLiteral("[a-z0-9][a-z0-9-]{0,60}"), text); }
}

bool CouchJoin::isRemoteName(const QString &name)
{
    // CouchDB's rule for database names (no system databases: they start with an underscore).
    return matches(QStringLiteral("[a-z][a-z0-9_$()+/-]{0,237}"), name);
}

QJsonObject CouchJoin::toJson() const
{
    QJsonObject map;
    for (auto it = databases.cbegin(); it != databases.cend(); ++it)
        map.insert(it.key(), it.value());
    // Short keys: the QR code stays small enough to read from a phone's screen.
    QJsonObject json { { "buurtbrug", marker }, { "url", server.toString() }, { "user", user },
                       { "password", password }, { "roles", QJsonArray::fromStringList(roles) }, { "databases", map } };
    if (!person.isEmpty())
        json.insert("person", person);
    if (!organisation.isEmpty())
        json.insert("org", organisation);
    if (!card.isEmpty())
        json.insert("card", card);
    if (!hosts.isEmpty())
        json.insert("hosts", QJsonArray::fromStringList(hosts));
    return json;
}

QString CouchJoin::toQrText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

QString CouchJoin::toTextCode() const
{
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return textPrefix + QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

DeviceCredentials CouchJoin::credentials() const
{
    DeviceCredentials c;
    c.server = server;
    c.deviceId = user;
    c.password = password;
    c.roles = roles;
    c.person = person;
    c.organisation = organisation;
    c.card = card;
    c.hosts = hosts;
    c.databases = databases;
    return c;
}

bool CouchJoin::looksLikeJoin(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(textPrefix, Qt::CaseInsensitive))
        return true;
    // A QR code read in part still shows its marker.
    return t.startsWith(u'{') && t.contains(QStringLiteral("\"buurtbrug\"")) && t.contains(QLatin1Char('"') + marker + QLatin1Char('"'));
}

std::optional<CouchJoin> CouchJoin::parse(const QString &text, Problem *problem)
{
    const auto refuse = [&](Problem why) -> std::optional<CouchJoin> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QString t = text.trimmed();
    if (t.size() > maxTextLength)
        return refuse(looksLikeJoin(t.left(100)) ? Problem::Damaged : Problem::NotAJoin);
    QByteArray json;
    if (t.startsWith(textPrefix, Qt::CaseInsensitive)) {
        // Pasted text may be broken over lines or spaced by a messenger.
        t = t.mid(textPrefix.size()).remove(QRegularExpression(QStringLiteral("\\s")));
        const QByteArray::FromBase64Result decoded =
                QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || t.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]"))))
            return refuse(Problem::Damaged);
        json = *decoded;
    } else if (t.startsWith(u'{')) {
        json = t.toUtf8();
    } else {
        return refuse(Problem::NotAJoin);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(looksLikeJoin(t) || text.trimmed().startsWith(textPrefix, Qt::CaseInsensitive) ? Problem::Damaged : Problem::NotAJoin);
    if (doc.object().value(QLatin1String("buurtbrug")) != marker)
        return refuse(text.trimmed().startsWith(textPrefix, Qt::CaseInsensitive) ? Problem::Damaged : Problem::NotAJoin);
    std::optional<CouchJoin> join = fromJson(doc.object());
    if (!join)
        return refuse(Problem::Damaged);
    return join;
}

std::optional<CouchJoin> CouchJoin::fromJson(const QJsonObject &json)
{
    CouchJoin join;
    QString url;
    if (!readString(json, "url", url, true) || !readString(json, "user", join.user, true)
        || !readString(json, "password", join.password, true) || !readString(json, "person", join.person, false)
        || !readString(json, "org", join.organisation, false) || !readString(json, "card", join.card, false)
        || !readStrings(json, "roles", join.roles) || !readStrings(json, "hosts", join.hosts))
        return std::nullopt;
    join.server = QUrl(url, QUrl::StrictMode);
    if (!join.server.isValid() || (join.server.scheme() != QLatin1String("http") && join.server.scheme() != QLatin1String("https"))
        || join.server.host().isEmpty() || !join.server.userInfo().isEmpty() || join.server.hasQuery() || join.server.hasFragment())
        return std::nullopt;
    if (!matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}"), join.user))
        return std::nullopt;
    if (join.roles.isEmpty())
        return std::nullopt;
    for (const QString &role : std::as_const(join.roles)) {
        if (!DeviceRegistry::knownRoles().contains(role))
            return std::nullopt;
    }
    if (!join.organisation.isEmpty() && !isSlug(join.organisation))
        return std::nullopt;
    // Which local databases may sync, and with what: only the app's own, never a path.
    const QJsonValue map = json.value(QLatin1String("databases"));
    if (!map.isObject() || map.toObject().isEmpty())
        return std::nullopt;
    QStringList allowed { QStringLiteral("directory"), QStringLiteral("cards") };
    if (!join.organisation.isEmpty())
        allowed.append(QStringLiteral("org-") + join.organisation);
    const QJsonObject databases = map.toObject();
    for (auto it = databases.begin(); it != databases.end(); ++it) {
        if (!allowed.contains(it.key()) || !it.value().isString() || !isRemoteName(it.value().toString()))
            return std::nullopt;
        join.databases.insert(it.key(), it.value().toString());
    }
    if (!join.databases.contains(QStringLiteral("directory")))
        return std::nullopt;
    return join;
}
