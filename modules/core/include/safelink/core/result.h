#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace safelink {

// What went wrong, in a form callers can branch on.
enum class ErrorCode {
    Invalid,         // a value failed validation (form field, CSV cell, frame field)
    NotFound,        // the record does not exist
    Conflict,        // stale version or duplicate key
    Storage,         // the database refused or failed
    Unsupported,     // newer schema / protocol than this binary understands
    Io,              // file or network
    Internal,        // a bug: an invariant did not hold
    Unauthenticated, // no valid session: wrong password, unknown, expired or revoked token
    Forbidden,       // signed in, but the role may not do this
    Locked,          // too many failed sign-ins: wait until the lock ends
};

// An error value: a code to branch on, a translated message for people, and the field it is about.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    // "field: message" when a field is known; what logs and CLI output print.
    QString toString() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field)};
}

// Result<T>: a T or an Error (std::expected is C++23; GCC 12 does not have it).
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value: `for (auto &x : f().value())` must not dangle when f() returns a temporary.
    T value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }

    const Error &error() const { return std::get<1>(m_v); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace safelink
