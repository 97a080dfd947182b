//! Support for functions as values: `functools.reduce` and the `lru_cache`/`cache` memo table.
#pragma once
#include <cstdint>
#include <list>
#include <unordered_map>
#include <utility>

#include "compare.hpp"
#include "except.hpp"
#include "hash.hpp"

namespace py {

/// `functools.reduce(f, xs)`: TypeError on an empty iterable, as CPython.
/// `xs` is taken by forwarding reference: lazy cursors (`repeat`, `map`, ...) iterate non-const.
template <class F, class Xs>
auto reduce(F&& f, Xs&& xs) {
    using T = std::decay_t<decltype(*std::begin(xs))>;
    auto it = std::begin(xs);
    auto end = std::end(xs);
    if (!(it != end)) raise<TypeError>("reduce() of empty iterable with no initial value");
    T acc = *it;
    ++it;
    for (; it != end; ++it) acc = f(acc, *it);
    return acc;
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

}  // namespace py
