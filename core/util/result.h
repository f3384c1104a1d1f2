#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace Util {

// A failure that crosses a function boundary: a stable machine code (for tests and
// logs) and a translated, one-line message for the operator.
struct Error
{
    QString code;
    QString message;
};

// Value or Error. Fallible core calls return this instead of throwing, because no
// exception may cross a thread or a queued signal (STYLE habit 11).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace Util

Q_DECLARE_METATYPE(Util::Error)
