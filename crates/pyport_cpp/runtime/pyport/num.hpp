//! `py::Num` (a value that is an int or a float at run time) and exact int/float comparisons.
#pragma once
#include <cmath>

#include "int.hpp"
#include "bigint.hpp"

namespace py {

/// A Python number whose int-or-float type is only known at run time.
struct Num {
    bool is_float;
    union {
        int64_t i;
        double f;
    };
    constexpr Num() : is_float(false), i(0) {}
    template <std::integral I>
    constexpr Num(I v) : is_float(false), i(static_cast<int64_t>(v)) {}  // NOLINT: implicit
    constexpr Num(double v) : is_float(true), f(v) {}                    // NOLINT: implicit
    constexpr Num(BoolCell b) : is_float(false), i(b.v) {}               // NOLINT: implicit
    /// An exact int: Num holds int64, so a value beyond it raises OverflowError (never a float).
    Num(const Int& v) : is_float(false), i(v.as_ssize()) {}  // NOLINT: implicit
};

inline double to_float(Num a) { return a.is_float ? a.f : int_to_float(a.i); }
constexpr bool truthy_num(Num a) { return a.is_float ? a.f != 0.0 : a.i != 0; }

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

/// Exact `i == d`.
inline bool eq_int_float(int64_t i, double d) {
    if (fits_double(i)) [[likely]]
        return static_cast<double>(i) == d;
    return compare_int_float(i, d) == 0;
}

template <Cmp op>
inline bool num_cmp(Num a, Num b) {
    if (!a.is_float) {
        if (!b.is_float) [[likely]]
            return apply_cmp<op>(a.i, b.i);
        return cmp_int_float<op>(a.i, b.f);
    }
    if (b.is_float) return apply_cmp<op>(a.f, b.f);
    return cmp_int_float<swap_cmp(op)>(b.i, a.f);
}

inline bool num_eq(Num a, Num b) {
    if (!a.is_float) {
        if (!b.is_float) [[likely]]
            return a.i == b.i;
        return eq_int_float(a.i, b.f);
    }
    if (b.is_float) return a.f == b.f;
    return eq_int_float(b.i, a.f);
}
inline bool num_ne(Num a, Num b) { return !num_eq(a, b); }
inline bool num_lt(Num a, Num b) { return num_cmp<Cmp::LT>(a, b); }
inline bool num_le(Num a, Num b) { return num_cmp<Cmp::LE>(a, b); }
inline bool num_gt(Num a, Num b) { return num_cmp<Cmp::GT>(a, b); }
inline bool num_ge(Num a, Num b) { return num_cmp<Cmp::GE>(a, b); }

// -------------------------------------------------------------- arithmetic
inline Num num_add(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return add(a.i, b.i, line);
    return to_float(a) + to_float(b);
}
inline Num num_sub(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return sub(a.i, b.i, line);
    return to_float(a) - to_float(b);
}
inline Num num_mul(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return mul(a.i, b.i, line);
    return to_float(a) * to_float(b);
}
inline Num num_floordiv(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return floordiv(a.i, b.i, line);
    return float_floordiv(to_float(a), to_float(b));
}
inline Num num_mod(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]]
        return mod(a.i, b.i, line);
    return float_mod(to_float(a), to_float(b));
}
/// `a ** b`: int ** non-negative int stays int; int ** negative int is a float.
inline Num num_pow(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]] {
        if (b.i >= 0) return ipow(a.i, b.i, line);
        return float_pow(int_to_float(a.i), int_to_float(b.i));
    }
    return float_pow(to_float(a), to_float(b));
}
inline double num_truediv(Num a, Num b) {
    if (!a.is_float && !b.is_float) [[likely]]
        return int_truediv(a.i, b.i);
    return fdiv(to_float(a), to_float(b));
}
inline double num_truediv(Num a, Num b, int /*line*/) { return num_truediv(a, b); }
inline std::tuple<Num, Num> num_divmod(Num a, Num b, int line) {
    if (!a.is_float && !b.is_float) [[likely]] {
        auto [q, r] = divmod(a.i, b.i, line);
        return {q, r};
    }
    auto [q, r] = divmod(to_float(a), to_float(b));
    return {q, r};
}
inline Num num_neg(Num a, int line) {
    if (!a.is_float) [[likely]]
        return neg(a.i, line);
    return -a.f;
}
inline Num num_abs(Num a, int line) {
    if (!a.is_float) [[likely]]
        return iabs(a.i, line);
    return std::fabs(a.f);
}
inline Num num_pos(Num a) { return a; }

/// `int(x)`: floats truncate toward zero.
inline int64_t num_to_int(Num a) { return a.is_float ? float_to_int(a.f) : a.i; }
/// `round(x)` with no ndigits.
inline int64_t num_round(Num a) { return a.is_float ? round_to_int(a.f) : a.i; }

/// `max(a, b)`: the first maximal argument wins, as in Python.
inline Num num_max(Num a, Num b) { return num_gt(b, a) ? b : a; }
/// `min(a, b)`: the first minimal argument wins, as in Python.
inline Num num_min(Num a, Num b) { return num_lt(b, a) ? b : a; }

}  // namespace py
