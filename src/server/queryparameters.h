#pragma once

#include "couchrequest.h"
#include "couchresponse.h"

#include <optional>

// Reads a request's query values as CouchDB's HTTP layer does, keeping the first refusal in
// CouchDB's words (query_parse_error for numbers and booleans, bad_request for JSON values):
// a value that makes no sense is answered with 400, never read as a default.
class QueryParameters
{
public:
    explicit QueryParameters(const CouchRequest &request) : m_request(request) { }

    [[nodiscard]] bool boolean(const QString &name, bool fallback);
    // positive: CouchDB's "positive integer" (0 allowed, negatives refused).
    [[nodiscard]] qint64 integer(const QString &name, qint64 fallback, bool positive = true);
    // A JSON value (startkey="a"); absent: null (check has() first).
    [[nodiscard]] QJsonValue json(const QString &name);
    [[nodiscard]] bool has(const QString &name) const { return m_request.has(name); }
    [[nodiscard]] QString text(const QString &name) const { return m_request.text(name); }
    // The first refusal met, if any.
    [[nodiscard]] const std::optional<CouchResponse> &error() const { return m_error; }
    void fail(CouchResponse response)
    {
        if (!m_error)
            m_error = std::move(response);
    }

private:
    const CouchRequest &m_request;
    std::optional<CouchResponse> m_error;
};
