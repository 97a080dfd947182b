//! Python int arithmetic on int64_t: floor division/modulo, shifts, divmod; under PYPORT_INT64
//! (`--int64`) the named ops on int64 stop on overflow (PyportLimit). By default bigint.hpp
//! defines them instead, exact: they return a py::Int that grows past 64 bits.
#pragma once
#include <cmath>
#include <limits>

#include "base.hpp"

namespace py {

inline constexpr int64_t INT_MIN64 = std::numeric_limits<int64_t>::min();

#ifdef PYPORT_INT64

inline int64_t add(int64_t a, int64_t b, int line) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r)) [[unlikely]]
        int_overflow(line, "+");
    return r;
}

inline int64_t sub(int64_t a, int64_t b, int line) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) [[unlikely]]
        int_overflow(line, "-");
    return r;
}

inline int64_t mul(int64_t a, int64_t b, int line) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) [[unlikely]]
        int_overflow(line, "*");
    return r;
}

inline int64_t neg(int64_t a, int line) {
    if (a == INT_MIN64) [[unlikely]]
        int_overflow(line, "-");
    return -a;
}

inline int64_t iabs(int64_t a, int line) {
    if (a == INT_MIN64) [[unlikely]]
        int_overflow(line, "abs()");
    return a < 0 ? -a : a;
}

#endif  // PYPORT_INT64

/// `a // d` and `a % d` for a d > 0 where both fit in int64 (the emitter proved it from the
/// operands' ranges): no check can fire, in either int mode.
inline int64_t floordiv_i64_by_positive(int64_t a, int64_t d) {
    int64_t q = a / d;
    return q - ((a % d) < 0);
}
inline int64_t mod_i64_by_positive(int64_t a, int64_t d) {
    int64_t r = a % d;
    return r < 0 ? r + d : r;
}

/// `x.bit_length()`: bits of |x|, without sign and leading zeros (0 for 0).
inline int64_t int_bit_length(int64_t x) {
    uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

/// `x.bit_count()`: ones in the binary form of |x|.
inline int64_t int_bit_count(int64_t x) {
    uint64_t m = x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    return __builtin_popcountll(m);
}

#ifdef PYPORT_INT64
/// `a // d` for a constant d > 0 (no zero or overflow check needed; the constant lets the
/// compiler divide by multiplication).
inline int64_t floordiv_by_positive(int64_t a, int64_t d) {
    int64_t q = a / d;
    return q - ((a % d) < 0);
}

/// `a % d` for a constant d > 0.
inline int64_t mod_by_positive(int64_t a, int64_t d) {
    int64_t r = a % d;
    return r < 0 ? r + d : r;
}

/// `a // b` (rounds toward negative infinity).
inline int64_t floordiv(int64_t a, int64_t b, int line) {
    if (b == 0) [[unlikely]]
        raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    if (b == -1) [[unlikely]] {
        if (a == INT_MIN64) int_overflow(line, "//");
        return -a;
    }
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r ^ b) < 0)) --q;
    return q;
}

/// `a % b` (result has the sign of b).
inline int64_t mod(int64_t a, int64_t b, int /*line*/) {
    if (b == 0) [[unlikely]]
        raise_lit<ZeroDivisionError>("integer modulo by zero");
    if (b == -1) [[unlikely]]
        return 0;
    int64_t r = a % b;
    if (r != 0 && ((r ^ b) < 0)) r += b;
    return r;
}

inline std::tuple<int64_t, int64_t> divmod(int64_t a, int64_t b, int line) {
    if (b == 0) [[unlikely]]
        raise_lit<ZeroDivisionError>("integer division or modulo by zero");
    if (b == -1) [[unlikely]] {
        if (a == INT_MIN64) int_overflow(line, "divmod()");
        return {-a, 0};
    }
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r ^ b) < 0)) {
        --q;
        r += b;
    }
    return {q, r};
}

/// `base ** exp` for exp >= 0 (the compiler routes negative exponents to floats).
inline int64_t ipow(int64_t base, int64_t exp, int line) {
    if (exp < 0) [[unlikely]]
        internal_error("ipow called with a negative exponent");
    int64_t result = 1;
    for (;;) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result)) [[unlikely]]
                int_overflow(line, "**");
        }
        exp >>= 1;
        if (!exp) break;
        if (__builtin_mul_overflow(base, base, &base)) [[unlikely]]
            int_overflow(line, "**");
    }
    return result;
}

inline int64_t lshift(int64_t a, int64_t n, int line) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("negative shift count");
    if (a == 0) return 0;
    if (n >= 64) [[unlikely]]
        int_overflow(line, "<<");
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << n);
    if ((r >> n) != a) [[unlikely]]
        int_overflow(line, "<<");
    return r;
}

inline int64_t rshift(int64_t a, int64_t n, int /*line*/) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("negative shift count");
    if (n >= 64) [[unlikely]]
        return a < 0 ? -1 : 0;
    return a >> n;
}

#endif  // PYPORT_INT64

constexpr int64_t bit_and(int64_t a, int64_t b) { return a & b; }
constexpr int64_t bit_or(int64_t a, int64_t b) { return a | b; }
constexpr int64_t bit_xor(int64_t a, int64_t b) { return a ^ b; }
constexpr int64_t invert(int64_t a) { return ~a; }

// ------------------------------------------------------------------ floats

/// `a / b` on floats (ZeroDivisionError like CPython).
inline double fdiv(double a, double b) {
    if (b == 0.0) [[unlikely]]
        raise_lit<ZeroDivisionError>("float division by zero");
    return a / b;
}

/// `divmod(x, y)` on floats, as CPython's float_divmod.
inline std::tuple<double, double> divmod(double vx, double wx) {
    if (wx == 0.0) [[unlikely]]
        raise_lit<ZeroDivisionError>("float divmod()");
    double m = std::fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0.0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = std::copysign(0.0, wx);
    }
    double fl;
    if (div != 0.0) {
        fl = std::floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = std::copysign(0.0, vx / wx);
    }
    return {fl, m};
}
inline std::tuple<double, double> divmod(double vx, double wx, int /*line*/) { return divmod(vx, wx); }

}  // namespace py
