#include "serverpost.h"

#include "jsontext.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Result<QJsonObject> ServerPost::send(QNetworkAccessManager &network, const QUrl &server, const QString &path,
                                     const QJsonObject &body, const QByteArray &bearerToken, int timeoutMs, int expectedStatus)
{
    return request(network, "POST", server, path, body, bearerToken, timeoutMs, expectedStatus);
}

Result<QJsonObject> ServerPost::request(QNetworkAccessManager &network, const QByteArray &method, const QUrl &server,
                                        const QString &path, const QJsonObject &body, const QByteArray &bearerToken,
                                        int timeoutMs, int expectedStatus)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    url.setPath(path.section(u'?', 0, 0));
    if (path.contains(u'?'))
        url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearerToken);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = method == "GET" || method == "DELETE"
            ? network.sendCustomRequest(request, method)
            : network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot reach %1: %2").arg(url.host(), reply->errorString()));
    Result<QJsonObject> answer = JsonText::parseObject(reply->readAll());
    if (!answer.ok() || status == expectedStatus)
        return answer;
    const QString reason = answer.value().value(QLatin1String("reason")).toString();
    switch (status) {
    case 401: return StoreError::make(StoreError::Code::Unauthorized, reason);
    case 403: return StoreError::make(StoreError::Code::Forbidden, reason);
    case 404: return StoreError::make(StoreError::Code::NotFound, reason);
    default: return StoreError::make(StoreError::Code::BadRequest, reason);
    }
}
