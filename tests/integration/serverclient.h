#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

// What the integration tests of the server's access rules do to a running buurtbrug-server:
// HTTP requests with a device's or the admin's credentials, buurtbrug-admin on its data folder,
// and enrolling a device from an invite. A test class derives from it and sets m_base (the
// server's URL) and m_data (its data folder).
class ServerClient
{
protected:
    struct Answer
    {
        int status = 0;
        QJsonValue body;
        QByteArray raw;
    };

    QString m_data;
    QUrl m_base;
    QNetworkAccessManager m_network;

    static QByteArray admin() { return "Basic " + QByteArray("admin:test-secret").toBase64(); }

    Answer http(const QByteArray &method, const QString &path, const QByteArray &auth = {}, const QJsonValue &body = {},
                const QByteArray &rawBody = {})
    {
        QUrl url = m_base.adjusted(QUrl::RemoveUserInfo);
        url.setPath(path.section(u'?', 0, 0));
        if (path.contains(u'?'))
            url.setQuery(path.section(u'?', 1));
        QNetworkRequest request(url);
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QByteArray payload = rawBody;
        if (body.isObject())
            payload = QJsonDocument(body.toObject()).toJson();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        const QByteArray bytes = reply->readAll();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), bytes };
    }

    QJsonObject cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(ADMIN_BINARY, arguments + QStringList { "--data", m_data, "--json" });
        process.waitForFinished(30000);
        return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

    // Enrols a device with these invite arguments; returns its bearer header.
    QByteArray enrol(const QStringList &inviteArguments, QString *deviceId = nullptr)
    {
        const QString code = cli(QStringList { "invite" } + inviteArguments).value("code").toString();
        const Answer answer = http("POST", "/_enrol", {}, QJsonObject { { "invite", code }, { "device", "test phone" } });
        if (answer.status != 201)
            return {};
        if (deviceId)
            *deviceId = answer.body.toObject().value("device_id").toString();
        return "Bearer " + answer.body.toObject().value("token").toString().toLatin1();
    }
};
