#include "httpconnection.h"

#include "httprequestparser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Object Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

QByteArray errorJson(const QByteArray &error, const QByteArray &reason)
{
    return QJsonDocument(QJsonObject { { "error", QString::fromUtf8(error) }, { "reason", QString::fromUtf8(reason) } })
            .toJson(QJsonDocument::Compact);
}

constexpr int lingerMs = 2000;
constexpr qint64 maxDiscardBytes = 1024 * 1024;

HttpRequestParser::Limits parserLimits(const ServerLimits &limits)
{
    return { limits.maxHeaderBytes, limits.maxHeaderFields, limits.maxRequestBytes };
}
}

HttpConnection::HttpConnection(QTcpSocket *socket, const ServerLimits &limits, Admit admit, Handler handler, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_limits(limits),
      m_admit(std::move(admit)),
      m_handler(std::move(handler)),
      m_parser(std::make_unique<HttpRequestParser>(parserLimits(limits)))
{
    m_socket->setParent(this);
    m_peer = m_socket->peerAddress().toString();
    // Qt stops reading from the kernel when this much is unread: a client that sends while
    // its answer is pending costs this, then waits on its own TCP window.
    m_socket->setReadBufferSize(limits.readBufferBytes);
    // Answers are written whole; waiting to coalesce small writes only adds latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::written);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        emit closed();
        deleteLater();
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::deadlinePassed);
    m_writeStall.setSingleShot(true);
    m_writeStall.setInterval(limits.writeStallMs);
    connect(&m_writeStall, &QTimer::timeout, this, &HttpConnection::drop);
    // A new connection is expected to speak at once: the header limit, not the idle one.
    m_deadline.start(limits.headerTimeoutMs);
}

HttpConnection::~HttpConnection()
{
    releaseBody();
}

bool HttpConnection::countBody()
{
    if (!m_bufferedBodies)
        return true;
    const qint64 size = m_parser->pending().body.size();
    *m_bufferedBodies += size - m_bodyCounted;
    m_bodyCounted = size;
    return *m_bufferedBodies <= m_limits.maxBufferedBodyBytes;
}

void HttpConnection::releaseBody()
{
    if (m_bufferedBodies)
        *m_bufferedBodies -= m_bodyCounted;
    m_bodyCounted = 0;
}

bool HttpConnection::isBackedUp() const
{
    return m_socket->bytesToWrite() > m_limits.maxPendingOutputBytes;
}

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QString HttpConnection::peerAddress() const
{
    return m_peer;
}

void HttpConnection::readMore()
{
    if (m_state == State::Closing) {
        discardWhileClosing();
        return;
    }
    if (m_state != State::Reading)
        return; // bytes wait in the socket's bounded buffer until this answer is out
    // Enough room for the largest header the parser accepts, plus a read's worth.
    const qint64 room = m_limits.maxHeaderBytes + m_limits.readBufferBytes - m_input.size();
    if (room > 0 && m_socket->bytesAvailable() > 0)
        m_input += m_socket->read(room);
#ifdef Q_OS_LINUX
    // Acknowledge at once. Clients that send headers and body in two writes with Nagle on
    // (Qt's own QNetworkAccessManager does) otherwise wait for a delayed ACK: ~40 ms a request.
    // The kernel clears the flag again, so it is set after every read.
    const int one = 1;
    setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#endif
    parseInput();
}

void HttpConnection::parseInput()
{
    while (m_state == State::Reading) {
        const HttpRequestParser::Step step = m_parser->feed(m_input);
        if (step != HttpRequestParser::Step::Failed && !countBody()) {
            // Many large bodies at once: this one waits for a quieter moment.
            fail(503, "service_unavailable", "The server is receiving too much at once; try again shortly.");
            return;
        }
        switch (step) {
        case HttpRequestParser::Step::NeedMore:
            if (m_parser->started() && !m_headerClockRunning) {
                // The whole header gets one time limit from its first byte: a byte now and
                // then does not keep a connection open.
                m_headerClockRunning = true;
                m_deadline.start(m_limits.headerTimeoutMs);
            }
            if (m_socket->bytesAvailable() > 0 && m_input.size() < m_limits.maxHeaderBytes + m_limits.readBufferBytes) {
                m_input += m_socket->read(m_limits.maxHeaderBytes + m_limits.readBufferBytes - m_input.size());
                continue;
            }
            return;
        case HttpRequestParser::Step::HeaderReady:
            admitBody();
            continue;
        case HttpRequestParser::Step::Complete:
            complete();
            return;
        case HttpRequestParser::Step::Failed:
            fail(m_parser->errorStatus(), m_parser->errorName(), m_parser->errorReason());
            return;
        }
    }
}

void HttpConnection::admitBody()
{
    m_keepAlive = m_parser->keepAlive();
    m_http10 = !m_parser->isHttp11();
    CouchRequest &request = m_parser->pending();
    request.peer = m_peer;
    request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    const Admission verdict = m_admit(request);
    if (verdict.status != 0) {
        m_state = State::Handling;
        m_deadline.stop();
        m_method = request.method;
        if (verdict.delayMs <= 0) {
            respondAndClose(verdict.status, verdict.body);
            return;
        }
        QTimer::singleShot(verdict.delayMs, this, [this, verdict] { respondAndClose(verdict.status, verdict.body); });
        return;
    }
    // The size is checked before the client is invited to send the body.
    m_parser->continueWithBody(verdict.bodyLimit);
    if (m_parser->errorStatus() != 0) {
        fail(m_parser->errorStatus(), m_parser->errorName(), m_parser->errorReason());
        return;
    }
    if (m_parser->expectsContinue() && m_parser->isHttp11()) // HTTP/1.0 clients ignore 100
        write("HTTP/1.1 100 Continue\r\n\r\n");
    m_headerClockRunning = true; // the body has its own limit from here; no header clock
    m_deadline.start(m_limits.bodyTimeoutMs);
}

void HttpConnection::complete()
{
    m_keepAlive = m_parser->keepAlive();
    m_http10 = !m_parser->isHttp11();
    const bool admitted = m_parser->hasBody();
    releaseBody(); // handed on: the handler's now
    CouchRequest request = m_parser->take();
    request.peer = m_peer;
    if (!admitted) // a request with a body got its time when its header was admitted
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_parser = std::make_unique<HttpRequestParser>(parserLimits(m_limits));
    m_state = State::Handling;
    m_deadline.stop();
    m_headerClockRunning = false;
    m_method = request.method;
    m_handler(request, this);
}

void HttpConnection::deadlinePassed()
{
    if (m_state == State::Closing) {
        m_socket->abort(); // the lingering time is over
        return;
    }
    if (m_state != State::Reading)
        return;
    if (m_parser->started())
        fail(408, "request_timeout", "The request did not arrive in time.");
    else
        drop(); // an idle keep-alive connection: nothing to answer
}

void HttpConnection::fail(int status, const QByteArray &error, const QByteArray &reason)
{
    releaseBody();
    m_state = State::Handling;
    m_deadline.stop();
    respondAndClose(status, errorJson(error, reason));
}

QByteArray HttpConnection::head(int status, const QByteArray &contentType, qint64 length)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
            "Server: buurtbrug-server\r\n"
            "Cache-Control: must-revalidate\r\n"
            "Content-Type: " + contentType + "\r\n";
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    else if (!m_http10)
        head += "Transfer-Encoding: chunked\r\n";
    head += m_extraHeaders;
    m_extraHeaders.clear();
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return head;
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (!isOpen())
        return; // dropped meanwhile (a stalled reader, a revoked device): nobody to answer
    m_socket->write(bytes);
    // Out now, not on a later turn of the event loop: another connection's request may be
    // handled first and this client would wait for it.
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0 && !m_writeStall.isActive())
        m_writeStall.start();
}

void HttpConnection::written()
{
    if (m_socket->bytesToWrite() == 0)
        m_writeStall.stop();
    else
        m_writeStall.start(); // progress: the stall is counted from here
    if (m_state == State::Draining && m_socket->bytesToWrite() <= m_limits.maxPendingOutputBytes)
        startNextRequest();
    if (m_producer && !m_pumpQueued && m_socket->bytesToWrite() <= m_limits.maxPendingOutputBytes) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
    }
    if (m_state == State::Closing && m_socket->bytesToWrite() == 0 && !m_lingering)
        linger();
}

void HttpConnection::respond(int status, const QByteArray &body, const QByteArray &contentType)
{
    if (m_state == State::Closing)
        return;
    // One write for head and body: no small packet waits for a delayed ACK.
    write(head(status, contentType, body.size()) + (m_method == "HEAD" ? QByteArray() : body));
    done();
}

void HttpConnection::respondAndClose(int status, const QByteArray &body)
{
    m_keepAlive = false;
    respond(status, body);
}

void HttpConnection::respondStreamed(int status, CouchResponse::Producer producer, const QByteArray &contentType)
{
    beginStream(status, contentType);
    if (m_method == "HEAD") {
        finishStream(); // the head only: nothing is produced
        return;
    }
    m_producer = std::move(producer);
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

void HttpConnection::pump()
{
    // One piece per turn of the event loop, and only while the client keeps up: a large
    // answer neither fills the server's memory nor keeps other connections waiting.
    m_pumpQueued = false;
    if (!m_producer || m_state == State::Closing || !isOpen())
        return;
    if (m_socket->bytesToWrite() > m_limits.maxPendingOutputBytes)
        return; // written() pumps again once the client has read
    std::optional<QByteArray> piece = m_producer();
    if (!piece) {
        m_producer = nullptr;
        finishStream();
        return;
    }
    writeChunk(*piece);
    if (!m_pumpQueued && m_socket->bytesToWrite() <= m_limits.maxPendingOutputBytes) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
    }
}

void HttpConnection::beginStream(int status, const QByteArray &contentType)
{
    // An HTTP/1.0 client cannot read chunks: the answer ends when the connection closes.
    if (m_http10)
        m_keepAlive = false;
    write(head(status, contentType, -1));
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (data.isEmpty() || m_method == "HEAD") // a HEAD answer has no body, streamed or not
        return;
    write(m_http10 ? data : QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::finishStream()
{
    if (m_method != "HEAD" && !m_http10)
        write("0\r\n\r\n");
    done();
}

void HttpConnection::drop()
{
    m_state = State::Closing;
    m_deadline.stop();
    m_socket->abort();
}

void HttpConnection::done()
{
    if (!m_keepAlive) {
        m_state = State::Closing;
        m_deadline.stop();
        if (m_socket->bytesToWrite() == 0)
            linger();
        return; // else written() lingers once the answer is out, or the stall timer drops it
    }
    if (m_socket->bytesToWrite() > m_limits.maxPendingOutputBytes) {
        m_state = State::Draining; // the next request waits until the client reads this answer
        return;
    }
    startNextRequest();
}

void HttpConnection::linger()
{
    // A client may still be sending what was refused. Closing now would reset the connection
    // and could destroy the answer before it is read; instead the sending side is closed and
    // what still comes is read and thrown away, for a short time and a bounded amount.
    m_lingering = true;
#ifdef Q_OS_LINUX
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    m_input.clear();
    m_deadline.start(lingerMs);
    discardWhileClosing();
}

void HttpConnection::discardWhileClosing()
{
    if (!m_lingering)
        return; // the answer is still going out; unread bytes wait in the bounded buffer
    m_discarded += m_socket->skip(m_socket->bytesAvailable());
    if (m_discarded > maxDiscardBytes)
        m_socket->abort();
}

void HttpConnection::startNextRequest()
{
    m_state = State::Reading;
    m_deadline.start(m_limits.idleTimeoutMs);
    // Pipelined bytes may already be here; a queued call keeps one client's burst from
    // answering request after request inside this call stack.
    QMetaObject::invokeMethod(this, &HttpConnection::readMore, Qt::QueuedConnection);
}
