//! `*` arguments whose count is known only at run time, and starred displays.
//!
//! API (what the emitter relies on):
//!   zip_star<T>(rows)                  `zip(*rows)`: a cursor of `VTuple<T>` (one item per row)
//!   zip_longest_star<T>(fill, rows)    `itertools.zip_longest(*rows, fillvalue=fill)`
//!   chain_star<T>(rows)                `itertools.chain(*rows)`
//!   product_star<T>(rows)              `itertools.product(*rows)`: a cursor of `VTuple<T>`
//!   union_vtuple<T>(u)               `*u` of a union of tuples/lists, as a `VTuple<T>`
//!   max_star/min_star<T>(vt, line)     `max(*xs)` / `min(*xs)` of non-iterable elements
//! Python takes `*rows` apart when the call is made: `rows` is read to its end first and every
//! row's iterator is taken then, before the first item is pulled.
#pragma once
#include <vector>

#include "iter.hpp"
#include "union.hpp"
#include "vtuple.hpp"

namespace py {

namespace detail {
/// Every item of `rows` as a cursor over it (Python's `iter(row)`, in order); a fixed tuple row
/// is read as a `VTuple<T>` (`T`: the type of the items the caller makes).
template <class T, class X>
inline auto star_cursors(X&& rows) {
    using Row = iter_value_t<X>;
    auto c = py::iter(std::forward<X>(rows));
    Row r{};
    if constexpr (is_tuple_v<Row>) {
        std::vector<ListCursor<T>> cs;
        while (c.next(r)) cs.push_back(ListCursor<T>(vtuple_of<T>(r)));
        return cs;
    } else {
        std::vector<cursor_t<Row&>> cs;
        while (c.next(r)) cs.push_back(py::iter(r));
        return cs;
    }
}
}  // namespace detail

/// `zip(*rows)`: stops at the shortest row; nothing when there are no rows.
template <class T, class C>
struct ZipStar : CursorBase<ZipStar<T, C>> {
    using value_type = VTuple<T>;
    std::vector<C> cs;
    explicit ZipStar(std::vector<C> c) : cs(std::move(c)) {}
    bool next(value_type& out) {
        if (cs.empty()) return false;
        typename VTuple<T>::Vec v;
        v.reserve(cs.size());
        typename C::value_type x{};
        for (auto& c : cs) {
            if (!c.next(x)) return false;
            v.push_back(static_cast<T>(x));
        }
        out = VTuple<T>::from_vector(std::move(v));
        return true;
    }
};
template <class T, class X>
inline auto zip_star(X&& rows) {
    auto cs = detail::star_cursors<T>(std::forward<X>(rows));
    return ZipStar<T, typename decltype(cs)::value_type>(std::move(cs));
}

/// `zip_longest(*rows, fillvalue=fill)`: as CPython, stops as soon as the last live row ends
/// (without pulling the rows after it).
template <class T, class C>
struct ZipLongestStar : CursorBase<ZipLongestStar<T, C>> {
    using value_type = VTuple<T>;
    std::vector<C> cs;
    std::vector<bool> live;
    size_t nlive;
    T fill;
    ZipLongestStar(std::vector<C> c, T f) : cs(std::move(c)), live(cs.size(), true), nlive(cs.size()), fill(std::move(f)) {}
    bool next(value_type& out) {
        if (nlive == 0) return false;
        typename VTuple<T>::Vec v;
        v.reserve(cs.size());
        typename C::value_type x{};
        for (size_t i = 0; i < cs.size(); ++i) {
            if (live[i] && cs[i].next(x)) {
                v.push_back(static_cast<T>(x));
                continue;
            }
            if (live[i]) {
                live[i] = false;
                if (--nlive == 0) return false;
            }
            v.push_back(fill);
        }
        out = VTuple<T>::from_vector(std::move(v));
        return true;
    }
};
template <class T, class X>
inline auto zip_longest_star(T fill, X&& rows) {
    auto cs = detail::star_cursors<T>(std::forward<X>(rows));
    return ZipLongestStar<T, typename decltype(cs)::value_type>(std::move(cs), std::move(fill));
}

/// `chain(*rows)`: the items of each row in turn.
template <class C>
struct ChainStar : CursorBase<ChainStar<C>> {
    using value_type = typename C::value_type;
    std::vector<C> cs;
    size_t i = 0;
    explicit ChainStar(std::vector<C> c) : cs(std::move(c)) {}
    bool next(value_type& out) {
        for (; i < cs.size(); ++i)
            if (cs[i].next(out)) return true;
        return false;
    }
};
template <class T, class X>
inline auto chain_star(X&& rows) {
    auto cs = detail::star_cursors<T>(std::forward<X>(rows));
    return ChainStar<typename decltype(cs)::value_type>(std::move(cs));
}

/// `*u` of a union whose members are all tuples or lists: its items as a `VTuple<T>`.
template <class T, class U>
inline VTuple<T> union_vtuple(const U& u) {
    return std::visit([](const auto& m) -> VTuple<T> {
        using M = std::remove_cvref_t<decltype(m)>;
        if constexpr (is_tuple_v<M>) return vtuple_of<T>(m);
        else return vtuple_from<T>(m);
    }, u.v);
}

/// `max(*xs)` / `min(*xs)` where an element is not iterable: CPython's TypeErrors for no
/// argument and for one (which `max` would iterate), else the first largest / smallest.
template <bool Max, class T>
inline T minmax_star(const VTuple<T>& xs) {
    const char* name = Max ? "max" : "min";
    auto n = xs.size();
    if (n == 0) raise<TypeError>(std::string(name) + " expected at least 1 argument, got 0");
    if (n == 1) raise<TypeError>("'" + std::string(type_name_of(xs.vec()[0])) + "' object is not iterable");
    T best = xs.vec()[0];
    for (int64_t i = 1; i < n; ++i) {
        const T& x = xs.vec()[static_cast<size_t>(i)];
        if (Max ? py::gt(x, best) : py::lt(x, best)) best = x;
    }
    return best;
}

/// `itertools.product(*rows)`: every row is read into a pool first (as CPython does); an
/// odometer over the pools, the last one turning fastest. No rows: one empty tuple; an empty
/// pool: nothing.
template <class T>
struct ProductStar : CursorBase<ProductStar<T>> {
    using value_type = VTuple<T>;
    std::vector<std::vector<T>> pools;
    std::vector<size_t> idx;
    bool first = true, done = false;
    explicit ProductStar(std::vector<std::vector<T>> p) : pools(std::move(p)), idx(pools.size(), 0) {
        for (const auto& q : pools)
            if (q.empty()) done = true;
    }
    bool next(value_type& out) {
        if (done) return false;
        if (!first && !detail::odometer_next(idx, [&](size_t i) { return pools[i].size(); })) {
            done = true;
            return false;
        }
        first = false;
        typename VTuple<T>::Vec v;
        v.reserve(pools.size());
        for (size_t k = 0; k < pools.size(); ++k) v.push_back(pools[k][idx[k]]);
        out = VTuple<T>::from_vector(std::move(v));
        return true;
    }
};
template <class T, class X>
inline auto product_star(X&& rows) {
    using Row = iter_value_t<X>;
    std::vector<std::vector<T>> pools;
    auto c = py::iter(std::forward<X>(rows));
    Row r{};
    while (c.next(r)) {
        if constexpr (is_tuple_v<Row>) {
            pools.push_back(detail::vpool<T>(vtuple_of<T>(r)));
        } else {
            pools.push_back(detail::vpool<T>(r));
        }
    }
    return ProductStar<T>(std::move(pools));
}

}  // namespace py
