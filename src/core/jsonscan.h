#pragma once

#include "storeerror.h"

#include <QByteArrayView>
#include <QString>

// Strict reading of JSON text (RFC 8259) that builds no values: it finds where each value
// begins and ends, so a document can be taken out of a large body and passed on as the bytes
// it arrived in. Everything it skips is checked as QJsonDocument would check it, except UTF-8,
// which JsonText::isValidUtf8 checks for the whole text first.
class JsonScan
{
public:
    // How deep a document may nest. A body that carries documents (a _bulk_get answer, a
    // _bulk_docs request) is read with a few levels more, so every document a store took can
    // travel in one.
    static constexpr int documentDepth = 512;
    static constexpr int envelopeDepth = documentDepth + 8;

    explicit JsonScan(QByteArrayView text, int maxDepth = documentDepth)
        : m_begin(text.data()), m_p(text.data()), m_end(text.data() + text.size()), m_maxDepth(maxDepth)
    {
    }

    // One value (with the whitespace before it); its text without surrounding whitespace
    // goes to span. False, with error() set, when it is not valid JSON.
    [[nodiscard]] bool value(QByteArrayView *span = nullptr);
    // True when only whitespace is left.
    [[nodiscard]] bool atEnd();
    // The first character of the next value ('{', '[', '"', ...), 0 at the end.
    [[nodiscard]] char peek();
    // Visits the members of the object that starts here. onMember(key, keyEscaped, memberStart)
    // gets the key as written between its quotes and whether it holds escapes; it must read
    // the member's value from this scanner (value(), members(), elements()), after which
    // since(memberStart) is the whole "key":value text. Returning false stops the scan: an
    // error when error() is set, else a wanted stop (stopped()).
    template<typename OnMember>
    [[nodiscard]] bool members(OnMember &&onMember);
    // Visits the values of the array that starts here; onElement reads each one, as above.
    template<typename OnElement>
    [[nodiscard]] bool elements(OnElement &&onElement);
    [[nodiscard]] QByteArrayView since(qsizetype offset) const { return QByteArrayView(m_begin + offset, m_p - m_begin - offset); }
    // The whole text as one JSON object (a request body), read with members(): a StoreError
    // says why when it is empty, not UTF-8, not an object or not JSON.
    template<typename OnMember>
    [[nodiscard]] StoreError readObject(OnMember &&onMember);

    // Whitespace was skipped between tokens (the text is not in compact form).
    [[nodiscard]] bool sawSpace() const { return m_sawSpace; }
    [[nodiscard]] bool stopped() const { return m_stopped; }
    [[nodiscard]] const char *error() const { return m_error; }
    [[nodiscard]] qsizetype offset() const { return m_p - m_begin; }

    // The text of a string token's content (between its quotes), with escapes resolved.
    [[nodiscard]] static QString decode(QByteArrayView raw, bool escaped);
    // A number token as an int, when it is one exactly.
    [[nodiscard]] static bool toInt(QByteArrayView number, int &out);

private:
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    const char *m_error = nullptr;
    int m_depth = 0;
    bool m_sawSpace = false;
    bool m_stopped = false;

    void skipSpace();
    bool fail(const char *reason);
    bool expect(char c);
    bool string(QByteArrayView *raw, bool *escaped);
    bool number();
    bool literal(const char *word, qsizetype length);
    bool object();
    bool array();
    bool enter();
    bool stop();
    // An object or array: open, items separated by commas, close; item() reads one.
    template<typename Item>
    bool sequence(char open, char close, Item &&item);
    static bool isValidUtf8(QByteArrayView text);
};

template<typename Item>
bool JsonScan::sequence(char open, char close, Item &&item)
{
    if (!expect(open) || !enter())
        return false;
    skipSpace();
    if (m_p < m_end && *m_p == close) {
        ++m_p;
        --m_depth;
        return true;
    }
    for (;;) {
        skipSpace();
        if (!item())
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (!expect(close))
            return false;
        --m_depth;
        return true;
    }
}

template<typename OnMember>
bool JsonScan::members(OnMember &&onMember)
{
    return sequence('{', '}', [&]() {
        const qsizetype memberStart = offset();
        QByteArrayView key;
        bool escaped = false;
        if (m_p == m_end || *m_p != '"')
            return fail("expected a member name");
        if (!string(&key, &escaped) || !expect(':'))
            return false;
        skipSpace();
        const char *valueStart = m_p;
        if (!onMember(key, escaped, memberStart))
            return stop();
        return m_p != valueStart || fail("expected a value");
    });
}

template<typename OnElement>
bool JsonScan::elements(OnElement &&onElement)
{
    return sequence('[', ']', [&]() {
        const char *start = m_p;
        if (!onElement())
            return stop();
        return m_p != start || fail("expected a value");
    });
}

template<typename OnMember>
StoreError JsonScan::readObject(OnMember &&onMember)
{
    const QByteArrayView text(m_begin, m_end - m_begin);
    if (text.trimmed().isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("Request body is empty; a JSON object is expected."));
    if (!isValidUtf8(text))
        return StoreError::make(StoreError::Code::InvalidUtf8, QStringLiteral("the text is not valid UTF-8"));
    if (peek() != '{')
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("expected a JSON object"));
    if (!members(std::forward<OnMember>(onMember)) || !atEnd())
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("invalid JSON at byte %1: %2")
                                                                       .arg(offset())
                                                                       .arg(QLatin1String(m_error ? m_error : "more text after the value")));
    return StoreError::none();
}
