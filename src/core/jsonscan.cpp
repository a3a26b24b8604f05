#include "jsonscan.h"

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstring>

namespace {
// Bit tricks over eight bytes at once: whether any byte is zero, or below n (n <= 128).
constexpr quint64 ones = 0x0101010101010101ULL;
constexpr quint64 highs = 0x8080808080808080ULL;
constexpr bool anyZero(quint64 v) { return ((v - ones) & ~v & highs) != 0; }
constexpr bool anyBelow(quint64 v, unsigned n) { return ((v - ones * n) & ~v & highs) != 0; }

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// An integer beyond 64 bits that is the very text a double is written as: Qt (like JavaScript)
// writes 1.5e20 as 150000000000000000000, and what it writes must read back (found by fuzzing).
bool isDoubleText(QByteArrayView integer)
{
    bool ok = false;
    const double d = integer.toDouble(&ok);
    if (!ok)
        return false;
    const QByteArray e = QByteArray::number(d < 0 ? -d : d, 'e', QLocale::FloatingPointShortest);
    const qsizetype at = e.indexOf('e');
    const int exponent = e.mid(at + 1).toInt();
    QByteArray digits = e.left(at);
    digits.replace(".", "");
    if (at < 0 || exponent < 0 || exponent > 400 || digits.size() > exponent + 1)
        return false;
    const QByteArray text = digits + QByteArray(exponent + 1 - digits.size(), '0');
    return text == (integer.startsWith('-') ? integer.sliced(1) : integer);
}
}

void JsonScan::skipSpace()
{
    const char *start = m_p;
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
    m_sawSpace = m_sawSpace || m_p != start;
}

bool JsonScan::fail(const char *reason)
{
    if (!m_error)
        m_error = reason;
    return false;
}

bool JsonScan::stop()
{
    if (!m_error)
        m_stopped = true;
    return false;
}

bool JsonScan::expect(char c)
{
    skipSpace();
    if (m_p == m_end || *m_p != c) {
        switch (c) {
        case ':': return fail("expected ':' after a member name");
        case '}': return fail("expected ',' or '}' in an object");
        case ']': return fail("expected ',' or ']' in an array");
        case '{': return fail("expected an object");
        default: return fail("expected an array");
        }
    }
    ++m_p;
    return true;
}

bool JsonScan::enter()
{
    return ++m_depth <= m_maxDepth || fail("values are nested too deeply");
}

bool JsonScan::atEnd()
{
    skipSpace();
    return m_p == m_end;
}

char JsonScan::peek()
{
    skipSpace();
    return m_p == m_end ? 0 : *m_p;
}

bool JsonScan::value(QByteArrayView *span)
{
    skipSpace();
    const char *start = m_p;
    if (m_p == m_end)
        return fail("unexpected end of the text");
    bool ok = false;
    switch (*m_p) {
    case '{': ok = object(); break;
    case '[': ok = array(); break;
    case '"': ok = string(nullptr, nullptr); break;
    case 't': ok = literal("true", 4); break;
    case 'f': ok = literal("false", 5); break;
    case 'n': ok = literal("null", 4); break;
    default: ok = (*m_p == '-' || isDigit(*m_p)) ? number() : fail("unexpected character");
    }
    if (ok && span)
        *span = QByteArrayView(start, m_p - start);
    return ok;
}

bool JsonScan::object()
{
    return members([this](QByteArrayView, bool, qsizetype) { return value(); });
}

bool JsonScan::array()
{
    return elements([this]() { return value(); });
}

bool JsonScan::string(QByteArrayView *raw, bool *escaped)
{
    ++m_p; // the opening quote
    const char *start = m_p;
    // Qt's UTF-8 decoding drops a U+FEFF that begins a string: QJsonDocument would read
    // "\xEF\xBB\xBF_id" as a member "_id" that value("_id") does not find. Refused rather than
    // changed (found by fuzzing, tests/fuzz); written as the escape \ufeff it is kept.
    if (m_end - m_p >= 3 && memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        return fail("a string begins with an unescaped U+FEFF");
    bool sawEscape = false;
    for (;;) {
        // Plain text goes eight bytes at a time, up to a quote, a backslash or a control byte.
        while (m_end - m_p >= 8) {
            quint64 word;
            memcpy(&word, m_p, 8);
            if (anyZero(word ^ (ones * '"')) || anyZero(word ^ (ones * '\\')) || anyBelow(word, 0x20))
                break;
            m_p += 8;
        }
        if (m_p == m_end)
            return fail("unterminated string");
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"')
            break;
        if (c < 0x20)
            return fail("control character in a string");
        if (c == '\\') {
            sawEscape = true;
            if (++m_p == m_end)
                return fail("unterminated string");
            switch (*m_p) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                break;
            case 'u':
                if (m_end - m_p < 5 || !isHex(m_p[1]) || !isHex(m_p[2]) || !isHex(m_p[3]) || !isHex(m_p[4]))
                    return fail("invalid \\u escape in a string");
                m_p += 4;
                break;
            default:
                return fail("invalid escape in a string");
            }
        }
        ++m_p;
    }
    if (raw)
        *raw = QByteArrayView(start, m_p - start);
    if (escaped)
        *escaped = sawEscape;
    ++m_p; // the closing quote
    return true;
}

bool JsonScan::number()
{
    const char *start = m_p;
    bool plainInteger = true;
    if (*m_p == '-')
        ++m_p;
    if (m_p == m_end || !isDigit(*m_p))
        return fail("invalid number");
    if (*m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    if (m_p < m_end && *m_p == '.') {
        plainInteger = false;
        if (++m_p == m_end || !isDigit(*m_p))
            return fail("invalid number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        plainInteger = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("invalid number");
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    // A number a double cannot hold (1e400, or 2e-324, which would be 0) is refused, as
    // QJsonDocument refuses it: stored as text it would read back as nothing.
    if (plainInteger && m_p - start <= 15)
        return true;
    // An integer is kept as a 64-bit integer; beyond that it would come back rounded, so it is
    // refused rather than changed (123456789012345678901234567890 is not 1.2345678901234568e29).
    if (plainInteger) {
        bool fits = false;
        (void)QByteArrayView(start, m_p - start).toLongLong(&fits);
        return fits || isDoubleText(QByteArrayView(start, m_p - start)) || fail("integer beyond 64 bits");
    }
    bool ok = false;
    (void)QByteArrayView(start, m_p - start).toDouble(&ok);
    return ok || fail("number out of range");
}

bool JsonScan::literal(const char *word, qsizetype length)
{
    if (m_end - m_p < length || memcmp(m_p, word, size_t(length)) != 0)
        return fail("unexpected word");
    m_p += length;
    return true;
}

QString JsonScan::decode(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw);
    // Rare (ids and keys are plain text): Qt resolves the escapes, surrogate pairs included.
    QByteArray wrapped;
    wrapped.reserve(raw.size() + 4);
    wrapped.append("[\"").append(raw).append("\"]");
    return QJsonDocument::fromJson(wrapped).array().first().toString();
}

bool JsonScan::toInt(QByteArrayView number, int &out)
{
    bool ok = false;
    out = number.toInt(&ok);
    if (ok)
        return true;
    const double d = number.toDouble(&ok);
    if (!ok || d < -2147483648.0 || d > 2147483647.0 || d != double(int(d)))
        return false;
    out = int(d);
    return true;
}

bool JsonScan::isValidUtf8(QByteArrayView text)
{
    return JsonText::isValidUtf8(text);
}
