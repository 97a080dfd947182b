//! `statistics`: CPython 3.11's Lib/statistics.py for data of ints, floats, int-or-floats
//! (`py::Num`) and Fractions (strs too for `median_low`/`median_high`/`mode`/`multimode`).
//!
//! The averages and spreads are exact as CPython's are: every item is summed as an exact ratio
//! (`_sum`, `_ss`: ints as ints, finite floats as `m * 2**e`, Fractions as Fractions), a float
//! NaN or infinity instead summed as a float beside them, and the result converted once by
//! `_convert` to the items' common type (`T`: float if any item is a float, else Fraction if any
//! is one, else int; an int result that is not whole becomes a float). The compiler decides the
//! C++ type of a result from the element type (`R`: `py::Num` for int results, which may be
//! floats); the functions here only convert into it. `stdev`/`pstdev` take the correctly rounded
//! square root of the exact ratio (`_float_sqrt_of_frac`, round-to-odd integer square roots).
#pragma once
#include <cmath>
#include <string>
#include <type_traits>
#include <vector>

#include "fraction.hpp"

namespace py {

/// statistics.StatisticsError (a ValueError, as in CPython).
struct StatisticsError : ValueError {
    using ValueError::ValueError;
    const char* type_name() const override { return "statistics.StatisticsError"; }
};

namespace stat_detail {

template <class X> using bare_t = std::remove_cvref_t<X>;
template <class X> inline constexpr bool is_fraction_v = std::is_same_v<bare_t<X>, Fraction>;

/// An item that is a Python int (not a float, Num or Fraction) as an exact `Int`.
template <class X>
inline Int stat_int(const X& x) {
    if constexpr (std::is_same_v<bare_t<X>, Int>) return x;
    else return Int(static_cast<int64_t>(x));
}

/// CPython's `_coerce` over the items' types, starting from int.
enum class T { Int, Float, Frac };

/// An exact running sum of ints, finite floats and Fractions (`_sum`'s partials), with the float
/// infinities and NaNs summed apart as floats (`partials[None]`).
struct ExactSum {
    Int ints;
    /// The floats' sum: `bin * 2**bin_exp`.
    Int bin;
    int64_t bin_exp = 0;
    bool has_bin = false;
    Fraction fracs;
    double special = 0.0;
    bool has_special = false;
    bool saw_float = false, saw_frac = false;
    int64_t count = 0;

    void add_int(const Int& v) { ints += v; }
    void add_dyadic(Int m, int64_t e) {
        if (!has_bin) {
            bin = std::move(m);
            bin_exp = e;
            has_bin = true;
        } else if (e < bin_exp) {
            bin = (bin << Int(bin_exp - e)) + m;
            bin_exp = e;
        } else {
            bin += m << Int(e - bin_exp);
        }
    }
    /// A float's exact value, `m * 2**e` with a 53-bit `m` (`float.as_integer_ratio()`).
    static void split(double x, int64_t& m, int64_t& e) {
        int ex = 0;
        double f = std::frexp(x, &ex);
        m = static_cast<int64_t>(std::ldexp(f, 53));
        e = ex - 53;
    }
    void add_float(double x) {
        saw_float = true;
        if (!std::isfinite(x)) {
            special += x;
            has_special = true;
            return;
        }
        if (x == 0.0) return;
        int64_t m, e;
        split(x, m, e);
        add_dyadic(Int(m), e);
    }
    void add_frac(const Fraction& q) {
        saw_frac = true;
        fracs = fracs + q;
    }
    T type() const { return saw_float ? T::Float : saw_frac ? T::Frac : T::Int; }
    /// The exact sum of the finite items.
    Fraction total() const {
        Fraction t = Fraction::raw(ints, Int(1));
        if (has_bin) {
            t = t + (bin_exp >= 0 ? Fraction::raw(bin << Int(bin_exp), Int(1)) : Fraction::make(bin, Int(1) << Int(-bin_exp)));
        }
        if (saw_frac) t = t + fracs;
        return t;
    }
};

/// One item into `_sum`.
template <class X>
inline void stat_add(ExactSum& s, const X& x) {
    if constexpr (std::is_same_v<bare_t<X>, Num>) {
        if (x.is_float) s.add_float(x.f);
        else s.add_int(stat_int(x.i));
    } else if constexpr (std::is_floating_point_v<bare_t<X>>) {
        s.add_float(x);
    } else if constexpr (is_fraction_v<X>) {
        s.add_frac(x);
    } else {
        s.add_int(stat_int(x));
    }
    ++s.count;
}

/// `_ss(data)` without a given mean: the sums of the items and of their squares.
struct SumSquares {
    ExactSum sx, sxx;
    template <class X>
    void add(const X& x) {
        if constexpr (std::is_same_v<bare_t<X>, Num>) {
            if (x.is_float) add_float(x.f);
            else add_int(stat_int(x.i));
        } else if constexpr (std::is_floating_point_v<bare_t<X>>) {
            add_float(x);
        } else if constexpr (is_fraction_v<X>) {
            sx.add_frac(x);
            sxx.add_frac(x * x);
        } else {
            add_int(stat_int(x));
        }
        ++sx.count;
    }
    void add_int(const Int& v) {
        sx.add_int(v);
        sxx.add_int(v * v);
    }
    void add_float(double x) {
        sx.add_float(x);
        if (!std::isfinite(x) || x == 0.0) return;
        int64_t m, e;
        ExactSum::split(x, m, e);
        sxx.add_dyadic(Int(m) * Int(m), 2 * e);
    }
};

/// An item or a given mean as a Python number of one of the three kinds.
struct Val {
    T t = T::Int;
    Int i;
    double f = 0.0;
    Fraction q;
};
template <class X>
inline Val stat_val(const X& x) {
    Val v;
    if constexpr (std::is_same_v<bare_t<X>, Num>) {
        if (x.is_float) {
            v.t = T::Float;
            v.f = x.f;
        } else {
            v.i = stat_int(x.i);
        }
    } else if constexpr (std::is_floating_point_v<bare_t<X>>) {
        v.t = T::Float;
        v.f = x;
    } else if constexpr (is_fraction_v<X>) {
        v.t = T::Frac;
        v.q = x;
    } else {
        v.i = stat_int(x);
    }
    return v;
}
/// float(v): OverflowError for an int or Fraction too large, as Python's mixed arithmetic raises.
inline double stat_val_float(const Val& v) {
    switch (v.t) {
        case T::Int: return int_to_float(v.i);
        case T::Frac: return v.q.to_double();
        default: return v.f;
    }
}
inline Fraction stat_val_frac(const Val& v) { return v.t == T::Frac ? v.q : Fraction::raw(v.i, Int(1)); }

/// `(d := x - c) * d` into `_sum`, with Python's arithmetic: exact for ints and Fractions, a
/// float (the other operand converted first) when either is a float.
template <class X>
inline void stat_add_square_dev(ExactSum& s, const X& x, const Val& c) {
    Val v = stat_val(x);
    if (v.t == T::Float || c.t == T::Float) {
        double d = stat_val_float(v) - stat_val_float(c);
        s.add_float(d * d);
    } else if (v.t == T::Frac || c.t == T::Frac) {
        Fraction d = stat_val_frac(v) - stat_val_frac(c);
        s.add_frac(d * d);
    } else {
        Int d = v.i - c.i;
        s.add_int(d * d);
    }
    ++s.count;
}

[[noreturn]] inline void stat_wrong_type() {
    throw PyportLimit("internal error: a statistics result of a type the compiler did not expect");
}

/// An int result as the result type the compiler chose.
template <class R>
inline R stat_out_int(const Int& v) {
    if constexpr (std::is_same_v<R, Num>) return Num(v);
    else if constexpr (std::is_same_v<R, Fraction>) return Fraction::raw(v, Int(1));
    else if constexpr (std::is_same_v<R, double>) return int_to_float(v);
    else return R(v);
}
/// A float result as the result type the compiler chose.
template <class R>
inline R stat_out_float(double v) {
    if constexpr (std::is_same_v<R, Num> || std::is_same_v<R, double>) return v;
    else stat_wrong_type();
}
/// A Fraction result as the result type the compiler chose.
template <class R>
inline R stat_out_frac(const Fraction& v) {
    if constexpr (std::is_same_v<R, Fraction>) return v;
    else stat_wrong_type();
}

/// `_convert(value, T)`.
template <class R>
inline R stat_convert(const Fraction& v, T t) {
    if (t == T::Frac) return stat_out_frac<R>(v);
    if (t == T::Int && v.den() == Int(1)) return stat_out_int<R>(v.num());
    return stat_out_float<R>(v.to_double());
}

/// An item as the result type (a median that is an item).
template <class R, class X>
inline R stat_out_item(const X& x) {
    if constexpr (std::is_same_v<bare_t<X>, R>) return x;
    else if constexpr (std::is_same_v<bare_t<X>, Num>) return x.is_float ? stat_out_float<R>(x.f) : stat_out_int<R>(stat_int(x.i));
    else if constexpr (std::is_floating_point_v<bare_t<X>>) return stat_out_float<R>(x);
    else if constexpr (is_fraction_v<X>) return stat_out_frac<R>(x);
    else return stat_out_int<R>(stat_int(x));
}

/// `_float_sqrt_of_frac(n, m)`: the square root of n/m (n >= 0), correctly rounded.
inline Int stat_isqrt_rto(const Int& n, const Int& m) {
    Int a = math_isqrt(floordiv(n, m));
    return a | Int(a * a * m != n ? 1 : 0);
}
inline double stat_float_sqrt_of_frac(const Int& n, const Int& m) {
    // 2 * sys.float_info.mant_dig + 3 bits; q = (...) // 2, rounding down.
    int64_t diff = n.bit_length() - m.bit_length() - 109;
    int64_t q = (diff - (diff < 0 ? 1 : 0)) / 2;
    if (q >= 0) return int_truediv(stat_isqrt_rto(n, m << Int(2 * q)) << Int(q), Int(1));
    return int_truediv(stat_isqrt_rto(n << Int(-2 * q), m), Int(1) << Int(-q));
}

/// The items of an iterable, each as an `E`.
template <class E, class It>
inline std::vector<E> stat_items(It&& data) {
    std::vector<E> out;
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) out.push_back(E(x));
    return out;
}

/// `sorted(data)` (CPython's sort, comparing with `<`).
template <class E, class It>
inline std::vector<E> stat_sorted(It&& data) {
    std::vector<E> xs = stat_items<E>(std::forward<It>(data));
    detail::python_sort(xs.data(), xs.size(), false, [](const E& a, const E& b) { return py::lt(a, b); });
    return xs;
}

/// `(a + b) / 2` of two middle items.
template <class E>
inline auto stat_midpoint(const E& a, const E& b) {
    if constexpr (is_fraction_v<E>) {
        return Fraction::div(a + b, Fraction::raw(Int(2), Int(1)));
    } else if constexpr (std::is_floating_point_v<E>) {
        return (a + b) / 2.0;
    } else if constexpr (std::is_same_v<E, Num>) {
        if (!a.is_float && !b.is_float) return int_truediv(stat_int(a.i) + stat_int(b.i), Int(2));
        return (to_float(a) + to_float(b)) / 2.0;
    } else {
        return int_truediv(stat_int(a) + stat_int(b), Int(2));
    }
}

/// A number as a float the way `math.fsum` and `math.log` read it.
template <class X>
inline double stat_as_float(const X& x) {
    if constexpr (std::is_same_v<bare_t<X>, Num>) return to_float(x);
    else if constexpr (std::is_floating_point_v<bare_t<X>>) return x;
    else if constexpr (is_fraction_v<X>) return x.to_double();
    else return int_to_float(stat_int(x));
}

/// `math.log(x)` as CPython's `loghelper`: an int too large for a float is read as
/// `frexp(x) = (m, e)`, `log(m) + log(2.0) * e`.
inline double stat_log_int(const Int& x) {
    if (!(x > Int(0))) raise_lit<ValueError>("math domain error");
    int64_t nbits = x.bit_length();
    if (nbits <= 1000) return math_log(int_to_float(x));
    try {
        return math_log(int_to_float(x));
    } catch (const OverflowError&) {
    }
    // _PyLong_Frexp: the top 63 bits with a sticky bit round to 53 bits as the whole value does.
    Int top = x >> Int(nbits - 63);
    int64_t m = static_cast<int64_t>(top);
    if ((top << Int(nbits - 63)) != x) m |= 1;
    int e = 0;
    double fr = std::frexp(static_cast<double>(m), &e);
    return math_log(fr) + math_log(2.0) * static_cast<double>(static_cast<int64_t>(e) + (nbits - 63));
}
template <class X>
inline double stat_log(const X& x) {
    if constexpr (std::is_same_v<bare_t<X>, Num>) return x.is_float ? math_log(x.f) : stat_log_int(stat_int(x.i));
    else if constexpr (std::is_floating_point_v<bare_t<X>>) return math_log(x);
    else if constexpr (is_fraction_v<X>) return math_log(x.to_double());
    else return stat_log_int(stat_int(x));
}

}  // namespace stat_detail

/// `statistics.mean(data)`.
template <class R, class It>
inline R stat_mean(It&& data) {
    using namespace stat_detail;
    ExactSum s;
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) stat_add(s, x);
    if (s.count < 1) raise<StatisticsError>("mean requires at least one data point");
    if (s.has_special) return stat_out_float<R>(s.special / static_cast<double>(s.count));
    return stat_convert<R>(Fraction::div(s.total(), Fraction::raw(Int(s.count), Int(1))), s.type());
}

/// `statistics.fmean(data)`: math.fsum of the items as floats, over their count.
template <class It>
inline double stat_fmean(It&& data) {
    List<double> xs;
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) xs.append(stat_detail::stat_as_float(x));
    double total = math_fsum(xs);
    if (xs.empty()) raise<StatisticsError>("fmean requires at least one data point");
    return total / static_cast<double>(xs.size());
}

/// `statistics.geometric_mean(data)`: `exp(fmean(map(log, data)))`, any ValueError on the way
/// (a zero or negative item, no items) raised as the StatisticsError.
template <class It>
inline double stat_geometric_mean(It&& data) {
    try {
        List<double> logs;
        auto c = py::iter(std::forward<It>(data));
        typename decltype(c)::value_type x{};
        while (c.next(x)) logs.append(stat_detail::stat_log(x));
        double total = math_fsum(logs);
        if (logs.empty()) raise<StatisticsError>("fmean requires at least one data point");
        return math_exp(total / static_cast<double>(logs.size()));
    } catch (const ValueError&) {
        raise<StatisticsError>("geometric mean requires a non-empty dataset containing positive numbers");
    }
}

/// `statistics.harmonic_mean(data)` (no weights) for ints and floats: the exact sum of the
/// reciprocals (each a float, `1 / x`), or the item itself when there is one, or the int 0 when
/// an item is zero.
template <class R, class It>
inline R stat_harmonic_mean(It&& data) {
    using namespace stat_detail;
    using E = bare_t<iter_value_t<It>>;
    std::vector<E> xs = stat_items<E>(std::forward<It>(data));
    const char* negative = "harmonic mean does not support negative values";
    if (xs.empty()) raise<StatisticsError>("harmonic_mean requires at least one data point");
    if (xs.size() == 1) {
        if (py::lt(xs[0], 0)) raise<StatisticsError>(negative);
        return stat_out_item<R>(xs[0]);
    }
    ExactSum s;
    for (const E& x : xs) {
        if (py::lt(x, 0)) raise<StatisticsError>(negative);
        double r;
        if constexpr (std::is_same_v<E, Num>) {
            if (x.is_float ? x.f == 0.0 : x.i == 0) return stat_out_int<R>(Int(0));
            r = x.is_float ? 1.0 / x.f : int_truediv(Int(1), stat_int(x.i));
        } else if constexpr (std::is_floating_point_v<E>) {
            if (x == 0.0) return stat_out_int<R>(Int(0));
            r = 1.0 / x;
        } else {
            if (x == 0) return stat_out_int<R>(Int(0));
            r = int_truediv(Int(1), stat_int(x));
        }
        s.add_float(r);
        ++s.count;
    }
    const double n = static_cast<double>(xs.size());
    if (s.has_special) {
        if (s.special <= 0) raise<StatisticsError>("Weighted sum must be positive");
        return stat_out_float<R>(n / s.special);
    }
    Fraction total = s.total();
    if (total.num() <= Int(0)) raise<StatisticsError>("Weighted sum must be positive");
    return stat_out_float<R>(Fraction::div(Fraction::raw(Int(static_cast<int64_t>(xs.size())), Int(1)), total).to_double());
}

/// `statistics.median(data)`.
template <class R, class E, class It>
inline R stat_median(It&& data) {
    std::vector<E> xs = stat_detail::stat_sorted<E>(std::forward<It>(data));
    size_t n = xs.size();
    if (n == 0) raise<StatisticsError>("no median for empty data");
    if (n % 2 == 1) return stat_detail::stat_out_item<R>(xs[n / 2]);
    auto mid = stat_detail::stat_midpoint(xs[n / 2 - 1], xs[n / 2]);
    if constexpr (stat_detail::is_fraction_v<decltype(mid)>) return stat_detail::stat_out_frac<R>(mid);
    else return stat_detail::stat_out_float<R>(mid);
}

/// `statistics.median_low(data)`.
template <class E, class It>
inline E stat_median_low(It&& data) {
    std::vector<E> xs = stat_detail::stat_sorted<E>(std::forward<It>(data));
    size_t n = xs.size();
    if (n == 0) raise<StatisticsError>("no median for empty data");
    return n % 2 == 1 ? xs[n / 2] : xs[n / 2 - 1];
}

/// `statistics.median_high(data)`.
template <class E, class It>
inline E stat_median_high(It&& data) {
    std::vector<E> xs = stat_detail::stat_sorted<E>(std::forward<It>(data));
    if (xs.empty()) raise<StatisticsError>("no median for empty data");
    return xs[xs.size() / 2];
}

namespace stat_detail {
/// `Counter(iter(data))`: the distinct items in first-seen order (the first of equal items is
/// kept, as a dict keeps its first key) and their counts.
template <class E, class It>
inline void stat_count(It&& data, std::vector<E>& keys, std::vector<int64_t>& counts) {
    Dict<E, int64_t> index;
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) {
        E v(x);
        const auto fresh = static_cast<int64_t>(keys.size());
        int64_t k = index.ref(v, fresh);
        if (k == fresh) {
            keys.push_back(std::move(v));
            counts.push_back(1);
        } else {
            ++counts[static_cast<size_t>(k)];
        }
    }
}
}  // namespace stat_detail

/// `statistics.mode(data)`: the first of the most common items.
template <class E, class It>
inline E stat_mode(It&& data) {
    std::vector<E> keys;
    std::vector<int64_t> counts;
    stat_detail::stat_count<E>(std::forward<It>(data), keys, counts);
    if (keys.empty()) raise<StatisticsError>("no mode for empty data");
    size_t best = 0;
    for (size_t i = 1; i < keys.size(); ++i) {
        if (counts[i] > counts[best]) best = i;
    }
    return keys[best];
}

/// `statistics.multimode(data)`: the most common items, in first-seen order.
template <class E, class It>
inline List<E> stat_multimode(It&& data) {
    std::vector<E> keys;
    std::vector<int64_t> counts;
    stat_detail::stat_count<E>(std::forward<It>(data), keys, counts);
    List<E> out;
    int64_t most = 0;
    for (int64_t k : counts) most = std::max(most, k);
    for (size_t i = 0; i < keys.size(); ++i) {
        if (counts[i] == most) out.append(keys[i]);
    }
    return out;
}

namespace stat_detail {
/// `_ss(data, c)`: the type, the exact sum of squared deviations (or a float NaN or infinity,
/// `special`) and the count.
struct SS {
    T t = T::Int;
    Fraction ss;
    bool has_special = false;
    double special = 0.0;
    int64_t n = 0;
};
template <class It>
inline SS stat_ss(It&& data) {
    SumSquares s;
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) s.add(x);
    SS out;
    out.t = s.sx.type();
    out.n = s.sx.count;
    if (out.n == 0) return out;
    if (s.sx.has_special) {
        out.has_special = true;
        out.special = s.sx.special;
        return out;
    }
    Fraction sx = s.sx.total(), sxx = s.sxx.total();
    Fraction n = Fraction::raw(Int(out.n), Int(1));
    out.ss = Fraction::div(n * sxx - sx * sx, n);
    return out;
}
template <class It, class C>
inline SS stat_ss(It&& data, const C& mean) {
    Val cv = stat_val(mean);
    ExactSum s;
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) stat_add_square_dev(s, x, cv);
    SS out;
    out.t = s.type();
    out.n = s.count;
    if (s.has_special) {
        out.has_special = true;
        out.special = s.special;
    } else {
        out.ss = s.total();
    }
    return out;
}

/// `_convert(ss / d, T)` (variance, pvariance).
template <class R>
inline R stat_spread(const SS& s, int64_t d) {
    if (s.has_special) return stat_out_float<R>(s.special / static_cast<double>(d));
    return stat_convert<R>(Fraction::div(s.ss, Fraction::raw(Int(d), Int(1))), s.t);
}
/// `_float_sqrt_of_frac` of `ss / d` (stdev, pstdev); a float NaN or infinity has no
/// `numerator` (CPython 3.11 raises AttributeError there).
inline double stat_root_spread(const SS& s, int64_t d) {
    if (s.has_special) raise<AttributeError>("'float' object has no attribute 'numerator'");
    Fraction mss = Fraction::div(s.ss, Fraction::raw(Int(d), Int(1)));
    return stat_float_sqrt_of_frac(mss.num(), mss.den());
}
}  // namespace stat_detail

/// `statistics.variance(data[, xbar])`.
template <class R, class It, class... C>
inline R stat_variance(It&& data, const C&... xbar) {
    auto s = stat_detail::stat_ss(std::forward<It>(data), xbar...);
    if (s.n < 2) raise<StatisticsError>("variance requires at least two data points");
    return stat_detail::stat_spread<R>(s, s.n - 1);
}
/// `statistics.pvariance(data[, mu])`.
template <class R, class It, class... C>
inline R stat_pvariance(It&& data, const C&... mu) {
    auto s = stat_detail::stat_ss(std::forward<It>(data), mu...);
    if (s.n < 1) raise<StatisticsError>("pvariance requires at least one data point");
    return stat_detail::stat_spread<R>(s, s.n);
}
/// `statistics.stdev(data[, xbar])`.
template <class It, class... C>
inline double stat_stdev(It&& data, const C&... xbar) {
    auto s = stat_detail::stat_ss(std::forward<It>(data), xbar...);
    if (s.n < 2) raise<StatisticsError>("stdev requires at least two data points");
    return stat_detail::stat_root_spread(s, s.n - 1);
}
/// `statistics.pstdev(data[, mu])`.
template <class It, class... C>
inline double stat_pstdev(It&& data, const C&... mu) {
    auto s = stat_detail::stat_ss(std::forward<It>(data), mu...);
    if (s.n < 1) raise<StatisticsError>("pstdev requires at least one data point");
    return stat_detail::stat_root_spread(s, s.n);
}

}  // namespace py

namespace py {

/// Iterates over data whose items never exist (the compiler found no type for them): an
/// iterator's side effects still happen.
template <class It>
inline void stat_drain(It&& data) {
    auto c = py::iter(std::forward<It>(data));
    typename decltype(c)::value_type x{};
    while (c.next(x)) {
    }
}

/// A statistics function given no items: CPython's StatisticsError.
template <class R>
[[noreturn]] inline R stat_no_items(const char* msg) {
    raise<StatisticsError>(msg);
}

}  // namespace py
