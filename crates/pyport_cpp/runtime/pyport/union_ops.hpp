//! Operations on a `py::Union` value that the program does not narrow first: iteration, `len()`,
//! unpacking. Each dispatches on the member held and runs that member's own operation; a member
//! Python cannot iterate (or measure) raises CPython's TypeError.
#pragma once
#include <optional>
#include <utility>
#include <variant>

#include "iter.hpp"
#include "strmethods.hpp"
#include "union.hpp"

namespace py {

/// A union member's item `x` as the type `E` of the items of all members (the same type, or a
/// union of them).
template <class E, class X>
inline E member_as(const X& x) {
    if constexpr (std::is_same_v<X, E>) return x;
    else if constexpr (is_union_v<E>) return union_from<E>(x);
    else if constexpr (std::is_constructible_v<E, const X&>) return E(x);
    else internal_error("a union member's item has another type");
}

namespace detail {
/// A cursor that gives nothing (an iteration that raised TypeError before it began).
template <class E>
struct NoItems : CursorBase<NoItems<E>> {
    using value_type = E;
    bool next(E&) { return false; }
};

/// A cursor over the items of union member `m` (a list live, as Python iterates it).
template <class E, class M>
inline auto union_member_cursor(const M& m) {
    if constexpr (is_list_v<M> || requires { typename M::py_is_vtuple; }) {
        return iter_list(m);
    } else if constexpr (std::is_same_v<M, Str>) {
        return StrCursor(m);
    } else if constexpr (is_tuple_v<M>) {
        List<E> out;
        std::apply([&](const auto&... x) { (out.append(member_as<E>(x)), ...); }, m);
        return iter_list(out);
    } else if constexpr (is_anyset_v<M>) {
        List<E> out;
        for (const auto& x : m) out.append(member_as<E>(x));
        return iter_list(out);
    } else {
        throw TypeError(std::string("'") + py::type_name_of(m) + "' object is not iterable");
        return NoItems<E>{};
    }
}
}  // namespace detail

/// `for x in u`: a cursor over the items of the member `u` holds, each as `E`.
template <class E, class U>
struct UnionCursor;

template <class E, class... T>
struct UnionCursor<E, Union<T...>> : CursorBase<UnionCursor<E, Union<T...>>> {
    using value_type = E;
    using Cur = std::variant<decltype(detail::union_member_cursor<E>(std::declval<const T&>()))...>;
    Cur cur;

    explicit UnionCursor(const Union<T...>& u) : cur(make(u, std::index_sequence_for<T...>{})) {}

    template <size_t... I>
    static Cur make(const Union<T...>& u, std::index_sequence<I...>) {
        std::optional<Cur> c;
        ((u.v.index() == I ? (void)c.emplace(std::in_place_index<I>, detail::union_member_cursor<E>(std::get<I>(u.v))) : (void)0), ...);
        if (!c) internal_error("a union value holds none of its types");
        return std::move(*c);
    }

    bool next(E& out) {
        return std::visit(
            [&](auto& c) -> bool {
                using V = typename std::remove_cvref_t<decltype(c)>::value_type;
                if constexpr (std::is_same_v<V, E>) {
                    return c.next(out);
                } else {
                    V x{};
                    if (!c.next(x)) return false;
                    out = member_as<E>(x);
                    return true;
                }
            },
            cur);
    }
};

/// `for x in u` on a union `u` whose members' items are of type `E`.
template <class E, class U>
inline UnionCursor<E, U> union_iter(const U& u) {
    return UnionCursor<E, U>(u);
}

/// `len(u)` on a union: the length of the member held, or CPython's TypeError.
template <class U>
inline int64_t union_len(const U& u) {
    return std::visit(
        [](const auto& m) -> int64_t {
            using M = std::remove_cvref_t<decltype(m)>;
            if constexpr (is_tuple_v<M>) return static_cast<int64_t>(std::tuple_size_v<M>);
            else if constexpr (is_list_v<M> || requires { typename M::py_is_vtuple; } || std::is_same_v<M, Str> || is_dict_v<M> || is_anyset_v<M>) return py::len(m);
            else throw TypeError(std::string("object of type '") + py::type_name_of(m) + "' has no len()");
        },
        u.v);
}

/// `a, b = u` on a union member Python cannot unpack: CPython's TypeError.
template <class M>
[[noreturn, PYPORT_COLD]] inline void unpack_type_error(const M& m) {
    throw TypeError(std::string("cannot unpack non-iterable ") + py::type_name_of(m) + " object");
}

namespace detail {
/// `x op y` for two values of a union's members: CPython's TypeError for a pair it does not order.
template <Cmp op, class X, class Y>
inline bool member_cmp(const X& x, const Y& y) {
    constexpr bool xn = is_number_v<X> || std::is_same_v<X, Int>, yn = is_number_v<Y> || std::is_same_v<Y, Int>;
    if constexpr (is_number_v<X> && is_number_v<Y>) {
        return rich_cmp<op>(x, y);
    } else if constexpr (is_num_v<X> && std::is_same_v<Y, Int>) {
        return x.is_float ? member_cmp<op>(x.f, y) : member_cmp<op>(x.i, y);
    } else if constexpr (std::is_same_v<X, Int> && is_num_v<Y>) {
        return y.is_float ? member_cmp<op>(x, y.f) : member_cmp<op>(x, y.i);
    } else if constexpr (xn && yn) {
        // An exact int (`py::Int`) with another number: its own exact comparison operators.
        if constexpr (requires { x < y; x <= y; x > y; x >= y; }) {
            if constexpr (op == Cmp::LT) return x < y;
            else if constexpr (op == Cmp::LE) return x <= y;
            else if constexpr (op == Cmp::GT) return x > y;
            else return x >= y;
        } else {
            internal_error("comparing these numbers of a union");
        }
    } else if constexpr (rational_order_v<X, Y>) {
        // A Fraction with a number or a Fraction (fraction.hpp's exact comparison, found by ADL).
        return frac_cmp<op>(x, y);
    } else if constexpr (orderable_v<X, Y>) {
        return rich_cmp<op>(x, y);
    } else {
        const char* sym = op == Cmp::LT ? "<" : op == Cmp::LE ? "<=" : op == Cmp::GT ? ">" : ">=";
        throw TypeError(std::string("'") + sym + "' not supported between instances of '" + py::type_name_of(x) +
                        "' and '" + py::type_name_of(y) + "'");
    }
}

template <Cmp op, class A, class B>
inline bool union_cmp(const A& a, const B& b) {
    if constexpr (is_union_v<A>) {
        return std::visit([&](const auto& x) { return union_cmp<op>(x, b); }, a.v);
    } else if constexpr (is_union_v<B>) {
        return std::visit([&](const auto& y) { return member_cmp<op>(a, y); }, b.v);
    } else {
        return member_cmp<op>(a, b);
    }
}
}  // namespace detail

/// An int-or-float operand `x` of `&` `|` `^` `<<` `>>` (whose operands are `a` and `b`): the int it
/// holds, or CPython's TypeError naming both operands' types when it holds a float.
template <class A, class B>
inline int_t bitop_int(const Num& x, const char* op, const A& a, const B& b) {
    if (x.is_float) [[unlikely]]
        binop_type_error(op, a, b);
    return x.i;
}

/// `reversed(u)` on a union: `u` itself, or CPython's TypeError for a member that is no sequence.
template <class U>
inline const U& union_reversible(const U& u) {
    std::visit(
        [](const auto& m) {
            using M = std::remove_cvref_t<decltype(m)>;
            if constexpr (!(is_list_v<M> || std::is_same_v<M, Str> || is_tuple_v<M>))
                throw TypeError(std::string("'") + py::type_name_of(m) + "' object is not reversible");
        },
        u.v);
    return u;
}

}  // namespace py
