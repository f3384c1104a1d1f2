#include "core/sources/http/jsoncursor.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sources::Http {

namespace {

// Stack entries: which container is open and whether it is still before its first element.
constexpr quint8 kFirst = 1;
constexpr quint8 kObject = 2;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool parseDecimal(QByteArrayView text, double &out)
{
    const char *first = text.data();
    const char *last = first + text.size();
    if (first != last && *first == '+')
        ++first;
    if (first == last || !(isDigit(*first) || *first == '-' || *first == '.'))
        return false; // from_chars would take "inf"/"nan" words; those are not decimals
    const auto [end, ec] = std::from_chars(first, last, out, std::chars_format::general);
    return ec == std::errc() && end == last && std::isfinite(out);
}

JsonCursor::JsonCursor(QByteArrayView data)
    : m_data(data.data())
    , m_size(data.size())
{
}

bool JsonCursor::fail(const char *what)
{
    if (m_error.isEmpty())
        m_error = QString::fromLatin1(what) + u" at byte "_s + QString::number(m_pos);
    m_pos = m_size;
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonCursor::expect(char c)
{
    skipSpace();
    if (m_pos >= m_size)
        return fail("unexpected end of data");
    if (m_data[m_pos] != c)
        return fail("unexpected character");
    ++m_pos;
    return true;
}

JsonCursor::Kind JsonCursor::peek()
{
    if (!ok())
        return Kind::Invalid;
    skipSpace();
    if (m_pos >= m_size)
        return Kind::Invalid;
    switch (m_data[m_pos]) {
    case '{': return Kind::Object;
    case '[': return Kind::Array;
    case '"': return Kind::String;
    case 't':
    case 'f': return Kind::Bool;
    case 'n': return Kind::Null;
    default: break;
    }
    const char c = m_data[m_pos];
    return c == '-' || isDigit(c) ? Kind::Number : Kind::Invalid;
}

bool JsonCursor::enterObject()
{
    if (!ok() || !expect('{'))
        return false;
    if (m_first.size() >= kMaxDepth)
        return fail("nesting too deep");
    m_first.append(kFirst | kObject);
    return true;
}

bool JsonCursor::enterArray()
{
    if (!ok() || !expect('['))
        return false;
    if (m_first.size() >= kMaxDepth)
        return fail("nesting too deep");
    m_first.append(kFirst);
    return true;
}

bool JsonCursor::closeContainer(char close)
{
    skipSpace();
    if (m_pos < m_size && m_data[m_pos] == close) {
        ++m_pos;
        m_first.removeLast();
        return true;
    }
    return false;
}

bool JsonCursor::nextMember(QByteArray &key)
{
    if (!ok())
        return false;
    if (m_first.isEmpty() || !(m_first.last() & kObject))
        return fail("not inside an object");
    if (closeContainer('}'))
        return false;
    if (m_first.last() & kFirst) {
        m_first.last() &= ~kFirst;
    } else if (!expect(',')) {
        return false;
    }
    skipSpace();
    if (m_pos >= m_size || m_data[m_pos] != '"')
        return fail(m_pos >= m_size ? "unexpected end of data" : "expected a member name");
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(raw, escaped))
        return false;
    if (escaped) {
        if (!decodeString(raw, key))
            return false;
    } else {
        key = raw.toByteArray();
    }
    return expect(':');
}

bool JsonCursor::nextElement()
{
    if (!ok())
        return false;
    if (m_first.isEmpty() || (m_first.last() & kObject))
        return fail("not inside an array");
    if (closeContainer(']'))
        return false;
    if (m_first.last() & kFirst) {
        m_first.last() &= ~kFirst;
        return true;
    }
    return expect(',');
}

bool JsonCursor::scanString(QByteArrayView &raw, bool &escaped)
{
    // m_pos is at the opening quote.
    qsizetype i = m_pos + 1;
    const qsizetype start = i;
    escaped = false;
    while (i < m_size) {
        const char c = m_data[i];
        if (c == '"') {
            raw = QByteArrayView(m_data + start, i - start);
            m_pos = i + 1;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            if (i + 1 >= m_size)
                break;
            const char e = m_data[i + 1];
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (i + k >= m_size || hexValue(m_data[i + k]) < 0) {
                        m_pos = i;
                        return fail("bad \\u escape in a string");
                    }
                }
                i += 6;
                continue;
            }
            if (!std::strchr("\"\\/bfnrt", e) || e == '\0') {
                m_pos = i;
                return fail("bad escape in a string");
            }
            i += 2;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            m_pos = i;
            return fail("control character in a string");
        }
        ++i;
    }
    return fail("unterminated string");
}

bool JsonCursor::decodeString(QByteArrayView raw, QByteArray &out)
{
    out.clear();
    out.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    auto readHex4 = [&](const char *at, char32_t &unit) {
        if (end - at < 4)
            return false;
        unit = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hexValue(at[k]);
            if (h < 0)
                return false;
            unit = (unit << 4) | char32_t(h);
        }
        return true;
    };
    while (p < end) {
        if (*p != '\\') {
            out.append(*p++);
            continue;
        }
        if (end - p < 2)
            return fail("bad escape in a string");
        const char e = p[1];
        p += 2;
        switch (e) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': {
            char32_t unit = 0;
            if (!readHex4(p, unit))
                return fail("bad \\u escape in a string");
            p += 4;
            char32_t cp = unit;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                char32_t low = 0;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && readHex4(p + 2, low) && low >= 0xDC00
                    && low <= 0xDFFF) {
                    cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                } else {
                    cp = 0xFFFD; // a lone surrogate cannot be encoded
                }
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
            break;
        }
        default: return fail("bad escape in a string");
        }
    }
    return true;
}

bool JsonCursor::readUtf8(QByteArray &out)
{
    if (peek() != Kind::String)
        return fail("expected a string");
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(raw, escaped))
        return false;
    if (escaped)
        return decodeString(raw, out);
    out = raw.toByteArray();
    return true;
}

bool JsonCursor::readString(QString &out)
{
    if (peek() != Kind::String)
        return fail("expected a string");
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(raw, escaped))
        return false;
    if (!escaped) {
        out = QString::fromUtf8(raw);
        return true;
    }
    QByteArray decoded;
    if (!decodeString(raw, decoded))
        return false;
    out = QString::fromUtf8(decoded);
    return true;
}

bool JsonCursor::scanNumber(QByteArrayView &raw)
{
    qsizetype i = m_pos;
    const qsizetype start = i;
    auto digits = [&] {
        const qsizetype from = i;
        while (i < m_size && isDigit(m_data[i]))
            ++i;
        return i > from;
    };
    if (i < m_size && m_data[i] == '-')
        ++i;
    if (i < m_size && m_data[i] == '0') {
        ++i;
    } else if (!digits()) {
        m_pos = i;
        return fail("bad number");
    }
    if (i < m_size && m_data[i] == '.') {
        ++i;
        if (!digits()) {
            m_pos = i;
            return fail("bad number");
        }
    }
    if (i < m_size && (m_data[i] == 'e' || m_data[i] == 'E')) {
        ++i;
        if (i < m_size && (m_data[i] == '+' || m_data[i] == '-'))
            ++i;
        if (!digits()) {
            m_pos = i;
            return fail("bad number");
        }
    }
    raw = QByteArrayView(m_data + start, i - start);
    m_pos = i;
    return true;
}

bool JsonCursor::readNumber(double &out)
{
    if (peek() != Kind::Number)
        return fail("expected a number");
    QByteArrayView raw;
    if (!scanNumber(raw))
        return false;
    if (!parseDecimal(raw, out))
        return fail("number out of range");
    return true;
}

bool JsonCursor::readFloatString(double &out)
{
    if (peek() != Kind::String)
        return fail("expected a string holding a number");
    QByteArrayView raw;
    bool escaped = false;
    if (!scanString(raw, escaped))
        return false;
    if (escaped)
        return fail("expected a plain number string");
    if (raw == "NaN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (raw == "+Inf" || raw == "Inf") {
        out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (raw == "-Inf") {
        out = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (!parseDecimal(raw, out))
        return fail("bad number in a string");
    return true;
}

bool JsonCursor::readBool(bool &out)
{
    skipSpace();
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "true", 4) == 0) {
        m_pos += 4;
        out = true;
        return true;
    }
    if (m_size - m_pos >= 5 && std::memcmp(m_data + m_pos, "false", 5) == 0) {
        m_pos += 5;
        out = false;
        return true;
    }
    return fail("expected true or false");
}

bool JsonCursor::readNull()
{
    skipSpace();
    if (m_size - m_pos >= 4 && std::memcmp(m_data + m_pos, "null", 4) == 0) {
        m_pos += 4;
        return true;
    }
    return fail("expected null");
}

bool JsonCursor::skipValue()
{
    const qsizetype base = m_first.size();
    // One value; containers are walked iteratively, never recursively.
    auto one = [this]() -> bool {
        QByteArrayView raw;
        bool escaped = false;
        bool flag = false;
        switch (peek()) {
        case Kind::Object: return enterObject();
        case Kind::Array: return enterArray();
        case Kind::String: return scanString(raw, escaped);
        case Kind::Number: return scanNumber(raw);
        case Kind::Bool: return readBool(flag);
        case Kind::Null: return readNull();
        case Kind::Invalid: break;
        }
        return fail(m_pos >= m_size ? "unexpected end of data" : "expected a value");
    };
    if (!one())
        return false;
    QByteArray key;
    while (ok() && m_first.size() > base) {
        const bool more = (m_first.last() & kObject) ? nextMember(key) : nextElement();
        if (more && !one())
            return false;
    }
    return ok();
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return ok() && m_pos == m_size;
}

} // namespace Sources::Http
