//! `py::VTuple<T>`: Python's `tuple[T, ...]`, a homogeneous tuple whose length is known only at run time.
//!
//! API (what the emitter and other runtime code may rely on):
//!   VTuple<T>                       an immutable shared vector; derives from `py::List<T>` for the
//!                                   read-only API (`size()`, `raw(i)`, `vec()`, `begin/end`, `count`,
//!                                   `contains`), so code written for lists reads it; the emitter never
//!                                   calls a list mutator on it
//!   t.at(i)                         `t[i]` (IndexError "tuple index out of range")
//!   t.index(x[, start, stop])       ValueError "tuple.index(x): x not in tuple"
//!   repr/str/==/</hash/truth        through the runtime's `py_*` hooks: CPython's text (`(1,)`,
//!                                   `()`), lexicographic order, 3.11's xxHash tuplehash (equal to the
//!                                   fixed `std::tuple` hash of the same elements)
//!   vtuple_from<T>(iterable)        `tuple(iterable)`
//!   vtuple_of<T>(std::tuple)        a fixed tuple whose elements all convert to T
//!   vtuple_concat / vtuple_repeat / vtuple_slice      `a + b`, `a * n`, `a[lo:hi:step]`
//!   vpermutations<T>(it, r), vcombinations<T, Replace>(it, r), vproduct<T>(it, repeat)
//!                                   itertools with a length known at run time, CPython's orders
#pragma once
#include <vector>

#include "hash.hpp"
#include "iter.hpp"
#include "itertools.hpp"
#include "list.hpp"
#include "text.hpp"

namespace py {

template <class T>
class VTuple : public List<T> {
public:
    using Base = List<T>;
    using typename Base::Storage;
    using typename Base::Vec;
    using value_type = T;
    using py_is_vtuple = void;

    VTuple() = default;
    VTuple(std::initializer_list<T> il) : Base(il) {}
    explicit VTuple(Base l) : Base(std::move(l)) {}

    static VTuple from_vector(Vec v) { return VTuple(Base::from_vector(std::move(v))); }

    /// `t[i]` (IndexError "tuple index out of range").
    const Storage& at(int64_t i) const {
        Vec& v = this->vec();
        size_t k = detail::norm_index(i, v.size());
        if (k >= v.size()) [[unlikely]]
            throw IndexError("tuple index out of range");
        return v[k];
    }

    template <class X>
    int64_t index(const X& x) const {
        return index(x, 0, this->size());
    }
    template <class X>
    int64_t index(const X& x, int64_t start, int64_t stop) const {
        const Vec& v = this->vec();
        auto n = static_cast<int64_t>(v.size());
        if (start < 0) start = start + n < 0 ? 0 : start + n;
        if (stop < 0) stop = stop + n < 0 ? 0 : stop + n;
        for (int64_t i = start; i < stop && i < n; ++i)
            if (py::eq(v[static_cast<size_t>(i)], x)) return i;
        raise_lit<ValueError>("tuple.index(x): x not in tuple");
    }

    auto iter() const { return ListCursor<T>(static_cast<const Base&>(*this)); }

    void py_repr(std::string& out) const {
        const Vec& v = this->vec();
        out.push_back('(');
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            py::repr_to(out, v[i]);
        }
        if (v.size() == 1) out.push_back(',');
        out.push_back(')');
    }
    bool py_bool() const { return !this->empty(); }

    template <class B>
    bool py_eq(const B& b) const {
        if constexpr (requires { typename B::py_is_vtuple; }) {
            const auto& va = this->vec();
            const auto& vb = b.vec();
            if (va.size() != vb.size()) return false;
            for (size_t i = 0; i < va.size(); ++i)
                if (!py::eq(va[i], vb[i])) return false;
            return true;
        } else if constexpr (is_tuple_v<B>) {
            if (static_cast<size_t>(this->size()) != std::tuple_size_v<B>) return false;
            return std::apply([&](const auto&... e) {
                size_t i = 0;
                return (py::eq(this->vec()[i++], e) && ...);
            }, b);
        } else {
            return false;
        }
    }
    template <class B>
        requires requires { typename B::py_is_vtuple; }
    bool py_lt(const B& b) const {
        const auto& va = this->vec();
        const auto& vb = b.vec();
        size_t i = 0;
        for (; i < va.size() && i < vb.size(); ++i)
            if (!py::eq(va[i], vb[i])) break;
        if (i >= va.size() || i >= vb.size()) return va.size() < vb.size();
        return py::lt(va[i], vb[i]);
    }

    /// Objects/tupleobject.c `tuplehash` (3.11), as `py::hash` of a `std::tuple`.
    int64_t py_hash() const {
        uint64_t acc = detail::kXXPrime5;
        for (const auto& e : this->vec()) {
            auto lane = static_cast<uint64_t>(py::hash(e));
            acc += lane * detail::kXXPrime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= detail::kXXPrime1;
        }
        acc += static_cast<uint64_t>(this->vec().size()) ^ (detail::kXXPrime5 ^ 3527539ull);
        if (acc == static_cast<uint64_t>(-1)) return 1546275796;
        return static_cast<int64_t>(acc);
    }
};

template <class T> inline int64_t len(const VTuple<T>& t) { return t.size(); }

/// `tuple(iterable)`.
template <class T, class X>
inline VTuple<T> vtuple_from(X&& x) {
    typename VTuple<T>::Vec v;
    auto c = py::iter(std::forward<X>(x));
    typename decltype(c)::value_type e{};
    while (c.next(e)) v.push_back(static_cast<T>(e));
    return VTuple<T>::from_vector(std::move(v));
}

/// A fixed tuple whose elements all convert to T.
template <class T, class... E>
inline VTuple<T> vtuple_of(const std::tuple<E...>& t) {
    typename VTuple<T>::Vec v;
    v.reserve(sizeof...(E));
    std::apply([&](const auto&... e) { (v.push_back(static_cast<T>(e)), ...); }, t);
    return VTuple<T>::from_vector(std::move(v));
}

template <class T>
inline VTuple<T> vtuple_concat(const VTuple<T>& a, const VTuple<T>& b) {
    return VTuple<T>(list_concat<T>(a, b));
}
template <class T>
inline VTuple<T> vtuple_repeat(const VTuple<T>& a, int64_t n) {
    return VTuple<T>(list_repeat<T>(a, n));
}
template <class T>
inline VTuple<T> vtuple_slice(const VTuple<T>& a, std::optional<int64_t> lo, std::optional<int64_t> hi,
                              std::optional<int64_t> step, int line) {
    return VTuple<T>(list_slice<T>(a, lo, hi, step, line));
}

namespace detail {
template <class T, class X>
inline std::vector<T> vpool(X&& x) {
    std::vector<T> v;
    auto c = py::iter(std::forward<X>(x));
    typename decltype(c)::value_type e{};
    while (c.next(e)) v.push_back(static_cast<T>(e));
    return v;
}
inline size_t vlength(int64_t r) {
    if (r < 0) raise_lit<ValueError>("r must be non-negative");
    return static_cast<size_t>(r);
}
}  // namespace detail

/// `permutations(it, r)` with r known at run time: CPython's algorithm, so the order matches.
template <class T>
struct VPermutationsCursor : CursorBase<VPermutationsCursor<T>> {
    using value_type = VTuple<T>;
    std::vector<T> pool;
    size_t r;
    std::vector<size_t> indices, cycles;
    bool first = true, done = false;
    VPermutationsCursor(std::vector<T> p, size_t r_) : pool(std::move(p)), r(r_) {
        size_t n = pool.size();
        if (r > n) {
            done = true;
            return;
        }
        for (size_t i = 0; i < n; ++i) indices.push_back(i);
        for (size_t i = 0; i < r; ++i) cycles.push_back(n - i);
    }
    bool next(value_type& out) {
        if (done) return false;
        size_t n = pool.size();
        if (!first && !detail::next_permutation_indices(indices, cycles, n, r)) {
            done = true;
            return false;
        }
        first = false;
        typename VTuple<T>::Vec v;
        v.reserve(r);
        for (size_t k = 0; k < r; ++k) v.push_back(pool[indices[k]]);
        out = VTuple<T>::from_vector(std::move(v));
        return true;
    }
};

/// `combinations(it, r)` (`Replace`: `combinations_with_replacement`) with r known at run time.
template <class T, bool Replace>
struct VCombinationsCursor : CursorBase<VCombinationsCursor<T, Replace>> {
    using value_type = VTuple<T>;
    std::vector<T> pool;
    size_t r;
    std::vector<size_t> indices;
    bool first = true, done = false;
    VCombinationsCursor(std::vector<T> p, size_t r_) : pool(std::move(p)), r(r_), indices(r_, 0) {
        size_t n = pool.size();
        if constexpr (Replace) {
            if (n == 0 && r > 0) done = true;
        } else {
            if (r > n) done = true;
            for (size_t i = 0; i < r; ++i) indices[i] = i;
        }
    }
    bool next(value_type& out) {
        if (done) return false;
        size_t n = pool.size();
        if (!first && !detail::next_combination_indices<Replace>(indices.data(), n, r)) {
            done = true;
            return false;
        }
        first = false;
        typename VTuple<T>::Vec v;
        v.reserve(r);
        for (size_t k = 0; k < r; ++k) v.push_back(pool[indices[k]]);
        out = VTuple<T>::from_vector(std::move(v));
        return true;
    }
};

namespace detail {
/// Steps the odometer `idx` (the last digit turning fastest, digit `i` counting up to `size(i)`):
/// false when it wraps around to all zeros.
template <class Size>
inline bool odometer_next(std::vector<size_t>& idx, Size size) {
    size_t i = idx.size();
    while (i > 0) {
        --i;
        if (++idx[i] < size(i)) return true;
        idx[i] = 0;
    }
    return false;
}
}  // namespace detail

/// `product(it, repeat=n)` with n known at run time: an odometer over n copies of one pool.
template <class T>
struct VProductCursor : CursorBase<VProductCursor<T>> {
    using value_type = VTuple<T>;
    std::vector<T> pool;
    size_t r;
    std::vector<size_t> idx;
    bool first = true, done = false;
    VProductCursor(std::vector<T> p, size_t r_) : pool(std::move(p)), r(r_), idx(r_, 0) {
        if (pool.empty() && r > 0) done = true;
    }
    bool next(value_type& out) {
        if (done) return false;
        if (!first && !detail::odometer_next(idx, [&](size_t) { return pool.size(); })) {
            done = true;
            return false;
        }
        first = false;
        typename VTuple<T>::Vec v;
        v.reserve(r);
        for (size_t k = 0; k < r; ++k) v.push_back(pool[idx[k]]);
        out = VTuple<T>::from_vector(std::move(v));
        return true;
    }
};

template <class T, class X>
inline auto vpermutations(X&& it, std::optional<int64_t> r) {
    auto pool = detail::vpool<T>(std::forward<X>(it));
    size_t n = r ? detail::vlength(*r) : pool.size();
    return VPermutationsCursor<T>(std::move(pool), n);
}
template <class T, bool Replace, class X>
inline auto vcombinations(X&& it, int64_t r) {
    auto pool = detail::vpool<T>(std::forward<X>(it));
    return VCombinationsCursor<T, Replace>(std::move(pool), detail::vlength(r));
}
template <class T, class X>
inline auto vproduct(X&& it, int64_t repeat) {
    auto pool = detail::vpool<T>(std::forward<X>(it));
    if (repeat < 0) raise_lit<ValueError>("repeat argument cannot be negative");
    return VProductCursor<T>(std::move(pool), static_cast<size_t>(repeat));
}

}  // namespace py
