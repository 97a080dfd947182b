//! `itertools` basics as cursors, in CPython 3.11's orders:
//!   itertools_count(start, step)            count(): start, start+step, … (ints stop with pyport's
//!                                           overflow error past 64 bits, never wrap)
//!   islice(it, start, stop, step)           stop std::nullopt = unbounded; ValueError for bad values
//!   chain(it...)                            every element of each iterable in turn
//!   product<R>(it...)                       R = repeat: tuples over the cartesian product (args read
//!                                           up front, as CPython does)
//!   permutations<R>(it), combinations<R>(it), combinations_with_replacement<R>(it)
//!                                           R-tuples by index order, as CPython
//!   accumulate(it)                          running sums
#pragma once
#include <array>
#include <optional>
#include <tuple>
#include <vector>

#include "iter.hpp"
#include "num.hpp"

namespace py {

// ------------------------------------------------------------------ count

template <class T>
struct CountCursor : CursorBase<CountCursor<T>> {
    using value_type = T;
    T cur, step;
    int line;
    CountCursor(T start, T st, int l) : cur(start), step(st), line(l) {}
    bool next(T& out) {
        out = cur;
        if constexpr (std::is_same_v<T, int64_t>) cur = py::add(cur, step, line);
        else cur = cur + step;
        return true;
    }
};

/// `count(start, step)` (`line`: the call's source line, for the overflow error).
inline CountCursor<int64_t> itertools_count(int64_t start, int64_t step, int line) { return {start, step, line}; }
inline CountCursor<double> itertools_count(double start, double step, int line) { return {start, step, line}; }

// ----------------------------------------------------------------- islice

template <class C>
struct ISliceCursor : CursorBase<ISliceCursor<C>> {
    using value_type = typename C::value_type;
    C src;
    int64_t next_index, stop, step, pos = 0;  // stop < 0: unbounded
    bool done = false;
    ISliceCursor(C c, int64_t start, int64_t stp, int64_t st) : src(std::move(c)), next_index(start), stop(stp), step(st) {}
    /// CPython's islice_next, step for step: it consumes the source up to the next index, even
    /// past the last element it yields (which shows when the source is a shared generator).
    bool next(value_type& out) {
        if (done) return false;
        while (pos < next_index) {
            if (!src.next(out)) {
                done = true;
                return false;
            }
            ++pos;
        }
        if ((stop >= 0 && pos >= stop) || !src.next(out)) {
            done = true;
            return false;
        }
        ++pos;
        int64_t old = next_index;
        next_index += step;
        if (next_index < old || (stop >= 0 && next_index > stop)) next_index = stop;
        return true;
    }
};

namespace detail {
[[noreturn, PYPORT_COLD]] inline void islice_stop_error() {
    raise_lit<ValueError>("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
}
[[noreturn, PYPORT_COLD]] inline void islice_start_error() {
    raise_lit<ValueError>("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
}
[[noreturn, PYPORT_COLD]] inline void islice_step_error() {
    raise_lit<ValueError>("Step for islice() must be a positive integer or None.");
}
}  // namespace detail

/// `islice(it, stop)` / `islice(it, start, stop[, step])` (`stop` None = unbounded).
template <class X>
inline auto islice(X&& it, std::optional<int64_t> start, std::optional<int64_t> stop, std::optional<int64_t> step) {
    int64_t st = stop.value_or(-1);
    if (stop && *stop < 0) detail::islice_stop_error();
    int64_t s0 = start.value_or(0);
    if (s0 < 0) detail::islice_start_error();
    int64_t k = step.value_or(1);
    if (k <= 0) detail::islice_step_error();
    auto c = py::iter(std::forward<X>(it));
    return ISliceCursor<decltype(c)>(std::move(c), s0, st, k);
}

// ------------------------------------------------------------------ chain

template <class T, class... C>
struct ChainCursor : CursorBase<ChainCursor<T, C...>> {
    using value_type = T;
    std::tuple<C...> parts;
    size_t at = 0;
    explicit ChainCursor(C... cs) : parts(std::move(cs)...) {}
    template <size_t I = 0>
    bool step(T& out) {
        if constexpr (I == sizeof...(C)) {
            return false;
        } else {
            if (at == I) {
                typename std::tuple_element_t<I, std::tuple<C...>>::value_type v{};
                if (std::get<I>(parts).next(v)) {
                    out = T(std::move(v));
                    return true;
                }
                ++at;
            }
            return step<I + 1>(out);
        }
    }
    bool next(T& out) { return step<0>(out); }
};

/// `chain(a, b, ...)` with elements of type T.
template <class T, class... X>
inline auto chain(X&&... its) {
    return ChainCursor<T, cursor_t<X>...>(py::iter(std::forward<X>(its))...);
}

// ---------------------------------------------------------------- product

namespace detail {
template <class X>
inline auto materialize(X&& x) {
    std::vector<iter_value_t<X>> out;
    auto c = py::iter(std::forward<X>(x));
    iter_value_t<X> v{};
    while (c.next(v)) out.push_back(v);
    return out;
}

template <size_t... I, class Pools, class Idx>
inline auto product_tuple(std::index_sequence<I...>, const Pools& pools, const Idx& idx) {
    return std::make_tuple(std::get<I % std::tuple_size_v<Pools>>(pools)[idx[I]]...);
}
}  // namespace detail

/// Odometer over `pools` (each read once), repeated `R` times: CPython's product order.
template <size_t R, class... V>
struct ProductCursor : CursorBase<ProductCursor<R, V...>> {
    static constexpr size_t K = sizeof...(V);
    static constexpr size_t N = K * R;
    using Pools = std::tuple<std::vector<V>...>;
    using value_type = decltype(detail::product_tuple(std::make_index_sequence<N>{}, std::declval<const Pools&>(),
                                                     std::declval<const std::array<size_t, N>&>()));
    Pools pools;
    std::array<size_t, N> idx{};
    std::array<size_t, N> sizes{};
    bool first = true, done = false;
    explicit ProductCursor(std::vector<V>... ps) : pools(std::move(ps)...) {
        std::array<size_t, K> pool_sizes{};  // not `sizes`: with repeat=0 that has no room for them
        size_t k = 0;
        std::apply([&](const auto&... p) { ((pool_sizes[k++] = p.size()), ...); }, pools);
        for (size_t i = 0; i < N; ++i) sizes[i] = pool_sizes[i % K];
        for (size_t i = 0; i < N; ++i)
            if (sizes[i] == 0) done = true;
    }
    bool next(value_type& out) {
        if (done) return false;
        if (!first) {
            size_t i = N;
            while (i > 0) {
                --i;
                if (++idx[i] < sizes[i]) break;
                idx[i] = 0;
                if (i == 0) {
                    done = true;
                    return false;
                }
            }
            if (N == 0) {
                done = true;
                return false;
            }
        }
        first = false;
        out = detail::product_tuple(std::make_index_sequence<N>{}, pools, idx);
        return true;
    }
};

/// `product(a, b, ..., repeat=R)`.
template <size_t R = 1, class... X>
inline auto product(X&&... its) {
    return ProductCursor<R, iter_value_t<X>...>(detail::materialize(std::forward<X>(its))...);
}

// --------------------------------------------- permutations / combinations

namespace detail {
template <class T, size_t... I>
inline auto pick_tuple(std::index_sequence<I...>, const std::vector<T>& pool, const size_t* idx) {
    return std::make_tuple(pool[idx[I]]...);
}
template <class T, size_t R>
using rtuple_t = decltype(pick_tuple(std::make_index_sequence<R>{}, std::declval<const std::vector<T>&>(), nullptr));

/// CPython's permutations step (indices over n, cycles over r): false when exhausted.
/// Shared by `permutations(it, R)` and the run-time-length `permutations(it, r)` (vtuple.hpp).
inline bool next_permutation_indices(std::vector<size_t>& indices, std::vector<size_t>& cycles, size_t n, size_t r) {
    if (n == 0 || r == 0) return false;
    size_t i = r;
    while (i > 0) {
        --i;
        if (--cycles[i] == 0) {
            size_t moved = indices[i];
            for (size_t j = i; j + 1 < n; ++j) indices[j] = indices[j + 1];
            indices[n - 1] = moved;
            cycles[i] = n - i;
        } else {
            std::swap(indices[i], indices[n - cycles[i]]);
            return true;
        }
    }
    return false;
}

/// CPython's combinations (`Replace`: combinations_with_replacement) step over indices[0..r):
/// false when exhausted. Shared with the run-time-length cursor (vtuple.hpp).
template <bool Replace>
inline bool next_combination_indices(size_t* indices, size_t n, size_t r) {
    if (r == 0) return false;
    size_t i = r;
    while (true) {
        if (i == 0) return false;
        --i;
        size_t limit = Replace ? n - 1 : i + n - r;
        if (indices[i] != limit) break;
    }
    if constexpr (Replace) {
        size_t v = indices[i] + 1;
        for (size_t j = i; j < r; ++j) indices[j] = v;
    } else {
        ++indices[i];
        for (size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    }
    return true;
}
}  // namespace detail

/// `permutations(it, R)`: CPython's algorithm (indices and cycles), so the order matches.
template <class T, size_t R>
struct PermutationsCursor : CursorBase<PermutationsCursor<T, R>> {
    using value_type = detail::rtuple_t<T, R>;
    std::vector<T> pool;
    std::vector<size_t> indices, cycles;
    bool first = true, done = false;
    explicit PermutationsCursor(std::vector<T> p) : pool(std::move(p)) {
        size_t n = pool.size();
        if (R > n) {
            done = true;
            return;
        }
        for (size_t i = 0; i < n; ++i) indices.push_back(i);
        for (size_t i = 0; i < R; ++i) cycles.push_back(n - i);
    }
    bool next(value_type& out) {
        if (done) return false;
        size_t n = pool.size();
        if (!first && !detail::next_permutation_indices(indices, cycles, n, R)) {
            done = true;
            return false;
        }
        first = false;
        out = detail::pick_tuple(std::make_index_sequence<R>{}, pool, indices.data());
        return true;
    }
};

/// `combinations(it, R)` (`Replace`: `combinations_with_replacement`), CPython's index order.
template <class T, size_t R, bool Replace>
struct CombinationsCursor : CursorBase<CombinationsCursor<T, R, Replace>> {
    using value_type = detail::rtuple_t<T, R>;
    std::vector<T> pool;
    std::array<size_t, R> indices{};
    bool first = true, done = false;
    explicit CombinationsCursor(std::vector<T> p) : pool(std::move(p)) {
        size_t n = pool.size();
        if constexpr (Replace) {
            if (n == 0 && R > 0) done = true;
        } else {
            if (R > n) done = true;
            for (size_t i = 0; i < R; ++i) indices[i] = i;
        }
    }
    bool next(value_type& out) {
        if (done) return false;
        size_t n = pool.size();
        if (!first && !detail::next_combination_indices<Replace>(indices.data(), n, R)) {
            done = true;
            return false;
        }
        first = false;
        out = detail::pick_tuple(std::make_index_sequence<R>{}, pool, indices.data());
        return true;
    }
};

template <size_t R, class X>
inline auto permutations(X&& it) {
    return PermutationsCursor<iter_value_t<X>, R>(detail::materialize(std::forward<X>(it)));
}
template <size_t R, class X>
inline auto combinations(X&& it) {
    return CombinationsCursor<iter_value_t<X>, R, false>(detail::materialize(std::forward<X>(it)));
}
template <size_t R, class X>
inline auto combinations_with_replacement(X&& it) {
    return CombinationsCursor<iter_value_t<X>, R, true>(detail::materialize(std::forward<X>(it)));
}

// ------------------------------------------------------------- accumulate

template <class C>
struct AccumulateCursor : CursorBase<AccumulateCursor<C>> {
    using value_type = typename C::value_type;
    C src;
    value_type total{};
    bool started = false;
    int line;
    AccumulateCursor(C c, int l) : src(std::move(c)), line(l) {}
    bool next(value_type& out) {
        value_type v{};
        if (!src.next(v)) return false;
        if (!started) {
            total = v;
            started = true;
        } else {
            if constexpr (std::is_same_v<value_type, int64_t>) total = py::add(total, v, line);
            else if constexpr (std::is_same_v<value_type, Num>) total = py::num_add(total, v, line);
            else total = total + v;
        }
        out = total;
        return true;
    }
};

/// `accumulate(it)`: running sums.
template <class X>
inline auto accumulate(X&& it, int line) {
    auto c = py::iter(std::forward<X>(it));
    return AccumulateCursor<decltype(c)>(std::move(c), line);
}

}  // namespace py
