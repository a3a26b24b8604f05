#include "sessionendpoint.h"

#include "authenticator.h"
#include "jsontext.h"
#include "sessionstore.h"

#include <QUrlQuery>

namespace {
QJsonObject userContext(const Principal &who)
{
    return { { "name", who.isAnonymous() ? QJsonValue() : QJsonValue(who.name) }, { "roles", QJsonArray::fromStringList(who.roles) } };
}

CouchResponse signIn(const CouchRequest &request, const Authenticator &authenticator, SessionStore &sessions)
{
    QString name;
    QString password;
    bool hasName = false;
    bool hasPassword = false;
    if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
        hasName = form.hasQueryItem(QStringLiteral("name"));
        hasPassword = form.hasQueryItem(QStringLiteral("password"));
        name = form.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    } else {
        Result<QJsonValue> body = JsonText::parse(request.body);
        if (!body.ok() || !body.value().isObject())
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invalid UTF-8 JSON"));
        const QJsonObject o = body.value().toObject();
        hasName = o.value(QLatin1String("name")).isString();
        hasPassword = o.value(QLatin1String("password")).isString();
        name = o.value(QLatin1String("name")).toString();
        password = o.value(QLatin1String("password")).toString();
    }
    if (!hasName)
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("request body must contain a username"));
    if (!hasPassword) // CouchDB: as a wrong password
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Name or password is incorrect."));
    CouchRequest basic;
    const QByteArray authorization = "Basic " + (name + u':' + password).toUtf8().toBase64();
    basic.headers.append({ "Authorization", authorization });
    const std::optional<Principal> who = authenticator.authenticate(basic);
    if (!who || who->isAnonymous())
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Name or password is incorrect."));
    CouchResponse answer = CouchResponse::json(200, QJsonObject { { "ok", true }, { "name", who->name }, { "roles", QJsonArray::fromStringList(who->roles) } });
    answer.headers = "Set-Cookie: AuthSession=" + sessions.open(authorization) + "; Version=1; Path=/; HttpOnly\r\n";
    return answer;
}
}

CouchResponse SessionEndpoint::handle(const CouchRequest &request, const Authenticator &authenticator, SessionStore &sessions)
{
    if (request.method == "POST")
        return signIn(request, authenticator, sessions);
    const QByteArray cookie = SessionStore::cookieOf(request.header("Cookie"));
    if (request.method == "DELETE") {
        sessions.close(cookie);
        CouchResponse answer = CouchResponse::ok(200);
        answer.headers = "Set-Cookie: AuthSession=; Version=1; Expires=Thu, 01-Jan-1970 00:00:00 GMT; Max-Age=0; Path=/; HttpOnly\r\n";
        return answer;
    }
    if (request.method != "GET" && request.method != "HEAD")
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET,HEAD,POST,DELETE allowed"));
    if (!cookie.isEmpty() && request.header("Authorization").isEmpty() && !SessionStore::isWellFormed(cookie))
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("Malformed AuthSession cookie. Please clear your cookies."));
    const std::optional<Principal> who = authenticator.authenticate(request);
    if (!who)
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Name or password is incorrect."));
    QJsonObject info { { "authentication_handlers", QJsonArray { "cookie", "default" } } };
    if (!who->isAnonymous())
        info.insert("authenticated", request.header("Authorization").isEmpty() ? "cookie" : "default");
    return CouchResponse::json(200, QJsonObject { { "ok", true }, { "userCtx", userContext(*who) }, { "info", info } });
}
