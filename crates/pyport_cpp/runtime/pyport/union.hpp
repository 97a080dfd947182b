//! `py::Union<T...>`: a value of one of several unrelated Python types (`int | str`), tagged at run
//! time (a `std::variant`), with CPython's printing, equality, hashing, truth and TypeErrors.
#pragma once
#include <variant>

#include "compare.hpp"
#include "hash.hpp"
#include "text.hpp"
#include "set.hpp"

namespace py {

/// A Fraction (fraction.hpp marks it `py_exact_rational`; this header cannot name the type).
template <class X>
inline constexpr bool is_rational_v = requires { typename X::py_exact_rational; };

/// Python's class name of a value (`type(x).__name__`), for messages.
template <class X>
inline const char* type_name_of(const X& x) {
    if constexpr (is_bool_v<X>) return "bool";
    else if constexpr (is_int_v<X> || std::is_same_v<X, Int>) return "int";
    else if constexpr (is_float_v<X>) return "float";
    else if constexpr (requires { typename X::py_is_complex; }) return "complex";
    else if constexpr (is_rational_v<X>) return "Fraction";
    else if constexpr (is_num_v<X>) return x.is_float ? "float" : "int";
    else if constexpr (is_none_v<X>) return "NoneType";
    else if constexpr (is_strlike_v<X>) return "str";
    else if constexpr (is_list_v<X>) return "list";
    else if constexpr (is_tuple_v<X> || requires { typename X::py_is_vtuple; }) return "tuple";
    else if constexpr (is_dict_v<X>) return "dict";
    else if constexpr (is_anyset_v<X>) return "set";
    else if constexpr (requires { typename X::py_rec_base; } && !requires { x.py_is_union; })
        return type_name_of(static_cast<const typename X::py_rec_base&>(x));  // rec.hpp
    else if constexpr (requires { x.py_is_union; }) return std::visit([](const auto& m) { return type_name_of(m); }, x.v);
    else if constexpr (is_optional_v<X>) return x.has_value() ? type_name_of(*x) : "NoneType";
    // A user class instance (`py::Ref<T>`): the class's own name.
    else if constexpr (requires { x->py_type_name(); }) return x->py_type_name();
    else return "object";
}

namespace detail {
/// Which values of unrelated C++ types Python may find equal: numbers with numbers, and so on.
template <class X>
constexpr int eq_category() {
    if constexpr (is_number_v<X> || std::is_same_v<std::remove_cvref_t<X>, Int> || is_rational_v<X>) return 1;
    else if constexpr (is_strlike_v<X>) return 2;
    else if constexpr (is_list_v<X>) return 3;
    else if constexpr (is_tuple_v<X> || requires { typename std::remove_cvref_t<X>::py_is_vtuple; }) return 4;  // fixed or variable-length
    else if constexpr (is_dict_v<X>) return 5;
    else if constexpr (is_anyset_v<X>) return 6;
    else if constexpr (is_none_v<X>) return 7;
    else return 8;
}

/// `a == b` for a union member and another value.
template <class A, class B>
inline bool member_eq(const A& a, const B& b) {
    if constexpr (is_optional_v<B>) return b.has_value() ? member_eq(a, *b) : is_none_v<A>;
    else if constexpr (eq_category<A>() != eq_category<B>()) return false;
    else return py::eq(a, b);
}

template <class X>
inline constexpr bool union_unhashable_v = is_list_v<X> || is_dict_v<X> || is_anyset_v<X>;
}  // namespace detail

namespace detail {
/// Whether `<` between a value of type X and one of type Y can run (the pairs CPython orders).
template <class X>
inline constexpr bool order_number_v = is_number_v<X> || std::is_same_v<X, Int>;
/// (An exact int counts as a number: its `py_lt` template accepts any type, and compiles only
/// with numbers.)
template <class X, class Y>
inline constexpr bool orderable_v =
    (order_number_v<X> && order_number_v<Y>) || (is_strlike_v<X> && is_strlike_v<Y>) ||
    (std::is_same_v<X, Y> && (is_list_v<X> || is_tuple_v<X>)) ||
    (!order_number_v<X> && !is_strlike_v<X> && !order_number_v<Y> && !is_strlike_v<Y> &&
     requires(const X& x, const Y& y) { x.py_lt(y); });

/// A pair of a Fraction with a number or another Fraction (ordered exactly by `frac_cmp`).
template <class X, class Y>
inline constexpr bool rational_order_v =
    (is_rational_v<X> || is_rational_v<Y>) && (is_rational_v<X> || order_number_v<X>) && (is_rational_v<Y> || order_number_v<Y>);

/// `x < y` for two union members: CPython's TypeError for a pair it does not order.
template <class X, class Y>
inline bool member_lt(const X& x, const Y& y) {
    if constexpr (rational_order_v<X, Y>) return frac_cmp<Cmp::LT>(x, y);
    else if constexpr (orderable_v<X, Y>) return py::lt(x, y);
    else
        throw TypeError(std::string("'<' not supported between instances of '") + py::type_name_of(x) + "' and '" +
                        py::type_name_of(y) + "'");
}
}  // namespace detail

template <class... T>
struct Union {
    std::variant<T...> v;
    static constexpr bool py_is_union = true;

    Union() = default;
    template <class X>
        requires(std::is_same_v<std::remove_cvref_t<X>, T> || ...)
    Union(X&& x) : v(std::forward<X>(x)) {}  // NOLINT: implicit, as a member converts to the union
    /// A `std::string` result (e.g. `Str + Str`) is the union's `Str` member.
    Union(std::string s)  // NOLINT: implicit, as above
        requires(std::is_same_v<T, Str> || ...)
        : v(Str(std::move(s))) {}
    /// A C++ integer (a range's items, an `int64_t` local) is the union's Python int member.
    template <class X>
        requires(std::is_integral_v<X> && !std::is_same_v<X, bool> && !(std::is_same_v<X, T> || ...) &&
                 (std::is_same_v<T, int_t> || ...))
    Union(X x)  // NOLINT: implicit, as above
        : v(int_t(x)) {}

    size_t index() const { return v.index(); }

    /// `self < other` (sorting a list of `int | str`): members are compared as themselves.
    template <class B>
    bool py_lt(const B& b) const {
        return std::visit(
            [&](const auto& x) -> bool {
                if constexpr (requires { b.py_is_union; })
                    return std::visit([&](const auto& y) -> bool { return detail::member_lt(x, y); }, b.v);
                else
                    return detail::member_lt(x, b);
            },
            v);
    }

    void py_repr(std::string& out) const {
        std::visit([&](const auto& x) { py::repr_to(out, x); }, v);
    }
    void py_str(std::string& out) const {
        std::visit([&](const auto& x) { py::str_to(out, x); }, v);
    }
    /// `format(u, spec)` / f-string `{u:spec}`: the member held, formatted as itself.
    Str py_format(std::string_view spec) const {
        return std::visit([&](const auto& x) -> Str { return py::format(x, spec); }, v);
    }
    bool py_bool() const {
        return std::visit([](const auto& x) { return py::truthy(x); }, v);
    }
    int64_t py_hash() const {
        return std::visit(
            [](const auto& x) -> int64_t {
                using X = std::remove_cvref_t<decltype(x)>;
                if constexpr (detail::union_unhashable_v<X> || !requires { py::hash(x); }) {
                    throw TypeError(std::string("unhashable type: '") + type_name_of(x) + "'");
                } else {
                    return py::hash(x);
                }
            },
            v);
    }
    template <class B>
    bool py_eq(const B& b) const {
        return std::visit(
            [&](const auto& x) {
                if constexpr (requires { b.py_is_union; }) {
                    return std::visit([&](const auto& y) { return detail::member_eq(x, y); }, b.v);
                } else {
                    return detail::member_eq(x, b);
                }
            },
            v);
    }
};

template <class X> inline constexpr bool is_union_v = requires { std::remove_cvref_t<X>::py_is_union; };

/// The member of type `M` of a union narrowed to it by a test (`isinstance(x, str)`).
template <class M, class U>
inline const M& uget(const U& u) {
    if (auto* p = std::get_if<M>(&u.v)) [[likely]]
        return *p;
    internal_error("a union value narrowed by a test holds another type");
}
template <class M, class U>
inline M& uget(U& u) {
    if (auto* p = std::get_if<M>(&u.v)) [[likely]]
        return *p;
    internal_error("a union value narrowed by a test holds another type");
}

/// The member of type `M` of a union an operation needs (`x[k]` on a `bool | dict`), or CPython's
/// TypeError `fmt` (`{}`: the name of the type held).
template <class M, class U>
inline M& uget_or(U& u, const char* fmt) {
    if (auto* p = std::get_if<M>(&u.v)) [[likely]]
        return *p;
    std::string m = fmt;
    auto at = m.find("{}");
    if (at != std::string::npos) m.replace(at, 2, type_name_of(u));
    throw TypeError(std::move(m));
}
template <class M, class U>
inline const M& uget_or(const U& u, const char* fmt) {
    return uget_or<M>(const_cast<U&>(u), fmt);
}

/// A union of other members: each value moves to the target member of its kind (an int or a float
/// into an int-or-float member).
template <class Target, class X>
inline Target union_from(const X& x) {
    if constexpr (is_union_v<X>) {
        return std::visit([](const auto& m) { return union_from<Target>(m); }, x.v);
    } else if constexpr (std::is_constructible_v<Target, const X&>) {
        return Target(x);
    } else if constexpr ((is_int_v<X> || is_float_v<X> || is_bool_v<X> || std::is_same_v<X, Int>) && std::is_constructible_v<Target, Num>) {
        return Target(Num(x));
    } else {
        internal_error("a union value holds a type its target does not");
    }
}

/// CPython's TypeError for binary operator `op` (its Python spelling) on operands `a` and `b`.
template <class A, class B>
[[noreturn, PYPORT_COLD]] inline void binop_type_error(const char* op, const A& a, const B& b) {
    std::string ta = type_name_of(a), tb = type_name_of(b), o = op;
    auto seq = [](const std::string& t) { return t == "str" || t == "list" || t == "tuple"; };
    if (o == "+" && seq(ta)) throw TypeError("can only concatenate " + ta + " (not \"" + tb + "\") to " + ta);
    if (o == "*" && seq(ta) && tb != "int" && tb != "bool") throw TypeError("can't multiply sequence by non-int of type '" + tb + "'");
    if (o == "*" && seq(tb) && ta != "int" && ta != "bool") throw TypeError("can't multiply sequence by non-int of type '" + ta + "'");
    if (o == "**") o = "** or pow()";
    throw TypeError("unsupported operand type(s) for " + o + ": '" + ta + "' and '" + tb + "'");
}

/// CPython's TypeError for unary operator `op` on `a`.
template <class A>
[[noreturn, PYPORT_COLD]] inline void unop_type_error(const char* op, const A& a) {
    throw TypeError(std::string("bad operand type for unary ") + op + ": '" + type_name_of(a) + "'");
}

}  // namespace py
