//! The `math` module: libm wrappers that raise exactly like CPython 3.11 (domain/range errors), plus CPython's own algorithms where it has them (hypot, atan2, pow, fmod).
#pragma once
#include "prebuilt.hpp"
#include <cmath>

#include "int.hpp"
#include "bigint.hpp"

namespace py::detail {
/// Hides a value from the optimizer: with constant arguments, g++ would fold libm calls at compile
/// time with correctly rounded MPFR results, while CPython calls the C library at run time and
/// prints its (sometimes 1-ulp different) result. Python must be matched, so every call is made.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double opaque(double x) {
#if defined(__x86_64__)
    __asm__ volatile("" : "+x"(x));
#elif defined(__aarch64__)
    __asm__ volatile("" : "+w"(x));
#else
    __asm__ volatile("" : "+m"(x));
#endif
    return x;
}
#else
double opaque(double x);
#endif
}  // namespace py::detail

namespace py {

namespace detail {
[[noreturn, PYPORT_COLD]] inline void math_domain_error() { throw ValueError("math domain error"); }
[[noreturn, PYPORT_COLD]] inline void math_range_error() { throw OverflowError("math range error"); }

/// CPython's math_1(): check a libm result r computed from x.
template <bool CanOverflow>
inline double math_1(double x, double r) {
    if (std::isnan(r) && !std::isnan(x)) [[unlikely]]
        math_domain_error();
    if (std::isinf(r) && std::isfinite(x)) [[unlikely]] {
        if constexpr (CanOverflow) math_range_error();
        else math_domain_error();
    }
    return r;
}
}  // namespace detail

inline double math_sqrt(double x) { return detail::math_1<false>(x, std::sqrt(x)); }
inline double math_exp(double x) { return detail::math_1<true>(x, std::exp(detail::opaque(x))); }
inline double math_exp2(double x) { return detail::math_1<true>(x, std::exp2(detail::opaque(x))); }
inline double math_expm1(double x) { return detail::math_1<true>(x, std::expm1(detail::opaque(x))); }
inline double math_log(double x) { return detail::math_1<false>(x, std::log(detail::opaque(x))); }
inline double math_log2(double x) { return detail::math_1<false>(x, std::log2(detail::opaque(x))); }
inline double math_log10(double x) { return detail::math_1<false>(x, std::log10(detail::opaque(x))); }
inline double math_log1p(double x) { return detail::math_1<false>(x, std::log1p(detail::opaque(x))); }
/// `math.log(x, base)`.
inline double math_log(double x, double base) {
    double num = math_log(x);
    double den = math_log(base);
    return fdiv(num, den);
}
inline double math_sin(double x) { return detail::math_1<false>(x, std::sin(detail::opaque(x))); }
inline double math_cos(double x) { return detail::math_1<false>(x, std::cos(detail::opaque(x))); }
inline double math_tan(double x) { return detail::math_1<false>(x, std::tan(detail::opaque(x))); }
inline double math_asin(double x) { return detail::math_1<false>(x, std::asin(detail::opaque(x))); }
inline double math_acos(double x) { return detail::math_1<false>(x, std::acos(detail::opaque(x))); }
inline double math_atan(double x) { return detail::math_1<false>(x, std::atan(detail::opaque(x))); }
inline double math_sinh(double x) { return detail::math_1<true>(x, std::sinh(detail::opaque(x))); }
inline double math_cosh(double x) { return detail::math_1<true>(x, std::cosh(detail::opaque(x))); }
inline double math_tanh(double x) { return detail::math_1<false>(x, std::tanh(detail::opaque(x))); }
inline double math_asinh(double x) { return detail::math_1<false>(x, std::asinh(detail::opaque(x))); }
inline double math_acosh(double x) { return detail::math_1<false>(x, std::acosh(detail::opaque(x))); }
inline double math_atanh(double x) { return detail::math_1<false>(x, std::atanh(detail::opaque(x))); }
inline double math_cbrt(double x) { return detail::math_1<false>(x, std::cbrt(detail::opaque(x))); }
inline double math_erf(double x) { return detail::math_1<false>(x, std::erf(detail::opaque(x))); }
inline double math_erfc(double x) { return detail::math_1<false>(x, std::erfc(detail::opaque(x))); }
inline double math_fabs(double x) { return std::fabs(x); }
inline double math_copysign(double x, double y) { return std::copysign(x, y); }

/// `math.atan2(y, x)` with CPython's special cases.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double math_atan2(double y, double x) {
    constexpr double pi = 3.141592653589793238462643383279502884;
    if (std::isnan(x) || std::isnan(y)) return NAN;
    if (std::isinf(y)) {
        if (std::isinf(x)) {
            if (std::copysign(1., x) == 1.) return std::copysign(0.25 * pi, y);
            return std::copysign(0.75 * pi, y);
        }
        return std::copysign(0.5 * pi, y);
    }
    if (std::isinf(x) || y == 0.) {
        if (std::copysign(1., x) == 1.) return std::copysign(0., y);
        return std::copysign(pi, y);
    }
    return std::atan2(detail::opaque(y), detail::opaque(x));
}

/// `math.pow(x, y)` (always float; ValueError/OverflowError like CPython).
PYPORT_LIBFN double math_pow(double x, double y) {
    double r;
    bool domain = false, range = false;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (std::isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : std::fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? std::copysign(0., x) : 0.;
        } else {  // y is infinite
            if (std::fabs(x) == 1.0) r = 1.;
            else if (y > 0. && std::fabs(x) > 1.0) r = y;
            else if (y < 0. && std::fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
    } else {
        r = std::pow(detail::opaque(x), detail::opaque(y));
        if (!std::isfinite(r)) {
            if (std::isnan(r)) domain = true;
            else if (x == 0.) domain = true;
            else range = true;
        }
    }
    if (domain) [[unlikely]]
        detail::math_domain_error();
    if (range && std::fabs(r) >= 1.5) [[unlikely]]
        detail::math_range_error();
    return r;
}
#else
double math_atan2(double y, double x);
double math_pow(double x, double y);
#endif

/// `math.fmod(x, y)`.
inline double math_fmod(double x, double y) {
    if (std::isinf(y) && std::isfinite(x)) return x;
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) [[unlikely]]
        detail::math_domain_error();
    return r;
}

/// `math.hypot(x, y)`: CPython 3.11's vector_norm (not libm's hypot).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double math_hypot(double x, double y) {
    double vec[2] = {std::fabs(x), std::fabs(y)};
    bool found_nan = std::isnan(vec[0]) || std::isnan(vec[1]);
    double max = 0.0;
    for (double v : vec)
        if (v > max) max = v;  // NaN never compares greater
    if (std::isinf(vec[0]) || std::isinf(vec[1])) return INFINITY;
    if (found_nan) return NAN;
    if (max == 0.0) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e < -1023) {
        // ldexp(1.0, -max_e) would overflow: 3.11 divides by max instead.
        double csum = 1.0, frac1 = 0.0;
        for (double v : vec) {
            double q = v / max;
            q = q * q;
            double old = csum;
            csum += q;
            frac1 += (old - csum) + q;
        }
        return max * std::sqrt(csum - 1.0 + frac1);
    }
    const double T27 = 134217729.0;  // 2**27 + 1, for Veltkamp splitting
    double scale = std::ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    for (double v : vec) {
        double xs = v * scale;
        double t = xs * T27;
        double hi = t - (t - xs);
        double lo = xs - hi;
        double sq = hi * hi;
        double old = csum;
        csum += sq;
        frac1 += (old - csum) + sq;
        sq = 2.0 * hi * lo;
        old = csum;
        csum += sq;
        frac2 += (old - csum) + sq;
        frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    double t = h * T27;
    double hi = t - (t - h);
    double lo = h - hi;
    double sq = -hi * hi;
    double old = csum;
    csum += sq;
    frac1 += (old - csum) + sq;
    sq = -2.0 * hi * lo;
    old = csum;
    csum += sq;
    frac2 += (old - csum) + sq;
    sq = -lo * lo;
    old = csum;
    csum += sq;
    frac3 += (old - csum) + sq;
    double corr = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + corr / (2.0 * h)) / scale;
}
#else
double math_hypot(double x, double y);
#endif

#ifdef PYPORT_INT64
inline int64_t math_floor(double x) { return float_to_int(std::floor(x)); }
inline int64_t math_ceil(double x) { return float_to_int(std::ceil(x)); }
inline int64_t math_trunc(double x) { return float_to_int(x); }
#else
// Exact: math.floor(1e300) is a 301-digit int.
inline Int math_floor(double x) { return Int::from_double(std::floor(x)); }
inline Int math_ceil(double x) { return Int::from_double(std::ceil(x)); }
inline Int math_trunc(double x) { return Int::from_double(x); }
#endif

// math functions on exact ints (the int64 versions below keep int64 arguments).
/// `math.factorial(n)` for an Int.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Int math_factorial(const Int& n, int /*line*/ = 0) {
    if (n.sign() < 0) [[unlikely]]
        raise_lit<ValueError>("factorial() not defined for negative values");
    const int64_t k = n.as_ssize();
    Int r = 1;
    for (int64_t i = 2; i <= k; ++i) r *= i;
    return r;
}
/// `math.comb(n, k)` for Ints: C(n, i + 1) = C(n, i) * (n - i) / (i + 1), exact at every step.
PYPORT_LIBFN Int math_comb(const Int& n, const Int& k, int /*line*/ = 0) {
    if (n.sign() < 0) [[unlikely]]
        raise_lit<ValueError>("n must be a non-negative integer");
    if (k.sign() < 0) [[unlikely]]
        raise_lit<ValueError>("k must be a non-negative integer");
    if (k > n) return Int();
    const Int rest = n - k;
    const int64_t m = (rest < k ? rest : k).as_ssize();
    Int r = 1;
    for (int64_t i = 0; i < m; ++i) r = floordiv(r * (n - i), Int(i + 1), 0);
    return r;
}
/// `math.perm(n, k)` for Ints.
PYPORT_LIBFN Int math_perm(const Int& n, const Int& k, int /*line*/ = 0) {
    if (n.sign() < 0) [[unlikely]]
        raise_lit<ValueError>("n must be a non-negative integer");
    if (k.sign() < 0) [[unlikely]]
        raise_lit<ValueError>("k must be a non-negative integer");
    if (k > n) return Int();
    const int64_t m = k.as_ssize();
    Int r = 1;
    for (int64_t i = 0; i < m; ++i) r *= n - i;
    return r;
}
#else
Int math_factorial(const Int& n, int /*line*/ = 0);
Int math_comb(const Int& n, const Int& k, int /*line*/ = 0);
Int math_perm(const Int& n, const Int& k, int /*line*/ = 0);
#endif
inline Int math_perm(const Int& n) { return math_factorial(n); }
/// `math.gcd(a, b)` for Ints.
#if PYPORT_LIB_BODIES
/// Lehmer's algorithm, as CPython's `_PyLong_GCD`: while the numbers are big, the quotients of
/// about 30 Euclid steps come from their top 60 bits alone (with Collins' condition), and one
/// pass of big multiplications applies them all; then word-sized Euclid.
PYPORT_LIBFN Int math_gcd(const Int& a0, const Int& b0, int /*line*/ = 0) {
    Int a = a0.sign() < 0 ? -a0 : a0, b = b0.sign() < 0 ? -b0 : b0;
    if (a < b) std::swap(a, b);
    while (b.sign() != 0 && !a.is_small()) {
        const int64_t nbits = a.bit_length();
        const Int shift(nbits - 60);
        const Int xi = a >> shift, yi = b >> shift;
        // Signed, as CPython's `stwodigits`: `x - q*y` may go below zero, which ends the steps.
        int64_t x = xi.small(), y = yi.small();
        int64_t A = 1, B = 0, C = 0, D = 1;
        int k = 0;
        for (;; ++k) {
            if (y - C == 0) break;
            const int64_t q = (x + (A - 1)) / (y - C);
            const int64_t s = B + q * D;
            int64_t t = x - q * y;
            if (s > t) break;
            x = y;
            y = t;
            t = A + q * C;
            A = D;
            B = C;
            C = s;
            D = t;
        }
        if (k == 0) {
            Int r = mod(a, b);
            a = std::move(b);
            b = std::move(r);
            continue;
        }
        const Int IA(A), IB(B), IC(C), ID(D);
        Int na = (k & 1) ? IA * b - IB * a : IA * a - IB * b;
        Int nb = (k & 1) ? ID * a - IC * b : ID * b - IC * a;
        // The cosequence keeps both non-negative; taken again as magnitudes all the same.
        a = na.sign() < 0 ? -na : std::move(na);
        b = nb.sign() < 0 ? -nb : std::move(nb);
        if (a < b) std::swap(a, b);
    }
    if (a.is_small() && b.is_small()) {
        uint64_t x = static_cast<uint64_t>(a.small()), y = static_cast<uint64_t>(b.small());
        while (y != 0) {
            const uint64_t t = x % y;
            x = y;
            y = t;
        }
        return Int(static_cast<int64_t>(x));
    }
    while (b.sign() != 0) {
        Int t = mod(a, b);
        a = std::move(b);
        b = std::move(t);
    }
    return a;
}
#else
Int math_gcd(const Int& a, const Int& b, int /*line*/ = 0);
#endif
/// `math.lcm(a, b)` for Ints.
inline Int math_lcm(const Int& a, const Int& b, int line = 0) {
    if (a.sign() == 0 || b.sign() == 0) return Int();
    Int r = floordiv(a, math_gcd(a, b, line)) * b;
    return r.sign() < 0 ? -r : r;
}
/// `math.isqrt(n)` for an Int (Newton's iteration from above).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN Int math_isqrt(const Int& n) {
    if (n.sign() < 0) [[unlikely]]
        raise_lit<ValueError>("isqrt() argument must be nonnegative");
    if (n.sign() == 0) return Int();
    Int x = Int(1) << Int((n.bit_length() + 1) / 2);
    for (;;) {
        Int y = floordiv(x + floordiv(n, x), Int(2));
        if (!(y < x)) return x;
        x = std::move(y);
    }
}

/// `math.isqrt(n)`.
PYPORT_LIBFN int64_t math_isqrt(int64_t n) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("isqrt() argument must be nonnegative");
    auto r = static_cast<uint64_t>(std::sqrt(static_cast<double>(n)));
    auto un = static_cast<unsigned __int128>(n);
    while (static_cast<unsigned __int128>(r) * r > un) --r;
    while (static_cast<unsigned __int128>(r + 1) * (r + 1) <= un) ++r;
    return static_cast<int64_t>(r);
}

/// `math.gcd(a, b)` (non-negative; PyportLimit when it is 2**63).
PYPORT_LIBFN int64_t math_gcd(int64_t a, int64_t b, int line = 0) {
    uint64_t x = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
    uint64_t y = b < 0 ? 0 - static_cast<uint64_t>(b) : static_cast<uint64_t>(b);
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    if (x > static_cast<uint64_t>(INT64_MAX)) [[unlikely]]
        int_overflow(line, "math.gcd()");
    return static_cast<int64_t>(x);
}
#else
Int math_isqrt(const Int& n);
int64_t math_isqrt(int64_t n);
int64_t math_gcd(int64_t a, int64_t b, int line = 0);
#endif

/// `math.lcm(a, b)`.
inline int64_t math_lcm(int64_t a, int64_t b, int line = 0) {
    if (a == 0 || b == 0) return 0;
    int64_t g = math_gcd(a, b, line);
    return iabs(mul(a / g, b, line), line);
}

/// `math.factorial(n)` (PyportLimit past 20!).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN int64_t math_factorial(int64_t n, int line = 0) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("factorial() not defined for negative values");
    if (n > 20) [[unlikely]]
        int_overflow(line, "math.factorial()");
    int64_t r = 1;
    for (int64_t k = 2; k <= n; ++k) r *= k;
    return r;
}

/// `math.comb(n, k)` (PyportLimit when the result leaves int64).
PYPORT_LIBFN int64_t math_comb(int64_t n, int64_t k, int line = 0) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("n must be a non-negative integer");
    if (k < 0) [[unlikely]]
        raise_lit<ValueError>("k must be a non-negative integer");
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    __int128 r = 1;
    for (int64_t i = 0; i < k; ++i) {
        r = r * (n - i) / (i + 1);  // exact: C(n, i) * (n - i) / (i + 1) == C(n, i + 1)
        if (r > INT64_MAX) [[unlikely]]
            int_overflow(line, "math.comb()");
    }
    return static_cast<int64_t>(r);
}

/// `math.perm(n, k)` (PyportLimit when the result leaves int64).
PYPORT_LIBFN int64_t math_perm(int64_t n, int64_t k, int line = 0) {
    if (n < 0) [[unlikely]]
        raise_lit<ValueError>("n must be a non-negative integer");
    if (k < 0) [[unlikely]]
        raise_lit<ValueError>("k must be a non-negative integer");
    if (k > n) return 0;
    int64_t r = 1;
    for (int64_t i = 0; i < k; ++i) {
        if (__builtin_mul_overflow(r, n - i, &r)) [[unlikely]]
            int_overflow(line, "math.perm()");
    }
    return r;
}
#else
int64_t math_factorial(int64_t n, int line = 0);
int64_t math_comb(int64_t n, int64_t k, int line = 0);
int64_t math_perm(int64_t n, int64_t k, int line = 0);
#endif
inline int64_t math_perm(int64_t n) { return math_factorial(n); }

/// `math.ldexp(x, i)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double math_ldexp(double x, int64_t i) {
    if (x == 0. || !std::isfinite(x)) return x;
    if (i > INT32_MAX) [[unlikely]]
        detail::math_range_error();
    if (i < INT32_MIN) return std::copysign(0., x);
    double r = std::ldexp(x, static_cast<int>(i));
    if (std::isinf(r)) [[unlikely]]
        detail::math_range_error();
    return r;
}
#else
double math_ldexp(double x, int64_t i);
#endif

/// `math.frexp(x)`.
inline std::tuple<double, int64_t> math_frexp(double x) {
    if (std::isnan(x) || std::isinf(x) || x == 0.) return {x, 0};
    int e;
    double m = std::frexp(x, &e);
    return {m, e};
}

/// `math.modf(x)` as (fractional part, integer part).
inline std::tuple<double, double> math_modf(double x) {
    if (std::isinf(x)) return {std::copysign(0., x), x};
    if (std::isnan(x)) return {x, x};
    double ip;
    double fp = std::modf(x, &ip);
    return {fp, ip};
}

/// `math.remainder(x, y)` (IEEE 754 remainder, errors like CPython).
#if PYPORT_LIB_BODIES
PYPORT_LIBFN double math_remainder(double x, double y) {
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return y;
    if (std::isinf(x) || y == 0.0) [[unlikely]]
        detail::math_domain_error();
    if (std::isinf(y)) return x;
    return std::remainder(x, y);
}
#else
double math_remainder(double x, double y);
#endif

inline bool math_isnan(double x) { return std::isnan(x); }
inline bool math_isinf(double x) { return std::isinf(x); }
inline bool math_isfinite(double x) { return std::isfinite(x); }

inline double math_degrees(double x) {
    constexpr double rad_to_deg = 180.0 / 3.141592653589793238462643383279502884;
    return x * rad_to_deg;
}
inline double math_radians(double x) {
    constexpr double deg_to_rad = 3.141592653589793238462643383279502884 / 180.0;
    return x * deg_to_rad;
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)`.
#if PYPORT_LIB_BODIES
PYPORT_LIBFN bool math_isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0) {
    if (rel_tol < 0.0 || abs_tol < 0.0) [[unlikely]]
        raise_lit<ValueError>("tolerances must be non-negative");
    if (a == b) return true;
    if (std::isinf(a) || std::isinf(b)) return false;
    double diff = std::fabs(b - a);
    return ((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a))) || (diff <= abs_tol);
}
#else
bool math_isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0);
#endif

}  // namespace py
