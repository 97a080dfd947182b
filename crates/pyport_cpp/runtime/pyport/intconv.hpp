//! Conversions that produce a Python int, as `py::int_t` (bigint.hpp): exact `py::Int` by
//! default, the checked int64 versions of numfmt.hpp / strmethods.hpp under PYPORT_INT64.
//!
//!   int_t float_to_int_t(double)              int(x) for a float (OverflowError inf, ValueError nan)
//!   int_t round_to_int_t(double)              round(x) (half to even)
//!   int_t parse_int_t(string_view, int base)  int(s, base), CPython's messages and str-digits limit
//!   int_t str_int_t(string_view, base = 10)   the same, checking the base first
//!   Int round_int(const Int& x, ndigits, line)  round(x, n) for an Int (n < 0 rounds half to even)
//!   int64_t range_stop(n)                     the stop of a `for ... in range(a, n)` loop counter
#pragma once
#include "prebuilt.hpp"
#include <cmath>
#include <string_view>

#include "bigint.hpp"
#include "numfmt.hpp"
#include "strmethods.hpp"
#include "emit_support.hpp"

namespace py {

#ifdef PYPORT_INT64
inline int64_t float_to_int_t(double x) { return float_to_int(x); }
inline int64_t round_to_int_t(double x) { return round_to_int(x); }
inline int64_t parse_int_t(std::string_view s, int base) { return parse_int(s, base); }
inline int64_t str_int_t(std::string_view s, int64_t base = 10) { return str_int(s, base); }
#else
inline Int float_to_int_t(double x) { return Int::from_double(x); }
inline Int round_to_int_t(double x) {
    if (std::isfinite(x) && std::fabs(x) < 9.0e18) return Int(round_to_int(x));
    return Int::from_double(x);  // |x| >= 2**53 is already an integer; inf/nan raise
}
inline Int parse_int_t(std::string_view s, int base) { return Int::parse(s, base); }
inline Int str_int_t(std::string_view s, int64_t base = 10) {
    if (base != 0 && (base < 2 || base > 36)) raise_lit<ValueError>("int() base must be >= 2 and <= 36, or 0");
    return Int::parse(s, static_cast<int>(base));
}
#endif

/// The stop of a `for i in range(start, n[, ±1])` loop with an int64 counter: a stop beyond
/// int64 (`range(2, 10**50)`, fine in CPython) is clamped to int64's end, which the counter
/// can never reach in a run (2**63 iterations), so the loop is exact while it runs.
template <class N>
inline int64_t range_stop(const N& n) {
    if constexpr (std::is_integral_v<N>) {
        return static_cast<int64_t>(n);
    } else {
        if (n.is_small()) return n.small();
        return n.sign() < 0 ? INT64_MIN : INT64_MAX;
    }
}

/// round(x, ndigits) for an exact int: unchanged for ndigits >= 0, else to a multiple of
/// 10**-ndigits, half to even.
template <class N>
    requires(std::integral<N> || std::same_as<N, Int>)
inline Int round_int(const Int& x, const N& ndigits, int line) {
    if (Int(ndigits).sign() >= 0) return x;
    const Int p = ipow(Int(10), -Int(ndigits), line);
    auto [q, r] = divmod(x, p);
    const Int twice = r + r;
    if (twice > p || (twice == p && mod(q, Int(2)).sign() != 0)) q = q + 1;
    return q * p;
}

}  // namespace py
