#pragma once

#include "httpconnection.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// Test helper: an HTTP proxy in front of buurtbrug-server that breaks some answers on
// purpose. Every `every`-th request gets the next fault of the cycle; the others pass.
class FaultyProxy : public QObject
{
    Q_OBJECT

public:
    enum class Fault { DropMidBody, ServerError, Unavailable, TruncatedJson, MalformedJson, Stall };

    FaultyProxy(const QUrl &upstream, int every) : m_upstream(upstream), m_every(every)
    {
        m_limits.maxRequestBytes = 64 * 1024 * 1024;
        connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection())
                new HttpConnection(
                        socket, m_limits, [this](CouchRequest &) { return HttpConnection::Admission { 0, {}, m_limits.maxRequestBytes, 0 }; },
                        [this](const CouchRequest &r, HttpConnection *c) { forward(r, c); }, this);
        });
    }

    quint16 listen() { return m_tcp.listen(QHostAddress::LocalHost, 0) ? m_tcp.serverPort() : 0; }
    // The upstream's URL with this proxy's port: where a client goes to meet the faults.
    [[nodiscard]] QUrl address() const
    {
        QUrl url = m_upstream;
        url.setPort(m_tcp.serverPort());
        return url;
    }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    [[nodiscard]] int faultsInjected() const { return m_faults; }

private:
    QUrl m_upstream;
    ServerLimits m_limits;
    int m_every;
    bool m_enabled = true;
    int m_requests = 0;
    int m_faults = 0;
    QTcpServer m_tcp;
    QNetworkAccessManager m_network;

    void forward(const CouchRequest &request, HttpConnection *connection)
    {
        QUrl url = m_upstream;
        QString path;
        for (const QString &segment : request.segments)
            path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
        url.setPath(path, QUrl::StrictMode);
        url.setQuery(request.query);
        QNetworkRequest upstream(url);
        for (const auto &[name, value] : request.headers) {
            if (name.compare("Host", Qt::CaseInsensitive) != 0 && name.compare("Content-Length", Qt::CaseInsensitive) != 0
                && name.compare("Connection", Qt::CaseInsensitive) != 0)
                upstream.setRawHeader(name, value);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(upstream, request.method, request.body);
        QPointer<HttpConnection> client(connection);
        const bool inject = m_enabled && (++m_requests % m_every == 0);
        const Fault fault = Fault(m_faults % 6);
        if (inject)
            ++m_faults;
        connect(reply, &QNetworkReply::finished, this, [reply, client, inject, fault] {
            reply->deleteLater();
            if (!client)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (!inject) {
                client->respond(status == 0 ? 502 : status, body);
                return;
            }
            // The upstream has done the work; the client is told something broken.
            switch (fault) {
            case Fault::DropMidBody:
                client->beginStream(200);
                client->writeChunk(body.left(body.size() / 2));
                client->drop();
                break;
            case Fault::ServerError: client->respond(500, R"({"error":"internal_server_error","reason":"injected"})"); break;
            case Fault::Unavailable: client->respond(503, R"({"error":"unavailable","reason":"injected"})"); break;
            case Fault::TruncatedJson: client->respond(200, body.left(qMax<qsizetype>(1, body.size() - 7))); break;
            case Fault::MalformedJson: client->respond(200, "{\"results\": [ oops"); break;
            case Fault::Stall: QTimer::singleShot(4000, client, [client] { if (client) client->drop(); }); break;
            }
        });
    }
};
