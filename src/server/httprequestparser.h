#pragma once

#include "couchrequest.h"

#include <QByteArray>

#include <memory>

// The HTTP/1.1 framing of one request, on Boost.Beast's parser (strict RFC 9112: request line,
// header fields, Content-Length and chunked bodies, smuggling refusals) with Buurtbrug's own
// limits on top. Fed bytes as they arrive; stops once after the header so the caller can decide
// whether the body is wanted at all (credentials, body limit, Expect: 100-continue).
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype headerBytes = 64 * 1024; // request line and all header fields together
        int headerFields = 100;
        qint64 bodyBytes = 32 * 1024 * 1024;
    };

    enum class Step {
        NeedMore,    // every byte given was taken; give more
        HeaderReady, // the header is complete; call continueWithBody() to read the body
        Complete,    // a whole request; take() it
        Failed,      // refused: see errorStatus() and errorReason(); the connection must close
    };

    explicit HttpRequestParser(const Limits &limits);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Parses from the front of `input`, removing what it took.
    Step feed(QByteArray &input);
    // After HeaderReady: the body may be read, up to bodyLimit bytes (413 beyond).
    void continueWithBody(qint64 bodyLimit);

    // Valid from HeaderReady on (the body only when Complete).
    [[nodiscard]] const CouchRequest &request() const { return m_request; }
    [[nodiscard]] CouchRequest &pending() { return m_request; }
    [[nodiscard]] CouchRequest take() { return std::move(m_request); }
    [[nodiscard]] bool keepAlive() const { return m_keepAlive; }
    [[nodiscard]] bool expectsContinue() const { return m_expectContinue; }
    [[nodiscard]] bool isHttp11() const { return m_http11; }
    [[nodiscard]] bool hasBody() const { return m_hasBody; }
    // A byte of this request has arrived (for the header time limit).
    [[nodiscard]] bool started() const { return m_started; }

    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    [[nodiscard]] const QByteArray &errorName() const { return m_errorName; }
    [[nodiscard]] const QByteArray &errorReason() const { return m_errorReason; }

private:
    class Beast;
    friend class Beast;

    Limits m_limits;
    std::unique_ptr<Beast> m_beast;
    CouchRequest m_request;
    QByteArray m_transferEncoding;
    int m_fields = 0;
    qsizetype m_foldScanned = 0; // bytes of the header looked at for folded lines
    bool m_started = false;
    bool m_headerSeen = false;
    bool m_headerReported = false;
    bool m_bodyAllowed = false;
    bool m_keepAlive = true;
    bool m_expectContinue = false;
    bool m_hasBody = false;
    bool m_hasHost = false;
    bool m_http11 = true;
    int m_errorStatus = 0;
    QByteArray m_errorName;
    QByteArray m_errorReason;

    Step fail(int status, const QByteArray &name, const QByteArray &reason);
    // The header's own checks, beyond the framing: returns false after fail().
    bool checkHeader();
    bool setTarget(const QByteArray &target);
};
