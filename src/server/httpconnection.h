#pragma once

#include "couchrequest.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

// One client connection speaking HTTP/1.1: parses requests incrementally (Content-Length and
// chunked bodies), refuses an oversized body from its headers before reading it, keeps the
// connection alive between requests, and lets the handler answer at once or later — as a
// whole, or as a chunked stream (longpoll heartbeats). One request at a time per connection;
// bytes of the next one wait until the current answer is complete.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const CouchRequest &, HttpConnection *)>;

    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    // A streamed answer: the status and headers now, chunks later, then finish().
    void beginStream(int status, const QByteArray &contentType = "application/json");
    void writeChunk(const QByteArray &data);
    void finishStream();
    // Closes the connection at once, mid-answer if need be (shutdown, a misbehaving client).
    void drop();
    [[nodiscard]] bool isOpen() const;

signals:
    void closed();

private:
    enum class State { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkTrailer, Handling };

    QTcpSocket *m_socket;
    qint64 m_maxBodyBytes;
    Handler m_handler;
    QByteArray m_buffer;
    State m_state = State::RequestLine;
    CouchRequest m_request;
    QByteArray m_version;
    qint64 m_bodyRemaining = 0;
    bool m_keepAlive = true;
    bool m_streaming = false;
    QTimer m_idle;

    void readMore();
    bool parseRequestLine(const QByteArray &line);
    void headersDone();
    void dispatch();
    void fail(int status, const QByteArray &error, const QByteArray &reason);
    [[nodiscard]] QByteArray head(int status, const QByteArray &contentType, qint64 length) const;
    void done();
};
