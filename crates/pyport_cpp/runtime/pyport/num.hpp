//! `py::Num` (a value that is an int or a float at run time) and exact int/float comparisons.
//!
//! The int part is `py::int_t`: an exact `py::Int` by default (big ints flow through a Num
//! unchanged), the checked int64 of int.hpp under PYPORT_INT64.
#pragma once
#include <cmath>

#include "int.hpp"
#include "bigint.hpp"

namespace py {

/// A Python number whose int-or-float type is only known at run time.
struct Num {
    bool is_float;
    int_t i;   // the value when !is_float (0 otherwise)
    double f;  // the value when is_float (0 otherwise)
    /// An Int holds no pointer into itself, nor does a Num (lists move them with memmove).
    using pyport_relocatable = void;
    Num() : is_float(false), i(0), f(0.0) {}
    template <std::integral I>
    Num(I v) : is_float(false), i(v), f(0.0) {}           // NOLINT: implicit
    Num(double v) : is_float(true), i(0), f(v) {}         // NOLINT: implicit
    Num(BoolCell b) : is_float(false), i(b.v), f(0.0) {}  // NOLINT: implicit
#ifdef PYPORT_INT64
    /// An exact int under --int64: a value beyond int64 raises OverflowError (never a float).
    Num(const Int& v) : is_float(false), i(v.as_ssize()), f(0.0) {}  // NOLINT: implicit
#else
    Num(const Int& v) : is_float(false), i(v), f(0.0) {}   // NOLINT: implicit
    Num(Int&& v) : is_float(false), i(std::move(v)), f(0.0) {}  // NOLINT: implicit
#endif
};

/// float(x): OverflowError "int too large to convert to float" for an int beyond a double.
inline double to_float(const Num& a) { return a.is_float ? a.f : int_to_float(a.i); }
inline bool truthy_num(const Num& a) { return a.is_float ? a.f != 0.0 : static_cast<bool>(a.i); }

// ------------------------------------------------------- exact comparisons
/// The comparison operators other than == / !=.
enum class Cmp { LT, LE, GT, GE };

constexpr Cmp swap_cmp(Cmp op) {
    switch (op) {
        case Cmp::LT: return Cmp::GT;
        case Cmp::LE: return Cmp::GE;
        case Cmp::GT: return Cmp::LT;
        default: return Cmp::LE;
    }
}

template <Cmp op, class X>
constexpr bool apply_cmp(const X& a, const X& b) {
    if constexpr (op == Cmp::LT) return a < b;
    else if constexpr (op == Cmp::LE) return a <= b;
    else if constexpr (op == Cmp::GT) return a > b;
    else return a >= b;
}

/// True when int64 `i` converts to double exactly (|i| <= 2**53).
constexpr bool fits_double(int64_t i) {
    return static_cast<uint64_t>(i) + (uint64_t{1} << 53) <= (uint64_t{1} << 54);
}

/// Exact `i OP d`.
template <Cmp op>
inline bool cmp_int_float(int64_t i, double d) {
    if (fits_double(i)) [[likely]]
        return apply_cmp<op>(static_cast<double>(i), d);
    int c = compare_int_float(i, d);
    if (c == 2) return false;
    return apply_cmp<op>(c, 0);
}
/// Exact `i OP d` for an exact int of any size (a NaN compares false).
template <Cmp op>
inline bool cmp_int_float(const Int& i, double d) {
    const std::partial_ordering c = i <=> d;
    if (c == std::partial_ordering::unordered) return false;
    if constexpr (op == Cmp::LT) return c < 0;
    else if constexpr (op == Cmp::LE) return c <= 0;
    else if constexpr (op == Cmp::GT) return c > 0;
    else return c >= 0;
}

/// Exact `i == d`.
inline bool eq_int_float(int64_t i, double d) {
    if (fits_double(i)) [[likely]]
        return static_cast<double>(i) == d;
    return compare_int_float(i, d) == 0;
}
inline bool eq_int_float(const Int& i, double d) { return i == d; }

template <Cmp op>
inline bool num_cmp(const Num& a, const Num& b) {
    if (!a.is_float) {
        if (!b.is_float) [[likely]]
            return apply_cmp<op>(a.i, b.i);
        return cmp_int_float<op>(a.i, b.f);
    }
    if (b.is_float) return apply_cmp<op>(a.f, b.f);
    return cmp_int_float<swap_cmp(op)>(b.i, a.f);
}

inline bool num_eq(const Num& a, const Num& b) {
    if (!a.is_float) {
        if (!b.is_float) [[likely]]
            return a.i == b.i;
        return eq_int_float(a.i, b.f);
    }
    if (b.is_float) return a.f == b.f;
    return eq_int_float(b.i, a.f);
}
inline bool num_ne(const Num& a, const Num& b) { return !num_eq(a, b); }
#ifndef PYPORT_INT64
/// `py::eq` of an int-or-float with an exact int (either side): the generic `py::eq` does not
/// count `py::Int` as a number, so it would call them unequal.
inline bool eq(const Num& a, const Int& b) { return num_eq(a, Num(b)); }
inline bool eq(const Int& a, const Num& b) { return num_eq(Num(a), b); }
#endif
inline bool num_lt(const Num& a, const Num& b) { return num_cmp<Cmp::LT>(a, b); }
inline bool num_le(const Num& a, const Num& b) { return num_cmp<Cmp::LE>(a, b); }
inline bool num_gt(const Num& a, const Num& b) { return num_cmp<Cmp::GT>(a, b); }
inline bool num_ge(const Num& a, const Num& b) { return num_cmp<Cmp::GE>(a, b); }

// -------------------------------------------------------------- arithmetic
inline Num num_add(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return add(a.i, b.i, line);
    return to_float(a) + to_float(b);
}
inline Num num_sub(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return sub(a.i, b.i, line);
    return to_float(a) - to_float(b);
}
inline Num num_mul(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return mul(a.i, b.i, line);
    return to_float(a) * to_float(b);
}
inline Num num_floordiv(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return floordiv(a.i, b.i, line);
    return float_floordiv(to_float(a), to_float(b));
}
inline Num num_mod(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return mod(a.i, b.i, line);
    return float_mod(to_float(a), to_float(b));
}
/// `a ** b`: int ** non-negative int stays int; int ** negative int is a float.
inline Num num_pow(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]] {
        if (b.i >= 0) return ipow(a.i, b.i, line);
        return float_pow(int_to_float(a.i), int_to_float(b.i));
    }
    return float_pow(to_float(a), to_float(b));
}
inline double num_truediv(const Num& a, const Num& b) {
    if (!a.is_float && !b.is_float) [[likely]]
        return int_truediv(a.i, b.i);
    return fdiv(to_float(a), to_float(b));
}
inline double num_truediv(const Num& a, const Num& b, int /*line*/) { return num_truediv(a, b); }
inline std::tuple<Num, Num> num_divmod(const Num& a, const Num& b, int line) {
    if (!a.is_float && !b.is_float) [[likely]] {
        auto [q, r] = divmod(a.i, b.i, line);
        return {Num(q), Num(r)};
    }
    auto [q, r] = divmod(to_float(a), to_float(b));
    return {q, r};
}
inline Num num_neg(const Num& a, int line) {
    if (!a.is_float) [[likely]]
        return neg(a.i, line);
    return -a.f;
}
inline Num num_abs(const Num& a, int line) {
    if (!a.is_float) [[likely]]
        return iabs(a.i, line);
    return std::fabs(a.f);
}
inline Num num_pos(const Num& a) { return a; }

/// `int(x)`: floats truncate toward zero (OverflowError for inf, ValueError for nan).
inline int_t num_to_int(const Num& a) {
#ifdef PYPORT_INT64
    return a.is_float ? float_to_int(a.f) : a.i;
#else
    return a.is_float ? Int::from_double(a.f) : a.i;
#endif
}
/// `x in c` for an int-or-float `x` and a container of ints: `3.0 in (3, 5)` is True in
/// Python (3.0 == 3, and they hash alike); a non-integral or non-finite float is in no
/// container of ints.
template <class C>
bool num_in(const C& c, const Num& x) {
    if (!x.is_float) return c.contains(x.i);
    if (!std::isfinite(x.f) || std::trunc(x.f) != x.f) return false;
#ifdef PYPORT_INT64
    if (std::fabs(x.f) >= 9.2e18) return false;  // no int64 equals it
    return c.contains(static_cast<int_t>(x.f));
#else
    return c.contains(Int::from_double(x.f));
#endif
}
/// `round(x)` with no ndigits (half to even).
inline int_t num_round(const Num& a) {
#ifdef PYPORT_INT64
    return a.is_float ? round_to_int(a.f) : a.i;
#else
    if (!a.is_float) return a.i;
    if (std::isfinite(a.f) && std::fabs(a.f) < 9.0e18) return Int(round_to_int(a.f));
    return Int::from_double(a.f);  // |x| >= 2**53 is already an integer; inf/nan raise
#endif
}

/// `max(a, b)`: the first maximal argument wins, as in Python.
inline Num num_max(const Num& a, const Num& b) { return num_gt(b, a) ? b : a; }
/// `min(a, b)`: the first minimal argument wins, as in Python.
inline Num num_min(const Num& a, const Num& b) { return num_lt(b, a) ? b : a; }

}  // namespace py
