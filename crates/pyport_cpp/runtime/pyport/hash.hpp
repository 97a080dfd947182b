//! `py::hash(x)`: CPython 3.11's hash() for the runtime's hashable values, exact wherever set iteration order depends on it.
//!
//! API (used by dict.hpp / set.hpp; the compiler emits it for the `hash()` builtin):
//!   int64_t py::hash(const X& x)
//!     bool, int64_t    : x mod (2**61 - 1) with the sign of x; -1 becomes -2 (exactly CPython)
//!     double           : CPython's _Py_HashDouble (equal ints and floats hash alike; inf 314159, -inf -314159)
//!     py::Num          : the int or float hash
//!     std::tuple<...>  : CPython 3.11's xxHash-based tuplehash over the element hashes (exact)
//!     std::optional<T> : hash of the value, or of None
//!     py::Str          : FNV-1a (CPython randomizes str hashes per process, so no order can be relied on)
//!     NoneType         : a fixed value (CPython 3.11 hashes None by address)
//!     X with `int64_t py_hash() const` : that (frozenset, user classes defining __hash__)
//!   Deviation: CPython 3.11 hashes a NaN by object identity; here every NaN hashes to 0.
//!   Unhashable types (list, set, dict) fail to compile with a static_assert naming the problem.
#pragma once
#include <cmath>

#include "base.hpp"
#include "num.hpp"

namespace py {

namespace detail {
inline constexpr int kHashBits = 61;
inline constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
inline constexpr int64_t kHashInf = 314159;

constexpr int64_t fix_minus_one(int64_t h) { return h == -1 ? -2 : h; }

constexpr int64_t hash_int(int64_t v) {
    uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    auto h = static_cast<int64_t>(a % kHashModulus);
    return fix_minus_one(v < 0 ? -h : h);
}

/// Objects/pyhash.c `_Py_HashDouble` (3.11), with NaN -> 0.
inline int64_t hash_double(double v) {
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
        return 0;
    }
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
    return fix_minus_one(static_cast<int64_t>(x));
}

inline int64_t hash_str(std::string_view s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    h ^= h >> 29;
    return fix_minus_one(static_cast<int64_t>(h));
}

inline constexpr uint64_t kXXPrime1 = 11400714785074694791ull;
inline constexpr uint64_t kXXPrime2 = 14029467366897019727ull;
inline constexpr uint64_t kXXPrime5 = 2870177450012600261ull;

template <size_t I, class Tup>
inline void tuple_hash_lanes(uint64_t& acc, const Tup& t);
}  // namespace detail

/// Python's `hash(x)`.
template <class X>
inline int64_t hash(const X& x) {
    if constexpr (is_bool_v<X>) {
        return static_cast<bool>(x) ? 1 : 0;
    } else if constexpr (is_int_v<X>) {
        return detail::hash_int(static_cast<int64_t>(x));
    } else if constexpr (is_float_v<X>) {
        return detail::hash_double(static_cast<double>(x));
    } else if constexpr (is_num_v<X>) {
        return x.is_float ? detail::hash_double(x.f) : py::hash(x.i);
    } else if constexpr (is_none_v<X>) {
        return 0x1c5d3e7a9b;  // fixed; CPython 3.11 uses the address of None
    } else if constexpr (is_strlike_v<X>) {
        return detail::hash_str(std::string_view(x));
    } else if constexpr (is_tuple_v<X>) {
        // Objects/tupleobject.c `tuplehash` (3.11).
        uint64_t acc = detail::kXXPrime5;
        detail::tuple_hash_lanes<0>(acc, x);
        acc += std::tuple_size_v<X> ^ (detail::kXXPrime5 ^ 3527539ull);
        if (acc == static_cast<uint64_t>(-1)) return 1546275796;
        return static_cast<int64_t>(acc);
    } else if constexpr (is_optional_v<X>) {
        return x.has_value() ? py::hash(*x) : py::hash(None);
    } else if constexpr (requires { { x.py_hash() } -> std::convertible_to<int64_t>; }) {
        return x.py_hash();
    } else {
        static_assert(dependent_false<X>, "pyport: unhashable type (list, set and dict cannot be dict keys or set members)");
        return 0;
    }
}

namespace detail {
template <size_t I, class Tup>
inline void tuple_hash_lanes(uint64_t& acc, const Tup& t) {
    if constexpr (I < std::tuple_size_v<Tup>) {
        auto lane = static_cast<uint64_t>(py::hash(std::get<I>(t)));
        acc += lane * kXXPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kXXPrime1;
        tuple_hash_lanes<I + 1>(acc, t);
    }
}
}  // namespace detail

}  // namespace py
