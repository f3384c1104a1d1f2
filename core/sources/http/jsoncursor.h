#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace Sources::Http {

// A forward-only JSON reader over a byte buffer, for answers too big for
// QJsonDocument (a day of 1,000 series is ~50 MB and would take seconds to
// build as a DOM). Strict RFC 8259 grammar, no recursion (a deeply nested body
// cannot overflow the stack), never reads past the buffer. After the first
// error every call returns false and error() says what and where.
//
//   cursor.enterObject();
//   QByteArray key;
//   while (cursor.nextMember(key)) { if (key == "data") ...; else cursor.skipValue(); }
class JsonCursor final
{
public:
    enum class Kind { Object, Array, String, Number, Bool, Null, Invalid };
    static constexpr int kMaxDepth = 256;

    explicit JsonCursor(QByteArrayView data);

    bool ok() const { return m_error.isEmpty(); }
    // In English for logs; callers wrap it in a translated sentence.
    const QString &error() const { return m_error; }
    qsizetype offset() const { return m_pos; }

    // The kind of the next value, without consuming it.
    Kind peek();

    bool enterObject();
    // Reads the next member's key and its ':'; false at the closing '}' (consumed) or on error.
    bool nextMember(QByteArray &key);
    bool enterArray();
    // Steps to the next element; false at the closing ']' (consumed) or on error.
    bool nextElement();

    bool readString(QString &out);
    // The UTF-8 bytes of a string value with escapes decoded.
    bool readUtf8(QByteArray &out);
    bool readNumber(double &out);
    // Prometheus sample values: a string holding a float, "NaN", "+Inf" or "-Inf".
    bool readFloatString(double &out);
    bool readBool(bool &out);
    bool readNull();
    bool skipValue();
    // Only whitespace left after the top-level value.
    bool atEnd();

private:
    void skipSpace();
    bool fail(const char *what);
    bool expect(char c);
    bool scanString(QByteArrayView &raw, bool &escaped);
    bool decodeString(QByteArrayView raw, QByteArray &out);
    bool scanNumber(QByteArrayView &raw);
    bool closeContainer(char close);

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    QString m_error;
    // One entry per open container: true until its first element was read.
    QVarLengthArray<quint8, 16> m_first;
};

// Parses a decimal float as JSON writes it (no hex, no inf/nan words).
bool parseDecimal(QByteArrayView text, double &out);

} // namespace Sources::Http
