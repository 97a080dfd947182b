//! `py::hash(x)`: CPython 3.11's hash() for the runtime's hashable values, exact wherever set iteration order depends on it.
//!
//! API (used by dict.hpp / set.hpp; the compiler emits it for the `hash()` builtin):
//!   int64_t py::hash(const X& x)
//!     bool, int64_t    : x mod (2**61 - 1) with the sign of x; -1 becomes -2 (exactly CPython)
//!     double           : CPython's _Py_HashDouble (equal ints and floats hash alike; inf 314159, -inf -314159)
//!     py::Num          : the int or float hash
//!     std::tuple<...>  : CPython 3.11's xxHash-based tuplehash over the element hashes (exact)
//!     std::optional<T> : hash of the value, or of None
//!     py::Str, bytes   : CPython 3.11's SipHash-1-3 under PYTHONHASHSEED=0 (the seed the harness gives CPython)
//!     NoneType         : a fixed value (CPython 3.11 hashes None by address)
//!     X with `int64_t py_hash() const` : that (frozenset, user classes defining __hash__)
//!   Deviation: CPython 3.11 hashes a NaN by object identity; here every NaN hashes to 0.
//!   Unhashable types (list, set, dict) fail to compile with a static_assert naming the problem.
#pragma once
#include <array>
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

#include "base.hpp"
#include "num.hpp"
#include "prebuilt.hpp"

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

/// CPython 3.11's SipHash-1-3 (Python/pyhash.c) keyed as under `PYTHONHASHSEED=0` (a zero key),
/// the seed the harness gives CPython: set iteration orders then match CPython's exactly.
constexpr uint64_t siphash13_zero_key(const unsigned char* in, size_t n) {
    auto rotl = [](uint64_t x, int b) { return (x << b) | (x >> (64 - b)); };
    uint64_t v0 = 0x736f6d6570736575ull, v1 = 0x646f72616e646f6dull, v2 = 0x6c7967656e657261ull, v3 = 0x7465646279746573ull;
    auto round = [&] {
        v0 += v1; v2 += v3; v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32);
        v2 += v1; v0 += v3; v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32);
    };
    uint64_t b = static_cast<uint64_t>(n) << 56;
    while (n >= 8) {
        uint64_t m = 0;
        if (std::endian::native == std::endian::little && !std::is_constant_evaluated()) std::memcpy(&m, in, 8);
        else for (int k = 7; k >= 0; --k) m = (m << 8) | in[k];
        in += 8;
        n -= 8;
        v3 ^= m;
        round();
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t k = n; k-- > 0;) t = (t << 8) | in[k];
    b |= t;
    v3 ^= b;
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round();
    round();
    round();
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/// `_Py_HashBytes`: the hash of a bytes object, and of a str's code units.
constexpr int64_t hash_bytes(const unsigned char* p, size_t n) {
    if (n == 0) return 0;
    return fix_minus_one(static_cast<int64_t>(siphash13_zero_key(p, n)));
}

/// A str's hash: `_Py_HashBytes` of its PEP 393 representation (1, 2 or 4 bytes per code point,
/// little-endian, by its largest code point), from the UTF-8 the runtime keeps.
inline int64_t hash_str(std::string_view s) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    uint64_t high = 0;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, u + i, 8);
        high |= w;
    }
    for (; i < s.size(); ++i) high |= u[i];
    // ASCII (no byte with its top bit set): the UTF-8 bytes are the 1-byte code units.
    if ((high & 0x8080808080808080ull) == 0) return hash_bytes(u, s.size());
    // Decode once into 4-byte units, then narrow in place to the kind the largest code point needs.
    std::vector<uint32_t> cps;
    cps.reserve(s.size());
    uint32_t most = 0;
    for (i = 0; i < s.size();) {
        uint32_t c = u[i];
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        c = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
        for (int k = 1; k <= extra && i + k < s.size(); ++k) c = (c << 6) | (u[i + k] & 0x3F);
        i += 1 + extra;
        cps.push_back(c);
        most = std::max(most, c);
    }
    const size_t kind = most < 0x100 ? 1 : most < 0x10000 ? 2 : 4;
    auto* units = reinterpret_cast<unsigned char*>(cps.data());
    for (size_t j = 0; j < cps.size(); ++j) {
        const uint32_t c = cps[j];
        for (size_t k = 0; k < kind; ++k) units[j * kind + k] = static_cast<unsigned char>(c >> (8 * k));
    }
    return hash_bytes(units, cps.size() * kind);
}

/// The hash of each one-character ASCII str, computed at compile time.
inline constexpr std::array<int64_t, 128> kOneCharHash = [] {
    std::array<int64_t, 128> t{};
    for (unsigned c = 0; c < 128; ++c) {
        const unsigned char ch[1] = {static_cast<unsigned char>(c)};
        t[c] = hash_bytes(ch, 1);
    }
    return t;
}();

/// `hash(s)` of a str whose hash is not cached yet: computes it, and caches it when it can.
#if PYPORT_LIB_BODIES
[[gnu::noinline]] PYPORT_LIBFN int64_t str_hash_uncached(const Str& x) {
    return x.hash_cached([](std::string_view v, bool ascii) {
        return ascii ? hash_bytes(reinterpret_cast<const unsigned char*>(v.data()), v.size()) : hash_str(v);
    });
}
#else
int64_t str_hash_uncached(const Str& x);
#endif

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
    } else if constexpr (std::is_same_v<X, Str>) {
        // One ASCII character (iterating a str, `Counter(text)`): from a table, as CPython's
        // one-character strs keep theirs. Computing and caching the others is out of line: inlined
        // at every dict or set operation on str keys, it made each program's compile slower.
        if (x.size() == 1 && static_cast<unsigned char>(x[0]) < 128) return detail::kOneCharHash[static_cast<unsigned char>(x[0])];
        if (const int64_t h = x.cached_hash(); h != -1) [[likely]]
            return h;
        return detail::str_hash_uncached(x);
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
