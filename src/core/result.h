#pragma once

#include "storeerror.h"

#include <optional>
#include <utility>

// A value or the StoreError that prevented it. Callers must look at it ([[nodiscard]]).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(StoreError error) : m_error(std::move(error)) { }

    [[nodiscard]] bool ok() const { return m_error.ok(); }
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &value() & { return *m_value; }
    // By value: a range-for over f().value() must not dangle once the Result is gone.
    [[nodiscard]] T value() && { return std::move(*m_value); }
    [[nodiscard]] const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};
