//! Python comparisons for every runtime type: `py::eq/ne/lt/le/gt/ge(a, b)` (exact int/float, lexicographic sequences) and `py::truthy`.
#pragma once
#include "num.hpp"

namespace py {

namespace detail {

template <class X>
constexpr decltype(auto) unbox(const X& x) {
    if constexpr (is_boolcell_v<X>) return static_cast<bool>(x);
    else return (x);
}

template <class A, class B>
inline bool scalar_eq(const A& a, const B& b) {
    if constexpr (is_num_v<A> || is_num_v<B>) {
        return num_eq(Num(a), Num(b));
    } else if constexpr (!is_float_v<A> && !is_float_v<B>) {
        return static_cast<int64_t>(a) == static_cast<int64_t>(b);
    } else if constexpr (is_float_v<A> && is_float_v<B>) {
        return static_cast<double>(a) == static_cast<double>(b);
    } else if constexpr (is_float_v<B>) {
        return eq_int_float(static_cast<int64_t>(a), static_cast<double>(b));
    } else {
        return eq_int_float(static_cast<int64_t>(b), static_cast<double>(a));
    }
}

/// Whether `A` (a `py::Ref` to a user class) is ordered by `@functools.total_ordering`.
template <class A>
constexpr bool total_ordering_v = [] {
    if constexpr (requires { A::py_total_ordering(); }) return A::py_total_ordering();
    else return false;
}();

template <Cmp op, class A, class B>
inline bool scalar_cmp(const A& a, const B& b) {
    if constexpr (is_num_v<A> || is_num_v<B>) {
        return num_cmp<op>(Num(a), Num(b));
    } else if constexpr (!is_float_v<A> && !is_float_v<B>) {
        return apply_cmp<op>(static_cast<int64_t>(a), static_cast<int64_t>(b));
    } else if constexpr (is_float_v<A> && is_float_v<B>) {
        return apply_cmp<op>(static_cast<double>(a), static_cast<double>(b));
    } else if constexpr (is_float_v<B>) {
        return cmp_int_float<op>(static_cast<int64_t>(a), static_cast<double>(b));
    } else {
        return cmp_int_float<swap_cmp(op)>(static_cast<int64_t>(b), static_cast<double>(a));
    }
}

template <size_t I, class TA, class TB>
inline bool tuple_eq(const TA& a, const TB& b) {
    if constexpr (I >= std::tuple_size_v<TA>) {
        return true;
    } else {
        if (!py::eq(std::get<I>(a), std::get<I>(b))) return false;
        return tuple_eq<I + 1>(a, b);
    }
}

/// Lexicographic tuple comparison as CPython: the first unequal pair decides,
/// otherwise the lengths.
template <Cmp op, size_t I, class TA, class TB>
inline bool tuple_cmp(const TA& a, const TB& b);

/// `a op b` where either side is a `py::Union` (defined in union_ops.hpp).
template <Cmp op, class A, class B>
inline bool union_cmp(const A& a, const B& b);

template <Cmp op, class A, class B>
inline bool rich_cmp(const A& a, const B& b) {
    if constexpr (requires { A::py_is_union; } || requires { B::py_is_union; }) {
        return union_cmp<op>(a, b);
    } else if constexpr (is_number_v<A> && is_number_v<B>) {
        return scalar_cmp<op>(unbox(a), unbox(b));
    } else if constexpr (is_strlike_v<A> && is_strlike_v<B>) {
        int c = std::string_view(a).compare(std::string_view(b));
        return apply_cmp<op>(c, 0);
    } else if constexpr (is_list_v<A> && is_list_v<B>) {
        const auto& va = a.vec();
        const auto& vb = b.vec();
        size_t i = 0;
        for (; i < va.size() && i < vb.size(); ++i)
            if (!py::eq(va[i], vb[i])) break;
        if (i >= va.size() || i >= vb.size()) return apply_cmp<op>(va.size(), vb.size());
        return rich_cmp<op>(va[i], vb[i]);
    } else if constexpr (is_tuple_v<A> && is_tuple_v<B>) {
        return tuple_cmp<op, 0>(a, b);
    } else if constexpr (is_optional_v<A> && is_optional_v<B>) {
        if (!a.has_value() || !b.has_value())
            raise_lit<TypeError>("'<' not supported between instances involving 'NoneType'");
        return rich_cmp<op>(*a, *b);
    } else if constexpr (is_optional_v<A> && !is_optional_v<B>) {
        if (!a.has_value()) raise_lit<TypeError>("'<' not supported between instances of 'NoneType' and another type");
        return rich_cmp<op>(*a, b);
    } else if constexpr (is_optional_v<B> && !is_optional_v<A>) {
        if (!b.has_value()) raise_lit<TypeError>("'<' not supported between instances of another type and 'NoneType'");
        return rich_cmp<op>(a, *b);
    } else if constexpr (total_ordering_v<A> && requires { a.py_lt(b); }) {
        // functools.total_ordering from __lt__: le = lt or eq; gt = not lt and not eq; ge = not lt.
        if constexpr (op == Cmp::LT) return a.py_lt(b);
        else if constexpr (op == Cmp::LE) return a.py_lt(b) || py::eq(a, b);
        else if constexpr (op == Cmp::GT) return !a.py_lt(b) && !py::eq(a, b);
        else return !a.py_lt(b);
    } else if constexpr (requires { a.py_lt(b); }) {
        if constexpr (op == Cmp::LT) return a.py_lt(b);
        else if constexpr (op == Cmp::GT) return b.py_lt(a);
        else if constexpr (op == Cmp::LE) return a.py_lt(b) || py::eq(a, b);
        else return b.py_lt(a) || py::eq(a, b);
    } else {
        static_assert(dependent_false<A, B>, "pyport: these types cannot be ordered");
        return false;
    }
}

template <Cmp op, size_t I, class TA, class TB>
inline bool tuple_cmp(const TA& a, const TB& b) {
    constexpr size_t na = std::tuple_size_v<TA>, nb = std::tuple_size_v<TB>;
    if constexpr (I >= na || I >= nb) {
        return apply_cmp<op>(na, nb);
    } else {
        if (!py::eq(std::get<I>(a), std::get<I>(b))) return rich_cmp<op>(std::get<I>(a), std::get<I>(b));
        return tuple_cmp<op, I + 1>(a, b);
    }
}

}  // namespace detail

/// Python `a == b`. Values of unrelated types are unequal (as in Python).
template <class A, class B>
inline bool eq(const A& a, const B& b) {
    if constexpr (is_number_v<A> && is_number_v<B>) {
        return detail::scalar_eq(detail::unbox(a), detail::unbox(b));
    } else if constexpr (is_strlike_v<A> && is_strlike_v<B>) {
        return std::string_view(a) == std::string_view(b);
    } else if constexpr (is_list_v<A> && is_list_v<B>) {
        const auto& va = a.vec();
        const auto& vb = b.vec();
        if (va.size() != vb.size()) return false;
        for (size_t i = 0; i < va.size(); ++i)
            if (!py::eq(va[i], vb[i])) return false;
        return true;
    } else if constexpr (is_tuple_v<A> && is_tuple_v<B>) {
        if constexpr (std::tuple_size_v<A> != std::tuple_size_v<B>) return false;
        else return detail::tuple_eq<0>(a, b);
    } else if constexpr (is_none_v<A> && is_none_v<B>) {
        return true;
    } else if constexpr (is_optional_v<A>) {
        return a.has_value() ? py::eq(*a, b) : py::eq(None, b);
    } else if constexpr (is_optional_v<B>) {
        return b.has_value() ? py::eq(a, *b) : py::eq(a, None);
    } else if constexpr (requires { b.py_is_union; } && !requires { a.py_is_union; }) {
        return b.py_eq(a);  // a union value (union.hpp) compares member by member
    } else if constexpr (requires { a.py_eq(b); }) {
        return a.py_eq(b);
    } else if constexpr (is_tuple_v<A> && requires { typename B::py_is_vtuple; }) {
        return b.py_eq(a);  // a fixed tuple and a variable-length one (vtuple.hpp)
    } else if constexpr (requires { typename B::py_rec_base; }) {
        return b.py_eq(a);  // a recursive type's struct (rec.hpp) compares as the value it holds
    } else {
        return false;
    }
}

template <class A, class B> inline bool ne(const A& a, const B& b) { return !py::eq(a, b); }
template <class A, class B> inline bool lt(const A& a, const B& b) { return detail::rich_cmp<Cmp::LT>(a, b); }
template <class A, class B> inline bool le(const A& a, const B& b) { return detail::rich_cmp<Cmp::LE>(a, b); }
template <class A, class B> inline bool gt(const A& a, const B& b) { return detail::rich_cmp<Cmp::GT>(a, b); }
template <class A, class B> inline bool ge(const A& a, const B& b) { return detail::rich_cmp<Cmp::GE>(a, b); }

/// `min(a, b)` / `max(a, b)` of values compared by Python's rules (a union, an object): the first
/// of the least (greatest) ones, as CPython returns (`item < best`, `item > best`).
template <class T> inline T min2(const T& a, const T& b) { return lt(b, a) ? b : a; }
template <class T> inline T max2(const T& a, const T& b) { return gt(b, a) ? b : a; }

/// Python truth value (`if x:`).
template <class X>
inline bool truthy(const X& x) {
    if constexpr (is_bool_v<X>) return static_cast<bool>(x);
    else if constexpr (is_int_v<X>) return x != 0;
    else if constexpr (is_float_v<X>) return x != 0.0;
    else if constexpr (is_num_v<X>) return truthy_num(x);
    else if constexpr (is_none_v<X>) return false;
    else if constexpr (is_strlike_v<X>) return !std::string_view(x).empty();
    else if constexpr (is_list_v<X>) return x.size() != 0;
    else if constexpr (is_tuple_v<X>) return std::tuple_size_v<X> != 0;
    else if constexpr (is_optional_v<X>) return x.has_value() && py::truthy(*x);
    else if constexpr (requires { x.py_bool(); }) return x.py_bool();
    else return true;
}

/// `max(a, b)` / `min(a, b)` for two values of one type: the first extreme wins.
template <class T> inline T max(const T& a, const T& b) { return py::gt(b, a) ? b : a; }
template <class T> inline T min(const T& a, const T& b) { return py::lt(b, a) ? b : a; }
template <class T, class... R>
inline T max(const T& a, const T& b, const T& c, const R&... rest) {
    return py::max(py::max(a, b), c, rest...);
}
template <class T, class... R>
inline T min(const T& a, const T& b, const T& c, const R&... rest) {
    return py::min(py::min(a, b), c, rest...);
}

}  // namespace py
