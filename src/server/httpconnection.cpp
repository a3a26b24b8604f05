#include "httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr int idleTimeoutMs = 120000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Object Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}
}

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_maxBodyBytes(maxBodyBytes), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // Answers are written whole; waiting to coalesce small writes only adds latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state != State::Handling)
            m_socket->disconnectFromHost();
    });
    m_idle.start();
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::readMore()
{
    m_buffer += m_socket->readAll();
#ifdef Q_OS_LINUX
    // Acknowledge at once. Clients that send headers and body in two writes with Nagle on
    // (Qt's own QNetworkAccessManager does) otherwise wait for a delayed ACK: ~40 ms a request.
    // The kernel clears the flag again, so it is set after every read.
    const int one = 1;
    setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#endif
    m_idle.start();
    while (m_state != State::Handling) {
        if (m_state == State::RequestLine || m_state == State::Headers || m_state == State::ChunkSize
            || m_state == State::ChunkTrailer) {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_buffer.size() > maxHeaderBytes)
                    fail(431, "header_too_large", "Request headers are too large.");
                return;
            }
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            if (m_state == State::RequestLine) {
                if (line.isEmpty())
                    continue; // tolerate blank lines between requests
                if (!parseRequestLine(line))
                    return;
                m_state = State::Headers;
            } else if (m_state == State::Headers) {
                if (line.isEmpty()) {
                    headersDone();
                    continue;
                }
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    fail(400, "bad_request", "Malformed header line.");
                    return;
                }
                m_request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            } else if (m_state == State::ChunkSize) {
                bool ok = false;
                const qint64 size = line.split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0) {
                    fail(400, "bad_request", "Malformed chunk size.");
                    return;
                }
                if (m_request.body.size() + size > m_maxBodyBytes) {
                    fail(413, "too_large", "Request body is larger than " + QByteArray::number(m_maxBodyBytes) + " bytes.");
                    return;
                }
                m_bodyRemaining = size;
                m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            } else { // trailer: ends with an empty line
                if (line.isEmpty())
                    dispatch();
            }
        } else if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, m_buffer.size());
            m_request.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_bodyRemaining -= take;
            if (m_bodyRemaining > 0)
                return;
            if (m_state == State::Body) {
                dispatch();
            } else {
                if (m_buffer.size() < 2)
                    return; // wait for the CRLF after the chunk
                m_buffer.remove(0, 2);
                m_state = State::ChunkSize;
            }
        }
    }
}

bool HttpConnection::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        fail(400, "bad_request", "Malformed request line.");
        return false;
    }
    m_request = CouchRequest();
    m_request.method = parts.at(0);
    m_version = parts.at(2);
    const QByteArray target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    if (question >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (const QByteArray &segment : path.split('/')) {
        if (!segment.isEmpty())
            m_request.segments.append(QUrl::fromPercentEncoding(segment));
    }
    return true;
}

void HttpConnection::headersDone()
{
    const QByteArray connection = m_request.header("Connection").toLower();
    m_keepAlive = m_version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (m_request.header("Transfer-Encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return;
    }
    bool ok = true;
    const QByteArray lengthHeader = m_request.header("Content-Length");
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || length < 0) {
        fail(400, "bad_request", "Malformed Content-Length.");
        return;
    }
    if (length > m_maxBodyBytes) { // refused before a byte of it is read
        fail(413, "too_large", "Request body is larger than " + QByteArray::number(m_maxBodyBytes) + " bytes.");
        return;
    }
    m_bodyRemaining = length;
    m_state = State::Body;
    if (length == 0)
        dispatch();
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    m_handler(m_request, this);
}

void HttpConnection::fail(int status, const QByteArray &error, const QByteArray &reason)
{
    m_keepAlive = false; // the rest of the stream cannot be trusted
    m_state = State::Handling;
    respond(status, QJsonDocument(QJsonObject { { "error", QString::fromUtf8(error) }, { "reason", QString::fromUtf8(reason) } })
                            .toJson(QJsonDocument::Compact));
}

QByteArray HttpConnection::head(int status, const QByteArray &contentType, qint64 length) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
            "Server: buurtbrug-server\r\n"
            "Cache-Control: must-revalidate\r\n"
            "Content-Type: " + contentType + "\r\n";
    head += length < 0 ? QByteArray("Transfer-Encoding: chunked\r\n") : "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return head;
}

void HttpConnection::respond(int status, const QByteArray &body, const QByteArray &contentType)
{
    // One write for head and body: no small packet waits for a delayed ACK.
    m_socket->write(head(status, contentType, body.size()) + (m_request.method == "HEAD" ? QByteArray() : body));
    // Out now, not on a later turn of the event loop: another connection's request may be
    // handled first and this client would wait for it.
    m_socket->flush();
    done();
}

void HttpConnection::beginStream(int status, const QByteArray &contentType)
{
    m_streaming = true;
    m_socket->write(head(status, contentType, -1));
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    m_socket->flush();
}

void HttpConnection::finishStream()
{
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
    m_streaming = false;
    done();
}

void HttpConnection::drop()
{
    m_socket->abort();
}

void HttpConnection::done()
{
    m_idle.start();
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::RequestLine;
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}
