//! Small helpers the code generator relies on for Python's evaluation order and unpacking rules.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

#include "except.hpp"

namespace py {

/// Concatenates pieces that were evaluated left to right (a braced list guarantees that order in C++).
inline std::string join_in_order(std::initializer_list<std::string> parts) {
    size_t n = 0;
    for (const auto& p : parts) n += p.size();
    std::string out;
    out.reserve(n);
    for (const auto& p : parts) out += p;
    return out;
}

/// `a, b = xs`: CPython's ValueError when the list has the wrong length.
inline void check_unpack(int64_t have, int64_t want, int /*line*/) {
    if (have > want)
        raise<ValueError>("too many values to unpack (expected " + std::to_string(want) + ")");
    if (have < want)
        raise<ValueError>("not enough values to unpack (expected " + std::to_string(want) + ", got " +
                          std::to_string(have) + ")");
}

/// The value of an optional that Python code uses as a value; `None` there is Python's TypeError.
template <class T>
inline const T& unwrap(const std::optional<T>& o) {
    if (!o.has_value()) [[unlikely]]
        raise<TypeError>("'NoneType' object used where a value is needed");
    return *o;
}

}  // namespace py
