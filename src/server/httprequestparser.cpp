#include "httprequestparser.h"

#include <QStringDecoder>

#include <algorithm>

#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>

namespace http = boost::beast::http;
using boost::beast::error_code;
using boost::beast::string_view;

namespace {
// A header line that starts with a space or tab continues the line before it (obs-fold): RFC
// 9112 lets a server refuse it, and proxies disagree on what it means. The header is whole in
// `input` before Beast takes any of it, so looking at what is there finds every fold; `from`
// skips what an earlier look saw (a header may come a byte at a time).
bool hasFoldedLine(const QByteArray &input, qsizetype &from)
{
    const qsizetype end = input.indexOf("\r\n\r\n", std::max<qsizetype>(0, from - 3));
    const qsizetype stop = end < 0 ? input.size() : end + 2;
    for (qsizetype i = std::max<qsizetype>(1, from); i < stop; ++i) {
        if ((input.at(i) == ' ' || input.at(i) == '\t') && input.at(i - 1) == '\n')
            return true;
    }
    from = stop;
    return false;
}

QByteArray bytes(string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// UTF-8 or nothing: a path or query that does not decode is refused, not patched with U+FFFD.
bool decodeUtf8(const QByteArray &raw, QString &out)
{
    // ConvertInitialBom: Qt would drop a leading U+FEFF, so "/%EF%BB%BF/" gave an empty segment
    // (found by fuzzing, tests/fuzz).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    out = decoder.decode(raw);
    return !decoder.hasError();
}
}

// Beast calls back into this for each part of the request; it fills the owner's CouchRequest.
class HttpRequestParser::Beast final : public http::basic_parser<true>
{
public:
    explicit Beast(HttpRequestParser &owner) : m_owner(owner) { }

private:
    HttpRequestParser &m_owner;

    void on_request_impl(http::verb, string_view method, string_view target, int version, error_code &ec) override
    {
        m_owner.m_request.method = bytes(method);
        m_owner.m_http11 = version == 11;
        if (version != 11 && version != 10) {
            m_owner.fail(505, "http_version_not_supported", "Only HTTP/1.0 and HTTP/1.1 are spoken here.");
            ec = http::error::bad_version;
            return;
        }
        if (!m_owner.setTarget(bytes(target)))
            ec = http::error::bad_target;
    }

    void on_response_impl(int, string_view, int, error_code &ec) override { ec = http::error::bad_method; }

    void on_field_impl(http::field name, string_view nameText, string_view value, error_code &ec) override
    {
        if (++m_owner.m_fields > m_owner.m_limits.headerFields) {
            m_owner.fail(431, "header_too_large", "Too many header fields.");
            ec = http::error::header_limit;
            return;
        }
        if (name == http::field::host) {
            if (m_owner.m_hasHost) {
                m_owner.fail(400, "bad_request", "More than one Host header.");
                ec = http::error::bad_field;
                return;
            }
            m_owner.m_hasHost = true;
        } else if (name == http::field::content_length && value.find(',') != string_view::npos) {
            // "2, 2" is allowed by RFC 9110 but read differently by some proxies: refused.
            m_owner.fail(400, "bad_request", "Content-Length must be a single number.");
            ec = http::error::bad_content_length;
            return;
        } else if (name == http::field::transfer_encoding) {
            if (!m_owner.m_transferEncoding.isEmpty())
                m_owner.m_transferEncoding += ',';
            m_owner.m_transferEncoding += bytes(value);
        } else if (name == http::field::expect) {
            if (!boost::beast::iequals(value, "100-continue")) {
                m_owner.fail(417, "expectation_failed", "Only Expect: 100-continue is understood.");
                ec = http::error::bad_value;
                return;
            }
            m_owner.m_expectContinue = true;
        }
        m_owner.m_request.headers.append({ bytes(nameText), bytes(value) });
    }

    void on_header_impl(error_code &ec) override
    {
        if (!m_owner.checkHeader())
            ec = http::error::bad_field;
    }

    void on_body_init_impl(const boost::optional<std::uint64_t> &length, error_code &) override
    {
        // The limit was checked against the length before this is called. At most 1 MiB is
        // set aside before the bytes come: a client that announces 32 MiB and sends one byte
        // must not make the server take 32 MiB of address space.
        if (length)
            m_owner.m_request.body.reserve(qsizetype(std::min<std::uint64_t>(*length, 1024 * 1024)));
    }

    std::size_t on_body_impl(string_view body, error_code &) override
    {
        m_owner.m_request.body.append(body.data(), qsizetype(body.size()));
        return body.size();
    }

    void on_chunk_header_impl(std::uint64_t, string_view, error_code &) override { }

    std::size_t on_chunk_body_impl(std::uint64_t, string_view body, error_code &) override
    {
        m_owner.m_request.body.append(body.data(), qsizetype(body.size()));
        return body.size();
    }

    void on_finish_impl(error_code &) override { }
};

HttpRequestParser::HttpRequestParser(const Limits &limits) : m_limits(limits), m_beast(std::make_unique<Beast>(*this))
{
    m_beast->header_limit(std::uint32_t(limits.headerBytes));
    m_beast->body_limit(std::uint64_t(limits.bodyBytes));
    m_beast->eager(false); // stop after the header: the caller decides whether to read the body
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::Step HttpRequestParser::fail(int status, const QByteArray &name, const QByteArray &reason)
{
    if (m_errorStatus == 0) { // the first reason is the one that counts
        m_errorStatus = status;
        m_errorName = name;
        m_errorReason = reason;
    }
    return Step::Failed;
}

bool HttpRequestParser::setTarget(const QByteArray &rawTarget)
{
    QByteArray target = rawTarget;
    // The absolute form ("http://host/path") is allowed by RFC 9112; only its path matters here.
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        fail(400, "bad_request", "The request target must be a path.");
        return false;
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty())
            continue;
        QString decoded;
        if (!decodeUtf8(QByteArray::fromPercentEncoding(segment), decoded)) {
            fail(400, "bad_request", "The path is not valid UTF-8.");
            return false;
        }
        m_request.segments.append(decoded);
    }
    if (question >= 0) {
        const QByteArray query = target.mid(question + 1);
        QString ignored;
        if (!decodeUtf8(QByteArray::fromPercentEncoding(query), ignored)) {
            fail(400, "bad_request", "The query is not valid UTF-8.");
            return false;
        }
        m_request.query = QUrlQuery(QString::fromUtf8(query));
    }
    return true;
}

bool HttpRequestParser::checkHeader()
{
    const bool http11 = m_http11;
    if (http11 && !m_hasHost) {
        fail(400, "bad_request", "HTTP/1.1 requests need a Host header.");
        return false;
    }
    if (!m_transferEncoding.isEmpty()) {
        // Beast has already refused Transfer-Encoding beside Content-Length. What is left to
        // refuse: any coding but a lone "chunked", which a proxy in front might frame otherwise.
        if (!http11 || m_transferEncoding.trimmed().toLower() != "chunked") {
            fail(400, "bad_request", "Only Transfer-Encoding: chunked is understood.");
            return false;
        }
    }
    m_keepAlive = m_beast->keep_alive();
    m_hasBody = !m_beast->is_done() && (m_beast->chunked() || m_beast->content_length().value_or(0) > 0);
    return true;
}

void HttpRequestParser::continueWithBody(qint64 bodyLimit)
{
    m_bodyAllowed = true;
    const std::optional<std::uint64_t> length = m_beast->content_length() ? std::optional(*m_beast->content_length()) : std::nullopt;
    if (length && *length > std::uint64_t(bodyLimit)) {
        fail(413, "too_large", "Request body is larger than " + QByteArray::number(bodyLimit) + " bytes.");
        return;
    }
    m_beast->body_limit(std::uint64_t(bodyLimit)); // counts down chunk by chunk for chunked bodies
    m_beast->eager(true);
}

HttpRequestParser::Step HttpRequestParser::feed(QByteArray &input)
{
    if (m_errorStatus != 0)
        return Step::Failed;
    if (m_beast->is_done())
        return Step::Complete;
    if (m_headerSeen && !m_bodyAllowed)
        return Step::HeaderReady;
    if (!input.isEmpty())
        m_started = true;
    if (!m_headerSeen && hasFoldedLine(input, m_foldScanned))
        return fail(400, "bad_request", "Folded header lines (obs-fold) are not accepted.");
    while (!input.isEmpty()) {
        error_code ec;
        const std::size_t used = m_beast->put(boost::asio::const_buffer(input.constData(), std::size_t(input.size())), ec);
        input.remove(0, qsizetype(used));
        if (m_errorStatus != 0)
            return Step::Failed;
        if (ec == http::error::need_more)
            return Step::NeedMore;
        if (ec == http::error::header_limit)
            return fail(431, "header_too_large", "Request headers are larger than " + QByteArray::number(m_limits.headerBytes) + " bytes.");
        if (ec == http::error::bad_version)
            return fail(505, "http_version_not_supported", "Only HTTP/1.0 and HTTP/1.1 are spoken here.");
        if (ec == http::error::body_limit)
            return fail(413, "too_large", "Request body is too large.");
        if (ec)
            return fail(400, "bad_request", "Malformed request: " + QByteArray::fromStdString(ec.message()) + '.');
        if (m_beast->is_header_done() && !m_headerSeen) {
            m_headerSeen = true;
            if (!m_beast->is_done())
                return Step::HeaderReady;
        }
        if (m_beast->is_done())
            return Step::Complete;
    }
    return Step::NeedMore;
}
