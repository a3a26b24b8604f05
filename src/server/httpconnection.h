#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "serverlimits.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class HttpRequestParser;
class QTcpSocket;

// One client connection speaking HTTP/1.1. Framing is HttpRequestParser's (Boost.Beast); this
// class owns the socket and what it may cost the server:
// - one request at a time: while one is answered nothing more is read from the socket, so an
//   eager client fills only Qt's bounded read buffer and then its own TCP window;
// - an answer the client does not read holds the next request back (backpressure) and closes the
//   connection when it stalls;
// - a request's header must arrive within a total time, not a time per byte (slowloris);
// - after the header, `admit` decides whether the body is wanted (credentials, body limit)
//   before a byte of it is read, and Expect: 100-continue is answered.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // The verdict on a request's header before its body is read.
    struct Admission
    {
        int status = 0;          // 0: read the body; else refuse with this status and close
        QByteArray body;         // the refusal's JSON
        qint64 bodyLimit = 0;    // when admitted
        int delayMs = 0;         // a refusal is sent this much later (failed credentials)
    };
    using Admit = std::function<Admission(CouchRequest &)>;
    using Handler = std::function<void(const CouchRequest &, HttpConnection *)>;

    HttpConnection(QTcpSocket *socket, const ServerLimits &limits, Admit admit, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    // Header lines (each ending in \r\n) the next answer carries besides the usual ones.
    void setExtraHeaders(QByteArray lines) { m_extraHeaders = std::move(lines); }
    // Answers and closes the connection afterwards (the rest of the stream is not read).
    void respondAndClose(int status, const QByteArray &body);
    // An answer produced piece by piece as the client reads it (chunked).
    void respondStreamed(int status, CouchResponse::Producer producer, const QByteArray &contentType = "application/json");
    // A streamed answer: the status and headers now, chunks later, then finish().
    void beginStream(int status, const QByteArray &contentType = "application/json");
    void writeChunk(const QByteArray &data);
    void finishStream();
    // Closes the connection at once, mid-answer if need be (shutdown, a revoked device).
    void drop();
    [[nodiscard]] bool isOpen() const;
    // More of an answer is waiting to be sent than ServerLimits::maxPendingOutputBytes: a
    // streamed feed writes nothing more until the client reads.
    [[nodiscard]] bool isBackedUp() const;
    [[nodiscard]] QString peerAddress() const;
    // The bytes of bodies being received on all connections together (the server's counter):
    // past ServerLimits::maxBufferedBodyBytes a body is refused with 503.
    void setBodyBudget(qint64 *bufferedBodies) { m_bufferedBodies = bufferedBodies; }

signals:
    void closed();

private:
    enum class State { Reading, Handling, Draining, Closing };

    QTcpSocket *m_socket;
    const ServerLimits &m_limits;
    Admit m_admit;
    Handler m_handler;
    std::unique_ptr<HttpRequestParser> m_parser;
    QString m_peer;
    QByteArray m_input;
    QByteArray m_method; // of the request being answered (HEAD gets no body)
    State m_state = State::Reading;
    bool m_keepAlive = true;
    bool m_http10 = false; // the request being answered came as HTTP/1.0
    bool m_headerClockRunning = false;
    bool m_lingering = false;
    qint64 m_discarded = 0;
    QTimer m_deadline;   // idle, header and body time limits
    QTimer m_writeStall; // an answer that is not being read
    CouchResponse::Producer m_producer;
    qint64 *m_bufferedBodies = nullptr;
    qint64 m_bodyCounted = 0; // of the request being read, counted in *m_bufferedBodies
    bool m_pumpQueued = false;
    QByteArray m_extraHeaders;

    void readMore();
    void parseInput();
    void admitBody();
    void complete();
    void fail(int status, const QByteArray &error, const QByteArray &reason);
    void deadlinePassed();
    void written();
    [[nodiscard]] QByteArray head(int status, const QByteArray &contentType, qint64 length);
    void write(const QByteArray &bytes);
    void done();
    void linger();
    void pump();
    // Counts the body read so far in the server's budget; false when the budget is spent.
    bool countBody();
    void releaseBody();
    void discardWhileClosing();
    void startNextRequest();
};
