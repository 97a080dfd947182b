//! Functions passed as values: `sort`/`sorted`/`min`/`max` with `key=`, and lazy `map` / `filter`.
//!
//!   list_sort_key(xs, key, reverse)   xs.sort(key=..., reverse=...): keys computed once, CPython's sort on them
//!                                     (`sorted(xs, key=...)` is a fresh list sorted so)
//!   min_key(iterable, key) / max_key(iterable, key)   first smallest / first largest; ValueError when empty
//!   cmp_to_key(cmp)                   functools.cmp_to_key: keys ordered by `cmp(a, b) < 0`
//!   map(f, iterable, ...) / filter(f, iterable)        cursors (range-for, list_from, sum, ...)
#pragma once
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <cmath>

#include "compare.hpp"
#include "num.hpp"
#include "iter.hpp"
#include "list.hpp"
#include "sort.hpp"

namespace py {

template <class T, class F>
inline void list_sort_key(const List<T>& xs, F&& key, bool reverse = false) {
    auto& v = xs.vec();
    using K = std::decay_t<decltype(key(std::declval<const T&>()))>;
    // Sorts (key, position) pairs: the same comparisons as sorting the items by key, with one
    // sort instantiation per key type whatever the items and the key function.
    std::vector<std::pair<K, size_t>> pairs;
    pairs.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) pairs.emplace_back(key(static_cast<const T&>(v[i])), i);
    detail::python_sort(pairs.data(), pairs.size(), reverse, detail::FirstLess{});
    std::remove_cvref_t<decltype(v)> sorted;
    sorted.reserve(v.size());
    for (const auto& p : pairs) sorted.push_back(std::move(v[p.second]));
    v = std::move(sorted);
}

/// `functools.cmp_to_key(cmp)`: a key function whose keys compare as CPython's wrapper objects do,
/// `a < b` exactly when `cmp(a, b) < 0` (the only comparison sort, min and max make).
template <class F>
struct CmpToKey {
    F cmp;
    template <class T>
    struct Key {
        T v;
        const F* cmp;
        bool py_lt(const Key& o) const {
            auto r = (*cmp)(v, o.v);
            return py::lt(r, decltype(r){0});
        }
    };
    template <class T>
    Key<T> operator()(const T& x) const { return Key<T>{x, &cmp}; }
};
template <class F>
inline CmpToKey<std::decay_t<F>> cmp_to_key(F&& cmp) { return CmpToKey<std::decay_t<F>>{std::forward<F>(cmp)}; }

template <bool IsMax, class X, class F>
inline auto best_key(X&& x, F&& key) {
    auto c = py::iter(std::forward<X>(x));
    using T = typename decltype(c)::value_type;
    T cur{};
    if (!c.next(cur)) raise_lit<ValueError>(IsMax ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
    T best = cur;
    auto best_k = key(static_cast<const T&>(best));
    while (c.next(cur)) {
        auto k = key(static_cast<const T&>(cur));
        bool better = IsMax ? py::lt(best_k, k) : py::lt(k, best_k);
        if (better) {
            best = cur;
            best_k = std::move(k);
        }
    }
    return best;
}
template <class X, class F>
inline auto min_key(X&& x, F&& key) { return best_key<false>(std::forward<X>(x), std::forward<F>(key)); }
template <class X, class F>
inline auto max_key(X&& x, F&& key) { return best_key<true>(std::forward<X>(x), std::forward<F>(key)); }

template <class C, class F>
struct MapCursor : CursorBase<MapCursor<C, F>> {
    using value_type = std::decay_t<std::invoke_result_t<F&, const typename C::value_type&>>;
    C inner;
    F f;
    typename C::value_type cur{};
    MapCursor(C c, F fn) : inner(std::move(c)), f(std::move(fn)) {}
    bool next(value_type& out) {
        if (!inner.next(cur)) return false;
        out = f(static_cast<const typename C::value_type&>(cur));
        return true;
    }
};

template <class C, class F>
struct FilterCursor : CursorBase<FilterCursor<C, F>> {
    using value_type = typename C::value_type;
    C inner;
    F f;
    FilterCursor(C c, F fn) : inner(std::move(c)), f(std::move(fn)) {}
    bool next(value_type& out) {
        while (inner.next(out)) {
            if (py::truthy(f(static_cast<const value_type&>(out)))) return true;
        }
        return false;
    }
};

/// `map(f, iterable)` (one iterable).
template <class F, class X>
inline auto map(F f, X&& x) {
    return MapCursor<cursor_t<X>, F>(py::iter(std::forward<X>(x)), std::move(f));
}
/// `map(f, a, b, ...)`: f gets one item of each iterable; stops when one ends (the iterables are
/// advanced in order, so those before the shortest lose one item, as in CPython).
template <class F, class... Cs>
struct MapNCursor : CursorBase<MapNCursor<F, Cs...>> {
    using value_type = std::decay_t<std::invoke_result_t<F&, const typename Cs::value_type&...>>;
    std::tuple<Cs...> inner;
    std::tuple<typename Cs::value_type...> cur{};
    F f;
    MapNCursor(F fn, Cs... cs) : inner(std::move(cs)...), f(std::move(fn)) {}
    bool next(value_type& out) {
        bool ok = std::apply([&](auto&... c) { return std::apply([&](auto&... v) { return (c.next(v) && ...); }, cur); }, inner);
        if (!ok) return false;
        out = std::apply([&](const auto&... v) { return f(v...); }, cur);
        return true;
    }
};

/// `map(f, a, b, ...)` with two or more iterables.
template <class F, class X, class Y, class... Zs>
inline auto map(F f, X&& x, Y&& y, Zs&&... zs) {
    return MapNCursor<F, cursor_t<X>, cursor_t<Y>, cursor_t<Zs>...>(std::move(f), py::iter(std::forward<X>(x)), py::iter(std::forward<Y>(y)),
                                                                   py::iter(std::forward<Zs>(zs))...);
}
/// `filter(f, iterable)`.
template <class F, class X>
inline auto filter(F f, X&& x) {
    return FilterCursor<cursor_t<X>, F>(py::iter(std::forward<X>(x)), std::move(f));
}

}  // namespace py

namespace py {

/// `math.fsum(iterable)`: the exactly rounded sum, by CPython's algorithm (Shewchuk's partials,
/// half-even fix-up across partials, its errors for overflow and `inf + -inf`).
template <class It>
inline double math_fsum(It&& iterable) {
    std::vector<double> p;
    double special_sum = 0.0, inf_sum = 0.0;
    auto c = py::iter(std::forward<It>(iterable));
    typename decltype(c)::value_type item{};
    while (c.next(item)) {
        double x;
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(item)>, Num>) x = to_float(item);
        else if constexpr (std::is_floating_point_v<std::remove_cvref_t<decltype(item)>>) x = item;
        else x = int_to_float(static_cast<int64_t>(item));
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < p.size(); ++j) {
            double y = p[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                if (std::isfinite(xsave)) raise_lit<OverflowError>("intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) raise_lit<ValueError>("-inf + inf in fsum");
        return special_sum;
    }
    double hi = 0.0, lo = 0.0;
    size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

}  // namespace py
