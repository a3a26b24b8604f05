#pragma once

// A tile server on 127.0.0.1 for the map's tests: GET /tiles/Z/X/Y.png answers a generated
// 256 × 256 PNG whose colour says which tile it is (colourOf), or, by mode, a server error, a
// page of text, a PNG cut short, or nothing at all (a server that hangs). It counts what it
// was asked. Listens on the first free port of 27000-27099 (this project's test range).
#include <QBuffer>
#include <QColor>
#include <QHash>
#include <QPointer>
#include <QImage>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

class TileServer : public QObject
{
public:
    enum class Mode { Tiles, ServerError, Garbage, Truncated, Silent };

    Mode mode = Mode::Tiles;
    int requests = 0;
    QStringList paths;
    QByteArray lastUserAgent;

    static QColor colourOf(int z, int x, int y)
    {
        return QColor::fromHsv((x * 37 + y * 91 + z * 13) % 360, 90, 230);
    }

    static QByteArray png(int z, int x, int y)
    {
        QImage image(256, 256, QImage::Format_RGB32);
        image.fill(colourOf(z, x, y));
        // A darker street across, so panning shows on a screenshot.
        for (int i = 0; i < 256; ++i) {
            for (int w = 0; w < 6; ++w)
                image.setPixelColor(i, 128 + w - 3, colourOf(z, x, y).darker(160));
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    bool listen()
    {
        for (quint16 port = 27000; port < 27100; ++port) {
            if (m_server.listen(QHostAddress::LocalHost, port))
                break;
        }
        if (!m_server.isListening())
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_pending.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        return true;
    }

    void close()
    {
        m_server.close();
        for (QTcpSocket *socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    quint16 port() const { return m_server.serverPort(); }
    QString urlTemplate() const { return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(port()); }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;

    void answer(QTcpSocket *socket)
    {
        QByteArray &buffered = m_pending[socket];
        buffered += socket->readAll();
        // Keep-alive: one connection may carry several requests, one after the other.
        qsizetype end;
        while ((end = buffered.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffered.left(end);
            buffered.remove(0, end + 4);
            ++requests;
            const QByteArray line = head.left(head.indexOf("\r\n"));
            const QString path = QString::fromLatin1(line.split(' ').value(1));
            paths.append(path);
            const qsizetype ua = head.toLower().indexOf("user-agent: ");
            lastUserAgent = ua >= 0 ? head.mid(ua + 12, head.indexOf("\r\n", ua) - ua - 12) : QByteArray();
            if (mode == Mode::Silent)
                continue;
            static const QRegularExpression tile(QStringLiteral("^/tiles/(\\d+)/(\\d+)/(\\d+)\\.png$"));
            const QRegularExpressionMatch m = tile.match(path);
            QByteArray status = "200 OK";
            QByteArray type = "image/png";
            QByteArray body;
            if (!m.hasMatch()) {
                status = "404 Not Found";
                type = "text/plain";
                body = "no such tile";
            } else if (mode == Mode::ServerError) {
                status = "500 Internal Server Error";
                type = "text/plain";
                body = "overloaded";
            } else if (mode == Mode::Garbage) {
                type = "text/html";
                body = "<html><body>Service Unavailable</body></html>";
            } else {
                body = png(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                if (mode == Mode::Truncated)
                    body = body.left(60);
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QHash<QTcpSocket *, QByteArray> m_pending;
};
