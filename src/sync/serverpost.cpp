#include "serverpost.h"

#include "jsontext.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
StoreError errorFor(int status, const QString &reason)
{
    switch (status) {
    case 401: return StoreError::make(StoreError::Code::Unauthorized, reason);
    case 403: return StoreError::make(StoreError::Code::Forbidden, reason);
    case 404: return StoreError::make(StoreError::Code::NotFound, reason);
    default:
        // The server failed (or a proxy before it is down): not a refusal of what was sent.
        if (status >= 500)
            return StoreError::make(StoreError::Code::Internal, reason);
        return StoreError::make(StoreError::Code::BadRequest, reason);
    }
}
} // namespace

ServerPost::ServerPost(QNetworkAccessManager &network, const QUrl &server, const QString &path, const QJsonObject &body,
                       const QByteArray &bearerToken, int timeoutMs, int expectedStatus, Done done, QObject *parent)
    : ServerPost(network, "POST", server, path, body, bearerToken, timeoutMs, expectedStatus, std::move(done), parent)
{
}

ServerPost::ServerPost(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server, const QString &path,
                       const QJsonObject &body, const QByteArray &bearerToken, int timeoutMs, int expectedStatus, Done done,
                       QObject *parent)
    : ServerPost(network, method, server, path, body,
                 Authorization { bearerToken.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + bearerToken }, timeoutMs,
                 expectedStatus, std::move(done), parent)
{
}

ServerPost *ServerPost::withBasicAuth(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server,
                                      const QString &path, const QString &user, const QString &password, int timeoutMs,
                                      int expectedStatus, Done done, QObject *parent)
{
    const QByteArray header = QByteArrayLiteral("Basic ") + (user + u':' + password).toUtf8().toBase64();
    return new ServerPost(network, method, server, path, {}, Authorization { header }, timeoutMs, expectedStatus, std::move(done), parent);
}

ServerPost::ServerPost(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server, const QString &path,
                       const QJsonObject &body, Authorization authorization, int timeoutMs, int expectedStatus, Done done,
                       QObject *parent)
    : QObject(parent), m_expectedStatus(expectedStatus), m_done(std::move(done))
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    url.setPath(path.section(u'?', 0, 0));
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.header.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization.header);
    request.setTransferTimeout(timeoutMs);
    m_reply = method == "GET" || method == "DELETE"
            ? network.sendCustomRequest(request, method)
            : network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(m_reply, &QNetworkReply::finished, this, &ServerPost::finish);
}

ServerPost::~ServerPost()
{
    cancel();
}

void ServerPost::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ServerPost::finish()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    ServerAnswer answer;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        answer.error = StoreError::make(StoreError::Code::IoError,
                                        QStringLiteral("cannot reach %1: %2").arg(reply->url().host(), reply->errorString()));
    } else {
        Result<QJsonObject> parsed = JsonText::parseObject(reply->readAll());
        if (!parsed.ok()) {
            answer.error = parsed.error();
        } else {
            answer.body = parsed.value();
            if (status != m_expectedStatus)
                answer.error = errorFor(status, answer.body.value(QLatin1String("reason")).toString());
        }
    }
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(answer);
}
