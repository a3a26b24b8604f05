#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

// One HTTP request with any headers and body, answered with status, headers and bytes: what
// the attachment tests need beyond JSON (a Content-Type of their own, If-Match, Accept).
struct HttpExchange
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    static HttpExchange run(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
    {
        QNetworkRequest request(url.adjusted(QUrl::RemoveUserInfo));
        if (!url.userName().isEmpty())
            request.setRawHeader("Authorization", "Basic " + (url.userName() + u':' + url.password()).toUtf8().toBase64());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeaderPairs() };
    }
};
