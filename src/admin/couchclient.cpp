#include "couchclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

QString CouchClient::Answer::problem() const
{
    const QJsonObject o = object();
    return QStringLiteral("HTTP %1 %2: %3").arg(status).arg(o.value("error").toString(), o.value("reason").toString());
}

CouchClient::CouchClient(const QUrl &server, int timeoutMs)
    : m_server(server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)),
      m_user(server.userName()),
      m_password(server.password()),
      m_timeoutMs(timeoutMs)
{
}

QString CouchClient::path(const QString &database, const QString &docId)
{
    QString p = QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(database));
    if (!docId.isEmpty()) {
        // Design and local documents keep their slash, as CouchDB expects.
        const int slash = docId.startsWith(QLatin1String("_design/")) || docId.startsWith(QLatin1String("_local/")) ? docId.indexOf(u'/') : -1;
        p += slash > 0 ? QLatin1Char('/') + docId.left(slash) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(docId.mid(slash + 1)))
                       : QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(docId));
    }
    return p;
}

QUrl CouchClient::databaseUrlWithCredentials(const QString &database) const
{
    QUrl url = m_server;
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(m_server.path() + QLatin1Char('/') + database);
    return url;
}

Result<CouchClient::Answer> CouchClient::request(const QByteArray &method, const QString &path, const QJsonValue &body,
                                                 const QList<QPair<QString, QString>> &query)
{
    QUrl url = m_server;
    url.setPath(m_server.path() + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : query)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), describe() + path);
    if (status == 0)
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("%1: no answer (%2)").arg(where, reply->errorString()));
    const QByteArray bytes = reply->readAll();
    Answer answer;
    answer.status = status;
    if (!bytes.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("%1: HTTP %2, not JSON").arg(where).arg(status));
        answer.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return answer;
}

Result<QJsonObject> CouchClient::expect(const QByteArray &method, const QString &path, const QJsonValue &body, QList<int> accepted)
{
    const Result<Answer> answer = request(method, path, body);
    if (!answer.ok())
        return answer.error();
    const Answer &a = answer.value();
    if (accepted.isEmpty() ? a.ok() : accepted.contains(a.status))
        return a.object();
    const StoreError::Code code = a.status == 401 ? StoreError::Code::Unauthorized
            : a.status == 403                     ? StoreError::Code::Forbidden
            : a.status == 404                     ? StoreError::Code::NotFound
            : a.status == 409                     ? StoreError::Code::Conflict
            : a.status == 400                     ? StoreError::Code::BadRequest
                                                  : StoreError::Code::IoError;
    return StoreError::make(code, QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), describe() + path, a.problem()));
}

Result<bool> CouchClient::pollUntil(const std::function<Result<bool>()> &settled, int timeoutMs, int pauseMs)
{
    QElapsedTimer clock;
    clock.start();
    const int pause = qMax(10, pauseMs);
    // Bounded in count as well as in time: each question may itself take a while to answer.
    for (int round = 0; round <= timeoutMs / pause; ++round) {
        const Result<bool> now = settled();
        if (!now.ok() || now.value())
            return now;
        if (clock.elapsed() >= timeoutMs)
            break;
        QEventLoop loop;
        QTimer::singleShot(pause, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}
