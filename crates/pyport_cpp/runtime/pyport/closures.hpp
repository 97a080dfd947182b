//! Support for functions as values: `functools.reduce` and the `lru_cache`/`cache` memo table.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <list>
#include <string>
#include <unordered_map>
#include <type_traits>
#include <utility>

#include "compare.hpp"
#include "except.hpp"
#include "hash.hpp"

namespace py {

/// `functools.reduce(f, xs)`: TypeError on an empty iterable, as CPython. The accumulator is
/// an item by default; `reduce<Acc>` gives it a wider type when `f` returns more than the items
/// hold (e.g. `int | str` when `f` returns a str from ints), and the first item converts to it.
/// `xs` is taken by forwarding reference: lazy cursors (`repeat`, `map`, ...) iterate non-const.
template <class Acc = void, class F, class Xs>
auto reduce(F&& f, Xs&& xs) {
    auto it = std::begin(xs);
    auto end = std::end(xs);
    if (!(it != end)) raise<TypeError>("reduce() of empty iterable with no initial value");
    using E = std::decay_t<decltype(*it)>;
    using A = std::conditional_t<std::is_void_v<Acc>, E, Acc>;
    A acc = [&]() -> A {
        if constexpr (!std::is_same_v<A, E> && std::is_integral_v<E> && !std::is_same_v<E, bool>)
            return A(int_t(*it));  // a range's C++ integers are Python ints
        else
            return A(*it);
    }();
    ++it;
    for (; it != end; ++it) acc = f(acc, *it);
    return acc;
}

/// `functools.reduce(f, xs)` over a container that is always empty.
template <class Acc>
Acc reduce_of_empty() {
    raise<TypeError>("reduce() of empty iterable with no initial value");
}

/// `functools.reduce(f, xs, initial)`.
template <class Acc, class F, class Xs>
Acc reduce_init(F&& f, Xs&& xs, Acc acc) {
    for (auto&& x : xs) acc = f(acc, x);
    return acc;
}

/// The memo table of a `@cache` / `@lru_cache(maxsize)` function: keys are argument tuples,
/// compared and hashed as Python does; with a bound, the least recently used entry goes first.
template <class K, class V>
class FnCache {
    struct H {
        size_t operator()(const K& k) const { return static_cast<size_t>(py::hash(k)); }
    };
    struct E {
        bool operator()(const K& a, const K& b) const { return py::eq(a, b); }
    };
    using Order = std::list<std::pair<K, V>>;
    Order order_;
    std::unordered_map<K, typename Order::iterator, H, E> index_;
    int64_t maxsize_;

public:
    /// `maxsize < 0`: unbounded (`maxsize=None`).
    explicit FnCache(int64_t maxsize) : maxsize_(maxsize) {}

    /// The cached result for `k` (now the most recently used), or null.
    const V* get(const K& k) {
        auto it = index_.find(k);
        if (it == index_.end()) return nullptr;
        order_.splice(order_.end(), order_, it->second);
        return &it->second->second;
    }

    void put(const K& k, const V& v) {
        if (maxsize_ == 0) return;
        auto it = index_.find(k);
        if (it != index_.end()) {
            // A recursive call stored it meanwhile: CPython keeps that entry.
            return;
        }
        if (maxsize_ > 0 && static_cast<int64_t>(order_.size()) >= maxsize_) {
            index_.erase(order_.front().first);
            order_.pop_front();
        }
        order_.emplace_back(k, v);
        index_.emplace(k, std::prev(order_.end()));
    }
};

/// `f(a, *xs)` with `xs` a list: CPython's TypeError unless `pre` positional arguments plus the
/// list's `n` items fill exactly the parameters `names` of `qual` (no defaults, no `*args`).
[[noreturn, PYPORT_COLD]] inline void star_arity_error(int64_t n, size_t pre, const char* qual, std::initializer_list<const char*> names) {
    size_t want = names.size();
    size_t got = pre + static_cast<size_t>(n);
    std::string m = qual;
    if (got > want) {
        m += "() takes " + std::to_string(want) + " positional argument" + (want == 1 ? "" : "s") + " but " +
             std::to_string(got) + (got == 1 ? " was" : " were") + " given";
    } else {
        size_t missing = want - got;
        m += "() missing " + std::to_string(missing) + " required positional argument" + (missing == 1 ? "" : "s") + ": ";
        size_t k = 0;
        for (const char* name : names) {
            if (k++ < got) continue;
            size_t idx = k - got;  // 1-based among the missing ones
            if (idx > 1) m += missing == 2 ? " and " : (idx == missing ? ", and " : ", ");
            m += "'";
            m += name;
            m += "'";
        }
    }
    throw TypeError(m);
}

/// Checks the length of the list unpacked by `f(a, *xs)` (see `star_arity_error`).
inline void star_arity(int64_t n, size_t pre, const char* qual, std::initializer_list<const char*> names) {
    if (pre + static_cast<size_t>(n) != names.size()) [[unlikely]]
        star_arity_error(n, pre, qual, names);
}

}  // namespace py
