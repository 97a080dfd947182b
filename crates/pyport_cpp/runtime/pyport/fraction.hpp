//! `fractions.Fraction` as CPython 3.11's fractions.py: an exact rational of two `py::Int`s
//! (always exact, also under --int64), normalised (gcd 1, positive denominator).
//!
//!   Fraction::of(x)            Fraction(x): int, bool, float (exact), str ("3/4", "-1.5e3"), Fraction
//!   Fraction::of(a, b)         Fraction(a, b): ints or Fractions; ZeroDivisionError "Fraction(a, 0)"
//!   frac_add/sub/mul/truediv/floordiv/mod/pow/divmod(a, b)
//!                              one side a Fraction, the other an int, bool, float or Fraction:
//!                              a Fraction (an int for //, a float when the other side is a float)
//!   frac_eq/ne/lt/le/gt/ge     exact comparisons with ints, floats (inf/nan as CPython), Fractions
//!   str / repr / hash / bool   "3/4", "Fraction(3, 4)", hash(Fraction(1, 2)) == hash(0.5)
#pragma once
#include "prebuilt.hpp"
#include <cmath>
#include <string>
#include <string_view>

#include "bigint.hpp"
#include "num.hpp"
#include "pymath.hpp"
#include "text.hpp"
#include "hash.hpp"
#include "strmethods.hpp"

namespace py {

class Fraction {
public:
    /// Fraction(0).
    Fraction() : n_(0), d_(1) {}

    /// The numerator (sign of the value) and the positive denominator.
    const Int& num() const { return n_; }
    const Int& den() const { return d_; }
    /// `f.numerator` / `f.denominator` as a Python int of the generated code.
    int_t numerator() const { return static_cast<int_t>(n_); }
    int_t denominator() const { return static_cast<int_t>(d_); }

    /// n/d without normalising (the caller knows gcd(n, d) == 1 and d > 0), as `_normalize=False`:
    /// a zero denominator still raises.
    static Fraction raw(Int n, Int d) {
        if (d.sign() == 0) zero_denominator(n);
        Fraction f;
        f.n_ = std::move(n);
        f.d_ = std::move(d);
        return f;
    }
    /// Fraction(n, d) for ints: normalised; ZeroDivisionError "Fraction(n, 0)".
    static Fraction make(const Int& n, const Int& d) {
        if (d.sign() == 0) zero_denominator(n);
        Int g = math_gcd(n, d);
        if (d.sign() < 0) g = -g;
        if (g == Int(1)) return raw(n, d);
        return raw(floordiv(n, g), floordiv(d, g));
    }
    /// The exact value of a finite float (float.as_integer_ratio()).
    static Fraction from_double(double x) {
        if (std::isinf(x)) raise_lit<OverflowError>("cannot convert Infinity to integer ratio");
        if (std::isnan(x)) raise_lit<ValueError>("cannot convert NaN to integer ratio");
        int e = 0;
        double m = std::frexp(x, &e);
        // x = m * 2**e with 0.5 <= |m| < 1: scale m to an integer.
        int k = 0;
        while (m != std::floor(m) && k < 1100) {
            m *= 2.0;
            ++k;
        }
        Int n = Int::from_double(m);
        const int64_t shift = static_cast<int64_t>(e) - k;
        if (shift >= 0) return raw(n << Int(shift), Int(1));
        return make(n, Int(1) << Int(-shift));
    }
    /// Fraction(s): CPython's _RATIONAL_FORMAT; ValueError "Invalid literal for Fraction: 's'".
    static Fraction parse(std::string_view s);

    /// Fraction(x) for one argument.
    template <class X>
    static Fraction of(const X& x) {
        using D = std::remove_cvref_t<X>;
        if constexpr (std::is_same_v<D, Fraction>) return x;
        else if constexpr (is_bool_v<D>) return raw(Int(static_cast<bool>(x) ? 1 : 0), Int(1));
        else if constexpr (std::is_same_v<D, Int> || is_int_v<D>) return raw(Int(x), Int(1));
        else if constexpr (is_float_v<D>) return from_double(static_cast<double>(x));
        else if constexpr (is_num_v<D>) return x.is_float ? from_double(x.f) : raw(Int(x.i), Int(1));
        else if constexpr (is_strlike_v<D>) return parse(std::string_view(x));
        else static_assert(dependent_false<D, D>, "pyport: Fraction() of this type");
    }
    /// Fraction(a, b) for ints or Fractions (a float raises CPython's TypeError).
    template <class A, class B>
    static Fraction of(const A& a, const B& b) {
        if constexpr (is_float_v<A> || is_float_v<B> || is_num_v<A> || is_num_v<B>) {
            bool fl = false;
            if constexpr (is_float_v<A> || is_float_v<B>) fl = true;
            if constexpr (is_num_v<A>) fl = fl || a.is_float;
            if constexpr (is_num_v<B>) fl = fl || b.is_float;
            if (fl) raise_lit<TypeError>("both arguments should be Rational instances");
            return of(of(a), of(b));
        } else if constexpr (std::is_same_v<A, Fraction> || std::is_same_v<B, Fraction>) {
            const Fraction x = of(a), y = of(b);
            return make(x.n_ * y.d_, y.n_ * x.d_);
        } else {
            return make(Int(a), Int(b));
        }
    }

    // ------------------------------------------------------------------ arithmetic (exact)
    friend Fraction operator+(const Fraction& a, const Fraction& b) { return addsub(a, b, false); }
    friend Fraction operator-(const Fraction& a, const Fraction& b) { return addsub(a, b, true); }
    friend Fraction operator*(const Fraction& a, const Fraction& b) {
        Int na = a.n_, da = a.d_, nb = b.n_, db = b.d_;
        const Int g1 = math_gcd(na, db);
        if (g1 > Int(1)) {
            na = floordiv(na, g1);
            db = floordiv(db, g1);
        }
        const Int g2 = math_gcd(nb, da);
        if (g2 > Int(1)) {
            nb = floordiv(nb, g2);
            da = floordiv(da, g2);
        }
        return raw(na * nb, db * da);
    }
    static Fraction div(const Fraction& a, const Fraction& b) {
        Int na = a.n_, da = a.d_, nb = b.n_, db = b.d_;
        const Int g1 = math_gcd(na, nb);
        if (g1 > Int(1)) {
            na = floordiv(na, g1);
            nb = floordiv(nb, g1);
        }
        const Int g2 = math_gcd(db, da);
        if (g2 > Int(1)) {
            da = floordiv(da, g2);
            db = floordiv(db, g2);
        }
        Int n = na * db, d = nb * da;
        if (d.sign() < 0) {
            n = -n;
            d = -d;
        }
        return raw(std::move(n), std::move(d));
    }
    static Int floordiv_(const Fraction& a, const Fraction& b) { return floordiv(a.n_ * b.d_, a.d_ * b.n_); }
    static Fraction mod_(const Fraction& a, const Fraction& b) {
        return make(mod(a.n_ * b.d_, b.n_ * a.d_), a.d_ * b.d_);
    }
    static std::tuple<Int, Fraction> divmod_(const Fraction& a, const Fraction& b) {
        auto [q, r] = divmod(a.n_ * b.d_, a.d_ * b.n_);
        return {q, make(r, a.d_ * b.d_)};
    }
    /// a ** n for an int n (negative n inverts; 0 ** -n raises "Fraction(1, 0)").
    static Fraction pow_int(const Fraction& a, const Int& p) {
        if (p.sign() >= 0) return raw(ipow(a.n_, p, 0), ipow(a.d_, p, 0));
        const Int q = -p;
        if (a.n_.sign() >= 0) return raw(ipow(a.d_, q, 0), ipow(a.n_, q, 0));
        return raw(ipow(-a.d_, q, 0), ipow(-a.n_, q, 0));
    }
    friend Fraction operator-(const Fraction& a) { return raw(-a.n_, a.d_); }
    Fraction abs() const { return raw(n_.sign() < 0 ? -n_ : n_, d_); }

    /// float(f): correctly rounded (CPython: n / d).
    double to_double() const { return truediv(n_, d_); }
    /// int(f), math.trunc(f).
    Int trunc() const { return n_.sign() < 0 ? -floordiv(-n_, d_) : floordiv(n_, d_); }
    Int floor() const { return floordiv(n_, d_); }
    Int ceil() const { return -floordiv(-n_, d_); }
    /// round(f): half to even.
    Int round() const {
        auto [fl, rem] = divmod(n_, d_);
        const Int twice = rem + rem;
        if (twice < d_) return fl;
        if (twice > d_) return fl + Int(1);
        return mod(fl, Int(2)).sign() == 0 ? fl : fl + Int(1);
    }
    /// round(f, ndigits).
    Fraction round(int64_t ndigits) const {
        const Int shift = ipow(Int(10), Int(ndigits < 0 ? -ndigits : ndigits), 0);
        if (ndigits > 0) return make((*this * raw(shift, Int(1))).round(), shift);
        return raw(div(*this, raw(shift, Int(1))).round() * shift, Int(1));
    }
    /// f.limit_denominator(max_denominator).
    Fraction limit_denominator(const Int& max_den = Int(1000000)) const {
        if (max_den < Int(1)) raise_lit<ValueError>("max_denominator should be at least 1");
        if (d_ <= max_den) return *this;
        Int p0 = 0, q0 = 1, p1 = 1, q1 = 0, n = n_, d = d_;
        for (;;) {
            const Int a = floordiv(n, d);
            const Int q2 = q0 + a * q1;
            if (q2 > max_den) break;
            Int np1 = p0 + a * p1;
            p0 = p1;
            q0 = q1;
            p1 = std::move(np1);
            q1 = q2;
            Int nd = n - a * d;
            n = d;
            d = std::move(nd);
        }
        const Int k = floordiv(max_den - q0, q1);
        const Fraction bound1 = make(p0 + k * p1, q0 + k * q1);
        const Fraction bound2 = make(p1, q1);
        if (cmp(((bound2 - *this).abs()), (bound1 - *this).abs()) <= 0) return bound2;
        return bound1;
    }

    // ------------------------------------------------------------------ comparisons
    /// Exact three-way comparison of two Fractions.
    friend int cmp(const Fraction& a, const Fraction& b) {
        const Int l = a.n_ * b.d_, r = a.d_ * b.n_;
        return l < r ? -1 : (l == r ? 0 : 1);
    }
    friend bool operator==(const Fraction& a, const Fraction& b) { return a.n_ == b.n_ && a.d_ == b.d_; }
    /// For std::max / std::min / sorting.
    friend bool operator<(const Fraction& a, const Fraction& b) { return cmp(a, b) < 0; }

    // Hooks used by py::repr / py::str / py::eq / py::lt / py::hash / py::truthy.
    void py_repr(std::string& out) const {
        out += "Fraction(";
        n_.py_repr(out);
        out += ", ";
        d_.py_repr(out);
        out += ")";
    }
    void py_str(std::string& out) const {
        n_.py_repr(out);
        if (!(d_ == Int(1))) {
            out += "/";
            d_.py_repr(out);
        }
    }
    /// format(f, spec): str(f) for an empty spec; CPython 3.11's Fraction has no other format.
    std::string py_format(std::string_view spec) const {
        if (!spec.empty()) raise_lit<TypeError>("unsupported format string passed to Fraction.__format__");
        std::string out;
        py_str(out);
        return out;
    }
    bool py_bool() const { return n_.sign() != 0; }
    template <class X> bool py_eq(const X& x) const;
    template <class X> bool py_lt(const X& x) const;
    /// Marks the type for unions (`union.hpp`'s `is_rational_v`).
    using py_exact_rational = void;
    /// CPython's Fraction.__hash__ (equal to hash() of an equal int or float).
    int64_t py_hash() const {
        constexpr int64_t P = (int64_t{1} << 61) - 1;
        int64_t h;
        if (mod(d_, Int(P)).sign() == 0) {
            h = 314159;  // _PyHASH_INF
        } else {
            const Int dinv = pow_mod(d_, Int(-1), Int(P), 0);
            h = hash_int(Int(hash_int(n_.sign() < 0 ? -n_ : n_)) * dinv);
        }
        const int64_t r = n_.sign() >= 0 ? h : -h;
        return r == -1 ? -2 : r;
    }

private:
    Int n_, d_;

    [[noreturn]] static void zero_denominator(const Int& n) {
        std::string m = "Fraction(";
        n.py_repr(m);
        m += ", 0)";
        raise<ZeroDivisionError>(m);
    }
    static Fraction addsub(const Fraction& a, const Fraction& b, bool sub) {
        const Int& na = a.n_;
        const Int& da = a.d_;
        const Int nb = sub ? -b.n_ : b.n_;
        const Int& db = b.d_;
        const Int g = math_gcd(da, db);
        if (g == Int(1)) return raw(na * db + da * nb, da * db);
        const Int s = floordiv(da, g);
        const Int t = na * floordiv(db, g) + nb * s;
        const Int g2 = math_gcd(t, g);
        if (g2 == Int(1)) return raw(t, s * db);
        return raw(floordiv(t, g2), s * floordiv(db, g2));
    }
};

namespace detail {
template <> constexpr const char* py_type_name<Fraction>() { return "Fraction"; }
}  // namespace detail

#if PYPORT_LIB_BODIES
PYPORT_LIBFN Fraction Fraction::parse(std::string_view orig) {
    auto fail = [&]() -> Fraction {
        raise<ValueError>("Invalid literal for Fraction: " + std::string(py::repr(Str(orig))));
    };
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    size_t p = 0, end = orig.size();
    while (p < end && space(orig[p])) ++p;
    while (end > p && space(orig[end - 1])) --end;
    const std::string_view s = orig.substr(p, end - p);
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    // \d+(_\d+)*, possibly empty; the digits without underscores go to `out`.
    auto digits = [&](std::string& out) -> bool {
        if (i >= s.size() || !digit(s[i])) return false;
        while (i < s.size() && digit(s[i])) out += s[i++];
        while (i + 1 < s.size() && s[i] == '_' && digit(s[i + 1])) {
            ++i;
            while (i < s.size() && digit(s[i])) out += s[i++];
        }
        return true;
    };
    if (!(i < s.size() && (digit(s[i]) || (s[i] == '.' && i + 1 < s.size() && digit(s[i + 1]))))) return fail();
    std::string num, den, dec, exp;
    digits(num);
    Int n = num.empty() ? Int(0) : Int::parse(num);
    Int d(1);
    if (i < s.size() && s[i] == '/') {
        ++i;
        if (!digits(den)) return fail();
        d = Int::parse(den);
    } else {
        if (i < s.size() && s[i] == '.') {
            ++i;
            digits(dec);
            if (!dec.empty()) {
                const Int scale = ipow(Int(10), Int(static_cast<int64_t>(dec.size())), 0);
                n = n * scale + Int::parse(dec);
                d = d * scale;
            }
        }
        if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            bool eneg = false;
            if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
            if (!digits(exp)) return fail();
            const Int e = Int::parse(exp);
            if (eneg) d = d * ipow(Int(10), e, 0);
            else n = n * ipow(Int(10), e, 0);
        }
    }
    if (i != s.size()) return fail();
    if (neg) n = -n;
    return make(n, d);
}
#endif

// ---------------------------------------------------------------------- mixed operands
namespace frac_detail {
template <class X>
inline constexpr bool is_rational_v = std::is_same_v<std::remove_cvref_t<X>, Fraction> ||
                                      std::is_same_v<std::remove_cvref_t<X>, Int> || is_int_v<X> || is_bool_v<X>;
template <class X>
inline double as_double(const X& x) {
    if constexpr (std::is_same_v<std::remove_cvref_t<X>, Fraction>) return x.to_double();
    else if constexpr (is_num_v<X>) return to_float(x);
    else if constexpr (std::is_same_v<std::remove_cvref_t<X>, Int>) return x.to_double();
    else return static_cast<double>(x);
}
/// A float compared with a Fraction: inf and nan compare as 0.0 against them (CPython).
template <Cmp op>
inline bool cmp_float(const Fraction& a, double b) {
    if (std::isnan(b) || std::isinf(b)) return apply_cmp<op>(0.0, b);
    return apply_cmp<op>(cmp(a, Fraction::from_double(b)), 0);
}
}  // namespace frac_detail

#define PYPORT_FRAC_OP(NAME, EXACT, FLOAT)                                                   \
    template <class A, class B>                                                              \
    inline auto NAME(const A& a, const B& b) {                                               \
        if constexpr (frac_detail::is_rational_v<A> && frac_detail::is_rational_v<B>) {      \
            const Fraction x = Fraction::of(a), y = Fraction::of(b);                         \
            return EXACT;                                                                    \
        } else {                                                                             \
            const double x = frac_detail::as_double(a), y = frac_detail::as_double(b);       \
            return FLOAT;                                                                    \
        }                                                                                    \
    }
PYPORT_FRAC_OP(frac_add, x + y, x + y)
PYPORT_FRAC_OP(frac_sub, x - y, x - y)
PYPORT_FRAC_OP(frac_mul, x * y, x * y)
PYPORT_FRAC_OP(frac_truediv, Fraction::div(x, y), fdiv(x, y))
PYPORT_FRAC_OP(frac_floordiv, static_cast<int_t>(Fraction::floordiv_(x, y)), float_floordiv(x, y))
PYPORT_FRAC_OP(frac_mod, Fraction::mod_(x, y), float_mod(x, y))
#undef PYPORT_FRAC_OP

/// divmod(a, b) with a Fraction: (int, Fraction), or two floats with a float operand.
template <class A, class B>
inline auto frac_divmod(const A& a, const B& b) {
    if constexpr (frac_detail::is_rational_v<A> && frac_detail::is_rational_v<B>) {
        auto [q, r] = Fraction::divmod_(Fraction::of(a), Fraction::of(b));
        return std::tuple<int_t, Fraction>(static_cast<int_t>(q), r);
    } else {
        return divmod(frac_detail::as_double(a), frac_detail::as_double(b));
    }
}

/// `a ** b` with a Fraction base and an int exponent: exact.
template <class B>
    requires(!std::is_same_v<std::remove_cvref_t<B>, double>)
inline Fraction frac_pow(const Fraction& a, const B& b) {
    if constexpr (std::is_same_v<std::remove_cvref_t<B>, Fraction>) {
        if (!(b.den() == Int(1))) internal_error("frac_pow with a non-integral Fraction exponent");
        return Fraction::pow_int(a, b.num());
    } else {
        return Fraction::pow_int(a, Int(b));
    }
}
/// `a ** x` with a float: float(a) ** x.
inline double frac_pow(const Fraction& a, double b) { return float_pow(a.to_double(), b); }

template <class A, class B>
inline bool frac_eq(const A& a, const B& b) {
    if constexpr (!std::is_same_v<std::remove_cvref_t<A>, Fraction>) {
        return frac_eq(b, a);
    } else if constexpr (is_float_v<B>) {
        const double d = static_cast<double>(b);
        if (std::isnan(d) || std::isinf(d)) return 0.0 == d;
        return a == Fraction::from_double(d);
    } else {
        return a == Fraction::of(b);
    }
}
template <class A, class B> inline bool frac_ne(const A& a, const B& b) { return !frac_eq(a, b); }

template <Cmp op, class A, class B>
inline bool frac_cmp(const A& a, const B& b) {
    if constexpr (!std::is_same_v<std::remove_cvref_t<A>, Fraction>) {
        return frac_cmp<swap_cmp(op)>(b, a);
    } else if constexpr (is_float_v<B>) {
        return frac_detail::cmp_float<op>(a, static_cast<double>(b));
    } else {
        return apply_cmp<op>(cmp(a, Fraction::of(b)), 0);
    }
}
template <class A, class B> inline bool frac_lt(const A& a, const B& b) { return frac_cmp<Cmp::LT>(a, b); }
template <class A, class B> inline bool frac_le(const A& a, const B& b) { return frac_cmp<Cmp::LE>(a, b); }
template <class A, class B> inline bool frac_gt(const A& a, const B& b) { return frac_cmp<Cmp::GT>(a, b); }
template <class A, class B> inline bool frac_ge(const A& a, const B& b) { return frac_cmp<Cmp::GE>(a, b); }

template <class X> bool Fraction::py_eq(const X& x) const {
    if constexpr (std::is_same_v<X, Fraction> || frac_detail::is_rational_v<X> || is_float_v<X>) return frac_eq(*this, x);
    else return false;
}
template <class X> bool Fraction::py_lt(const X& x) const { return frac_lt(*this, x); }

}  // namespace py

template <>
struct std::hash<py::Fraction> {
    size_t operator()(const py::Fraction& x) const noexcept { return static_cast<size_t>(x.py_hash()); }
};
